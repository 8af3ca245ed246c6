"""The actor knowledge base: who a name is beyond the article, on the article's date.

Three layers, the first that knows a name wins (the article's own text always wins over all of them;
``analyze.actors`` only fills what the text left open):

1. a user's own codings (``newsgraph kb import``);
2. codings the corpus taught (a name coded with its title and country in one stored article);
3. the shipped table ``data/actor_kb.tsv.gz`` (built by ``scripts/build_actor_kb.py`` from the
   PETRARCH2 Phoenix dictionaries and Wikidata's world leaders; see NOTICE).

Roles have dates: ``lookup("Barack Obama", "2010-05-01")`` is USA GOV, on 2018-05-01 USA ELI (a
former office holder, PLOVER's ELI). A name that several entities bear ("Abe", "Kim") is resolved by
the country or sector the article gives, else the match says ``ambiguous`` and codes nothing: the
base never guesses.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.analyze import resources

KB_FILE = "actor_kb.tsv.gz"
#: offices that become ELI ("former officials") once they end
OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
LAYERS = ("user", "corpus", "shipped")


@dataclass(frozen=True)
class Role:
    """One coding of an entity, valid from ``start`` to ``end`` (ISO dates; None: open)."""

    country: Optional[str]
    sector: Optional[str]
    start: Optional[str] = None
    end: Optional[str] = None
    source: str = ""

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class Entry:
    """One entity a name may stand for."""

    entity: str  # a stable id: "phoenix-countries:51057", "wikidata:Q6279", "user:3", "article:<id>"
    canonical: str
    kind: str  # person | organization | group | agent
    roles: tuple[Role, ...]
    layer: str = "shipped"  # user | corpus | shipped

    @property
    def countries(self) -> frozenset:
        return frozenset(r.country for r in self.roles if r.country)

    def role_at(self, date: Optional[str]) -> Optional[Role]:
        """The role on ``date``: the one active then (a legislator's seat before a candidacy held at the
        same time, else the latest begun); between or after roles the last one before it
        (an ended office becomes ELI); before every role none. Without a date, the latest role."""
        if not self.roles:
            return None
        dated = sorted((r for r in self.roles if r.start or r.end), key=lambda r: (r.start or "", r.end or "9"))
        undated = [r for r in self.roles if not (r.start or r.end)]
        if date is None:
            return (dated or undated)[-1]
        active = [r for r in dated if r.active(date)]
        if active:  # the latest begun, a seat in a legislature first: a senator who runs for president
            # stays a senator (a mayor or governor who runs is the party's candidate)
            return max(active, key=lambda r: (r.sector == "LEG", r.start or ""))
        if undated:
            return undated[-1]
        before = [r for r in dated if r.end is not None and r.end <= date]
        if before:
            last = max(before, key=lambda r: r.end or "")
            sector = "ELI" if last.sector in OFFICES else last.sector
            return Role(last.country, sector, last.end, None, last.source)
        return None


@dataclass(frozen=True)
class Match:
    """What the base says about a name on a date. ``ambiguous``: several entities, none chosen."""

    name: str
    entity: Optional[str] = None
    canonical: Optional[str] = None
    kind: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    source: Optional[str] = None
    layer: Optional[str] = None
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()
    roles: tuple[Role, ...] = field(default=(), compare=False)

    @property
    def code(self) -> Optional[str]:
        return "".join(p for p in (self.country, self.sector) if p) or None

    def to_json(self) -> dict:
        return {"name": self.name, "entity": self.entity, "canonical": self.canonical, "kind": self.kind,
                "country": self.country, "sector": self.sector, "code": self.code, "source": self.source,
                "layer": self.layer, "ambiguous": self.ambiguous, "candidates": list(self.candidates),
                "roles": [{"country": r.country, "sector": r.sector, "start": r.start, "end": r.end,
                           "source": r.source} for r in self.roles]}


_SPACE = re.compile(r"\s+")


def normal_name(name: str) -> str:
    """The key a name is looked up by: lower case, hyphens as spaces, one space, no leading "the",
    no trailing 's."""
    name = _SPACE.sub(" ", name.replace("’", "'").replace("_", " ").replace("-", " ")).strip(" ,").lower()
    if name.startswith("the "):
        name = name[4:]
    if name.endswith(" 's") or name.endswith("'s"):
        name = name[:-2].rstrip(" '")
    return name


