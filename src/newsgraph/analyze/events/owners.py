"""Whose a thing is: the owner of a thing acted on and the author of a claim, plan or decision.

"U.S. calls", "the Taliban hideouts", "accusations by X" (``owner``); "Kenya's demand", "criticism from X",
"the plan Obama proposed" (``author``); a campaign or administration that acts for whoever it belongs to
(``someones_body``). Pure functions over spaCy tokens.
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import (
    NOT_PARTICIPANTS,
    TARGET_PLACES,
    first_child,
    is_someone,
    someone_after,
)


def owner(thing):
    """Who a thing named by a noun belongs to or comes from: its possessor, a name or group word
    modifying it ("U.S. calls", "the Taliban hideouts", "police headquarters"), or the "by" agent of
    an act ("accusations by X"); None for a bare thing or a person."""
    if thing.pos_ not in ("NOUN", "PROPN") or is_someone(thing):
        return None
    for child in thing.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
    for child in thing.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
                child.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or is_someone(child)):
            return child
    agent = someone_after(thing, "by")
    if agent is not None:
        return agent
    if thing.lemma_.lower() in TARGET_PLACES:
        # "the home of the former minister", "the offices of the newspaper": whose place it is
        member = first_child(next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), thing), ("pobj",))
        if member is not None and member.i != thing.i and is_someone(member):
            return member
    return None


#: verbs by which someone's words or acts are named in a relative clause ("the things X has said")
SAID_OR_DONE = {"say", "do", "propose", "write", "announce", "decide", "tweet", "claim", "suggest", "call", "make",
                "offer", "push", "champion", "sponsor", "introduce", "sign", "back", "order", "plan", "pursue"}


def author(thing):
    """Who made a claim, demand, plan or decision named by a noun: its possessor ("Kenya's demand"), a name
    modifying it ("the US decision"), or the "by"/"from" source ("allegations by the opposition",
    "criticism from X"), whether or not the word is on the list of people words ("by the settlers")."""
    if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    found = owner(thing)
    if found is not None:
        return found
    for child in thing.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            source = first_child(child, ("pobj",))
            if source is not None and source.pos_ in ("NOUN", "PROPN") and source.ent_type_ not in NOT_PARTICIPANTS:
                return source
        if child.dep_ == "relcl" and child.lemma_.lower() in SAID_OR_DONE and not any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in child.children):
            # "the things that Trump has said", "the plan Obama proposed": whoever said or made it
            maker = first_child(child, ("nsubj",))
            if maker is not None and maker.pos_ in ("NOUN", "PROPN") and is_someone(maker):
                return maker
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "the accusations made by Ukraine", "a plan drawn up by X"
            agent = first_child(first_child(child, ("agent",)) or child, ("pobj",))
            if agent is not None and agent.pos_ in ("NOUN", "PROPN") and agent.ent_type_ not in NOT_PARTICIPANTS:
                return agent
    return None


#: bodies that act for the person or party that owns them ("his campaign", "the Obama administration")
BODIES_OF = {"campaign", "administration", "team", "staff", "camp", "office", "cabinet", "entourage"}


def someones_body(token) -> bool:
    """A campaign, administration or team of someone named with it: its acts are that side's."""
    return token.lemma_.lower() in BODIES_OF and any(
        (c.dep_ == "poss" and (c.pos_ == "PRON" or is_someone(c))) or (c.dep_ == "compound" and c.ent_type_ in (
            "PERSON", "ORG", "NORP")) for c in token.children)
