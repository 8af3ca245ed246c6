"""Offices and occupations well-known people held, for descriptions the text never ties to them.

"Donald Trump ... The real estate tycoon criticized ...", "Hillary Clinton ... The former secretary of
state said ...": the story names the person once and describes them later by a role the text itself never
gives them. Reporters write so for people their readers know; the field's dictionaries know them too.
``known_offices.tsv.gz`` (built by ``scripts/build_known_offices.py`` from PETRARCH2's dated person
entries, Wikidata's heads of state and government and our additions) holds the title heads with dates.

A description fits a known office when its head names the office (synonyms count, as for titles in the
text) or, for an occupation outside the state (a businessman, a columnist: heads vary, "tycoon",
"mogul"), when its head's sector is the office's; when the office was held on the article's date, or,
for a description of a former holder ("the former secretary of state", coded ELI), ended before it.
Only a person the knowledge base knows by one entity is looked up, and not for a campaign's roles ("the
candidate": the base knows only some of a race's candidates).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Optional

from newsgraph.analyze import resources
from newsgraph.analyze.actors import dictionaries
from newsgraph.analyze.actors.coref import same_role
from newsgraph.analyze.actors.kb import KnowledgeBase, normal_name
from newsgraph.model import Actor

TABLE = "known_offices.tsv.gz"
#: sectors of the state and of politics: a description of these must name the office itself ("the
#: senator"), its sector alone ("the lawmaker" for a governor) is another role
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "ELI"})
#: the sector a description of a former office holder has ("the former secretary of state")
FORMER = "ELI"
#: descriptions the base does not resolve: in a campaign story many of those named run ("the candidate",
#: "the nominee"), and the base knows only some of them as candidates
CAMPAIGN = frozenset({"PTY"})


@dataclass(frozen=True)
class Office:
    head: str
    sector: Optional[str]
    country: Optional[str]
    start: Optional[str]
    end: Optional[str]

    def held_on(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def ended_by(self, date: str) -> bool:
        return self.end is not None and self.end <= date


@resources.cached()
def offices() -> dict[str, tuple[Office, ...]]:
    """canonical name (lower case) -> the offices the table knows for that person."""
    out: dict[str, list[Office]] = {}
    for name, head, sector, country, start, end, _source in resources.read_tsv(TABLE):
        office = Office(head, sector or None, country or None, start or None, end or None)
        if office not in out.setdefault(name, []):
            out[name].append(office)
    return {k: tuple(v) for k, v in out.items()}


def fits(head: str, sector: Optional[str], held: tuple[Office, ...], date: str) -> bool:
    """Whether a description with title head ``head`` and sector ``sector`` fits one of ``held`` on ``date``."""
    former = sector == FORMER
    for office in held:
        if not (office.ended_by(date) and not any(o.head == office.head and o.held_on(date) for o in held)
                if former else office.held_on(date)):
            continue
        if same_role(head, (office.head,)):
            return True
        row = dictionaries.sector_word(head.split()[-1])
        if not former and office.sector not in OFFICE_SECTORS and row is not None and row.sector == office.sector:
            return True  # "the real estate tycoon" for a businessman
    return False


def known_description(knowledge: KnowledgeBase, published: Optional[str]) -> Callable[[Actor, str, Optional[str]], bool]:
    """For coreference while the text is read: whether a named person held, by the knowledge base, the role a
    description (title head, sector) names on ``published``. Always False without a date."""
    from newsgraph.analyze.actors.knowledge import best_match

    found: dict[tuple, tuple[Office, ...]] = {}

    def described(actor: Actor, head: str, sector: Optional[str]) -> bool:
        if published is None or actor.kind != "person" or not actor.name[:1].isupper():
            return False
        key = (actor.name, *actor.aliases)
        if key not in found:
            match = best_match(knowledge, actor, published)
            canonical = match.canonical if match is not None and match.kind == "person" and not match.ambiguous else None
            found[key] = offices().get(normal_name(canonical), ()) if canonical else ()
        return sector not in CAMPAIGN and fits(head, sector, found[key], published)

    return described


def no_knowledge(actor: Actor, head: str, sector: Optional[str]) -> bool:
    return False
