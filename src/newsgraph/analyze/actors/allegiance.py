"""The party and the US state a description names ("the Democratic nominee", "the Florida senator"),
and whether a person's title says otherwise: such a description is no one titled another party's or
another state's ("Iowa Sen. Joan Erne"); a title that names none leaves it open."""
from __future__ import annotations

from collections.abc import Iterable

from newsgraph.model import Actor

#: party words a description may carry ("the Democratic nominee") -> the party each names
PARTY_WORDS = {"democratic": "dem", "democrat": "dem", "dem": "dem", "republican": "gop", "gop": "gop",
               "libertarian": "lib", "green": "green", "labour": "lab", "conservative": "con", "tory": "con"}


def parties_named(words: Iterable[str]) -> frozenset:
    """The parties ``words`` name ("Democratic" -> "dem"), see ``PARTY_WORDS``."""
    return frozenset(PARTY_WORDS[w.lower()] for w in words if w.lower() in PARTY_WORDS)


def states_named(words: Iterable[str]) -> frozenset:
    """The US states ``words`` name by their names ("Florida", "New York")."""
    from newsgraph.analyze.actors.us_members import STATE_NAMES

    words = [w for w in words if w[:1].isupper()]
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:])]
    return frozenset(w for w in [*words, *pairs] if w in STATE_NAMES)


def agrees(parties: frozenset, states: frozenset, actor: Actor, heads: Iterable[str] = ()) -> bool:
    """Whether a description naming ``parties`` and ``states`` may be ``actor``: not when the actor's
    title or a title head learned for it names another party (state) and none of these."""
    words = " ".join([actor.title or "", *heads]).replace("-", " ").split()
    for wanted, named in ((parties, parties_named(words)), (states, states_named(words))):
        if wanted and named and not named & wanted:
            return False
    return True


def says_no_other_party_or_state(description: str, actor: Actor, heads: Iterable[str] = ()) -> bool:
    """Whether a description's words ("Florida senator") name no party or US state that ``actor``'s
    title contradicts."""
    words = description.split()
    return agrees(parties_named(words), states_named(words), actor, heads)