#: middle initials and generational suffixes a newspaper's style adds to a name ("Joseph R. Biden Jr.")
_STYLE_PARTS = re.compile(r"^(?:[A-Za-z]\.?|jr\.?|sr\.?|ii|iii|iv)$", re.IGNORECASE)


def plain_name(name: str) -> str:
    """A person's name without middle initials and "Jr."/"Sr."/"III" ("Joseph R. Biden Jr." ->
    "Joseph Biden"), as the base lists most people; the name itself when that leaves one word."""
    words = name.replace(",", " ").split()
    kept = [w for k, w in enumerate(words) if k == 0 or not _STYLE_PARTS.match(w)]
    return " ".join(kept) if len(kept) >= 2 else name


#: sources of the heads of state and government (Wikidata's leaders, our additions)
LEADER_SOURCES = ("wikidata:", "additions")


class KnowledgeBase:
    """Names -> entries, in layers (user, corpus, shipped), plus the agents table (common nouns)."""

    def __init__(self, entries: dict[str, list[Entry]], agents: Optional[dict[str, str]] = None,
                 plurals: frozenset = frozenset()):
        self._entries = entries
        self._agents = agents or {}
        self.plurals = plurals  # agent nouns that are plural forms ("thieves")
        self._tail_index: Optional[dict[str, list[str]]] = None
        self._lead_index: Optional[dict[str, list[str]]] = None

    def with_entries(self, rows: Iterable[tuple[str, Entry]]) -> KnowledgeBase:
        """A new base with more entries (user or corpus codings) on top; this one is unchanged."""
        entries = dict(self._entries)
        for name, entry in rows:
            key = normal_name(name)
            entries[key] = [e for e in entries.get(key, []) if e.entity != entry.entity] + [entry]
        return KnowledgeBase(entries, self._agents, self.plurals)

    def entries(self, name: str) -> list[Entry]:
        """Every entry the name may stand for, of the highest layer that knows it."""
        found = self._entries.get(normal_name(name), [])
        for layer in LAYERS:
            top = [e for e in found if e.layer == layer]
            if top:
                return top
        return []

    def agents(self) -> dict[str, str]:
        """Every common noun the agents table codes, with its sector."""
        return dict(self._agents)

    def agent(self, noun: str) -> Optional[str]:
        """The sector a common noun names ("police" COP, "thieves" CRM), singular or plural."""
        key = normal_name(noun)
        if key in self._agents:
            return self._agents[key]
        for cut in (("ies", "y"), ("es", ""), ("s", "")):
            if key.endswith(cut[0]) and key[:-len(cut[0])] + cut[1] in self._agents:
                return self._agents[key[:-len(cut[0])] + cut[1]]
        return None

    def _spelling_variants(self, name: str) -> list[Entry]:
        """A person under another transliteration of the first name ("Sergey" / "Sergei Shoigu"):
        the one person the base knows by the same surname whose first name starts with the same
        five letters (four for short names). Nothing when there are several."""
        words = normal_name(name).split()
        if len(words) < 2 or len(words[0]) < 4:
            return []
        prefix = words[0][:5] if len(words[0]) > 5 else words[0][:4]
        found = {}
        for e in self.entries(words[-1]):
            first = e.canonical.lower().split()[0] if e.canonical else ""
            if e.kind == "person" and first.startswith(prefix) and first != words[0]:
                found[e.entity] = e
        return list(found.values()) if len(found) == 1 else []

    def _fuller_names(self, name: str) -> list[Entry]:
        """A person the base knows under a fuller name that ends with all of this one ("Javad Zarif"
        for "Mohammad Javad Zarif"): the one such person, nothing when there are several."""
        words = normal_name(name).split()
        if len(words) < 2:
            return []
        found = {}
        for key in self._tails().get(" ".join(words[-2:]), ()):
            if key.split()[-len(words):] == words:
                for e in self._entries[key]:
                    if e.kind == "person":
                        found[e.entity] = e
        return list(found.values()) if len(found) == 1 else []

    def _leading_names(self, name: str) -> list[Entry]:
        """A head of state or government the base knows under a name of one more word that starts with
        all of this one ("Abiy Ahmed" for "Abiy Ahmed Ali": a grandfather's or family name news leaves
        off): the one such person, nothing when there are several. Only the leaders' tables
        (``LEADER_SOURCES``): the dictionaries' thousands of ministers share first names too often."""
        words = normal_name(name).split()
        if len(words) < 2:
            return []
        found = {}
        for key in self._leads().get(" ".join(words[:2]), ()):
            if key.split()[:-1] == words:
                for e in self._entries[key]:
                    if e.kind == "person" and any(r.source.startswith(LEADER_SOURCES) for r in e.roles):
                        found[e.entity] = e
        return list(found.values()) if len(found) == 1 else []

    def _leads(self) -> dict[str, list[str]]:
        """The first two words of every name of three words or more -> those names (built once)."""
        if self._lead_index is None:
            self._lead_index = {}
            for key in self._entries:
                words = key.split()
                if len(words) > 2:
                    self._lead_index.setdefault(" ".join(words[:2]), []).append(key)
        return self._lead_index

    def _tails(self) -> dict[str, list[str]]:
        """The last two words of every name of three words or more -> those names (built once)."""
        if self._tail_index is None:
            self._tail_index = {}
            for key in self._entries:
                words = key.split()
                if len(words) > 2:
                    self._tail_index.setdefault(" ".join(words[-2:]), []).append(key)
        return self._tail_index

    def lookup(self, name: str, date: Optional[str] = None, country: Optional[str] = None,
               sector: Optional[str] = None, fuller: bool = False) -> Optional[Match]:
        """The entity ``name`` stands for on ``date`` (ISO), given the ``country`` and ``sector`` the
        article's text says (None: unknown). None when the base does not know the name. ``fuller``:
        a person known under a fuller name too ("Javad Zarif"), for a caller that checks the match
        against the article (a phrase alone says too little to trust one)."""
        found = self.entries(name) or self.entries(plain_name(name)) or self._spelling_variants(name) \
            or (self._fuller_names(name) or self._leading_names(name) if fuller else [])
        if not found:
            return None
        chosen = _choose(found, date, country, sector)
        if chosen is None:
            people = sorted({f"{e.canonical} ({'/'.join(sorted(e.countries)) or '-'})" for e in found})
            return Match(name=name, ambiguous=True, candidates=tuple(people))
        role = chosen.role_at(date)
        sector = role.sector if role else None
        others = [e for e in found if e.canonical.lower() != chosen.canonical.lower()]
        if others and country is None and sector is not None:
            # several people of one country: the country is sure, a sector only if all agree
            if any((r := e.role_at(date)) is None or r.sector != sector for e in others):
                sector = None
        return Match(name=name, entity=chosen.entity, canonical=chosen.canonical, kind=chosen.kind,
                     country=role.country if role else _only(chosen.countries),
                     sector=sector, source=role.source if role else chosen.entity,
                     layer=chosen.layer, roles=chosen.roles)


