"""Build ``src/newsgraph/data/known_offices.tsv.gz``: the titles well-known people held, with dates.

A description of a known person ("the former secretary of state", "the real estate tycoon", "the German
chancellor") names an office or occupation the text may never give that person. The shipped knowledge base
(``actor_kb.tsv.gz``, built by ``build_actor_kb.py``) holds each person's dated roles as CAMEO sectors only;
this table adds the title head words, from the same sources:

- PETRARCH2's Phoenix dictionaries (MIT): a person's synonyms that put a title before one of the person's
  names ("SECRETARY_OF_STATE_HILLARY_CLINTON", "SENATOR_KERRY_"): the title words, dated by the person's
  roles of the title's sector (left out: a title whose sector the person has no dated role in, and titles
  of two offices of one sector, "president" and "prime minister", whose roles cannot be told apart);
- Wikidata heads of state and government (CC0): the position ("Prime Minister of the United Kingdom"),
  dated by its years (the knowledge base keeps the position as the role's source);
- ``scripts/actor_kb_additions.tsv`` (ours): each dated role's note ("US secretary of state",
  "businessman", "Republican presidential candidate").

Each title is reduced to its head and sector by the code that reads descriptions in articles
(``coding.code_phrase``), so a table row and a description compare as equals.

    python scripts/build_known_offices.py

Output rows (gzip, mtime 0): ``canonical  head  sector  country  start  end  source`` where canonical is the
knowledge base's canonical name in lower case, start/end ISO dates (empty: open).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from newsgraph.analyze.actors import coding  # noqa: E402
from newsgraph.analyze.actors.kb import normal_name, parse_roles  # noqa: E402
from newsgraph.analyze.resources import read_tsv  # noqa: E402
from shipped import write_tsv_gzip  # noqa: E402

OUT = ROOT / "src" / "newsgraph" / "data" / "known_offices.tsv.gz"
ADDITIONS = ROOT / "scripts" / "actor_kb_additions.tsv"
#: title words that name no office held ("President-elect Obama" is the president later; "Mr Obama")
NOT_TITLES = frozenset({"elect", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


def _person_entities() -> dict[str, tuple]:
    """entity id -> (canonical, roles, names) of every person in the shipped knowledge base's table."""
    people: dict[str, tuple] = {}
    for name, entity, canonical, kind, roles, _source in read_tsv("actor_kb.tsv.gz"):
        if kind != "person":
            continue
        found = people.setdefault(entity, (canonical, parse_roles(roles), set()))
        found[2].add(name)
    return people


def _alias_titles(names: set) -> set[str]:
    """The words before another of the person's names in a name of theirs: "secretary of state hillary
    clinton" with "hillary clinton" -> "secretary of state"."""
    titles = set()
    for name in names:
        for other in names:
            if other != name and name.endswith(" " + other):
                title = name[: -len(other)].strip()
                if title and not set(title.split()) & NOT_TITLES:
                    titles.add(title)
    return titles


def _rows_for(canonical: str, roles: tuple, names: set, notes: dict) -> set[tuple]:
    rows = set()
    key = normal_name(canonical)

    def add(title: str, country, start, end, source: str, sector=None) -> None:
        code = coding.code_phrase(title)
        if code.head is None or code.kind not in (None, "person"):
            return
        rows.add((key, code.head, sector or code.sector or "", country or "", start or "", end or "", source))

    titles = {title: coding.code_phrase(title) for title in _alias_titles(names)}
    for title, code in titles.items():
        if any(other.sector == code.sector and other.head and code.head and other.head not in code.head
               and code.head not in other.head for other in titles.values()):
            continue  # two offices of one sector ("president", "prime minister"): which role is which is unknown
        dated = [r for r in roles if r.sector == code.sector and (r.start or r.end)]
        for r in dated:  # the title is as old as the person's roles of its sector
            add(title, r.country, r.start, r.end, "petrarch2")
    for r in roles:
        if r.source.startswith("wikidata:"):
            add(r.source.split(":", 1)[1], r.country, r.start, r.end, "wikidata", "GOV")
        elif r.source == "additions":
            note = notes.get((key, r.country, r.sector, r.start or ""))
            if note:
                add(note.split("(")[0].strip(), r.country, r.start, r.end, "additions", r.sector)
    return rows


def _notes() -> dict[tuple, str]:
    """(each name of an addition, country, sector, start) -> the row's note ("US secretary of state")."""
    notes = {}
    for line in ADDITIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, country, sector, start, _end, note = (line.split("\t") + [""] * 6)[:6]
        for name in names.split("|"):
            notes[(normal_name(name), country, sector, start)] = note.strip()
    return notes


def build() -> list[tuple]:
    notes = _notes()
    rows: set[tuple] = set()
    for canonical, roles, names in _person_entities().values():
        rows |= _rows_for(canonical, roles, names, notes)
    return sorted(rows)


def write(rows: list[tuple], out: Path) -> None:
    write_tsv_gzip(["canonical\thead\tsector\tcountry\tstart\tend\tsource",
                    "Built by scripts/build_known_offices.py from actor_kb.tsv.gz (PETRARCH2 Phoenix dictionaries, "
                    "MIT; Wikidata world leaders, CC0) and scripts/actor_kb_additions.tsv (ours)."], rows, out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build()
    write(rows, args.out)
    print(f"{len(rows)} rows -> {args.out}")


if __name__ == "__main__":
    main()
