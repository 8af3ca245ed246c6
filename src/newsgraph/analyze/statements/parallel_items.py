"""Parallel items of a content the parser split off: "talked about how A, how B, how C" -- the
parser may hang "how C" on the cue instead of the list, and the content would end at B.

A content that opens with a clause word ("how", "what", "why", "whether", "that", ...) goes on
over each following item set off by a comma (and "and"/"or") that opens with the same word.
Pure functions over spaCy tokens.
"""
from __future__ import annotations

from bisect import bisect_left

from newsgraph.nlp.text import token_starts

#: words that open a reported clause and repeat at the head of each item of a list of them
OPENERS = frozenset("how what why whether that when where who if".split())


def with_parallel_items(doc, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``content`` with its last segment run on over the parallel items after it (character ranges)."""
    if not content:
        return content
    starts = token_starts(doc)  # once per doc: this runs for every candidate statement
    first = bisect_left(starts, content[-1][0])
    if first >= len(doc) or doc[first].lower_ not in OPENERS:
        return content
    opener = doc[first].lower_
    sentence_end = doc[first].sent.end
    start, end = content[-1]
    while True:
        k = bisect_left(starts, end)
        while k < sentence_end and doc[k].is_space:
            k += 1
        if k + 1 >= sentence_end or doc[k].text != ",":
            break
        comma = k
        k += 1
        if doc[k].lower_ in ("and", "or") and k + 1 < sentence_end:
            k += 1
        if doc[k].lower_ != opener:
            break
        verb = doc[k].head
        while verb.dep_ not in ("ROOT", "advcl", "ccomp", "pcomp", "conj", "relcl", "xcomp") and verb.head is not verb:
            verb = verb.head  # "how devastating it was": from the opener up to its clause's verb
        if verb.left_edge.i < comma or verb.right_edge.i >= sentence_end:
            break
        last = verb.right_edge.i
        while last > k and doc[last].is_punct:
            last -= 1
        end = doc[last].idx + len(doc[last].text)
    return content[:-1] + [(start, end)]
