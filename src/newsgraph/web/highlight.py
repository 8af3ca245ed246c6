"""Article text as HTML with what newsgraph coded marked on the very words that support it.

The text is untrusted: it is cut at every span boundary and EVERY piece is escaped; the only markup
in the result is ours (``<span>`` elements with fixed class names and ids we made). Spans may
overlap (an actor mention inside a quote, a date inside an event's evidence), so the text is split
into segments, and each segment carries every mark that covers it.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

# The kinds of mark, in the order a reader's eye should prefer them when several cover one word.
MARK_KINDS = ("event", "actor", "place", "date", "cue", "statement")


@dataclass(frozen=True)
class Mark:
    """Characters ``start:end`` of the text are evidence for the coded record ``key`` of ``kind``."""

    start: int
    end: int
    kind: str  # one of MARK_KINDS
    key: str  # the id of the record in the page's detail table, e.g. "statement-3"


def clip(marks: list[Mark], length: int) -> list[Mark]:
    """Marks that fit the text (a span past the end is cut, an empty or inverted one dropped)."""
    out = []
    for m in marks:
        start, end = max(0, m.start), min(length, m.end)
        if start < end and m.kind in MARK_KINDS:
            out.append(Mark(start, end, m.kind, m.key))
    return out


def highlight(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, with each marked segment wrapped in ``<mark>``-like spans.

    Paragraph breaks (blank lines) become ``<p>`` elements; single newlines become ``<br>``.
    A segment covered by marks gets ``class="hl hl-<kind>..."`` and ``data-keys="<key> ..."``
    (most specific kind first), which the page's script uses to show the coded details.
    """
    marks = clip(marks, len(text))
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for k, ch in enumerate(text):  # paragraph structure also cuts, so no span straddles a <p>
        if ch == "\n":
            cuts.update((k, k + 1))
    bounds = sorted(cuts)
    rank = {kind: n for n, kind in enumerate(MARK_KINDS)}
    by_start = sorted(marks, key=lambda m: m.start)
    next_mark, active = 0, []  # a sweep: the marks covering the current segment
    parts: list[str] = ["<p>"]
    for a, b in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > a]
        while next_mark < len(by_start) and by_start[next_mark].start <= a:
            if by_start[next_mark].end > a:
                active.append(by_start[next_mark])
            next_mark += 1
        piece = text[a:b]
        if piece == "\n":
            parts.append("</p><p>" if text[b:b + 1] == "\n" or text[a - 1:a] == "\n" else "<br>")
            continue
        if not active:
            parts.append(str(escape(piece)))
            continue
        covering = sorted(active, key=lambda m: (rank[m.kind], m.end - m.start))
        kinds = " ".join(dict.fromkeys(f"hl-{m.kind}" for m in covering))
        keys = " ".join(dict.fromkeys(m.key for m in covering))
        parts.append(f'<span class="hl {kinds}" data-keys="{escape(keys)}" tabindex="0">{escape(piece)}</span>')
    parts.append("</p>")
    return Markup("".join(parts).replace("<p></p>", ""))
