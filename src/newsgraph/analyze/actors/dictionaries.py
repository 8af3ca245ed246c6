"""The actor dictionaries: countries, capitals, organisations and sector words, read once and looked up."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze import resources

#: words that end the head of a phrase and open its complement
COMPLEMENT_PREPS = frozenset({"of", "for", "at", "to", "with", "in", "from"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True)
class OrgRow:
    country: Optional[str]
    sector: Optional[str]
    kind: str
    name: str
    plover: Optional[str]
    shared: bool = False  # an acronym other states' bodies bear too ("CDC")


@dataclass(frozen=True)
class SectorRow:
    sector: Optional[str]
    kind: str
    strong: bool
    #: whether the plural names a group of them ("thieves"); not for the agents table's bodies and
    #: media ("televisions" are sets, "airways" are routes)
    plural_names_group: bool = True


@dataclass(frozen=True)
class Tables:
    countries: dict  # word tuple -> (iso3, form)
    capitals: dict  # word tuple -> iso3
    organizations: dict  # word tuple -> OrgRow
    sectors: dict  # lower-case word tuple -> SectorRow
    longest: int
    longest_sector: int = 0  # the most words of a sectors key (a lookup of more words finds none)


_TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[’']s\b|\w+(?:\.\w+|[’'](?!s\b)\w+)*\+?|[^\w\s]")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words with their offsets, split the way spaCy splits them where it matters here:
    possessive 's and hyphens apart, "U.S." whole."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _rows(filename: str):
    return resources.read_tsv(filename)


def _key(phrase: str) -> tuple[str, ...]:
    """The words a table is looked up by, a typographic apostrophe as the tables write it ("People’s")."""
    return tuple(w.replace("’", "'") for w, _, _ in tokenize(phrase))


@resources.cached()
def tables() -> Tables:
    """The coding tables, read from the package once per process."""
    countries = {_key(r[0]): (r[1], r[2]) for r in _rows("countries.tsv")}
    capitals = {_key(r[0]): r[1] for r in _rows("capitals.tsv")}
    organizations = {}
    for r in _rows("organizations.tsv"):
        r = r + [""] * (7 - len(r))
        organizations[_key(r[0])] = OrgRow(r[1] or None, r[2] or None, r[3], r[4], r[5] or None, r[6] == "shared")
    sectors = {}
    for r in _rows("sectors.tsv"):
        key = tuple(w.lower() for w in _key(r[0]))
        sectors[key] = SectorRow(r[1] or None, r[2], r[3] == "strong", plural_names_group=key not in ONE_HOLDER)
    agents, plurals = _agents()
    for noun, sector in agents.items():  # the knowledge base's agents, where ours are silent
        key = tuple(w.lower() for w in _key(noun))
        if not all(w.replace("-", "").isalpha() for w in key):
            continue  # "gen .": abbreviations are ours to read
        sing = singular(key[-1])
        if sing and key[:-1] + (sing,) in sectors:
            continue  # a plural of one of our own words ("spokesmen"): ours decides
        if key[-1].endswith(THING_ENDINGS):
            continue  # "website": a thing, no actor (its "-ite" would read it as a person)
        if key not in sectors and len(key) <= 3 and sector in AGENT_SECTORS:
            kind = "group" if noun in plurals else "person" if _names_a_person(key, sectors) else "organization"
            sectors[key] = SectorRow(sector, kind, False, plural_names_group=kind != "organization")
    longest = max(len(k) for table in (countries, capitals, organizations, sectors) for k in table)
    return Tables(countries, capitals, organizations, sectors, longest, max(len(k) for k in sectors))


#: offices a body has one holder of: their plural names no group of them ("smart speakers", "the
#: speakers at the rally" are no legislature's)
ONE_HOLDER = frozenset({("speaker",)})

#: sectors the agents dictionary may add words for (its MED "spokesperson" and religious believers
#: are left to sectors.tsv: a common noun there is no actor of its own)
AGENT_SECTORS = frozenset({"AGR", "BUS", "COP", "CRM", "CVL", "EDU", "GOV", "JUD", "JRN", "LAB", "LEG", "MIL",
                           "OPP", "REB", "REF", "SPY", "UAF", "MED"})


PERSON_ENDINGS = ("er", "or", "ist", "man", "woman", "person", "ian", "ant", "ent", "ee", "ier", "ic", "ive", "ite")
#: endings of the agents dictionary's things that look like a person noun ("website")
THING_ENDINGS = ("site",)


def _names_a_person(words: tuple[str, ...], sectors: dict) -> bool:
    """Whether a common noun names a person ("smuggler", "minister of fisheries", "army chief")
    rather than a body: its head ends like a person noun or is one of our person words or people nouns."""
    head = next((words[k - 1] for k, w in enumerate(words) if k and w in COMPLEMENT_PREPS), words[-1])
    row = sectors.get((head,))
    return head.endswith(PERSON_ENDINGS) or (row is not None and row.kind == "person") \
        or head in resources.people_nouns()  # "tycoon": a person, whatever its ending


def _agents() -> tuple[dict[str, str], frozenset]:
    from newsgraph.analyze.actors import kb

    base = kb.shipped()
    return base.agents(), base.plurals


def singular(word: str) -> Optional[str]:
    """The singular candidates of an English plural, or None when ``word`` does not look plural."""
    w = word.lower()
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("people"):
        return w[:-6] + "person"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return None


def country_of(word: str) -> Optional[str]:
    """The alpha-3 code a country name, adjective or demonym stands for ("French" -> FRA)."""
    hit = tables().countries.get(_key(word))
    return hit[0] if hit else None


def organization(phrase: str) -> Optional[OrgRow]:
    """The table row of a named organisation or seat ("NATO", "Kremlin"), a leading "the" ignored."""
    words = _key(phrase)
    if words and words[0].lower() == "the":
        words = words[1:]
    return tables().organizations.get(words)


def capital_country(phrase: str) -> Optional[str]:
    """The country whose capital ``phrase`` is ("Moscow" -> RUS)."""
    return tables().capitals.get(_key(phrase))


def sector_word(word: str) -> Optional[SectorRow]:
    """The sector row of a title or group word, singular or plural ("spokesmen")."""
    t = tables().sectors
    key = (word.lower(),)
    if key in t:
        return t[key]
    sing = singular(word)
    return t.get((sing,)) if sing else None
