"""Names that hold a place or a state's word but name no state body.

- A sports club is named after its town: a town and a capitalised plural ("Ottawa Senators", "New
  York Jets") or a capital with a word no table knows ("Real Madrid", "Paris Saint-Germain"). Its
  country is the town's; it is no legislature, army or government (PLOVER gives clubs no sector).
- A party's name holds the words of other parties' names: "Democratic" in "Christian Democratic
  Union" or "Social Democratic Party" is no American party.
- A person's surname may be a country's name or a title ("Rep. Jim Jordan", "Peter T. King"):
  after a given name it is part of the name and says nothing about the person's country or sector.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Optional

from newsgraph.analyze.actors.named_countries import gazetteer_places, is_name_word
from newsgraph.analyze.actors.places import place_country
from newsgraph.nlp.text import spans_of, text_of

#: plurals that name people a place has of its own ("Ohio lawmakers", "Hong Kong Police", "Texas
#: Republicans"): with them a town's name is no club's
MEMBERS_OF_A_PLACE = frozenset({"lawmakers", "legislators", "officials", "authorities", "leaders", "ministers",
                                "forces", "troops", "soldiers", "police", "officers", "councillors", "councilors",
                                "representatives", "delegates", "congressmen", "governors", "mayors", "judges",
                                "prosecutors", "residents", "voters", "democrats", "republicans", "workers"})
#: plurals a town has no members of, but a state does ("Ohio Senators" are the state's senators)
MEMBERS_OF_A_STATE = frozenset({"senators"})
#: sectors a club's nickname takes by mistake; a party's people of a place are no club
NICKNAME_SECTORS = frozenset({"LEG", "MIL", "GOV", "REB", "REL", "CRM", "ELI", "COP", "SPY", "JUD", None})
CITY_FEATURES = ("PPL", "PPLC")
#: a club named with a town and an unknown word is a big city's ("Tampa Bay Lightning"); a small
#: town's name before an unknown word is as often a founder's ("Harlow Data")
CLUB_CITY_POPULATION = 150_000


def club_country(words: Sequence[str], lo: int, hi: int, hits: Sequence) -> Optional[str]:
    """The country of a sports club's name filling ``words[lo:hi]`` (see the module docstring), or
    None when the words are no such name."""
    if hi - lo < 2 or not all(is_name_word(w) or w in (".", "-") for w in words[lo:hi]):
        return None
    last = hits[-1] if hits else None
    plural = last is not None and (last.plural or words[last.end - 1].endswith("s"))
    if last is not None and last.kind == "sector" and last.end == hi and plural and last.start > lo \
            and last.value.sector in NICKNAME_SECTORS and not any(h.start < last.start for h in hits[:-1]
                                                                    if h.kind in ("sector", "org")):
        nickname = " ".join(words[last.start:last.end]).lower()
        if nickname in MEMBERS_OF_A_PLACE:
            return None
        entries = gazetteer_places().lookup(" ".join(words[lo:last.start]))
        towns = [e for e in entries if e.feature in CITY_FEATURES]
        if not towns or nickname in MEMBERS_OF_A_STATE and any(e.feature not in CITY_FEATURES for e in entries):
            return None
        return place_country(towns)
    capitals = [h for h in hits if h.kind == "capital"]
    if len(capitals) == 1 and len(hits) == 1:
        return capitals[0].value  # "Real Madrid": the rest is a name no table knows
    return None


#: words that open a region's name, given names though some are ("North America", "West Virginia")
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "new", "upper", "lower", "greater", "little", "great"})


_INITIAL = re.compile(r"[A-Z]\.")


def surname_hits(words: Sequence[str], hits: list, given_names) -> list:
    """``hits`` without a country's name or a capitalised title word that follows a given name (and
    an initial): "Jim Jordan", "Peter T. King", "John Major" are names."""
    kept = []
    for h in hits:
        named = h.kind == "country" and h.value[1] == "name" or h.kind == "sector" and words[h.start][:1].isupper()
        if not named or h.end - h.start != 1 or h.start == 0:
            kept.append(h)
            continue
        before = h.start - 1
        if _INITIAL.fullmatch(words[before]) and before > 0:
            before -= 1  # "Peter T. King"
        elif words[before] == "." and before > 1 and len(words[before - 1]) == 1 and words[before - 1].isupper():
            before -= 2  # the same, with the initial's dot apart
        if h.kind == "sector" and (words[h.start].endswith(".") or gazetteer_places().lookup(words[before])):
            kept.append(h)  # "Virginia Sen.", "Cleveland Police": a place's office, not a surname
            continue
        if is_name_word(words[before]) and words[before].lower() in given_names \
                and words[before].lower() not in _COMPASS \
                and not any(o.start <= before < o.end for o in hits) \
                and not (before > 0 and is_name_word(words[before - 1])
                         and not any(o.start <= before - 1 < o.end for o in hits)) \
                and not gazetteer_places().lookup(f"{words[before]} {words[h.start]}"):
            continue
        kept.append(h)
    return kept


def join_short_names(index) -> None:
    """A club's nickname standing alone ("the Senators" after "the Ottawa Senators") is the club,
    not a legislature, and a company's first name alone ("Alden" after "Alden Capital") is the
    company; a person the nickname describes ("Senators forward Ada Roux", "Ada Roux of the Jets")
    plays or works for the club and takes its country when the text gives none. A club named with
    a town and words no table knows ("Tampa Bay Lightning") takes the town's country."""
    from newsgraph.analyze.actors.coding import code_phrase

    clubs = {}
    for actor in index.actors:
        if actor.kind != "organization" or actor.sector is not None:
            continue
        words = actor.name.split()
        if actor.country is None and len(words) >= 2:
            actor.country = _town_club_country(words)  # "Tampa Bay Lightning", "Boston Red Sox"
        if actor.country is None:
            continue
        code = code_phrase(actor.name)
        if code.kind in ("organization", None) and code.sector is None and len(words) >= 2:
            clubs[words[-1].lower()] = actor
    firms = {a.name.split()[0].lower(): a for a in index.actors if a.kind == "organization" and _firm_name(a.name)}
    for actor in list(index.actors):
        words = [w for w in actor.name.split() if w.lower() != "the"]
        if len(words) != 1 or actor.kind not in ("group", "organization"):
            continue
        club = clubs.get(words[0].lower())
        if club is not None and club is not actor:
            index.merge(club, actor)
            club.sector = None  # "the Lightning" is no armed group the base knows by that name
            continue
        firm = firms.get(words[0].lower())
        if firm is not None and firm is not actor and actor.sector in (None, firm.sector) \
                and actor.country in (None, firm.country):
            index.merge(firm, actor)  # "Alden" after "Alden Capital": one company
    if not clubs:
        return
    for actor in index.actors:
        if actor.kind != "person" or actor.country is not None:
            continue
        for span in spans_of(index.doc, actor.mentions):
            # its own phrase ("Ada Roux of the Jets") and the two words before ("Senators forward")
            near = [t.i for t in span.root.subtree if t.i < span.start or t.i >= span.end]
            near += range(max(0, span.start - 2), span.start)
            found = [index.actor_at(i) for i in near]
            club = next((c for c in found if c is not None and c in clubs.values()), None)
            if club is not None:
                actor.country = club.country
                break


