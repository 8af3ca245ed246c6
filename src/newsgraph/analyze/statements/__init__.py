"""Statements: who said what, direct and reported speech, with cue, source and content spans.

The extractor reads the dependency parse; it never re-parses. Cue frames
(``analyze.cue_frames``) propose candidates from the parse; a selector (the cue model,
``analyze.cue_model``) keeps the attributions; this module completes them with quotes:

* a content that starts or ends inside a quote takes the whole quote (a quote over several
  sentences is one statement);
* a quote with no cue of its own right after a quoted statement continues it: the second
  half of a quote split around its cue ('"A," he said, "B."'), or a quote paragraph;
* ``NAME: text`` lines (transcripts, headlines) and ``"quote" ― Name`` bylines.

Content spans never include the cue or the source, and stay inside the cue's paragraph
(except for quotes that run on); trailing punctuation outside quotes is dropped.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from newsgraph.analyze.cue_frames import Candidate, cue_candidates, merge_segments, token_range
from newsgraph.analyze.cues import default_selector
from newsgraph.analyze.dates import date_of_sentence
from newsgraph.analyze.quotes import Quote, find_quotes
from newsgraph.analyze.speaker_lines import speaker_line_candidates
from newsgraph.model import DateRef, Span, Statement
from newsgraph.nlp.text import text_of


def find_statements(doc, actors, dates: list[DateRef], published: Optional[str],
                    selector=None, warnings: Optional[list[str]] = None) -> list[Statement]:
    """Every attribution in ``doc`` as a Statement, ids S1, S2... in text order.

    ``actors.resolve(span)`` turns the source mention into a speaker id (None when it cannot);
    ``dates`` give each statement its sentence's date, else ``published``. Unpaired quote
    marks are reported in ``warnings`` (when given) and do not stop the rest. ``selector``
    decides which candidates are attributions (default: the shipped cue model).
    """
    quotes, quote_warnings = find_quotes(text_of(doc))
    if warnings is not None:
        warnings.extend(quote_warnings)
    candidates = find_candidates(doc, selector or default_selector(), quotes)
    return [_statement(doc, i + 1, c, quotes, actors, dates, published) for i, c in enumerate(candidates)]


def find_candidates(doc, selector, quotes: list[Quote]) -> list[Candidate]:
    """The candidates ``selector.accepts(candidate)`` keeps, quotes completed, in text order."""
    candidates = [c for c in propose_candidates(doc, quotes) if selector.accepts(c)]
    candidates = _suppress_overlaps(candidates, selector)
    candidates = _attach_uncued_quotes(doc, candidates, quotes)
    candidates.sort(key=lambda c: min([c.cue_tokens[0].idx] + [s for s, _ in c.content]))
    return candidates


def propose_candidates(doc, quotes: list[Quote]) -> list[Candidate]:
    """Every cue-like construction with its source and content, before any selection.

    What the cue lexicon and model are learned from (``scripts/train_cues.py``).
    """
    paragraphs = _paragraph_starts(text_of(doc))
    inside = _quoted_tokens(doc, quotes)
    out = []
    for candidate in [*cue_candidates(doc), *speaker_line_candidates(doc, quotes)]:
        candidate = _within_paragraph(doc, candidate, paragraphs)
        if not candidate.content:
            continue
        candidate = _with_quotes(doc, candidate, quotes)
        if candidate.content:
            candidate.quoted = candidate.cue_tokens[0].i in inside
            out.append(candidate)
    _link_parents(out)
    return out


def _link_parents(candidates: list[Candidate]) -> None:
    """Each candidate's parent: the candidate with the narrowest content containing its cue."""
    for candidate in candidates:
        cue_at = candidate.cue_tokens[0].idx
        best = None
        for other in candidates:
            if other is candidate:
                continue
            for s, e in other.content:
                if s <= cue_at < e and (best is None or e - s < best[0]):
                    best = (e - s, other)
        candidate.parent = best[1] if best else None


