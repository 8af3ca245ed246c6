"""Troops asked for, opposed, sent or withdrawn are what the act moves, not whom it is aimed at.

"called for 9,000 troops", "pushing for a troop presence in the north", "opposed combat troops", "sent in
marines besides the 1,200 troops already there": PLOVER codes a deployment's recipient as the state or group it is
aimed at or the place it goes (MOBILIZE, RETREAT), and a demand's as whom it asks (REQUEST); the forces
themselves are neither. The actor stage still lists such a phrase as a group ("troops"), so the rules and
the chooser may name it: ``moved_forces`` tells the events stage to leave the recipient unnamed, unless
the phrase says whose forces they are (a possessor, or another country than the doer's: "Syria's troops",
"Russian soldiers" are an opponent's), or a demand asks the forces rather than asks for them ("urged the
troops to stand down", "said all forces must support the government": only a "for" phrase or clause names
what is asked for), or a release frees them ("freed 60 child soldiers").
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import dictionaries

#: the words for armed forces a deployment moves ("boots on the ground" too)
FORCES = {"troop", "force", "soldier", "boot", "marine", "army", "contingent", "battalion", "brigade",
          "division", "unit", "reinforcement", "personnel"}
#: a deployment named by a thing whose modifier is forces ("a troop presence", "a troop surge")
DEPLOYMENTS = {"presence", "surge", "deployment", "buildup", "build-up", "increase", "drawdown"}
#: types whose object may be forces moved or asked for
MOVING = {"REQUEST", "REJECT", "MOBILIZE", "RETREAT"}
#: RETREAT modes that move one's own forces (not "release": "freed 60 child soldiers" frees them)
WITHDRAWALS = {"withdraw", "disarm"}


def moved_forces(etype: str, mode: Optional[str], head, phrase, doer_country: Optional[str]) -> bool:
    """Whether ``phrase`` (the recipient's words in the event's sentence) names forces the act of type
    ``etype`` and ``mode`` with trigger word ``head`` asks for, opposes, sends or withdraws, with no owner of
    their own other than the doer's country."""
    if etype not in MOVING or phrase is None or not len(phrase):
        return False
    root = phrase.root
    lemma = root.lemma_.lower()
    if lemma not in FORCES and not (lemma in DEPLOYMENTS and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in FORCES for c in root.children)):
        return False
    if any(c.dep_ == "poss" for c in root.children):
        return False  # "Syria's troops": whose forces, an opponent's
    for token in phrase:
        iso3 = dictionaries.country_of(token.text) if token.ent_type_ in ("GPE", "NORP") else None
        if iso3 is not None and iso3 != doer_country:
            return False  # "Russian soldiers" moved by someone else: the country they belong to
    if etype == "REQUEST":
        return asked_for(root, head)  # not "urged the troops to stand down": the troops are asked
    return etype != "RETREAT" or mode in WITHDRAWALS  # "freed 60 child soldiers": the soldiers are released


def asked_for(root, head) -> bool:
    """``root`` is inside the "for" phrase or clause of the demand ``head`` ("called for 9,000 troops",
    "pushing for a troop presence", "called for troops to be sent"): what it asks for."""
    node = root
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ == "for" and node.head.i == head.i:
            return True
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children):
            return True
        node = node.head
    return False
