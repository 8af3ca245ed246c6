"""A reduced passive the parser read as a clause of its own: "the Iranians released by the United States".

A past participle with no auxiliary of its own ("released", not "were released" nor "has released") and a
"by" agent is passive: its doer is the agent and the noun before it the one acted on. The parser sometimes
makes that noun the participle's subject and the participle a clause ("Kerry said the Iranians released by
the United States were close to ...": "Iranians" nsubj of "released", a csubj of "were"), which read as an
active clause makes the released the releasers. A headline's passive without "was" ("Hostages freed by
rebels") parses the same way. Pure functions over spaCy tokens.
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import first_child, is_someone

AUXILIARIES = ("aux", "auxpass")


def reduced_passive(verb):
    """(doer, undergoer) of a past participle with a "by" agent, a subject before it and no auxiliary (see
    the module docstring): the agent's object and that subject; None otherwise."""
    if verb.tag_ != "VBN" or any(c.dep_ in AUXILIARIES for c in verb.children):
        return None
    agent = first_child(verb, ("agent",))
    doer = first_child(agent, ("pobj",)) if agent is not None else None
    undergoer = first_child(verb, ("nsubj", "nsubjpass"))
    if doer is None or undergoer is None or undergoer.i > verb.i or not is_someone(doer) or not is_someone(undergoer):
        return None  # (not "greeted both by name", "a discussion hosted by X": someone by someone)
    return doer, undergoer
