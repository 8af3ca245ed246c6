"""JSONL export: one full analysis per article, exactly as ``newsgraph analyze --json`` writes it."""
from __future__ import annotations

import json
from typing import IO

from newsgraph.store import queries
from newsgraph.store.schema import articles


def write(store, out: IO, **filters) -> int:
    """Write one Analysis JSON object a line for each article the filters select; return the count."""
    where = None
    if filters:
        with store.connect() as conn:
            where = articles.c.id.in_(queries.article_ids_matching(conn, **filters))
    written = 0
    for _ids, analyses in store.iter_batches(where=where):
        for analysis in analyses:
            out.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
            written += 1
    return written