#: a name and a score ("Senators 4"), as a result line writes each side
_SCORED = re.compile(r"^((?:[A-Z][\w.'’-]*\s)+)(\d{1,3})$")
#: the other side of a result line after a scored name (", Jets 2") or before it ("Jets 2, ")
_OTHER_SIDE_AFTER = re.compile(r"\s*[,–—-]\s*(?:[A-Z][\w.'’-]*\s)+\d{1,3}\b")
_OTHER_SIDE_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s)+\d{1,3}\s*[,–—-]\s*$")


def score_lines(index) -> None:
    """A team in a result line ("Senators 4, Jets 2"): the name without its score, a club (an
    organisation of no sector), not the legislators or the aircraft its nickname's word names."""
    text = text_of(index.doc)
    for actor in index.actors:
        match = _SCORED.match(actor.name)
        if actor.kind not in ("group", "organization") or match is None or actor.sector not in NICKNAME_SECTORS:
            continue
        if not any(m.text == actor.name and (_OTHER_SIDE_AFTER.match(text, m.end)
                                             or _OTHER_SIDE_BEFORE.search(text[max(0, m.start - 60):m.start]))
                   for m in actor.mentions):
            continue
        actor.name = match.group(1).strip()
        actor.kind, actor.sector = "organization", None
        actor.aliases = [actor.name if a == match.group(0) else a for a in (actor.aliases or [])]


#: capitalised words that open a phrase without being part of a name ("Senior Democratic aides")
_NOT_NAME_WORDS = frozenset({"former", "ex", "top", "senior", "junior", "many", "most", "some", "other", "several",
                             "leading", "prominent", "fellow", "veteran", "moderate", "conservative", "liberal",
                             "progressive", "centrist", "young", "new", "then", "acting", "both", "all", "rank",
                             "two", "three", "four", "five", "key", "establishment", "mainstream", "house", "senate",
                             "congressional", "congress", "assembly", "state", "county", "city", "national"})


def inside_a_party_name(words: Sequence[str], i: int, hits: Sequence) -> bool:
    """Whether a party's table name found at ``words[i]`` is part of a longer name no table knows:
    the word before is a capitalised name word of no entry and no place ("Christian Democratic
    Union", not "Texas Republicans", "Senior Democratic aides" or "House Democrats")."""
    from newsgraph.analyze.actors.dictionaries import organization

    if i == 0 or not is_name_word(words[i - 1]) or words[i - 1].lower() in _NOT_NAME_WORDS:
        return False
    row = organization(words[i])
    if row is None and i + 1 < len(words):
        row = organization(f"{words[i]} {words[i + 1]}")
    if row is None or row.sector != "PTY" or any(h.end == i for h in hits):
        return False
    return not gazetteer_places().lookup(words[i - 1])


def _firm_name(name: str) -> bool:
    """A company's name: a name word and the legal or trade ending of a firm ("Alden Capital")."""
    from newsgraph.analyze.actors.coding import COMPANY_ENDINGS, NOT_COMPANIES

    words = name.split()
    return len(words) == 2 and is_name_word(words[0]) and words[0].lower() not in NOT_COMPANIES \
        and words[1].lower().rstrip(".") in COMPANY_ENDINGS


def _town_club_country(words: Sequence[str]) -> Optional[str]:
    """The country of an organisation named with a big city and words no table knows ("Tampa Bay
    Lightning", "Boston Red Sox"), the city its first word or two; None for anything else."""
    from newsgraph.analyze.actors.dictionaries import country_of, organization, sector_word

    if not all(is_name_word(w) for w in words) or organization(" ".join(words)) is not None:
        return None
    if any(sector_word(w.lower()) or country_of(w) for w in words):
        return None
    for n in (2, 1):
        if len(words) > n:
            towns = [e for e in gazetteer_places().lookup(" ".join(words[:n]))
                     if e.feature in CITY_FEATURES and e.population >= CLUB_CITY_POPULATION]
            if towns:
                return place_country(towns)
    return None