def _quoted_tokens(doc, quotes: list[Quote]) -> set:
    inside = set()
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start + 1, span.end - 1))
    return inside


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _within_paragraph(doc, candidate: Candidate, starts: list[int]) -> Candidate:
    """Content and source cut to the cue's paragraph: the parser's sentences may run over a
    paragraph break, a statement does not (quotes over several paragraphs are added later)."""
    cue_at = candidate.cue_tokens[0].idx
    k = bisect_right(starts, cue_at) - 1
    low, high = starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else len(text_of(doc)))
    content = []
    for start, end in candidate.content:
        start, end = max(start, low), min(end, high)
        text = text_of(doc)[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        if end > start:
            content.append((start, end))
    candidate.content = content
    if candidate.source_tokens and not all(low <= t.idx < high for t in candidate.source_tokens):
        candidate.source_tokens = [t for t in candidate.source_tokens if low <= t.idx < high]
        candidate.source = token_range(candidate.source_tokens)
    return candidate


# ---------------------------------------------------------------- quotes

def _with_quotes(doc, candidate: Candidate, quotes: list[Quote]) -> Candidate:
    """Contents that start or end inside a quote take the whole quote; cue and source stay out."""
    if not quotes:
        return candidate
    cue_start = candidate.cue_tokens[0].idx
    cue_end = candidate.cue_tokens[-1].idx + len(candidate.cue_tokens[-1].text)
    blocked = [(cue_start, cue_end)]
    if candidate.source_tokens:
        s = candidate.source_tokens
        blocked.append((s[0].idx, s[-1].idx + len(s[-1].text)))
    content = []
    for start, end in candidate.content:
        for quote in quotes:
            if quote.end <= start or quote.start >= end + 3:
                continue
            if any(quote.start < b_end and b_start < quote.end for b_start, b_end in blocked):
                continue  # the cue is quoted itself: a quote inside a quote, leave it
            if quote.start < start < quote.end or (quote.start <= start and quote.end > end):
                start = min(start, quote.start)
            if quote.start < end < quote.end or (start <= quote.start and quote.end > end
                                                  and not text_of(doc)[end:quote.end - 1].strip(",.;:!? ")):
                end = max(end, quote.end)
        content.append((start, end))
    candidate.content = merge_segments(doc, content)
    _add_split_quote(doc, candidate, quotes, blocked)
    return candidate


def _add_split_quote(doc, candidate: Candidate, quotes: list[Quote], blocked) -> None:
    """'"A," he said, "B."': the quote right after the cue is the rest of the same content."""
    last_end = candidate.content[-1][1] if candidate.content else 0
    cue_end = max(b[1] for b in blocked)
    if last_end > cue_end:
        return
    following = next((q for q in quotes if q.start >= cue_end), None)
    if following is None or not candidate.content:
        return
    between = text_of(doc)[cue_end:following.start]
    first_quote = next((q for q in quotes if q.start <= candidate.content[0][0] < q.end), None)
    if first_quote is None or len(between) > 40 or "\n" in between:
        return
    # only commas, the cue's adverbs or a time phrase may stand between cue and second half
    if between.strip() in ("", ",", ":") or between.strip().endswith(","):
        candidate.content.append((following.start, following.end))


def _attach_uncued_quotes(doc, candidates: list[Candidate], quotes: list[Quote]) -> list[Candidate]:
    """A quote with no cue of its own, right after a statement, continues that statement.

    '"A," he said. "B."' and a quote paragraph after a quoted statement: B is the same
    speaker's. The quote must begin a sentence, and nothing but the previous statement's
    own words (or a short phrase of its cue clause) may stand between them.
    """
    if not quotes:
        return candidates
    text = text_of(doc)
    covered = [(s, e) for c in candidates for s, e in c.content]
    cues = sorted(c.cue_tokens[0].idx for c in candidates)
    for quote in quotes:
        if any(2 * (min(e, quote.end) - max(s, quote.start)) >= quote.end - quote.start for s, e in covered):
            continue
        if not _begins_sentence(text, quote.start):
            continue
        previous = [c for c in candidates if _last_char(c) <= quote.start]
        if not previous:
            continue
        last = max(previous, key=_last_char)
        gap = text[_last_char(last):quote.start]
        if any(_last_char(last) <= cue < quote.start for cue in cues):
            continue  # another statement's cue stands between: the quote is not a continuation
        if "\n" in gap:
            quoting = any(q.start < e and s < q.end for s, e in last.content for q in quotes)
            if not quoting or gap.strip(" \t\r\n.,:;") or not _is_paragraph(text, quote) or gap.count("\n") > 2:
                continue  # across a paragraph break only a quote paragraph continues a quote
        elif len(gap.strip()) > 40 and text[last.cue_tokens[-1].sent.end_char:quote.start].strip():
            continue  # in the paragraph: the quote must follow the cue's sentence
        last.content.append((quote.start, quote.end))
        covered.append((quote.start, quote.end))
    return candidates


def _last_char(c: Candidate) -> int:
    ends = [e for _, e in c.content] + [c.cue_tokens[-1].idx + len(c.cue_tokens[-1].text)]
    if c.source_tokens:
        ends.append(c.source_tokens[-1].idx + len(c.source_tokens[-1].text))
    return max(ends)


def _begins_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:\n" or text[before.rfind("\n") + 1:position].strip() == ""


def _is_paragraph(text: str, quote: Quote) -> bool:
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:quote.start].strip() and len(text[quote.end:line_end].strip()) <= 1


