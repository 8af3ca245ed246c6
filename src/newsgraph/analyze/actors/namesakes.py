"""Generic bodies and groups that an article names once with their country and once without.

A story writes "Hong Kong police" in one paragraph and "police" in the next, "Democratic lawmakers"
and then "lawmakers", "US lawyers" and then "Lawyers": the bare words are the same people, and a
coder gives them the country the fuller phrase said. ``settle_namesakes`` does that for a group or
an unnamed body without a country when every coded group or body of the article with the same head
word has one and the same country; heads of several countries ("Emirati airlines", "Bangladeshi
airlines") say nothing. Nor does a country the story barely names: "police" in a story of Ethiopia
that once names "Yemeni security forces" (an arrest at a Yemeni airport) are no Yemeni police, so a
namesake's country must carry ``STORY_SHARE`` of the weight of the story's leading country
(``setting.country_weights``: its places, dateline, nationality words and people).
"""
from __future__ import annotations

from typing import Optional

from newsgraph.analyze.actors.index import ActorIndex
from newsgraph.model import Actor

#: words that make a phrase one of several states ("foreign lawmakers", "international observers")
_BEYOND_ONE_STATE = frozenset({"foreign", "international", "world", "global", "other", "overseas", "western",
                               "regional", "european", "african", "asian", "arab", "allied", "coalition"})


#: heads of people named by where they come from, not by the state they act for: "Mexican immigrants"
#: says nothing of the "immigrants" a story speaks of next
ORIGIN_HEADS = frozenset({"immigrants", "immigrant", "migrants", "migrant", "refugees", "refugee", "exiles",
                           "expatriates", "expats", "tourists", "visitors", "pilgrims", "diaspora",
                           "asylum-seekers", "seekers", "students", "workers", "fans", "travellers", "travelers"})


#: sectors of a state's own local institutions: "lawmakers", "police" and "judges" of a story whose
#: every coded legislator, police force or court is one country's are that country's (unlike
#: "officials" or "troops", which a story of two states has on both sides)
LOCAL_SECTORS = frozenset({"LEG", "COP", "JUD"})
#: a story's elections are one state's: its "candidates" (CAMEO's PTY) and "voters" are of the one country
#: of every coded party, candidate and party figure of the story ("Ann Roe, the Republican nominee" of the
#: US, "voters" in a story of her race against a foreign government), not where the race is reported from
ELECTORAL_SECTOR = "PTY"
#: heads of a group that votes in a story's elections, whatever sector it was coded ("voters" are CVL)
ELECTORATE_HEADS = frozenset({"voters", "voter", "electorate", "electors", "caucusgoers"})

#: the share of the leading country's weight in the story (``setting.country_weights``) that a namesake's
#: country needs: a country named in passing lends its police or lawmakers to nobody else in the story
#: ("Omani police" that stop a traveller in Oman, in a story of Kenya's elections, lend their country to none
#: of its other "police" and "security forces"). Over 81 development documents the rule's 2 wrong fills had
#: shares under 0.05; the next lowest share was 0.25.
STORY_SHARE = 0.2


def settle_namesakes(index: ActorIndex, weights: Optional[dict[str, float]] = None) -> None:
    """Give an uncoded generic group or body the one country of its coded namesakes (module docstring).
    ``weights``: the story's evidence per country (``setting.country_weights``); None weighs nothing."""
    top = max(weights.values(), default=0.0) if weights else 0.0

    def major(country: Optional[str]) -> bool:
        return not weights or weights.get(country or "", 0.0) >= STORY_SHARE * top

    coded: dict[tuple[str, str], list[Actor]] = {}
    for actor in index.actors:
        key = _key(actor)
        if key is not None and actor.country and major(actor.country):
            coded.setdefault(key, []).append(actor)
    by_sector: dict[str, set[str]] = {}
    for actor in index.actors:
        if actor.country and actor.sector in LOCAL_SECTORS and actor.kind != "country" and major(actor.country):
            by_sector.setdefault(actor.sector, set()).add(actor.country)
    for actor in index.actors:
        if actor.country is not None or not _generic(actor):
            continue
        countries = {a.country for a in coded.get(_key(actor), []) if _same_head(actor, a)}
        if not countries and actor.sector in LOCAL_SECTORS:
            countries = by_sector.get(actor.sector, set())  # "lawmakers" of a story whose every
            # coded legislator or legislature is one country's
        if len(countries) == 1:
            actor.country = next(iter(countries))  # (by_sector's sets serve every group: not popped)


