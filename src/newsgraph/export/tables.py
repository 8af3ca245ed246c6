"""CSV and Parquet exports of the events or statements table (the rows ``newsgraph events`` /
``newsgraph statements`` print, every matching row, in the same order)."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import islice
from typing import IO

from newsgraph.store import queries

# Column -> Arrow type name. The CSV header is the same list, in this order.
EVENT_COLUMNS = {
    "id": "int64", "type": "string", "mode": "string", "negated": "bool_", "hypothetical": "bool_",
    "intended": "bool_", "date": "string",
    "actor_id": "int64", "actor": "string", "actor_code": "string",
    "recipient_id": "int64", "recipient": "string", "recipient_code": "string",
    "place_id": "int64", "place": "string", "lat": "float64", "lon": "float64", "place_country": "string",
    "num_sources": "int64", "num_articles": "int64", "num_mentions": "int64",
    "article_id": "int64", "url": "string", "article_title": "string", "trigger": "string",
    "evidence": "string", "statement_id": "int64", "confidence": "float64",
}
STATEMENT_COLUMNS = {
    "id": "int64", "article_id": "int64", "local_id": "string", "speaker_id": "int64", "speaker": "string",
    "speaker_country": "string", "speaker_code": "string", "speaker_title": "string", "source": "string",
    "cue": "string", "content": "string", "kind": "string", "frame": "string", "date": "string",
    "article_title": "string", "url": "string", "published": "string",
}


def columns_of(table: str) -> dict[str, str]:
    return EVENT_COLUMNS if table == "events" else STATEMENT_COLUMNS


def rows_of(store, table: str, **filters) -> Iterator[dict]:
    """The rows of ``table`` matching ``filters``, streamed."""
    with store.connect() as conn:
        source = queries.iter_events if table == "events" else queries.iter_statements
        yield from source(conn, **filters)


def write(store, fmt: str, table: str, out, **filters) -> int:
    if fmt == "csv":
        return write_csv(rows_of(store, table, **filters), columns_of(table), out)
    return write_parquet(rows_of(store, table, **filters), columns_of(table), out)


def write_csv(rows, columns: dict[str, str], out: IO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow(row)
        written += 1
    return written


def write_parquet(rows, columns: dict[str, str], out, chunk: int = 5000) -> int:
    """Write ``rows`` as Parquet, ``chunk`` rows a row group (memory stays flat)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in columns.items()])
    written = 0
    rows = iter(rows)
    with pq.ParquetWriter(out, schema) as parquet:
        while True:
            batch = list(islice(rows, chunk))
            if not batch and written:
                break
            parquet.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
            if not batch:
                break
    return written
