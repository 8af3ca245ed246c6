"""How quotes complete a candidate's content.

* a content that starts or ends inside a quote takes the whole quote (a quote over several
  sentences is one statement); the cue and the source stay out;
* '"A," he said, "B."': the quote right after the cue is the rest of the same content;
* a quote with no cue of its own right after a quoted statement continues it: the second
  half of a quote split around its cue ('"A," he said. "B."'), or a quote paragraph.
"""
from __future__ import annotations

from newsgraph.analyze.statements.constructions import Candidate, merge_segments
from newsgraph.analyze.statements.quotes import Quote
from newsgraph.nlp.text import text_of


def with_quotes(doc, candidate: Candidate, quotes: list[Quote]) -> Candidate:
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


def attach_uncued_quotes(doc, candidates: list[Candidate], quotes: list[Quote]) -> list[Candidate]:
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