def settle_electorate(index: ActorIndex, weights: Optional[dict[str, float]] = None) -> None:
    """Give the story's uncoded generic electoral groups ("candidates", "voters": ``_electoral``) the one
    country of its coded party actors (persons, parties and groups of the PTY sector) of weight in the
    story (``STORY_SHARE``). Run after the setting has coded what it could: a story of Burma's election
    that quotes an American candidate has Burmese parties by then, and its "smaller parties" stay open."""
    top = max(weights.values(), default=0.0) if weights else 0.0
    parties = {a.country for a in index.actors if a.country and a.sector == ELECTORAL_SECTOR
               and a.kind != "country" and (not weights or weights.get(a.country, 0.0) >= STORY_SHARE * top)}
    if len(parties) != 1:
        return
    country = next(iter(parties))
    for actor in index.actors:
        if actor.country is None and actor.kind == "group" and _generic(actor) and _electoral(actor):
            actor.country = country


def _electoral(actor: Actor) -> bool:
    """Whether a group takes part in elections as such: coded a party's (PTY: "candidates", "delegates")
    or headed by a word for those who vote (``ELECTORATE_HEADS``: "voters")."""
    return actor.sector == ELECTORAL_SECTOR or actor.name.split()[-1].lower() in ELECTORATE_HEADS


def _key(actor: Actor) -> Optional[tuple[str, str]]:
    """(kind, head word) of a group or organisation: "Hong Kong police" -> ("group", "police")."""
    words = actor.name.split()
    if actor.kind not in ("group", "organization") or not words:
        return None
    return actor.kind, words[-1].lower()


def _same_head(bare: Actor, coded: Actor) -> bool:
    """Whether two head words are the same word: a common noun is no proper name's last word
    ("airlines" is not "Biman Bangladesh Airlines"); a lone capitalised word may open a sentence
    ("Lawyers said" after "US lawyers")."""
    head, other = bare.name.split()[-1], coded.name.split()[-1]
    if head.islower():
        return other.islower()
    return len(bare.name.split()) == 1 or not other.islower()


def _generic(actor: Actor) -> bool:
    """Whether a group's or body's name is common words only ("police", "Border agents", "lawmakers"),
    none of them of several states."""
    words = actor.name.split()
    if actor.kind not in ("group", "organization") or not words or len(words) > 3:
        return False
    if any(w[:1].isupper() for w in words[1:]) or any(not w.isalpha() for w in words):
        return False
    return not {w.lower() for w in words} & (_BEYOND_ONE_STATE | ORIGIN_HEADS)


def settle_police_by_place(index: ActorIndex, credits: set[int]) -> None:
    """Police and security forces act where they are: an uncoded body or group of the police sector
    (CAMEO's COP: "security forces", "the police") takes the country of the places the sentences of its
    mentions name, when they name places of exactly one country ("security forces killed 30 marchers in
    the Rift Valley" -> Kenya's), not a dateline's (``credits``). A story's other
    groups ("troops", "officials") act abroad too and stay open."""
    from newsgraph.analyze import gazetteer
    from newsgraph.analyze.actors.setting import entity_country
    from newsgraph.nlp.text import spans_of

    places = None
    for actor in index.actors:
        if actor.country is not None or actor.sector != "COP" or actor.kind not in ("group", "organization") \
                or not _generic(actor):
            continue
        places = places or gazetteer.load()
        countries: set[str] = set()
        for span in spans_of(index.doc, actor.mentions):
            for token in span.root.sent:
                if token.ent_iob_ == "B" and token.ent_type_ in ("GPE", "LOC") and token.i not in credits:
                    country = entity_country(token, places)
                    if country:
                        countries.add(country)
        if len(countries) == 1:
            actor.country = countries.pop()
