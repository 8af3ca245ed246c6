"""A he/she speaker in a conversation: the person who spoke just before, when no one else came between.

Reporting runs in chains: a named speaker says something, and the next lines go on with "he said",
"she added", "He answered". General coreference weighs every person of the last sentences by
salience, and in a story about a prominent person it often hands the pronoun to that person -- who
was only talked about, inside the quote or in the narration around it. ``conversation_speaker``
gives the pronoun the speaker of the statement right before it when

* that statement is in the same or the previous paragraph and its speaker is a person whose gender
  (title, given name, or the he/she the index already bound to the person) is known and the
  pronoun's (a person of unknown gender leaves the pronoun to coreference, which weighs the genders
  the text gives everyone);
* between the end of that statement and the pronoun no other person of a fitting gender is mentioned
  (by name or description) outside the pronoun's own statement (the names inside what is being said
  are only talked about);
* that speaker is named (not "a reporter") and did not ask (the one asked answers next).

The caller passes as ``previous`` the last statement not inside another's content ("Y said that X
acknowledged ...": Y goes on speaking, not X), and none for a pronoun inside another's content.

Measured on PolNeAR tune documents (benchmarks/speaker_scale.py): see the README's statements section.
Only reads the final actor index (``ActorLookup``).
"""
from __future__ import annotations

import re
from typing import Optional

from newsgraph.analyze.actors.gender import FEMALE, MALE, gender_of_name, gender_of_title
from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor, Statement

SPEAKER_PRONOUNS = frozenset({"he", "she"})
#: an active cue of asking: the next speaker is the one asked ("was asked" is no asking)
ASKING = re.compile(r"^(ask|asks|asked|asking|question|questions|questioned)\b")
PRONOUNS = MALE | FEMALE | frozenset({"i", "we", "you", "they", "them", "me", "us"})
#: paragraphs the previous statement may be back (0: the same paragraph)
PARAGRAPHS_BACK = 1


def gender_of(actor: Actor) -> Optional[str]:
    """"m"/"f" from the person's title, the he/she the index bound to the person (the text outranks the
    given-names table), or the given name."""
    title = gender_of_title(actor.title)
    if title:
        return title
    words = [m.text.lower() for m in actor.mentions]
    male = sum(w in MALE for w in words)
    female = sum(w in FEMALE for w in words)
    return "m" if male > female else "f" if female > male else gender_of_name(actor)


def _end(statement: Statement) -> int:
    spans = [statement.cue] + ([statement.source] if statement.source else []) + list(statement.content)
    return max(s.end for s in spans)


def _inside(position: int, statement: Statement) -> bool:
    return any(c.start <= position < c.end for c in statement.content)


def conversation_speaker(text: str, statement: Statement, previous: Optional[Statement],
                         actors: ActorLookup) -> Optional[Actor]:
    """The speaker of ``previous`` for a he/she ``statement`` (see the module docstring), or None."""
    if previous is None or statement.source is None or previous.speaker is None:
        return None
    word = statement.source.text.strip().lower()
    if word not in SPEAKER_PRONOUNS or previous.speaker == statement.speaker:
        return None
    want = "m" if word == "he" else "f"
    candidate = actors.actor(previous.speaker)
    if candidate is None or candidate.kind != "person" or gender_of(candidate) != want \
            or not all(w[:1].isupper() for w in candidate.name.split()):
        return None  # a person known only by a description ("a reporter") is seldom the one who goes on
    if ASKING.match(previous.cue.text.lower()):
        return None  # "A reporter asked Y ... He replied": the one asked answers
    start = statement.source.start
    end = _end(previous)
    if end > start or text.count("\n\n", previous.cue.start, start) > PARAGRAPHS_BACK:
        return None
    for actor in actors.to_list():
        if actor.id == candidate.id or actor.kind != "person" or gender_of(actor) not in (None, want):
            continue
        for m in actor.mentions:
            if end <= m.start < start and m.text.lower() not in PRONOUNS and not _inside(m.start, statement):
                return None  # someone else is named since: the pronoun may be theirs
    return candidate
