"""What pronouns and relative words in an event's clause stand for, read from the parse and the final
actor index (``ActorLookup``, read-only): the noun a relative pronoun hangs on, the actor named last
before a pronoun, and a possessive pronoun that says where an act was done from rather than to whom."""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.events.participants import is_someone

#: object pronouns that never stand for the subject of their own clause (a reflexive would)
OBJECT_PRONOUNS = {"him", "her"}
BODIES = ("organization", "country")
RELATIVES = {"which", "that", "who", "whom"}


def pronoun_of_a_thing(obj) -> bool:
    """"(railed against X) from her perch": a thing of the doer's, whose possessive pronoun says where the
    act was done from, not whom it was aimed at."""
    return not is_someone(obj) and obj.head.lower_ == "from" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def antecedent(token):
    """What a relative pronoun stands for ("the pact, which Trump has criticized": the pact), through
    conjoined relative clauses ("which the group tried to stop and which Trump has criticized"); any
    other token as it is."""
    if token is None or token.lower_ not in RELATIVES or token.tag_ not in ("WDT", "WP"):
        return token
    clause = token.head
    for _ in range(4):
        if clause.dep_ == "relcl":
            noun = clause.head
            if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                return token  # "the pact with Iran, which ...": the pact or Iran, the parse cannot tell
            return noun
        if clause.dep_ != "conj" or clause.head.i == clause.i:
            break
        clause = clause.head
    return token


def nearest_mention(token, actors, avoid: Optional[str], kinds=BODIES, sentences: int = 2):
    """The actor of ``kinds`` whose mention ends last before ``token``, in its sentence or the one before
    (``sentences`` counts both); None when there is none."""
    sent = token.sent
    start = sent.start_char
    if sentences > 1 and sent.start > 0:
        start = token.doc[sent.start - 1].sent.start_char
    best, best_end = None, -1
    for actor in actors.to_list():
        if actor.id == avoid or actor.kind not in kinds:
            continue
        for mention in actor.mentions:
            if start <= mention.start and mention.end <= token.idx and mention.end > best_end:
                best, best_end = actor, mention.end
    return best
