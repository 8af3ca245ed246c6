"""Exports of a newsgraph database, whole or a slice: JSONL, CSV, Parquet and PLOVER JSON.

    from newsgraph.export import export
    export(store, "plover", out, type="REJECT", since="2022-12")  # -> number of records written

- ``jsonl``: one full analysis per article (the ``newsgraph analyze --json`` contract), for the
  articles the filters select (``queries.article_ids_matching``).
- ``csv`` / ``parquet``: one table, ``events`` (default: one row per distinct event, with its first
  report's evidence) or ``statements``, with the filters of ``newsgraph events`` / ``statements``.
- ``plover``: one PLOVER JSON record per line for each distinct event (see ``export/plover.py``).
"""
from __future__ import annotations

from typing import IO

from newsgraph.export import jsonl, plover, tables

FORMATS = ("jsonl", "csv", "parquet", "plover")
TABLES = ("events", "statements")
BINARY_FORMATS = ("parquet",)

STATEMENT_FILTERS = ("speaker", "country", "since", "until", "search")
EVENT_FILTERS = ("type", "actor", "recipient", "since", "until", "place")


def export(store, fmt: str, out: IO, *, table: str = "events", **filters) -> int:
    """Write the database (or the slice ``filters`` select) to ``out`` in ``fmt``; return the count.

    ``out`` is a text stream, except for ``parquet`` (a binary stream or a path). Filters that do not
    apply to the chosen table are an error rather than silently ignored.
    """
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return jsonl.write(store, out, **filters)
    if fmt == "plover":
        _only(filters, EVENT_FILTERS, "plover (events)")
        return plover.write(store, out, **filters)
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}: choose events or statements")
    _only(filters, EVENT_FILTERS if table == "events" else STATEMENT_FILTERS, f"the {table} table")
    return tables.write(store, fmt, table, out, **filters)


def _only(filters: dict, allowed: tuple[str, ...], what: str) -> None:
    extra = sorted(set(filters) - set(allowed))
    if extra:
        raise ValueError(f"{', '.join('--' + e for e in extra)} does not apply to {what}; "
                         f"use {', '.join('--' + a for a in allowed)}")
