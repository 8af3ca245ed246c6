"""Lists, counts and streams of statements, events, articles, actors and places for ``Filters``.

Every list is a page ``{"items", "total", "limit", "offset"}`` of flat, JSON-ready dicts, newest
first with undated rows last (statements, events, articles) and ids descending among equal dates;
``stream_*`` yields every matching row in the same order, a chunk of rows a query (keyset paging:
memory stays flat however many rows match). The command line prints these rows, the web renders
them, the notebook API (``newsgraph.open``) turns them into DataFrames.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Optional

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.sql import Select

from newsgraph.store import fulltext
from newsgraph.store import select as sel
from newsgraph.store.filters import Filters
from newsgraph.store.schema import (
    ASSERTED,
    DOUBTFUL,
    UNASSERTED,
    UNSHOWN,
    actors,
    articles,
    event_sources,
    events,
    places,
    statements,
)

DEFAULT_LIMIT = 50
MAX_LIMIT = 10_000
CHUNK = 1000
DEFERRED_FROM = 200  # PostgreSQL: from this offset on, a page's rows are joined after it is cut
DEFAULT = Filters()  # what lists show unfiltered: counted from the partial indexes


@dataclass(frozen=True)
class Page:
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "limit", max(0, min(int(self.limit), MAX_LIMIT)))
        object.__setattr__(self, "offset", max(0, int(self.offset)))


def _rows(conn: Connection, query) -> list[dict]:
    result = conn.execute(query)
    keys = list(result.keys())  # zipped with each row: several times faster than ``row._mapping``
    return [dict(zip(keys, row)) for row in result]


def count(conn: Connection, query: Select) -> int:
    return int(conn.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)


def page_result(items: list, total: Optional[int], page: Page) -> dict:
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


def newest_first(conn: Connection, keys: Select, page: Page, date, id_column) -> list[int]:
    """The ids of a page of ``keys`` (a select of id and date) by date descending, then id
    descending, the undated rows last.

    On PostgreSQL, dated and undated rows are read apart, so each part follows an index on ``date``
    (one ``ORDER BY date DESC NULLS LAST`` would make PostgreSQL sort the whole table: its ascending
    index read backwards gives NULLS FIRST); SQLite's ``date DESC`` already puts NULLs last, so one
    query does. Only ids and dates are sorted; the page's full rows are read afterwards
    (``in_order``), so a wide row is never sorted.
    """
    dated = _dated(conn, keys, date)
    ids = list(conn.scalars(dated.with_only_columns(id_column).order_by(date.desc(), id_column.desc())
                            .limit(page.limit).offset(page.offset)))
    if len(ids) < page.limit and dated is not keys:
        skip = 0 if ids else max(0, page.offset - count(conn, dated))
        ids += conn.scalars(keys.where(date.is_(None)).with_only_columns(id_column).order_by(id_column.desc())
                            .limit(page.limit - len(ids)).offset(skip))
    return ids


def newest_rows(conn: Connection, keys: Select, rows: Select, page: Page, date, id_column,
                plain: bool = False) -> list[dict]:
    """``newest_first``'s page as full rows (``rows``: a select without conditions). The ids are
    sorted and cut in a subquery, then joined to their full rows (a deferred join: one query, and
    no wide row is sorted); the undated rows, when the page reaches them, come as ``in_order``.

    ``plain``: ``keys`` is narrowed by dates, the default view of statements or events and at most a
    place (``_plain``): a first page of it is read directly on PostgreSQL (joining rows as
    the index gives them costs less there than the deferred join's lookup per row and sort)."""
    dated = _dated(conn, keys, date)
    if plain and conn.dialect.name == "postgresql" and page.offset < DEFERRED_FROM:
        direct = rows if dated.whereclause is None else rows.where(dated.whereclause)
        found = _rows(conn, direct.order_by(date.desc(), id_column.desc()).limit(page.limit).offset(page.offset))
    else:
        page_ids = dated.with_only_columns(id_column).order_by(date.desc(), id_column.desc())\
            .limit(page.limit).offset(page.offset).subquery("page")
        found = _rows(conn, rows.join(page_ids, page_ids.c[id_column.key] == id_column)
                      .order_by(date.desc(), id_column.desc()))
    if len(found) < page.limit and dated is not keys:
        skip = 0 if found else max(0, page.offset - count(conn, dated))
        ids = list(conn.scalars(keys.where(date.is_(None)).with_only_columns(id_column)
                                .order_by(id_column.desc()).limit(page.limit - len(found)).offset(skip)))
        found += in_order(conn, rows, id_column, ids)
    return found


def _dated(conn: Connection, keys: Select, date) -> Select:
    """The rows of ``keys`` that ``newest_*`` read first: on SQLite all of them (``date DESC``
    sorts NULLs last there), on PostgreSQL the dated ones (the undated are read apart)."""
    return keys if conn.dialect.name == "sqlite" else keys.where(date.is_not(None))


def in_order(conn: Connection, rows: Select, id_column, ids: list[int]) -> list[dict]:
    """The full rows (``rows``: a select without conditions) of ``ids``, in that order."""
    if not ids:
        return []
    found = {r["id"]: r for r in _rows(conn, rows.where(id_column.in_(ids)))}
    return [found[i] for i in ids]


def stream_newest(conn: Connection, keys: Select, rows: Select, date, id_column,
                  chunk: int = CHUNK) -> Iterator[list[dict]]:
    """The full rows (``rows``: a select without conditions) of every row of ``keys``, in
    ``newest_first`` order, in lists of ``chunk`` (keyset paging on the date and the id: each
    chunk is one indexed query, however deep, and reads its rows with it)."""
    where = [] if keys.whereclause is None else [keys.whereclause]
    key = "newest_key_date"  # the date the next chunk starts below, read along and dropped
    last: Optional[tuple[Any, int]] = None
    dated = rows.add_columns(date.label(key)).where(*where, date.is_not(None))
    while True:
        # ``date <= d`` first: an index range on the date, whatever the planner makes of the OR
        part = dated if last is None else dated.where(
            date <= last[0], or_(date < last[0], and_(date == last[0], id_column < last[1])))
        found = _rows(conn, part.order_by(date.desc(), id_column.desc()).limit(chunk))
        if found:
            last = (found[-1][key], found[-1]["id"])
            for row in found:
                del row[key]
            yield found
        if len(found) < chunk:
            break
    undated = rows.where(*where, date.is_(None))
    last_id: Optional[int] = None
    while True:
        part = undated if last_id is None else undated.where(id_column < last_id)
        found = _rows(conn, part.order_by(id_column.desc()).limit(chunk))
        if found:
            yield found
        if len(found) < chunk:
            return
        last_id = found[-1]["id"]


# --------------------------------------------------------------------------------- statements
def statement_keys(conn: Connection, f: Filters) -> Select:
    return select(statements.c.id, statements.c.sort_date).where(*sel.statement_conditions(conn, f))


def list_statements(conn: Connection, f: Filters, page: Page = Page(), *, total: bool = True) -> dict:
    """A page of statements; ``total=False`` leaves out the count (``"total": None``)."""
    keys = statement_keys(conn, f)
    # One speaker (an id or part of a name, not a country or code) leaves the list plain: the
    # index on speaker and date gives the page in order, which the deferred join would re-sort.
    one = f.with_(speaker=None) if f.speaker and sel.names_few(f.speaker) else f
    rows = newest_rows(conn, keys, sel.statement_rows(), page, statements.c.sort_date, statements.c.id,
                       plain=_plain(one))
    return page_result(rows, _count_statements(conn, f, keys) if total else None, page)


def _plain(f: Filters) -> bool:
    """Narrowed by dates, the default view of statements and events, and at most a place or words, not a
    phrase (see ``newest_rows``): PostgreSQL walks the date index and tests each row's place or
    ``search_tsv`` as it goes, and reading the page's rows directly spares the deferred join's
    second lookup per row and its sort (a rare place makes the walk long: about 5 ms for 50
    events in 50,000, 7 ms before the query-layer rewrite, under 2 ms with listed ids and the
    deferred join). Not a phrase: PostgreSQL estimates one as all its words anywhere in the text,
    so for a rare phrase it would walk the date index of the full rows past thousands of rows
    (EXPLAIN: 5.7 ms, against 1.5 ms for the deferred join, which gathers the matches and sorts ids)."""
    words = None if fulltext.has_phrase(f.text) else f.text
    return f.with_(since=None, until=None, place=None, text=None) == DEFAULT and f.text == words


def count_statements(conn: Connection, f: Filters) -> int:
    return _count_statements(conn, f, statement_keys(conn, f))


def _count_statements(conn: Connection, f: Filters, keys: Select) -> int:
    return shown_statements(conn)[0] if f == DEFAULT else count(conn, keys)


def shown_statements(conn: Connection) -> tuple[int, int]:
    """(statements shown by default, all statements): all rows less the few not shown, read from
    their partial index (``schema.UNSHOWN``), with no pass over the rows shown."""
    every = _count_rows(conn, statements)
    return every - _count_rows(conn, statements, UNSHOWN), every


def default_view_events(conn: Connection, asserted: Optional[int] = None) -> tuple[int, int]:
    """(events of the default view, all events), counted as ``shown_statements`` counts: all less the
    unasserted and the asserted ones the confidence gate doubts (``asserted``: when the caller has counted
    the default view already)."""
    hidden = _count_rows(conn, events, UNASSERTED) + _count_rows(conn, events, DOUBTFUL, *ASSERTED)
    if asserted is None:
        every = _count_rows(conn, events)
        return every - hidden, every
    return asserted, asserted + hidden


def _count_rows(conn: Connection, table, *where) -> int:
    return int(conn.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def stream_statements(conn: Connection, f: Filters, chunk: int = CHUNK) -> Iterator[dict]:
    for rows in stream_newest(conn, statement_keys(conn, f), sel.statement_rows(), statements.c.sort_date,
                              statements.c.id, chunk):
        yield from rows


# ------------------------------------------------------------------------------------- events
def event_keys(conn: Connection, f: Filters) -> Select:
    return select(events.c.id, events.c.date).where(*sel.event_conditions(conn, f))


def list_events(conn: Connection, f: Filters, page: Page = Page(), *, total: bool = True) -> dict:
    """A page of events with their first reports; ``total=False`` leaves out the count."""
    keys = event_keys(conn, f)
    rows = with_first_report(conn, newest_rows(conn, keys, sel.event_rows(), page, events.c.date, events.c.id,
                                               plain=_plain(f)))
    return page_result(rows, _count_events(conn, f, keys) if total else None, page)


def count_events(conn: Connection, f: Filters) -> int:
    return _count_events(conn, f, event_keys(conn, f))


def _count_events(conn: Connection, f: Filters, keys: Select) -> int:
    return default_view_events(conn)[0] if f == DEFAULT else count(conn, keys)


def stream_events(conn: Connection, f: Filters, chunk: int = CHUNK) -> Iterator[dict]:
    for rows in stream_newest(conn, event_keys(conn, f), sel.event_rows(), events.c.date, events.c.id, chunk):
        yield from with_first_report(conn, rows)


def with_first_report(conn: Connection, rows: list[dict]) -> list[dict]:
    """Each event row gets its first report: article, trigger, evidence, statement, confidence."""
    for row in rows:
        for flag in ("negated", "hypothetical", "intended"):
            row[flag] = bool(row[flag])
    if not rows:
        return rows
    first_ids = select(func.min(event_sources.c.id)).where(
        event_sources.c.event_id.in_([r["id"] for r in rows])).group_by(event_sources.c.event_id)
    query = (select(event_sources.c.event_id, event_sources.c.article_id, event_sources.c.local_id,
                    event_sources.c.trigger_text.label("trigger"), event_sources.c.evidence_text.label("evidence"),
                    event_sources.c.statement_id, event_sources.c.confidence, articles.c.url,
                    articles.c.title.label("article_title"), articles.c.site, articles.c.published)
             .join(articles, articles.c.id == event_sources.c.article_id)
             .where(event_sources.c.id.in_(first_ids)))
    first = {r.pop("event_id"): r for r in _rows(conn, query)}
    empty = dict.fromkeys(("article_id", "local_id", "trigger", "evidence", "statement_id", "confidence", "url",
                           "article_title", "site", "published"))
    for row in rows:
        row.update(first.get(row["id"], empty))
    return rows


# ----------------------------------------------------------------------------------- articles
def article_keys(conn: Connection, f: Filters) -> Select:
    return select(articles.c.id, articles.c.published).where(*sel.article_conditions(conn, f))


def list_articles(conn: Connection, f: Filters, page: Page = Page(), *, total: bool = True,
                  extra: tuple = ()) -> dict:
    """A page of articles; ``extra``: more columns for the page's rows (e.g. a search snippet)."""
    keys = article_keys(conn, f)
    # The lead is read for the page's rows only (joined to the page's ids after sorting, or, when
    # the page is read directly, computed after the sort and cut).
    rows = newest_rows(conn, keys, sel.article_rows_with_lead().add_columns(*extra), page, articles.c.published,
                       articles.c.id, plain=_plain(f))
    return page_result(rows, count(conn, keys) if total else None, page)


def count_articles(conn: Connection, f: Filters) -> int:
    return count(conn, article_keys(conn, f))


def stream_articles(conn: Connection, f: Filters, chunk: int = CHUNK) -> Iterator[dict]:
    for rows in stream_newest(conn, article_keys(conn, f), sel.article_rows(), articles.c.published,
                              articles.c.id, chunk):
        yield from rows


# ----------------------------------------------------------------------------- actors, places
def list_actors(conn: Connection, f: Filters, page: Page = Page(), *, by: str = "name",
                activity: bool = True) -> dict:
    """Actors named by ``f.actor``/``f.text`` (as filters name them) and of ``f.country``, by name
    (``by="articles"``: most present first), each with its numbers of statements and events
    (``activity``; the stored counters of articles, mentions and statements are always there)."""
    query = select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country, actors.c.sector, actors.c.code,
                   actors.c.title, actors.c.num_articles, actors.c.num_mentions, actors.c.num_statements)\
        .where(*sel.actor_list_conditions(conn, f))
    order = (actors.c.name, actors.c.id) if by == "name" else (actors.c.num_articles.desc(), actors.c.id)
    rows = _rows(conn, query.order_by(*order).limit(page.limit).offset(page.offset))
    return page_result(with_activity(conn, rows) if activity else rows, count(conn, query), page)


def with_activity(conn: Connection, items: list[dict]) -> list[dict]:
    """Each actor dict gets its numbers of statements and of events (as actor or recipient)."""
    ids = [a["id"] for a in items]
    if not ids:
        return items
    said: dict[int, int] = dict(conn.execute(select(statements.c.speaker_id, func.count()).where(
        statements.c.speaker_id.in_(ids)).group_by(statements.c.speaker_id)).all())
    did: dict[int, int] = dict(conn.execute(select(events.c.actor_id, func.count()).where(
        events.c.actor_id.in_(ids)).group_by(events.c.actor_id)).all())
    got: dict[int, int] = dict(conn.execute(select(events.c.recipient_id, func.count()).where(
        events.c.recipient_id.in_(ids)).group_by(events.c.recipient_id)).all())
    for a in items:
        a.update(statements=said.get(a["id"], 0), events_as_actor=did.get(a["id"], 0),
                 events_as_recipient=got.get(a["id"], 0))
    return items


def list_places(conn: Connection, f: Filters, page: Page = Page()) -> dict:
    query = select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon,
                   places.c.feature, places.c.geonameid).where(*sel.place_list_conditions(f))
    rows = _rows(conn, query.order_by(places.c.name, places.c.id).limit(page.limit).offset(page.offset))
    counts: dict[int, int] = dict(conn.execute(select(events.c.place_id, func.count()).where(
        events.c.place_id.in_([r["id"] for r in rows])).group_by(events.c.place_id)).all()) if rows else {}
    for row in rows:
        row["events"] = counts.get(row["id"], 0)
    return page_result(rows, count(conn, query), page)


def stream_pages(conn: Connection, lister, f: Filters, chunk: int = CHUNK, cap: int = 100_000) -> Iterator[dict]:
    """Every row of a paged list (actors, places: small tables), ``chunk`` rows a query, at most ``cap``."""
    offset = 0
    while offset < cap:
        items = lister(conn, f, Page(limit=min(chunk, cap - offset), offset=offset))["items"]
        yield from items
        if len(items) < chunk:
            return
        offset += chunk
