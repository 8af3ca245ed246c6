"""The actor knowledge base at the edges: users' CSV files in and out, and the codings in a store.

``newsgraph kb lookup|import|export`` call these; the analysis reads the result through
``Settings.actor_codings`` (see ``analyze.actors.kb``) and never does I/O itself.

CSV columns (a header line first; only ``name`` and one of ``country``/``sector`` are required)::

    name,country,sector,kind,start,end,canonical,note

``name``: the name as written in news ("Kirby", "Ilhan Omar"); ``country``: ISO 3166 alpha-3;
``sector``: a PLOVER sector (GOV, MIL, BUS, ...); ``kind``: person | organization | group (default
person); ``start``/``end``: ISO dates the coding holds from/until (empty: always); ``canonical``: the
entity the name stands for (default: the name). Export writes the same columns (``note`` holds the stored title, so an export
imports again unchanged) and adds ``layer,source,first_seen,last_seen,article_id``.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from newsgraph.analyze.actors import kb
from newsgraph.analyze.resources import country_codes, read_tsv
from newsgraph.errors import KnowledgeBaseError, NewsgraphError
from newsgraph.store import Store, actor_codings
from newsgraph.store.db import NoDatabase, sqlite_path

COLUMNS = ("name", "country", "sector", "kind", "start", "end", "canonical", "note")
EXPORT_COLUMNS = COLUMNS + ("layer", "source", "first_seen", "last_seen", "article_id")
KINDS = frozenset({"person", "organization", "group", "country"})
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")


def plover_sectors() -> frozenset[str]:
    """Every sector code the PLOVER manual defines (the targets of ``data/cameo_sectors.tsv``)."""
    return frozenset(r[1] for r in read_tsv("cameo_sectors.tsv")) | {"UNK", "PRE"}


@dataclass
class ImportResult:
    imported: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line number, what is wrong)


def stored_codings(db_url: str) -> tuple[tuple, ...]:
    """The codings a store holds (empty when there is no database at ``db_url`` yet)."""
    path = sqlite_path(db_url)
    if path is not None and not path.exists():
        return ()
    try:
        with Store.open(db_url, readonly=True) as store, store.connect() as conn:
            return actor_codings.knowledge_rows(conn)
    except NoDatabase:
        return ()  # no database there, or one older than the codings table: it holds none


def knowledge(db_url: Optional[str]) -> kb.KnowledgeBase:
    """The shipped base with a store's codings on top (the shipped base alone for None)."""
    return kb.with_codings(stored_codings(db_url) if db_url else ())


def read_csv(path: Path) -> tuple[list[dict], list[tuple[int, str]]]:
    """Checked rows of a user's CSV and the problems of the rows left out, by line number."""
    rows, problems = [], []
    countries, sectors = country_codes(), plover_sectors()
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise KnowledgeBaseError(f"{path}: cannot read ({e.strerror})") from e
    with handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "name" not in [f.strip() for f in reader.fieldnames]:
            raise KnowledgeBaseError(f"{path}: the first line must name the columns ({','.join(COLUMNS)})")
        for record in reader:
            line = reader.line_num
            row = {k.strip(): (v or "").strip() for k, v in record.items() if k is not None}
            problem = _problem(row, record, countries, sectors)
            if problem:
                problems.append((line, problem))
                continue
            name = row["name"]
            rows.append({"name": kb.normal_name(name), "canonical": row.get("canonical") or name,
                         "kind": row.get("kind") or "person", "country": row.get("country") or None,
                         "sector": row.get("sector") or None, "start": row.get("start") or None,
                         "end": row.get("end") or None, "source": f"{path.name}:{line}",
                         "title": row.get("note") or None})
    return rows, problems


def _problem(row: dict, record: dict, countries, sectors) -> Optional[str]:
    if None in record:
        return "more fields than the header names"
    if not row.get("name"):
        return "no name"
    country, sector = row.get("country", ""), row.get("sector", "")
    if not country and not sector:
        return "neither a country nor a sector"
    if country and country not in countries:
        return f"unknown country code {country!r} (ISO 3166 alpha-3, e.g. USA)"
    if sector and sector not in sectors:
        return f"unknown sector {sector!r} (PLOVER: {', '.join(sorted(sectors))})"
    if row.get("kind") and row["kind"] not in KINDS:
        return f"unknown kind {row['kind']!r} ({', '.join(sorted(KINDS))})"
    for col in ("start", "end"):
        if row.get(col) and not _DATE.match(row[col]):
            return f"{col} {row[col]!r} is not an ISO date (YYYY-MM-DD)"
    if row.get("start") and row.get("end") and row["end"] <= row["start"]:
        return "end is not after start"
    return None


def import_csv(path: Path, db_url: str) -> ImportResult:
    """Store a user's codings from ``path`` in the database at ``db_url`` (created when missing)."""
    rows, problems = read_csv(path)
    store = Store.open(db_url)
    try:
        with store.engine.begin() as conn:
            count = actor_codings.import_user_rows(conn, rows)
    finally:
        store.close()
    return ImportResult(count, problems)


def export_csv(path: Path, db_url: str) -> int:
    """Write the codings stored at ``db_url`` (users' and the corpus's) to ``path``; return the count."""
    store_path = sqlite_path(db_url)
    rows: list[dict] = []
    if store_path is None or store_path.exists():
        try:
            with Store.open(db_url, readonly=True) as store, store.connect() as conn:
                rows = actor_codings.all_rows(conn)
        except NewsgraphError as e:
            raise KnowledgeBaseError(str(e)) from e
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({**r, "name": r["canonical"] if kb.normal_name(r["canonical"]) == r["name"] else r["name"],
                             "note": r.get("title")})
    return len(rows)
