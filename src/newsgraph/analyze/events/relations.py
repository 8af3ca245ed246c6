"""Words around a recipient phrase that say the name inside it is not the one acted on.

A recipient phrase may name more than one party: "her primary challenger", "the United States' southern
neighbor", "the efforts of a donor to Sen. X". These functions tell the participant reader which names
of such a phrase are not whom the phrase means, and which prepositions name whom an act is aimed at for a
kind of act ("threw his support behind X"). Pure functions over spaCy tokens; the caller
(``actors.participant``, ``actors.best_recipient``) resolves what is left against the actor index.

Counted on the development event labels (released sets 10-13, evlab11/15/16/17, cal13; README "Events"):
- a backing "behind" someone: 2 events, both with a wrong recipient read from another phrase ("for the
  GOP presidential nomination": the party; "waded into the Brexit debate": Brexit);
- an adversary's possessor: 2 events (the possessive pronoun of "her challenger" read as the
  challenged member, the possessor of "the United States' southern neighbor"), both wrong;
- a candidate described by the country of the race ("cast the U.S. presidential candidate as divisive"): 1 event,
  the country, wrong;
- a name under another person's word ("praised the efforts of a donor to X": the donor's efforts, not X's;
  "met privately with the wife of an Iranian-American pastor": not Iran): the recipient was wrong each time.
"""
from __future__ import annotations

from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.events.participants import QUANTITY_HEADS, is_someone, of_member
from newsgraph.analyze.events.pronouns import CANDIDATE_HEADS, party_candidate

#: prepositions that name whom an act of a PLOVER type is aimed at, beyond the general target prepositions:
#: backing stands "behind" whom it backs ("threw his support behind X", "put her weight behind X", "rallied
#: behind X"; CAMEO 051 praise or endorse)
AIMED_BY_TYPE = {"SUPPORT": frozenset({"behind"})}

#: relations whose two ends are opposite sides: the possessor of "her challenger", "Trump's rivals", "the
#: country's neighbor" is the other side, never the one the phrase names ("endorsed her challenger" backs the
#: challenger; a friend or ally stands with its possessor, and labellers take the possessor: not here)
OPPOSITE_NUMBERS = frozenset({"challenger", "challengers", "rival", "rivals", "opponent", "opponents", "adversary",
                              "adversaries", "enemy", "enemies", "foe", "foes", "nemesis", "successor",
                              "successors", "predecessor", "predecessors", "neighbor", "neighbors", "neighbour",
                              "neighbours"})


def aimed_preps(etype: str) -> frozenset:
    """The prepositions beyond the general ones that name whom an act of type ``etype`` is aimed at."""
    return AIMED_BY_TYPE.get(etype, frozenset())


def opposite_number(head) -> bool:
    """Whether ``head`` names someone by the side they stand against ("her challenger", "Russia's
    neighbours"): its possessor is not who the phrase names."""
    return head.lower_ in OPPOSITE_NUMBERS


def other_side(token) -> bool:
    """Whether ``token`` is the possessor of an opposite number ("her" of "her challenger", "the United States'"
    of "the United States' neighbor"): the side the phrase's person stands against."""
    return token.dep_ == "poss" and token.head.i != token.i and opposite_number(token.head)


def on_other_side(token, head) -> bool:
    """Whether ``token`` is inside the possessor of an opposite number within the phrase ``head`` heads
    ("United" of "the United States' neighbor")."""
    node = token
    for _ in range(16):
        if other_side(node):
            return True
        if node.i == head.i or node.head.i == node.i:
            return False
        node = node.head
    return False


def under_someone_else(token, head) -> bool:
    """Whether a name inside the phrase ``head`` heads stands, inside one of its prepositional phrases, with a
    person or group word other than ``head`` ("the efforts of a donor to X": X is the donor's; "the wife of an
    Iranian-American pastor": "Iranian" is the pastor's): that word, not the name, is whom the phrase's
    prepositional phrase is about, and the phrase is not the name's. False for a name hanging on ``head``
    itself ("Kenya's troops", "supporters of Sanders") or on things only ("a reversal of NATO's enlargement")."""
    if head.like_num or head.lemma_.lower() in QUANTITY_HEADS:
        head = of_member(head) or head  # "some of Washington's leadership": the leadership is who is counted
    path, node = [], token
    for _ in range(16):
        if node.head.i == node.i:
            return False  # the root: ``head`` is not above the name
        node = node.head
        if node.i == head.i:
            break
        path.append(node)
    else:
        return False
    if token.dep_ != "prep" and not any(t.dep_ == "prep" for t in path):
        return False
    return any(t.pos_ == "NOUN" and t.ent_type_ == "" and is_someone(t) for t in path)


def national_candidate(head, phrase) -> bool:
    """Whether a singular phrase describes a person by the country whose race they run in ("the U.S. presidential
    candidate", "the French hopeful"): a person, not the country its adjective names (as ``pronouns.
    party_candidate`` reads "the GOP nominee")."""
    if head.tag_ != "NN" or head.lower_ not in CANDIDATE_HEADS:
        return False
    return any(t.i < head.i and t.dep_ in ("amod", "compound", "nmod") and dictionaries.country_of(t.text) is not None
               for t in phrase)


def candidate_description(head, phrase) -> bool:
    """A description of someone by the race they run in, by party or by country: a person."""
    return party_candidate(head, phrase) or national_candidate(head, phrase)
