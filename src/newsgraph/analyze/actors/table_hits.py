"""Table hits: the dictionary entries found in an actor phrase's words, left to right.

``find_hits`` looks at each word for the longest entry of the shipped tables (organisations, countries,
capitals, sector words and their plurals), then the organisations the knowledge base knows, and keeps
what reads as one: a region named like a country is the region ("Inner Mongolia"), a capitalised role
word after a given name is a surname ("Charlie Spies"), a party word inside a longer name is no party.
``coding`` decides head, sector and country from these hits.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.actors import clubs
from newsgraph.analyze.actors.dictionaries import COMPLEMENT_PREPS, DETERMINERS, OrgRow, singular, tables
from newsgraph.analyze.actors.named_countries import gazetteer_places, is_name_word
from newsgraph.analyze.actors.us_members import US_STATES

_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+\.?")
#: rank words that are adjectives before a lower-case noun ("general election", "general public")
ADJECTIVE_SENSES = frozenset({"general"})
NOT_NOUNS = COMPLEMENT_PREPS | DETERMINERS | frozenset({"and", "or", "but", "who", "whom", "whose", "said", "says",
                                                        "told", "was", "is", "has", "had", "from", "on", "by"})


def _known_organization(words: Sequence[str], i: int, longest: int, sectors: dict) -> Optional[Hit]:
    """A run of capitalised words from ``i`` that the knowledge base knows as one organisation, and
    that is a whole name: "Salesforce spokesperson", "Apple CEO", but not "Vladimir" of "Vladimir Putin"."""
    from newsgraph.analyze.actors import kb

    if i > 0 and is_name_word(words[i - 1]) and (words[i - 1].lower(),) not in sectors:
        return None
    orgs = kb.shipped_organizations()
    for n in range(min(longest, len(words) - i), 0, -1):
        run = words[i:i + n]
        if not all(is_name_word(w) or w in (".", "&", "-") for w in run) or not is_name_word(run[-1]):
            continue
        after = words[i + n] if i + n < len(words) else ""
        if is_name_word(after) and (after.lower(),) not in sectors:
            continue
        entry = orgs.get(kb.normal_name(" ".join(run)))
        if entry is not None and (n > 1 or len(run[0]) >= 4):
            role = entry.role_at(None)
            return Hit(i, i + n, "org", OrgRow(role.country if role else None, role.sector if role else None,
                                               "organization", entry.canonical, None))
    return None


@dataclass(frozen=True)
class Hit:
    """One table entry found in the words: ``kind`` is org | country | capital | sector | party word (a
    party table name inside a longer name, ``clubs.inside_a_party_name``)."""

    start: int
    end: int
    kind: str
    value: object
    plural: bool = False


def _sector_at(words: Sequence[str], lowered: Sequence[str], i: int, longest: int, sectors: dict) -> Optional[Hit]:
    """The longest sector word at ``i``; ``lowered`` is ``words`` in lower case, ``longest`` the most
    words of a ``sectors`` key."""
    for n in range(min(longest, len(words) - i), 0, -1):
        key = tuple(lowered[i:i + n])
        if n == 1 and key[0].endswith(".") and len(key[0]) > 2:
            key = (key[0].rstrip("."),)  # "Gen.", "Sen.": abbreviated titles
        if key in sectors:
            if n == 1 and key[0] in ADJECTIVE_SENSES and words[i].islower() and i + 1 < len(words) \
                    and words[i + 1].isalpha() and words[i + 1].islower() and words[i + 1] not in NOT_NOUNS:
                return None  # "the general election staff", "a general counsel's": an adjective, no rank
            return Hit(i, i + n, "sector", sectors[key])
        sing = singular(key[-1])
        if sing:
            key2 = key[:-1] + (sing,)
            if key2 in sectors and sectors[key2].plural_names_group:
                return Hit(i, i + n, "sector", sectors[key2], plural=True)
    return None


def find_hits(words: Sequence[str]) -> list[Hit]:
    """Table entries in ``words``, left to right, longest first, never overlapping."""
    t = tables()
    words = [w.replace("’", "'") for w in words]  # "People’s Liberation Army" is the table's "People's ..."
    lowered = [w.lower() for w in words]
    hits: list[Hit] = []
    i = 0
    while i < len(words):
        hit = _place_named_like_country(words, i, t.countries) or _official_country(words, i)
        for n in range(min(t.longest, len(words) - i), 0, -1) if hit is None else ():
            key = tuple(words[i:i + n])
            if n == 1 and _DOTTED.fullmatch(key[0]) and key not in t.organizations:
                key = (key[0].replace(".", ""),)  # "C.I.A.", "F.B.I.": the newspaper's style of "CIA"
            if key in t.organizations:
                hit = Hit(i, i + n, "org", t.organizations[key])
            elif key in t.countries:
                hit = Hit(i, i + n, "country", t.countries[key])
            elif key in t.capitals:
                hit = Hit(i, i + n, "capital", t.capitals[key])
            if hit:
                break
        sector = _sector_at(words, lowered, i, t.longest_sector, t.sectors)
        if hit is None and words[i][:1].isupper():
            known = _known_organization(words, i, t.longest, t.sectors)  # our own words first ("Senate"),
            if known is not None and (sector is None or known.end > sector.end):  # unless a longer
                hit, sector = known, None  # name the base knows starts with one ("Justice Department")
        if sector and (hit is None or sector.end > hit.end):
            hit = sector
        if hit is not None and hit.kind == "sector" and _surname_at(words, i, hit, t):
            hit = None  # "Charlie Spies", "Ann Judge": a surname is never a role word
        if hit is not None and hit.kind == "org" and clubs.inside_a_party_name(words, i, hits):
            hit = Hit(i, i + 1, "party word", None)  # "Christian Democratic Union": no American party
        if hit:
            hits.append(hit)
            i = hit.end
        else:
            i += 1
    return hits


def _surname_at(words: Sequence[str], i: int, hit: Hit, t) -> bool:
    """Whether the capitalised one-word role at ``i`` is a person's surname: it follows a given name
    that opens the name ("Charlie Spies", "Mary Banks"), or it is a plural that ends the phrase after a
    described capitalised word ("election lawyer Dana Spies": one person, no spies)."""
    from newsgraph.analyze.actors.names import given_names

    if i == 0 or hit.end - hit.start != 1 or not words[i][:1].isupper() or words[i].isupper() \
            or words[i].endswith(".") or i + 1 < len(words) and is_name_word(words[i + 1]):
        return False  # "Gov." of "Virginia Gov. Terry McAuliffe": a title before a name
    before = words[i - 1]
    if not before[:1].isupper() or not before[1:].islower() or before in US_STATES or (before,) in t.organizations \
            or (before,) in t.countries or (before,) in t.capitals or (before.lower(),) in t.sectors:
        return False
    opens = i < 2 or not is_name_word(words[i - 2]) or (words[i - 2].lower().rstrip("."),) in t.sectors
    if opens and (before in given_names() or resources.first_name_genders().get(before.lower()) is not None):
        return True  # the given name opens the name ("Sen. Mary Banks"; not "Fort Worth Police")
    return hit.plural and hit.end == len(words) and i >= 2 and words[i - 2].isalpha() and words[i - 2].islower()


#: the most words of a country's official name read from the gazetteer ("Democratic People's Republic of Korea")
OFFICIAL_NAME_WORDS = 8


def _official_country(words: Sequence[str], i: int) -> Optional[Hit]:
    """A country's official name written with a possessive, from ``i``, that the gazetteer knows as the
    country's ("Democratic People's Republic of Korea", "People's Democratic Republic of Algeria"): the
    country, not a party ("Democratic") and another country ("Republic of Korea") read in its words."""
    if not is_name_word(words[i]) or "'s" not in words[i + 1:i + OFFICIAL_NAME_WORDS]:
        return None
    for n in range(min(OFFICIAL_NAME_WORDS, len(words) - i), 2, -1):
        run = words[i:i + n]
        if "'s" not in run or not is_name_word(run[-1]):
            continue
        text = "".join(w if w == "'s" else f" {w}" for w in run).strip()
        country = next((p.country for p in gazetteer_places().lookup(text) if p.feature == "PCLI"), None)
        if country:
            return Hit(i, i + n, "country", (country, "name"))
    return None


def _place_named_like_country(words: Sequence[str], i: int, countries: dict) -> Optional[Hit]:
    """A region or town whose name ends in another country's name ("Inner Mongolia", "New Mexico",
    "Inner Mongolian"): the gazetteer's place wins over the country it is named like."""
    if not is_name_word(words[i]) or (words[i],) in countries:
        return None
    for n in (3, 2):
        if tuple(words[i:i + n]) in countries:
            return None  # "South Sudan" is a country of its own
        tail = tuple(words[i + 1:i + n])
        if len(tail) != n - 1:
            continue
        if n == 3 and tail not in countries and tail[1:] in countries:
            tail = tail[1:]  # "New South Wales": a state of Australia, not Wales
        if tail not in countries or not all(is_name_word(w) for w in words[i:i + n]):
            continue
        iso3, form = countries[tail]
        names = [" ".join(words[i:i + n])]
        if form != "name":  # "Inner Mongolian": the place is named with the country's name
            names += [" ".join(words[i:i + 1] + list(k)) for k, v in countries.items() if v == (iso3, "name")]
        for name in names:
            found = {e.country for e in gazetteer_places().lookup(name)}
            if len(found) == 1 and iso3 not in found:
                return Hit(i, i + n, "country", (found.pop(), "adjective"))
        if n == 2 and words[i] == "New" and form == "name":
            return Hit(i, i + n, "place", None)  # "New England": a region the gazetteer lacks, no England;
            # a country called "New ..." is in the table whole ("New Zealand", "Papua New Guinea")
    return None
