"""Quotations that run over several paragraphs, read from the quote marks and the paragraph breaks.

News style opens every paragraph of a long quotation with a quote mark and closes only the last one:

    Dr. Roe stated:
    "The board isn't about "fair play" anymore. It is about fees.
    "The latest example is the parking levy.
    "I will repeal it," she said.

A statement that reports the words of a paragraph whose quotation is left open at its end (its last
opening mark never closes there) goes on with the next paragraph when that paragraph opens with a quote
mark, and so on up to the paragraph where the quotation closes: the same speaker's words, one content
over the paragraphs (as PolNeAR's gold marks them: one attribution whose content spans the paragraphs).
The quote finder cannot always see this run (a straight mark left open with a curly quote inside reads
as a stray mark around a quoted excerpt, ``quotes.find_quotes``), so the run is read here from the
marks of each paragraph alone.

The run stops before a paragraph that another speech or writing statement already reports and is not
read at all when a speech or writing statement's cue stands inside it (from the open mark on): then the
quotation is an excerpt that quotes others, or marks gone astray, not one speaker's words. Nothing
changes unless the statement gains words past its first paragraph.
"""
from __future__ import annotations

from newsgraph.analyze.statements.quotes import STRAIGHT, paragraph_spans
from newsgraph.model import Span, Statement

OPENING = "“"  # only the English curly pair: a run is read where news style writes it
CLOSING = "”"
SPEAKING = ("speech", "writing")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line (``quotes.paragraph_spans``), white space trimmed."""
    out = []
    for start, end in paragraph_spans(text):
        line = text[start:end]
        body = line.strip()
        if body:
            left = len(line) - len(line.lstrip())
            out.append((start + left, start + left + len(body)))
    return out


def left_open(text: str, start: int, end: int) -> int | None:
    """Where the quotation left open at the end of paragraph ``start:end`` opens: the last straight mark
    when the paragraph holds an odd number of them, else the last curly opening mark no closing mark
    follows. None when every quotation of the paragraph closes in it."""
    body = text[start:end]
    if body.count(STRAIGHT) % 2 == 1:
        return start + body.rindex(STRAIGHT)
    depth, at = 0, None
    for k, ch in enumerate(body):
        if ch == OPENING:
            if depth == 0:
                at = start + k
            depth += 1
        elif ch == CLOSING and depth:
            depth -= 1
    return at if depth else None


def _closing(text: str, start: int, end: int) -> int | None:
    """The end (after the closing mark) of the quotation that opens paragraph ``start:end`` and closes in
    it; None when it stays open."""
    mark = text[start]
    if mark == STRAIGHT:
        k = text.find(STRAIGHT, start + 1, end)
        return k + 1 if k >= 0 else None
    depth = 0
    for k in range(start, end):
        if text[k] == OPENING:
            depth += 1
        elif text[k] == CLOSING:
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def quotation_runs(text: str) -> list[list[tuple[int, int]]]:
    """The runs of a quotation over paragraphs: for each paragraph whose quotation is left open and
    whose next paragraph opens with a quote mark of the same kind, the open quotation and then each
    following paragraph's quoted words, up to the paragraph where the quotation closes (its quote
    only) or to one that leaves it open with no next paragraph to continue it (the whole paragraph)."""
    paragraphs = _paragraphs(text)
    runs = []
    k = 0
    while k < len(paragraphs):
        start, end = paragraphs[k]
        at = left_open(text, start, end)
        if at is None or k + 1 == len(paragraphs) or not _continues(text, text[at], paragraphs[k + 1]):
            k += 1
            continue
        run = [(at, end)]
        k += 1
        while k < len(paragraphs):
            p_start, p_end = paragraphs[k]
            close = _closing(text, p_start, p_end)
            if close is not None:
                run.append((p_start, close))
                break
            run.append((p_start, p_end))
            if k + 1 == len(paragraphs) or not _continues(text, text[p_start], paragraphs[k + 1]):
                break
            k += 1
        runs.append(run)
        k += 1
    return runs


def _continues(text: str, mark: str, paragraph: tuple[int, int]) -> bool:
    """Whether ``paragraph`` opens with the quote mark of the same kind as ``mark`` (straight or curly)."""
    first = text[paragraph[0]]
    return first == STRAIGHT if mark == STRAIGHT else first == OPENING


def continue_quotation_runs(text: str, statements: list[Statement]) -> int:
    """Give each speech or writing statement that reports an open quotation the rest of its run (see
    the module docstring). Changes the statements' contents in place; returns how many changed."""
    runs = quotation_runs(text)
    if not runs:
        return 0
    speaking = [s for s in statements if s.frame in SPEAKING and s.cue is not None and s.content]
    changed = 0
    for run in runs:
        first_start, first_end = run[0]
        if any(s.cue is not None and s.frame in SPEAKING and first_start <= s.cue.start < run[-1][1]
               for s in statements):
            continue  # a speaker of its own inside: an excerpt that quotes others, or marks gone astray
        owners = [s for s in speaking if any(c.start < first_end and first_start < c.end for c in s.content)]
        if len(owners) != 1:
            continue
        owner = owners[0]
        others = [s for s in statements if s is not owner]
        segments = [(c.start, c.end) for c in owner.content]
        taken = []
        for k, (start, end) in enumerate(run):
            if k and any(2 * _overlap(c.start, c.end, start, end) >= end - start
                         for s in others if s.frame in SPEAKING for c in s.content):
                break  # another statement reports this paragraph as words already
            if not any(a <= start and end <= b for a, b in segments):
                taken.append(k)
                segments.append((start, end))
        if any(taken):  # a paragraph after the first: the quotation goes on past its paragraph
            owner.content = [Span.of(text, a, b) for a, b in _merged(text, segments)]
            if owner.kind == "indirect":
                owner.kind = "mixed"  # its words now hold the quotation
            changed += 1
    return changed


def _overlap(a: int, b: int, c: int, d: int) -> int:
    return max(0, min(b, d) - max(a, c))


def _merged(text: str, segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted segments, overlapping or touching ones (only spaces between, no paragraph break) joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(segments):
        if out and (start <= out[-1][1] or not text[out[-1][1]:start].strip(" \t")):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
