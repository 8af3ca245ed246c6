"""Who may be an event's doer or recipient: political actors, companies among themselves, a state's own people.

An event has a political actor as its doer (issue 9): a country, a government, party, armed group or
organisation the actor index coded, or a person with a known role. A company's act is an event only with a
government side; an official's threat against their own state is no event of PLOVER's.
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors import dictionaries
from newsgraph.model import Actor

#: sectors of the state: its own country is what these act for, not on
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}

#: types an agentless passive may have ("was arrested", "were killed", "was accused of"): the text
#: names whom it happened to, the doer stays unknown (PLOVER's actor is then empty)
UNDERGONE = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "RETREAT", "AID", "REQUEST", "PROTEST"}


HOSTILE = {"THREATEN", "ASSAULT", "COERCE"}
VIOLENT = {"THREATEN", "ASSAULT"}


def undergoer(actor: Optional[Actor]) -> bool:
    """Someone an agentless event can be recorded for: a political actor or a named person."""
    return actor is not None and (is_political(actor) or actor.kind == "person")


#: what a company does among companies and customers: deals, products, offers, purchases, departures
TRADE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def business(actor: Actor, etype: str) -> bool:
    """A company (any act) or a business person (a deal, offer, purchase or departure): their acts are
    PLOVER events only with a government side."""
    if actor.sector != "BUS":
        return False
    return actor.kind != "person" or etype in TRADE


def government_side(actor: Optional[Actor]) -> bool:
    """A recipient that makes a company's act political: a country, government, party, armed group,
    organisation of states or a political person, not another company."""
    return actor is not None and is_political(actor) and actor.sector != "BUS"


def own_country(actor: Optional[Actor], recipient: Optional[Actor], etype: str) -> bool:
    """The recipient is the country the actor (a person or body) belongs to; for a threat or accusation
    by an official, also that country's government (an ambassador speaks for it, not against it). Never
    for a legislator or a court, who act on their state's executive as on another branch."""
    if actor is None or recipient is None or actor.kind == "country" or actor.country is None \
            or actor.country != recipient.country:
        return False
    if actor.sector is not None and actor.sector not in STATE_SECTORS:
        return False  # the opposition, protesters, a union: their own state is what they act on
    if actor.sector in ("LEG", "JUD"):
        return False  # a senator or a court acts on its own state's executive ("urged the United States",
        # "a deal with the White House"): another branch, not the side it speaks for
    return recipient.kind == "country" or (etype in ("THREATEN", "ACCUSE") and actor.sector == "GOV"
                                           and recipient.sector == "GOV" and recipient.kind != "person")


def is_political(actor: Optional[Actor]) -> bool:
    """A doer an event can have: a country; a government, party, armed group, organisation or group the
    actor index coded with a country or sector ("Kenyan police", NATO's IGO); a person with a known
    role or affiliation. Not a company or league nobody coded ("Audi", "the NFL"), not "a man"; a person or
    organisation with only a country (which the actor stage may take from the places of the story: a
    footballer in a Pittsburgh story, a kidnapper in a Texas one) has no role that makes an act political.
    A group of nationals ("Palestinians", "Kenyan protesters") is one; a private citizen named with no title is not."""
    if actor is None:
        return False
    if actor.kind == "country":
        return True
    if actor.kind == "person" and actor.title:
        return True
    if actor.kind == "person":
        # a private citizen (CVL: "Ann Roe, 52, of Flint", ``actors/private_persons.py``) has no role that makes an act political
        return bool(actor.sector) and actor.sector != "CVL"
    if actor.kind == "organization":
        return bool(actor.sector) or country_in_name(actor)
    return bool(actor.sector or actor.country)


def country_in_name(actor: Actor) -> bool:
    """An organisation whose own name says its country ("the Kenya Manufacturing Alliance", "the
    Kenyan Investigating Committee"), not one placed in a country by the story around it."""
    return actor.country is not None and any(
        dictionaries.country_of(word) == actor.country for word in actor.name.replace("-", " ").split())