def _suppress_overlaps(candidates: list[Candidate], selector) -> list[Candidate]:
    """One statement per stretch of content: of candidates whose contents share more than half
    of each one's characters (the same clause reached from two cues, or a nested cue that
    spans most of its parent's content), the one the selector rates highest is kept. A nested
    cue noun the selector is certain of ("rejected the claim by X that ...") stays beside its
    parent."""
    score = getattr(selector, "score", None)
    certain = getattr(selector, "certain", None)
    ranked = sorted(enumerate(candidates), key=lambda ic: (-(score(ic[1]) if score else 0.0), ic[0]))
    kept: list[tuple[int, Candidate, set]] = []
    for index, candidate in ranked:
        chars = {i for s, e in candidate.content for i in range(s, e)}
        sure = (certain is not None and candidate.frame == "noun" and certain(candidate)
                and candidate.parent is not None)
        if not sure and any(2 * len(chars & other) > len(chars) and 2 * len(chars & other) > len(other)
                            for _, _, other in kept):
            continue
        kept.append((index, candidate, chars))
    return [c for _, c, _ in sorted(kept, key=lambda k: k[0])]


# ---------------------------------------------------------------- statements

def _outside(dates: list[DateRef], content: list[tuple[int, int]]) -> list[DateRef]:
    """The dates not inside what was said: a date in the content dates the reported matter
    ("Commenting on Biden's remark on Thursday"), not the saying."""
    return [d for d in dates if not any(start <= d.start < end for start, end in content)]


def _statement(doc, number: int, c: Candidate, quotes: list[Quote], actors, dates, published) -> Statement:
    text = text_of(doc)
    source_span = None
    speaker = None
    if c.source is not None:
        span = doc[c.source[0]:c.source[1]]
        source_span = Span.from_spacy(span)
        actor = actors.resolve(span) if actors is not None else None
        speaker = actor.id if actor is not None else None
    cue = doc[c.cue_tokens[0].i:c.cue_tokens[-1].i + 1]
    content = [Span.of(text, s, e) for s, e in c.content]
    sent = c.cue_tokens[0].sent
    return Statement(
        id=f"S{number}", speaker=speaker, source=source_span, cue=Span.from_spacy(cue),
        content=content, kind=_kind(text, c.content, quotes),
        date=date_of_sentence(sent, _outside(dates, c.content), published, anchor=c.cue_tokens[0]),
    )


def _kind(text: str, content: list[tuple[int, int]], quotes: list[Quote]) -> str:
    """direct when every word of the content is quoted, mixed when some is, else indirect."""
    quoted = unquoted = 0
    for start, end in content:
        inside = 0
        for quote in quotes:  # quotes are disjoint: count the letters each one shares
            lo, hi = max(start, quote.start), min(end, quote.end)
            if lo < hi:
                inside += sum(ch.isalnum() for ch in text[lo:hi])
        quoted += inside
        unquoted += sum(ch.isalnum() for ch in text[start:end]) - inside
    if quoted and not unquoted:
        return "direct"
    if quoted:
        return "mixed"
    return "indirect"
