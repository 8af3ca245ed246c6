"""The text of a spaCy Doc, computed once, and the entities inside a span, found without a pass
over the whole Doc.

``Doc.text`` joins every token on each access (O(n)); analysis code that slices the text in loops
must not pay that per slice. ``text_of(doc)`` keeps the joined text in ``doc.user_data``, and
``token_starts(doc)`` the tokens' character offsets (for bisecting from a character to a token);
``kept_on_doc`` is that one rule for any reading of the whole Doc that many places ask for.
``Span.ents`` likewise builds every entity of the Doc on each access; ``ents_within(span)`` reads
only the span's tokens (and the rest of an entity that starts in it).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_KEY = "newsgraph.text"
_STARTS_KEY = "newsgraph.token_starts"
_POSITIONS_KEY = "newsgraph.token_positions"


T = TypeVar("T")


def kept_on_doc(doc, key: str, read: Callable[..., T]) -> T:
    """``read(doc)``, computed on the first call for ``key`` and kept in ``doc.user_data``: a reading of
    the whole Doc that many places ask for costs one pass over it, and goes with the Doc (no global cache)."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = read(doc)
    return value


def _joined(doc) -> str:
    return doc.text


def text_of(doc) -> str:
    """``doc.text``, cached on the doc."""
    return kept_on_doc(doc, _KEY, _joined)


def spans_of(doc, mentions) -> list:
    """The spaCy spans of model spans (character offsets) in order, each widened to whole tokens;
    an offset pair that covers no token is left out."""
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions)
    return [span for span in spans if span is not None]


def token_starts(doc) -> list[int]:
    """The character offset of each token, in order, cached on the doc."""
    return kept_on_doc(doc, _STARTS_KEY, _starts)


def _starts(doc) -> list[int]:
    return [t.idx for t in doc]


def token_positions(doc) -> dict[str, list[int]]:
    """Each token text -> the indices of the tokens with that text, in order, cached on the doc
    (finding where else a word or a name stands without a pass over the whole Doc)."""
    return kept_on_doc(doc, _POSITIONS_KEY, _positions)


def _positions(doc) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for t in doc:
        positions.setdefault(t.text, []).append(t.i)
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


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is not blank, white space trimmed: the paragraphs of an
    article's clean text, one a line, as character offsets."""
    out = []
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append((at + lead, at + lead + len(stripped)))
        at += len(line) + 1
    return out
