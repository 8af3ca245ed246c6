"""Attacks the text names without a doer: "the Paris terror attacks", "the shootings in San Bernardino".

News names many acts of political violence by a noun and the place or day they happened, leaving the
attackers unnamed ("the 2012 attack on the consulate in Benghazi", "the Sept. 11 attacks"). PLOVER
codes them all the same (ASSAULT, its actor unknown, as ICEWS and POLECAT record "unidentified gunmen"),
and the blind labellers of the dev sets list them as missed events (evlab15/16: "ASSAULT (unknown) ->
Paris, 'Paris terror attacks'"). An event noun needs a participant (``patterns._noun_event``); this
module supplies the one an attack has when no doer is named: what it was aimed at, else where it happened.

Only a SPECIFIC act of VIOLENCE counts:
- violence: a noun that only names force ("bombing", "shooting", "airstrike", "massacre"), or an
  "attack" or "strike" marked as one by a word of force ("terror attacks", "a suicide attack", "deadly
  strikes"), so that a candidate's "attacks on Clinton" (words) stay out;
- specific: anchored to a place or target ("in Paris", "the Paris attacks", "on the consulate", "of
  police"), so that "to prevent terrorist attacks" (no act yet, nowhere) stays out; the place or target
  is the event's recipient, an attack with neither is no event here (a day alone, "the Sept. 11
  attacks", names no one attacked that the actor index holds).
"""
from __future__ import annotations

from newsgraph.analyze.events.participants import TARGET_PLACES, is_someone, prep_pobj

#: verbs whose subject makes the attack their object names ("launched", "carried out", "unleashed")
MAKING = {"launch", "carry", "unleash", "mount", "stage", "conduct", "commit", "perpetrate", "plan", "orchestrate",
          "execute", "direct", "order", "step", "escalate", "intensify", "ramp", "wage"}
#: nouns that name physical violence in every sense news uses them
VIOLENT_NOUNS = {"bombing", "shooting", "airstrike", "massacre", "stabbing", "beheading", "ambush", "bombardment",
                 "shelling"}
#: nouns that name violence only with a word of force beside them ("terror attack" / "attacks on Clinton")
MARKED_NOUNS = {"attack", "strike", "assault"}
#: attacks made by armed forces: a country beside them is their maker ("U.S. strikes"), not the place hit
FORCE_OF_STATES = {"strike", "airstrike", "shelling", "bombardment"}
#: words of force that make an attack physical: its means, its makers' kind, its toll
FORCE_MARKS = {"terror", "terrorist", "terrorism", "suicide", "deadly", "bomb", "militant", "jihadist", "jihadi",
               "gun", "knife", "machete", "mass", "armed", "chemical", "missile", "rocket", "drone", "air", "mortar",
               "truck", "fatal", "bloody", "islamist", "extremist", "sectarian", "insurgent", "rebel", "military",
               "gas", "grenade", "sniper", "arson", "lethal", "violent", "car"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
#: prepositions naming what an attack was aimed at or where it happened
AIMED = ("on", "against", "at", "of")
WHERE = ("in", "at", "near", "outside")


def unclaimed_target(noun):
    """The token naming what a doer-less attack noun was aimed at or where it happened, when the noun
    names a specific act of violence; else None. The caller has found no doer for the noun (or only
    the attackers' kind beside it: "terrorist attacks", ``kind_of_attacker``)."""
    lemma = noun.lemma_.lower()
    maker = _verb_of(noun)
    if noun.dep_ in ("dobj", "pobj") and maker.lemma_.lower() in MAKING and any(
            c.dep_ in ("nsubj", "agent") and is_someone(c) for c in maker.children):
        return None  # "Christie unleashed withering attacks on Rubio": the verb's subject made them
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and c.i < noun.i]
    marked = any(_force_word(m) for m in modifiers)
    if lemma not in VIOLENT_NOUNS and lemma not in MARKED_NOUNS:
        return None
    if any(m.ent_type_ == "NORP" or m.ent_type_ == "GPE" and lemma in FORCE_OF_STATES for m in modifiers):
        return None  # "Russian airstrikes", "U.S. military strikes in Syria": the state is the doer, not the place
    aimed = prep_pobj(noun, AIMED)
    if aimed is not None and aimed.ent_type_ in ("PERSON", "NORP", "ORG") and not marked and not _built(aimed):
        return None  # "the attack on Clinton" (words); "the shooting of Rice", "a terror attack on the party" are acts
    if not marked and lemma in MARKED_NOUNS and not (aimed is not None and _built(aimed)):
        return None  # an unmarked "attack" is one on a building or site ("the attack on the barracks")
    place = next((m for m in modifiers if m.ent_type_ in PLACE_TYPES), None) or prep_pobj(noun, WHERE, PLACE_TYPES)
    if aimed is not None and not _named(aimed):
        # "the attack on the consulate in Benghazi": a building no one is named with; where it stands
        place = place or prep_pobj(aimed, WHERE, PLACE_TYPES)
    if aimed is not None and _named(aimed):
        return aimed
    return place or aimed


def _verb_of(noun):
    """The verb whose object the noun is, directly or through one preposition ("launched attacks",
    "took part in attacks")."""
    head = noun.head
    return head.head if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" else head


def _named(token) -> bool:
    """A target the text names ("the U.S. consulate", "Paris", "police"), not a bare common noun."""
    return token.ent_type_ != "" or token.pos_ == "PROPN" or token.lemma_.lower() in PEOPLE_AIMED_AT or any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (c.ent_type_ or c.pos_ == "PROPN") for c in token.children)


def _built(token) -> bool:
    """A building, site or vehicle an attack is aimed at ("the consulate", "the Marine barracks")."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in TARGET_PLACES or token.lemma_.lower() in BUILT)


#: buildings and sites attacked besides ``participants.TARGET_PLACES``
BUILT = {"barracks", "barrack", "annex", "mall", "nightclub", "club", "hall", "theater", "theatre", "stadium", "hotel",
         "restaurant", "cafe", "synagogue", "temple", "tower", "center", "centre", "museum", "newspaper",
         "magazine", "clinic", "garrison", "outpost", "base"}


#: groups of people an attack of which names its victims ("the shooting of police", "attacks on civilians")
PEOPLE_AIMED_AT = {"police", "officer", "civilian", "worker", "soldier", "troop", "student", "worshipper", "tourist",
                   "shopper", "journalist", "diplomat", "protester", "child", "family", "people"}


def _force_word(token) -> bool:
    if token.lemma_.lower() in FORCE_MARKS or token.lower_ in FORCE_MARKS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in FORCE_MARKS for c in token.children)





def kind_of_attacker(noun, doer) -> bool:
    """The doer read for an attack noun is only its attackers' kind ("terrorist attacks", "jihadist
    strikes"), a modifier of the noun itself that names no one the index can hold."""
    return doer is not None and doer.head.i == noun.i and doer.i < noun.i and doer.dep_ in ("amod", "compound") \
        and doer.lemma_.lower() in FORCE_MARKS and doer.ent_type_ == ""
