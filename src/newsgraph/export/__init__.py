"""Exports of a newsgraph database, whole or a slice: JSONL, CSV, Parquet and PLOVER JSON.

    from newsgraph.export import export
    export(store, "plover", out, type="REJECT", since="2022-12")  # -> number of records written

- ``jsonl``: one full analysis per article (the ``newsgraph analyze --json`` contract), for the
  articles the filters select (``queries.article_ids_matching``).
- ``csv`` / ``parquet``: one table, ``events`` (default: one row per distinct event, with its first
  report's evidence) or ``statements``, with the filters of ``newsgraph events`` / ``statements``,
  newest first as those list them (defaults too: speech and writing by a resolved speaker, asserted
  events the confidence gate does not doubt).
- ``plover``: one PLOVER JSON record per line for each distinct event (see ``export/plover.py``).
"""
from __future__ import annotations

from typing import IO

from newsgraph.export import jsonl, plover, tables
from newsgraph.store.filters import FilterError

FORMATS = ("jsonl", "csv", "parquet", "plover")
TABLES = ("events", "statements")
BINARY_FORMATS = ("parquet",)

# The ``Filters`` fields (``store/filters.py``) each table takes; jsonl takes them all.
STATEMENT_FILTERS = ("speaker", "country", "kind", "type", "since", "until", "text", "frames")
EVENT_FILTERS = ("type", "actor", "recipient", "country", "since", "until", "place", "text", "modality")
OPTION_NAMES = {"text": "--search", "frames": "--all-frames", "modality": "--all-modalities"}


def export(store, fmt: str, out: IO, *, table: str = "events", **filters) -> int:
    """Write the database (or the slice ``filters`` select) to ``out`` in ``fmt``; return the count.

    ``out`` is a text stream, except for ``parquet`` (a binary stream or a path). Filters that do not
    apply to the chosen table are an error rather than silently ignored.
    """
    filters = {k: v for k, v in filters.items() if v not in (None, "")}
    if "search" in filters:
        filters["text"] = filters.pop("search")
    if fmt not in FORMATS:
        raise FilterError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        return jsonl.write(store, out, **filters)
    if fmt == "plover":
        _only(filters, EVENT_FILTERS, "plover (events)")
        return plover.write(store, out, **filters)
    if table not in TABLES:
        raise FilterError(f"unknown table {table!r}: choose events or statements")
    _only(filters, EVENT_FILTERS if table == "events" else STATEMENT_FILTERS, f"the {table} table")
    return tables.write(store, fmt, table, out, **filters)


def _only(filters: dict, allowed: tuple[str, ...], what: str) -> None:
    extra = sorted(set(filters) - set(allowed))
    if extra:
        raise FilterError(f"{', '.join(_option(e) for e in extra)} does not apply to {what}; "
                          f"use {', '.join(_option(a) for a in allowed)}")


def _option(name: str) -> str:
    return OPTION_NAMES.get(name, "--" + name)
