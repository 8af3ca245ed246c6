"""Parses whose sentences stay short enough to walk: ``cap_sentences``.

Text with no sentence boundaries (a binary file read as text, a flattened form of "Name: Name: ...",
a menu of capitalised words) is parsed as one sentence of thousands of tokens with a deep tree;
analysis that walks a token's subtree for each of many tokens then costs the square of the
sentence's length (9 KB of "Name: " took 12 s to analyse after a 0.3 s parse). A sentence of more
than ``LONGEST`` tokens is cut, right after the parser, into pieces of ``LONGEST`` tokens, each a
sentence of its own: the arcs inside a piece are kept, and the tokens whose head lies outside it
are attached to one of them, the piece's root (label ``dep``, spaCy's unclassified relation). No
real news sentence comes near the limit (the longest in the tune half of articles-dev: 97 tokens;
PolNeAR dev: 96; 300 PolNeAR train articles: 148), and a parse without an over-long sentence is
left exactly as the parser made it.
"""
from __future__ import annotations

LONGEST = 250  # tokens; well above any sentence of real news (see above)


def cap_sentences(doc, longest: int = LONGEST):
    """``doc`` with every sentence of more than ``longest`` tokens cut into pieces of ``longest``."""
    if not doc.has_annotation("DEP"):
        return doc
    over_long = [(sent.start, sent.end) for sent in doc.sents if len(sent) > longest]
    if not over_long:
        return doc
    import numpy
    from spacy.attrs import DEP, HEAD

    heads = [token.head.i for token in doc]
    deps = [token.dep for token in doc]
    unclassified = doc.vocab.strings.add("dep")
    root = doc.vocab.strings.add("ROOT")
    for sent_start, sent_end in over_long:
        for start in range(sent_start, sent_end, longest):
            _cut(heads, deps, start, min(start + longest, sent_end), unclassified, root)
    offsets = numpy.array([head - i for i, head in enumerate(heads)], dtype="int64")  # HEAD is relative
    values = numpy.stack([offsets.astype("uint64"), numpy.array(deps, dtype="uint64")], axis=1)
    doc.from_array([HEAD, DEP], values)
    return doc


def _cut(heads: list[int], deps: list[int], start: int, end: int, unclassified: int, root: int) -> None:
    """Make tokens ``start``..``end`` one tree: the tokens whose head lies outside (or who are a
    root) hang from the first of them, the piece's root."""
    loose = [i for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]
    top = loose[0]
    heads[top], deps[top] = top, root
    for i in loose[1:]:
        heads[i], deps[i] = top, unclassified
