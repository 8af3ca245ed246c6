"""A small cache for the costly aggregates (charts, facets, counts), dropped whenever the data changes.

The web process only reads, but an ingest may write at the same time. Each cached answer is keyed
by the database's *stamp* — the highest ids of events, event reports, statements and articles and
the numbers of event reports and statements — so any stored, re-analysed or removed row makes a new
stamp and the old answers are never served again. Lists are never cached: they are cheap, paged queries.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import Connection, func, select

from newsgraph.store.schema import articles, event_sources, events, statements


def stamp(conn: Connection) -> tuple:
    """What changes whenever rows are added, replaced or removed (max ids and two counts)."""
    return tuple(conn.execute(select(
        select(func.max(events.c.id)).scalar_subquery(),
        select(func.max(event_sources.c.id)).scalar_subquery(),
        select(func.max(statements.c.id)).scalar_subquery(),
        select(func.max(articles.c.id)).scalar_subquery(),
        select(func.count()).select_from(event_sources).scalar_subquery(),
        select(func.count()).select_from(statements).scalar_subquery(),
    )).one())


class AggregateCache:
    """An LRU of ``maxsize`` answers keyed by (name, arguments, database stamp); thread-safe."""

    def __init__(self, maxsize: int = 256):
        self.maxsize = maxsize
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, data_stamp: tuple, name: str, args: Hashable, compute: Callable[[], Any]) -> Any:
        """The answer for (name, args) on data of ``data_stamp``; ``compute()`` when there is none."""
        key = (name, args, data_stamp)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
        value = compute()
        with self._lock:
            self.misses += 1
            self._items[key] = value
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