def _only(values: frozenset) -> Optional[str]:
    return next(iter(values)) if len(values) == 1 else None


def _choose(found: list[Entry], date, country, sector) -> Optional[Entry]:
    """One entry, or None when the text's country and sector do not single one out."""
    groups: dict[tuple, Entry] = {}
    for e in found:  # the same person in two sources is one candidate
        groups.setdefault((e.canonical.lower(), _only(e.countries)), e)
    candidates = list(groups.values())
    if len(candidates) > 1 and country:
        candidates = [e for e in candidates if country in e.countries] or candidates
    if len(candidates) > 1 and sector:
        fit = [e for e in candidates if any(r.sector == sector for r in e.roles)]
        candidates = fit or candidates
    if len(candidates) == 1:
        return candidates[0]
    if len({_only(e.countries) for e in candidates}) == 1 and _only(candidates[0].countries):
        return candidates[0]  # several entries, one country: the country is known either way
    return None


def parse_roles(text: str) -> tuple[Role, ...]:
    roles = []
    for part in text.split(";"):
        if not part:
            continue
        country, sector, start, end, source = (part.split("/", 4) + [""] * 5)[:5]
        roles.append(Role(country or None, sector or None, start or None, end or None, source))
    return tuple(roles)


@resources.cached()
def shipped() -> KnowledgeBase:
    """The base that ships in the package (read once per process)."""
    entries: dict[str, list[Entry]] = {}
    agents: dict[str, str] = {}
    plurals = set()
    for name, entity, canonical, kind, roles, _source in resources.read_tsv(KB_FILE):
        parsed = parse_roles(roles)
        if kind.startswith("agent"):
            if parsed and parsed[0].sector:
                agents.setdefault(name, parsed[0].sector)
                if kind == "agent-plural":
                    plurals.add(name)
            continue
        entries.setdefault(name, []).append(Entry(entity, canonical, kind, parsed))
    return KnowledgeBase(entries, agents, frozenset(plurals))


