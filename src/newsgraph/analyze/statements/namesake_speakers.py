"""A gendered source given a person of the other gender: the namesake of the right one.

A story about a family or a political couple names several people with one surname (Donald and
Ivanka, Bill and Hillary). When the actor index gives "he", "she", "Mr. X" or "Mrs. X" a person whose
title or given name says the other gender, the speaker is the namesake of the right gender: the
person of the same surname whose title or given name fits, mentioned last before the source. A
person with no namesake keeps the index's answer (the given-names table is not sure enough to drop
a speaker on its word alone).

Measured on PolNeAR tune documents (benchmarks/speaker_scale.py): see the README's statements section.
Only reads the final actor index (``ActorLookup``).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors.gender import gender_of_name, gender_of_title
from newsgraph.analyze.stages import ActorLookup
from newsgraph.model import Actor, Span

MALE_SOURCES = frozenset({"he", "mr", "mr."})
FEMALE_SOURCES = frozenset({"she", "mrs", "mrs.", "ms", "ms."})


def source_gender(source: Span) -> Optional[str]:
    """"m"/"f" for a source "he"/"she" or "Mr./Mrs./Ms. <surname>", else None."""
    words = source.text.split()
    if not words or len(words) > 2 or len(words) == 2 and not words[1][:1].isupper():
        return None
    first = words[0].lower()
    if len(words) == 1 and first not in ("he", "she"):
        return None
    return "m" if first in MALE_SOURCES else "f" if first in FEMALE_SOURCES else None


def _named_gender(actor: Actor) -> Optional[str]:
    """The gender title and given name agree on (either alone when the other says nothing)."""
    title, name = gender_of_title(actor.title), gender_of_name(actor)
    return None if title and name and title != name else title or name


def namesake_speaker(source: Optional[Span], speaker: Optional[Actor], actors: ActorLookup) -> Optional[Actor]:
    """The namesake of the source's gender for a speaker of the other gender (see the module
    docstring), or None."""
    if source is None or speaker is None or speaker.kind != "person":
        return None
    want = source_gender(source)
    got = _named_gender(speaker)
    if want is None or got is None or got == want or len(speaker.name.split()) < 2:
        return None
    surname = speaker.name.split()[-1]
    best: tuple[int, Optional[Actor]] = (-1, None)
    for actor in actors.to_list():
        if actor.id == speaker.id or actor.kind != "person" or actor.name.split()[-1:] != [surname] \
                or _named_gender(actor) != want:
            continue
        last = max((m.start for m in actor.mentions if m.start < source.start), default=-1)
        if last > best[0]:
            best = (last, actor)
    return best[1]
