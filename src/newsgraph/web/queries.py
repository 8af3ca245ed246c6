"""The queries the web pages need beyond the store's: filtered, paged lists and chart aggregates.

Every function takes an open Connection and returns plain dicts (JSON-ready). Every value from a
request reaches SQL as a bound parameter; filters are the checked ``params.Filters``. Lists take a
``Page`` and return ``{"items", "total", "limit", "offset"}``: a page loads only the rows it shows.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Optional

from sqlalchemy import Connection, func, or_, select
from sqlalchemy.sql import Select

from newsgraph.store import fulltext
from newsgraph.store.schema import (
    actor_aliases,
    actors,
    article_actors,
    article_places,
    articles,
    event_sources,
    events,
    places,
    statements,
)
from newsgraph.web.params import MAX_NUMBER, Filters, Page, until_bound

MAX_ACTOR_MATCHES = 200


# ---------------------------------------------------------------------------- actors by id or name
def resolve_actor(conn: Connection, value: Optional[str]) -> Optional[list[int]]:
    """The actor ids a filter value names: an id ("12"), a country code ("RUS": every actor of that
    country), an actor code ("RUSGOV"), or a name or alias (case-insensitive; a part of a name when
    nothing matches whole).
    ``None`` when ``value`` is empty; ``[]`` when it names nobody (the list is then empty)."""
    if not value:
        return None
    if value.isdigit():
        return [int(value)] if int(value) <= MAX_NUMBER else []
    ids: list[int] = []
    if re.fullmatch(r"[A-Z]{3}", value):
        ids += conn.scalars(select(actors.c.id).where(actors.c.country == value)
                            .limit(MAX_ACTOR_MATCHES)).all()
    elif re.fullmatch(r"[A-Z]{4,12}", value):  # a CAMEO/PLOVER code such as RUSGOV, as the CLI takes
        ids += conn.scalars(select(actors.c.id).where(actors.c.code == value).limit(MAX_ACTOR_MATCHES)).all()
    lowered = value.lower()
    ids += conn.scalars(select(actors.c.id).where(func.lower(actors.c.name) == lowered)).all()
    ids += conn.scalars(select(actor_aliases.c.actor_id)
                        .where(func.lower(actor_aliases.c.alias) == lowered)).all()
    if not ids:
        like = "%" + lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        ids += conn.scalars(select(actors.c.id).where(func.lower(actors.c.name).like(like, escape="\\"))
                            .order_by(actors.c.id).limit(MAX_ACTOR_MATCHES)).all()
    return sorted(set(ids))


def actor_names(conn: Connection, ids) -> dict[int, dict]:
    """id -> {id, name, country, sector, title} for the given actor ids (one query)."""
    ids = sorted({i for i in ids if i is not None})
    if not ids:
        return {}
    rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.country, actors.c.sector,
                               actors.c.title, actors.c.kind).where(actors.c.id.in_(ids)))
    return {r.id: dict(r._mapping) for r in rows}


def _dialect(conn: Connection) -> str:
    return conn.dialect.name


def _count(conn: Connection, query: Select) -> int:
    return int(conn.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0)


def _paged(conn: Connection, query: Select, page: Page, order) -> tuple[list, int]:
    rows = conn.execute(query.order_by(*order).limit(page.limit).offset(page.offset)).all()
    return rows, _count(conn, query)


def _paged_newest(conn: Connection, query: Select, page: Page, date, tiebreak) -> tuple[list, int]:
    """A page of ``query`` newest first: by ``date`` descending, then ``tiebreak`` descending, the
    undated rows last.

    Dated and undated rows are read apart, so each part follows an index on ``date`` (one
    ``ORDER BY date DESC NULLS LAST`` would make PostgreSQL sort the whole table: its ascending
    index read backwards gives NULLS FIRST).
    """
    dated = query.where(date.is_not(None))
    rows = list(conn.execute(dated.order_by(date.desc(), tiebreak.desc())
                             .limit(page.limit).offset(page.offset)).all())
    if len(rows) < page.limit:
        skip = max(0, page.offset - _count(conn, dated))
        rows += conn.execute(query.where(date.is_(None)).order_by(tiebreak.desc())
                             .limit(page.limit - len(rows)).offset(skip)).all()
    return rows, _count(conn, query)


def page_result(items: list, total: int, page: Page) -> dict:
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


def date_range(column, f: Filters) -> list:
    out = []
    if f.since:
        out.append(column >= f.since)
    if f.until:
        out.append(column <= until_bound(f.until))
    return out


# ---------------------------------------------------------------------------------- statements
def statement_conditions(conn: Connection, f: Filters) -> list:
    # sort_date: the statement's date, else its article's publication date (indexed by the store).
    where = date_range(statements.c.sort_date, f)
    speaker_ids = resolve_actor(conn, f.speaker or f.actor)
    if speaker_ids is not None:
        where.append(statements.c.speaker_id.in_(speaker_ids or [-1]))
    if f.country:
        where.append(statements.c.speaker_id.in_(select(actors.c.id).where(actors.c.country == f.country)))
    if fulltext.has_terms(f.q):
        where.append(fulltext.statement_match(_dialect(conn), f.q))
    if f.type:
        where.append(statements.c.id.in_(select(event_sources.c.statement_id).join(
            events, events.c.id == event_sources.c.event_id).where(events.c.type == f.type)))
    return where


def _statement_select(where: list) -> Select:
    speaker = actors.alias("speaker")
    return (select(statements.c.id, statements.c.article_id, statements.c.local_id, statements.c.content,
                   statements.c.kind, statements.c.date, statements.c.sort_date, statements.c.cue_text, statements.c.source_text,
                   statements.c.speaker_id, speaker.c.name.label("speaker_name"),
                   speaker.c.title.label("speaker_title"), speaker.c.country.label("speaker_country"),
                   articles.c.title.label("article_title"), articles.c.published, articles.c.site,
                   articles.c.url)
            .join(articles, articles.c.id == statements.c.article_id)
            .outerjoin(speaker, speaker.c.id == statements.c.speaker_id)
            .where(*where))




def list_statements(conn: Connection, f: Filters, page: Page) -> dict:
    rows, total = _paged_newest(conn, _statement_select(statement_conditions(conn, f)), page,
                                statements.c.sort_date, statements.c.id)
    return page_result([statement_item(r) for r in rows], total, page)


def statement_item(r) -> dict:
    return {
        "id": r.id, "article_id": r.article_id, "local_id": r.local_id, "date": r.date,
        "sort_date": r.sort_date, "kind": r.kind,
        "speaker": {"id": r.speaker_id, "name": r.speaker_name, "title": r.speaker_title,
                    "country": r.speaker_country} if r.speaker_id is not None else None,
        "source": r.source_text, "cue": r.cue_text, "content": r.content,
        "article": {"id": r.article_id, "title": r.article_title, "published": r.published,
                    "site": r.site, "url": r.url},
    }


# -------------------------------------------------------------------------------------- articles
def article_conditions(conn: Connection, f: Filters) -> list:
    where = date_range(articles.c.published, f)
    if fulltext.has_terms(f.q):
        where.append(fulltext.article_match(_dialect(conn), f.q))
    actor_ids = resolve_actor(conn, f.actor or f.speaker)
    if actor_ids is not None:
        where.append(articles.c.id.in_(select(article_actors.c.article_id)
                                       .where(article_actors.c.actor_id.in_(actor_ids or [-1]))))
    if f.country:
        where.append(articles.c.id.in_(select(article_actors.c.article_id).join(
            actors, actors.c.id == article_actors.c.actor_id).where(actors.c.country == f.country)))
    if f.type:
        where.append(articles.c.id.in_(select(event_sources.c.article_id).join(
            events, events.c.id == event_sources.c.event_id).where(events.c.type == f.type)))
    if f.place:
        where.append(articles.c.id.in_(select(article_places.c.article_id).join(
            places, places.c.id == article_places.c.place_id)
            .where(func.lower(places.c.name) == f.place.lower())))
    return where




def list_articles(conn: Connection, f: Filters, page: Page) -> dict:
    query = select(articles.c.id, articles.c.uid, articles.c.title, articles.c.published, articles.c.site,
                   articles.c.url).where(*article_conditions(conn, f))
    rows, total = _paged_newest(conn, query, page, articles.c.published, articles.c.id)
    # The lead is read for the page's rows only (not while sorting: that would read every text).
    leads = dict(conn.execute(select(articles.c.id, func.substr(articles.c.text, 1, 240))
                              .where(articles.c.id.in_([r.id for r in rows]))).all()) if rows else {}
    return page_result([{**dict(r._mapping), "lead": leads.get(r.id)} for r in rows], total, page)


# ---------------------------------------------------------------------------------------- events
def event_conditions(conn: Connection, f: Filters) -> list:
    where = date_range(events.c.date, f)
    if f.type:
        where.append(events.c.type == f.type)
    actor_ids = resolve_actor(conn, f.actor)
    if actor_ids is not None:
        where.append(events.c.actor_id.in_(actor_ids or [-1]))
    recipient_ids = resolve_actor(conn, f.recipient)
    if recipient_ids is not None:
        where.append(events.c.recipient_id.in_(recipient_ids or [-1]))
    if f.country:
        of_country = select(actors.c.id).where(actors.c.country == f.country)
        where.append(or_(events.c.actor_id.in_(of_country), events.c.recipient_id.in_(of_country)))
    if f.place:
        where.append(events.c.place_id.in_(select(places.c.id)
                                           .where(func.lower(places.c.name) == f.place.lower())))
    if fulltext.has_terms(f.q):
        where.append(events.c.id.in_(select(event_sources.c.event_id).where(
            event_sources.c.article_id.in_(select(articles.c.id)
                                           .where(fulltext.article_match(_dialect(conn), f.q))))))
    return where




def list_events(conn: Connection, f: Filters, page: Page) -> dict:
    query = select(events).where(*event_conditions(conn, f))
    rows, total = _paged_newest(conn, query, page, events.c.date, events.c.id)
    return page_result(event_items(conn, rows), total, page)


def event_items(conn: Connection, rows) -> list[dict]:
    """Events with their actors' and place's names and their first report (3 small queries)."""
    names = actor_names(conn, [r.actor_id for r in rows] + [r.recipient_id for r in rows])
    place_ids = sorted({r.place_id for r in rows if r.place_id is not None})
    place_rows = {p.id: dict(p._mapping) for p in conn.execute(
        select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon)
        .where(places.c.id.in_(place_ids)))} if place_ids else {}
    first: dict[int, dict] = {}
    ids = [r.id for r in rows]
    if ids:
        src = conn.execute(
            select(event_sources.c.event_id, event_sources.c.article_id, event_sources.c.local_id,
                   event_sources.c.trigger_text, event_sources.c.evidence_text, event_sources.c.confidence,
                   articles.c.title, articles.c.site, articles.c.published)
            .join(articles, articles.c.id == event_sources.c.article_id)
            .where(event_sources.c.event_id.in_(ids)).order_by(event_sources.c.id))
        for s in src:
            first.setdefault(s.event_id, {
                "article_id": s.article_id, "local_id": s.local_id, "title": s.title, "site": s.site,
                "published": s.published, "trigger": s.trigger_text, "evidence": s.evidence_text,
                "confidence": s.confidence})
    return [{
        "id": r.id, "type": r.type, "mode": r.mode, "negated": bool(r.negated), "date": r.date,
        "actor": names.get(r.actor_id), "recipient": names.get(r.recipient_id),
        "place": place_rows.get(r.place_id), "num_sources": r.num_sources,
        "num_articles": r.num_articles, "num_mentions": r.num_mentions, "source": first.get(r.id),
    } for r in rows]


def event_timeline(conn: Connection, f: Filters) -> list[dict]:
    """Event counts per month and type (events without a date are left out)."""
    month = func.substr(events.c.date, 1, 7)
    rows = conn.execute(select(month.label("period"), events.c.type, func.count().label("count"))
                        .where(events.c.date.is_not(None), *event_conditions(conn, f))
                        .group_by(month, events.c.type).order_by(month))
    return [dict(r._mapping) for r in rows]


def event_network(conn: Connection, f: Filters, max_edges: int = 40) -> dict:
    """The strongest actor -> recipient links by type: ``{"nodes", "edges"}`` (edges by count)."""
    count = func.count().label("count")
    # ``actor_id + 0``: grouping by the bare column makes SQLite walk the actor index and fetch
    # every row by id, about twice as slow as one pass over the table. ``!=`` already leaves out
    # events without an actor or a recipient (NULL never compares true).
    actor = (events.c.actor_id + 0).label("actor_id")
    rows = conn.execute(
        select(actor, events.c.recipient_id, events.c.type, count)
        .where(events.c.actor_id != events.c.recipient_id, *event_conditions(conn, f))
        .group_by(actor, events.c.recipient_id, events.c.type)
        .order_by(count.desc(), actor, events.c.recipient_id, events.c.type).limit(max_edges)).all()
    names = actor_names(conn, [r.actor_id for r in rows] + [r.recipient_id for r in rows])
    edges = [{"source": r.actor_id, "target": r.recipient_id, "type": r.type, "count": r.count} for r in rows]
    nodes = [{"id": i, "name": names[i]["name"], "country": names[i]["country"]} for i in names]
    return {"nodes": sorted(nodes, key=lambda n: (n["country"] or "~", n["name"])), "edges": edges}


def event_places(conn: Connection, f: Filters, limit: int = 300) -> list[dict]:
    """Places with the number of (filtered) events there, most first."""
    count = func.count().label("count")
    rows = conn.execute(
        select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon, count)
        .join(events, events.c.place_id == places.c.id).where(*event_conditions(conn, f))
        .group_by(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon)
        .order_by(count.desc(), places.c.name).limit(limit))
    return [dict(r._mapping) for r in rows]


# ---------------------------------------------------------------------------------------- places
def list_places(conn: Connection, f: Filters, page: Page) -> dict:
    where = []
    if f.country:
        where.append(places.c.country == f.country)
    if f.q or f.place:
        like = "%" + (f.q or f.place).lower().replace("%", "").replace("_", "") + "%"
        where.append(func.lower(places.c.name).like(like))
    query = select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon,
                   places.c.feature, places.c.geonameid).where(*where)
    rows, total = _paged(conn, query, page, (places.c.name, places.c.id))
    counts = {}
    if rows:
        counts = dict(conn.execute(select(events.c.place_id, func.count()).where(
            events.c.place_id.in_([r.id for r in rows])).group_by(events.c.place_id)).all())
    return page_result([{**dict(r._mapping), "events": counts.get(r.id, 0)} for r in rows], total, page)


# ---------------------------------------------------------------------------------------- actors
def list_actors(conn: Connection, f: Filters, page: Page) -> dict:
    where = []
    if f.country:
        where.append(actors.c.country == f.country)
    name = f.q or f.actor
    if name:
        like = "%" + name.lower().replace("%", "").replace("_", "") + "%"
        where.append(or_(func.lower(actors.c.name).like(like), actors.c.id.in_(
            select(actor_aliases.c.actor_id).where(func.lower(actor_aliases.c.alias).like(like)))))
    query = select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country, actors.c.sector,
                   actors.c.code, actors.c.title).where(*where)
    rows, total = _paged(conn, query, page, (actors.c.name, actors.c.id))
    return page_result(with_activity(conn, [dict(r._mapping) for r in rows]), total, page)


def with_activity(conn: Connection, items: list[dict]) -> list[dict]:
    """Each actor dict gets its numbers of statements and of events (as actor or recipient)."""
    ids = [a["id"] for a in items]
    if not ids:
        return items
    said = dict(conn.execute(select(statements.c.speaker_id, func.count()).where(
        statements.c.speaker_id.in_(ids)).group_by(statements.c.speaker_id)).all())
    did = dict(conn.execute(select(events.c.actor_id, func.count()).where(
        events.c.actor_id.in_(ids)).group_by(events.c.actor_id)).all())
    got = dict(conn.execute(select(events.c.recipient_id, func.count()).where(
        events.c.recipient_id.in_(ids)).group_by(events.c.recipient_id)).all())
    for a in items:
        a.update(statements=said.get(a["id"], 0), events_as_actor=did.get(a["id"], 0),
                 events_as_recipient=got.get(a["id"], 0))
    return items


def most_active_actors(conn: Connection, limit: int = 10) -> list[dict]:
    """The actors with most statements plus events as actor."""
    said = select(statements.c.speaker_id.label("actor_id"), func.count().label("n"))\
        .where(statements.c.speaker_id.is_not(None)).group_by(statements.c.speaker_id)
    did = select(events.c.actor_id.label("actor_id"), func.count().label("n"))\
        .where(events.c.actor_id.is_not(None)).group_by(events.c.actor_id)
    both = said.union_all(did).subquery()
    total = func.sum(both.c.n).label("activity")
    rows = conn.execute(select(both.c.actor_id, total).group_by(both.c.actor_id)
                        .order_by(total.desc(), both.c.actor_id).limit(limit)).all()
    names = actor_names(conn, [r.actor_id for r in rows])
    items = [{**names[r.actor_id], "activity": int(r.activity)} for r in rows if r.actor_id in names]
    return with_activity(conn, items)


def counts(conn: Connection) -> dict:
    from newsgraph.store.schema import dates as dates_table
    tables = {"articles": articles, "statements": statements, "events": events, "actors": actors,
              "places": places, "dates": dates_table}
    return {name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for name, t in tables.items()}


def iter_all(conn: Connection, lister, f: Filters, batch: int = 1000, cap: int = 100_000) -> Iterator[dict]:
    """Every row of a list (for CSV downloads), fetched ``batch`` rows at a time, at most ``cap``."""
    offset = 0
    while offset < cap:
        chunk = lister(conn, f, Page(limit=min(batch, cap - offset), offset=offset))["items"]
        yield from chunk
        if len(chunk) < batch:
            return
        offset += batch
