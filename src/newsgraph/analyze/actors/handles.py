"""Readers' posts an article collects, each signed by its writer's handle on a line of its own.

A page that gathers what its followers wrote ("We asked our followers ...") sets each post as a
paragraph and the writer's handle under it: "Hillary won easily. Let the coronation continue." then
"@janeroe." The handle is the only name the writer has, so the actor stage makes it an actor of its
own (a person known by the handle) and the statements stage makes the paragraph above it that
actor's writing (``statements.speaker_lines``).

Only a collection counts: two or more such handle lines in the article, each under a paragraph of
words with no quotation marks (a quote has its own speaker: a lone "@potus." under a quoted senator
is a stray link, not his signature). Over the PolNeAR tune and released documents the rule signs 21
posts on 4 USA Today pages that collect them (all right by our reading; 11 on the development labels,
which the labellers had listed as missed) and nothing elsewhere.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newsgraph.analyze import resources
from newsgraph.analyze.actors import coding
from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.nlp.text import line_spans, text_of

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


def register_handles(index: ActorIndex) -> None:
    """Make each signing handle of a collection of posts an actor (a person known by the handle), one
    actor per handle, unless the index already holds an actor there."""
    doc = index.doc
    for post in signed_posts(text_of(doc)):
        span = doc.char_span(post.handle_start, post.handle_end, alignment_mode="expand")
        if span is None or index.actor_at(span.root.i) is not None:
            continue
        name = text_of(doc)[post.handle_start:post.handle_end]  # "@janeroe", not the token "@janeroe."
        key = ("handle", name.lower())
        actor = index.keyed(key)
        if actor is None:
            actor = index.new_actor(key, name, coding.Coding(text=name, kind="person"))
            actor.aliases = [name]
        index.add_mention(actor, span, head=span.root.i)


def register_signers(index: ActorIndex) -> None:
    """Make the name an embedded post's signature gives ("— Jane Roe (@janeroe) June 29, 2016") an actor
    when the index holds none there: the tagger often misses a name set among a post's tags and links,
    yet the signature says that the name wrote the post. A name whose first word is a given name of the
    names table is a person ("Ben Roe"), any other an organisation ("Twitchy Team", "The Daily Beast")."""
    doc = index.doc
    for signature in POST_SIGNATURE.finditer(text_of(doc)):
        span = doc.char_span(signature.start("name"), signature.end("name"), alignment_mode="expand")
        if span is None or any(index.actor_at(t.i) is not None for t in span):
            continue
        words = [t.text for t in span if not t.is_space]
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        person = len(words) >= 2 and words[0].lower() in resources.first_name_genders()
        key = ("signer", name.lower())
        actor = index.keyed(key)
        if actor is None:
            actor = index.new_actor(key, name, coding.Coding(text=name, kind="person" if person else "organization"))
            actor.aliases = [name]
        index.add_mention(actor, span, head=span[-1].i)