@resources.cached()
def shipped_organizations() -> dict[str, Entry]:
    """Organisations of the shipped base by name, for coding phrases that name them ("Salesforce
    spokesperson"): only names one organisation bears, never persons."""
    out: dict[str, Entry] = {}
    ambiguous = set()
    for name, found in shipped()._entries.items():
        orgs = {e.canonical: e for e in found if e.kind == "organization"}
        if len(orgs) == 1 and not any(e.kind == "person" for e in found):
            out[name] = next(iter(orgs.values()))
        elif orgs:
            ambiguous.add(name)
    return out


@resources.cached()
def leader_surnames() -> dict[str, frozenset]:
    """Surnames of the government office holders the shipped base knows, lower case -> their
    countries: "bush" USA, "kim" PRK and KOR. For governments named after a leader ("the Bush
    administration") only: many surnames are also places ("Austin")."""
    people = {e.entity: e for found in shipped()._entries.values() for e in found if e.kind == "person"}
    out: dict[str, set] = {}
    for e in people.values():
        words = e.canonical.lower().split()
        if words and any(r.sector == "GOV" for r in e.roles):
            countries = {r.country for r in e.roles if r.country}
            for word in {words[0], words[-1]}:  # "Kim Jong Un": the family name comes first
                out.setdefault(word, set()).update(countries)
    return {k: frozenset(v) for k, v in out.items()}


@resources.cached(maxsize=4)
def with_codings(rows: tuple[tuple, ...]) -> KnowledgeBase:
    """The shipped base with stored codings on top: rows of (name, layer, canonical, kind, country,
    sector, start, end, source), layer "user" or "corpus" (see ``store.actor_codings``)."""
    if not rows:
        return shipped()
    entries: dict[tuple, tuple[list[str], list[Role], str, str]] = {}
    for name, layer, canonical, kind, country, sector, start, end, source in rows:
        slot = entries.setdefault((layer, canonical, country), ([], [], kind or "person", layer))
        if name not in slot[0]:
            slot[0].append(name)
        slot[1].append(Role(country or None, sector or None, start or None, end or None, source or layer))
    pairs = []
    for (layer, canonical, country), (names, roles, kind, _) in entries.items():
        entry = Entry(f"{layer}:{canonical}|{country or ''}", canonical, kind, tuple(dict.fromkeys(roles)), layer)
        pairs.extend((name, entry) for name in names)
    return shipped().with_entries(pairs)
