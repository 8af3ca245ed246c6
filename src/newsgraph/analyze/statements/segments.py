"""Content spans of a statement: runs of tokens turned into character ranges, edge punctuation and a
closing aside (", who ...", ", the ...") trimmed, and ranges that only white space parts merged."""
from __future__ import annotations

from newsgraph.analyze.statements.quotes import QUOTE_TOKENS
from newsgraph.nlp.text import text_of

#: punctuation that never begins or ends a content span
EDGE_PUNCT = set(".,;:!?-–—―()[]") | {"...", "--"}
#: signs that belong to the number before them ("64% to 27%"): part of what was said, never trimmed
NUMBER_SIGNS = frozenset({"%", "‰"})


def token_segments(doc, tokens) -> list[tuple[int, int]]:
    """Character ranges of maximal runs of consecutive tokens, edge punctuation trimmed."""
    indices = sorted(set(t.i for t in tokens))
    runs: list[list[int]] = []
    run: list[int] = []
    for i in indices:
        if run and i != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(i)
    if run:
        runs.append(run)
    segments = []
    for run in runs:
        start, end = run[0], _without_trailing_aside(doc, run[0], run[-1] + 1)
        while start < end and _edge_punct(doc[start]):
            start += 1
        while end > start and _edge_punct(doc[end - 1]):
            end -= 1
        if end > start:
            segments.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return segments


def _edge_punct(token) -> bool:
    """Punctuation and dangling conjunctions that never begin or end a content span."""
    if token.text in NUMBER_SIGNS and token.i > 0 and token.doc[token.i - 1].like_num:
        return False
    return (token.text in EDGE_PUNCT or (token.is_punct and token.text not in QUOTE_TOKENS)
            or token.dep_ == "cc" or token.is_space)


def _without_trailing_aside(doc, start: int, end: int) -> int:
    """End of a content run without a closing aside: ", who ...", ", which ...", ", the ...".

    A non-restrictive relative clause or apposition set off by a comma at the very end of a
    reported clause describes a referent; annotators (and readers) leave it out of what was
    said. Quoted words are never cut.
    """
    for i in range(start + 1, end - 1):
        if doc[i].text != "," and doc[i].text not in DASHES:
            continue
        aside = _aside_of(doc[i + 1])
        if aside is not None and aside.left_edge.i == i + 1 and aside.right_edge.i + 1 >= end - 1 \
                and not any(t.text in QUOTE_TOKENS for t in doc[i:end]) \
                and (doc[i].text == "," or _summary_noun(aside)):
            return i
    return end


#: dashes that set off a closing aside
DASHES = frozenset({"—", "–", "--", "―"})


def _summary_noun(aside) -> bool:
    """'... not to stage protests — a message that has not been heeded': after a dash, a noun in
    apposition with a relative clause of its own sums up the clause before it in the writer's words
    (a bare noun after a dash, "needs one thing — money", can be the speaker's)."""
    return aside.dep_ == "appos" and aside.pos_ == "NOUN" and any(c.dep_ == "relcl" for c in aside.children)


#: words of a partitive relative ("both of whom", "some of which") that opens a relative clause
PARTITIVE_RELATIVES = frozenset({"whom", "which", "whose"})


def _aside_of(token):
    """The relative clause or apposition ``token`` opens, if any: the word itself, or the nearest
    clause above it ("which they said took place": "which" opens the clause of "said"); a partitive
    relative ("both of whom advised ...") opens its verb's clause however the parser hung it."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of" and doc[token.i + 2].lower_ in PARTITIVE_RELATIVES \
            and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    for _ in range(4):
        if token.dep_ in ("relcl", "appos"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def char_range(doc, start: int, end: int) -> tuple[int, int]:
    """Characters of tokens [start, end), edge punctuation (not quote marks) trimmed."""
    end = _without_trailing_aside(doc, start, end)
    while start < end - 1 and _edge_punct(doc[start]):
        start += 1
    while end > start + 1 and _edge_punct(doc[end - 1]):
        end -= 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def merge_segments(doc, segments) -> list[tuple[int, int]]:
    """Sorted segments, those separated only by white space joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(segments):
        if out and (start <= out[-1][1] or not text_of(doc)[out[-1][1]:start].strip()):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
