"""Posts a news page shows and the lines that sign them, read from the text alone (no parse).

Two stages read them: the actor stage makes a signer an actor (``actors.handles``), the statements stage
makes the post that actor's writing (``statements.speaker_lines``).

An embedded post ends with the signature its embed code writes: "— Jane Roe (@janeroe) June 29, 2016"
(``POST_SIGNATURE``). A page that gathers what its followers wrote ("We asked our followers ...") sets
each post as a paragraph and the writer's handle under it: "Hillary won easily. Let the coronation
continue." then "@janeroe." (``signed_posts``).

Only a collection counts: two or more such handle lines in the article, each under a paragraph of
words with no quotation marks (a quote has its own speaker: a lone "@potus." under a quoted senator
is a stray link, not his signature). Over the PolNeAR tune and released documents the rule signs 21
posts on 4 USA Today pages that collect them (all right by our reading; 11 on the development labels,
which the labellers had listed as missed) and nothing elsewhere.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newsgraph.nlp.text import line_spans

#: a name as a layout line writes it: up to four capitalised words ("Jane Roe", "The Daily Beast")
NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
#: "— Jane Roe (@janeroe) June 29, 2016": the signature under an embedded post
POST_SIGNATURE = re.compile(
    rf"(?P<cue>[―—–])\s*(?P<name>{NAME})\s*\(@\w{{1,20}}\)\s*(?:{MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}}")
#: a paragraph that is a handle alone ("@janeroe.")
HANDLE_LINE = re.compile(r"^\s*(?P<handle>@\w{1,15})\.?\s*$")
#: quotation marks: a paragraph holding one reports someone's words with a speaker of its own
_QUOTE_MARKS = re.compile("[\"“”]")
#: how many handle lines make a collection of posts
COLLECTION = 2


class SignedPost(NamedTuple):
    """A post and its handle line, as character offsets into the text."""
    handle_start: int
    handle_end: int
    start: int
    end: int


def signed_posts(text: str) -> list[SignedPost]:
    """The posts of a collection (module docstring), each with the handle that signs it."""
    paragraphs = [(start, text[start:end]) for start, end in line_spans(text)]
    found = []
    for k, (start, line) in enumerate(paragraphs):
        match = HANDLE_LINE.match(line)
        if match is None or k == 0:
            continue
        begin, before = paragraphs[k - 1]
        if HANDLE_LINE.match(before) or _QUOTE_MARKS.search(before) or not any(ch.isalpha() for ch in before):
            continue
        if _names_its_handle(before, match.group("handle")):
            continue  # "Jane Roe covers politics for the paper." over "@janeroe": a writer's bio, no post
        found.append(SignedPost(start + match.start("handle"), start + match.end("handle"),
                                begin, begin + len(before)))
    return found if len(found) >= COLLECTION else []


_CAPITALISED = re.compile(r"[A-Z][a-z'’-]+")


def _names_its_handle(paragraph: str, handle: str) -> bool:
    """Whether the paragraph names the person the handle spells ("Jane Roe" for "@janeroe" or "@jroe"): a
    reporter's bio under the byline, not a reader's post."""
    body = re.sub(r"[^a-z]", "", handle.lower())
    words = [w.lower() for w in _CAPITALISED.findall(paragraph)]
    return any(len(last) > 2 and (first + last in body or body == first[0] + last)
               for first, last in zip(words, words[1:]))
