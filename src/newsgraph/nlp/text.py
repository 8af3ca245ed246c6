"""The text of a spaCy Doc, computed once, and the entities inside a span, found without a pass
over the whole Doc.

``Doc.text`` joins every token on each access (O(n)); analysis code that slices the text in loops
must not pay that per slice. ``text_of(doc)`` keeps the joined text in ``doc.user_data``, and
``token_starts(doc)`` the tokens' character offsets (for bisecting from a character to a token).
``Span.ents`` likewise builds every entity of the Doc on each access; ``ents_within(span)`` reads
only the span's tokens (and the rest of an entity that starts in it).
"""
from __future__ import annotations

_KEY = "newsgraph.text"
_STARTS_KEY = "newsgraph.token_starts"
_POSITIONS_KEY = "newsgraph.token_positions"


def text_of(doc) -> str:
    """``doc.text``, cached on the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def spans_of(doc, mentions) -> list:
    """The spaCy spans of model spans (character offsets) in order, each widened to whole tokens;
    an offset pair that covers no token is left out."""
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions)
    return [span for span in spans if span is not None]


def token_starts(doc) -> list[int]:
    """The character offset of each token, in order, cached on the doc."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = [t.idx for t in doc]
    return starts


def token_positions(doc) -> dict[str, list[int]]:
    """Each token text -> the indices of the tokens with that text, in order, cached on the doc
    (finding where else a word or a name stands without a pass over the whole Doc)."""
    positions = doc.user_data.get(_POSITIONS_KEY)
    if positions is None:
        positions = {}
        for t in doc:
            positions.setdefault(t.text, []).append(t.i)
        doc.user_data[_POSITIONS_KEY] = positions
    return positions


def ents_within(span) -> list:
    """``span.ents``: the entities from the span's start on, in order, up to the first that runs
    past its end (spaCy's rule), read from the tokens' entity tags (as ``Doc.ents`` reads them)."""
    from spacy.tokens import Span

    doc = span.doc
    found = []
    i = span.start
    while i < span.end:
        token = doc[i]
        if token.ent_iob_ != "B" or not token.ent_type:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end > span.end:
            break
        found.append(Span(doc, i, end, label=token.ent_type, kb_id=token.ent_kb_id, span_id=token.ent_id))
        i = end
    return found
