"""What the charts need, for the same ``Filters`` as the lists: events over time, the actor
network, events by place, statement facets, the Positions of two sides, and table counts.

Each function reads only what it shows: aggregates by GROUP BY, lists by LIMIT.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select

from newsgraph.store import select as sel
from newsgraph.store.filters import Filters
from newsgraph.store.lists import Page, default_view_events, page_result, shown_statements
from newsgraph.store.schema import (
    actors,
    articles,
    event_month,
    event_sources,
    events,
    places,
    statements,
)

# The event types that say where a side stands toward the other (the "conditions for talks" view):
# what it asks, refuses, offers, agrees, blames and threatens. A ``type`` filter shows any other.
POSITION_TYPES = ("REQUEST", "REJECT", "AGREE", "CONCEDE", "ACCUSE", "THREATEN", "PROTEST", "SUPPORT",
                  "CONSULT")


def actor_names(conn: Connection, ids: Iterable) -> dict[int, dict]:
    """id -> {id, name, country, sector, title, kind, code} for the given actor ids (one query)."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    rows = conn.execute(select(actors.c.id, actors.c.name, actors.c.country, actors.c.sector, actors.c.title,
                               actors.c.kind, actors.c.code).where(actors.c.id.in_(wanted)))
    return {r.id: dict(r._mapping) for r in rows}


def event_timeline(conn: Connection, f: Filters) -> list[dict]:
    """Event counts per month and type (events without a date are left out)."""
    # Grouped by type, then month: the order of the asserted events' month index (no table sort).
    month = event_month(events.c.date)
    rows = conn.execute(select(month.label("period"), events.c.type, func.count().label("count"))
                        .where(events.c.date.is_not(None), *sel.event_conditions(conn, f))
                        .group_by(events.c.type, month).order_by(month, events.c.type))
    return [dict(r._mapping) for r in rows]


def event_network(conn: Connection, f: Filters, max_edges: int = 40) -> dict:
    """The strongest actor -> recipient links by type: ``{"nodes", "edges"}`` (edges by count)."""
    n = func.count().label("count")
    # Asserted events (the default): grouped in the order of their (actor, recipient, type) index,
    # which holds all the query reads. Otherwise ``actor_id + 0``: grouping by the bare column
    # makes SQLite walk the actor index and fetch every row by id, about twice as slow as one pass
    # over the table. ``!=`` already leaves out events without an actor or a recipient (NULL never
    # compares true).
    actor = (events.c.actor_id if f.modality == "asserted" else events.c.actor_id + 0).label("actor_id")
    rows = conn.execute(
        select(actor, events.c.recipient_id, events.c.type, n)
        .where(events.c.actor_id != events.c.recipient_id, *sel.event_conditions(conn, f))
        .group_by(actor, events.c.recipient_id, events.c.type)
        .order_by(n.desc(), actor, events.c.recipient_id, events.c.type).limit(max_edges)).all()
    names = actor_names(conn, [r.actor_id for r in rows] + [r.recipient_id for r in rows])
    edges = [{"source": r.actor_id, "target": r.recipient_id, "type": r.type, "count": r.count} for r in rows]
    nodes = [{"id": i, "name": names[i]["name"], "country": names[i]["country"]} for i in names]
    return {"nodes": sorted(nodes, key=lambda node: (node["country"] or "~", node["name"])), "edges": edges}


def event_places(conn: Connection, f: Filters, limit: int = 300) -> list[dict]:
    """Places with the number of (filtered) events there, most first."""
    n = func.count().label("count")
    rows = conn.execute(
        select(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon, n)
        .join(events, events.c.place_id == places.c.id).where(*sel.event_conditions(conn, f))
        .group_by(places.c.id, places.c.name, places.c.country, places.c.lat, places.c.lon)
        .order_by(n.desc(), places.c.name).limit(limit))
    return [dict(r._mapping) for r in rows]


def statement_facets(conn: Connection, f: Filters, top: int = 10) -> dict:
    """Counts of the statements matching ``f`` by speaker, speaker country, year and event type."""
    where = sel.statement_conditions(conn, f)
    speaker = actors.alias("speaker")
    n = func.count().label("count")
    by_speaker = conn.execute(
        select(statements.c.speaker_id, speaker.c.name, n).select_from(statements)
        .join(speaker, speaker.c.id == statements.c.speaker_id)
        .where(*where).group_by(statements.c.speaker_id, speaker.c.name)
        .order_by(n.desc(), speaker.c.name).limit(top)).all()
    by_country = conn.execute(
        select(speaker.c.country, n).select_from(statements).join(speaker, speaker.c.id == statements.c.speaker_id)
        .where(speaker.c.country.is_not(None), *where).group_by(speaker.c.country)
        .order_by(n.desc(), speaker.c.country).limit(top)).all()
    year = func.substr(statements.c.sort_date, 1, 4)
    by_year = conn.execute(select(year.label("year"), n).where(statements.c.sort_date.is_not(None), *where)
                           .group_by(year).order_by(year.desc()).limit(top)).all()
    distinct = func.count(func.distinct(statements.c.id))
    by_type = conn.execute(
        select(events.c.type, distinct.label("count")).select_from(statements)
        .join(event_sources, event_sources.c.statement_id == statements.c.id)
        .join(events, events.c.id == event_sources.c.event_id)
        .where(*where, *sel.modality_conditions(f)).group_by(events.c.type)
        .order_by(distinct.desc(), events.c.type)).all()
    return {
        "speaker": [{"value": str(i), "label": name, "count": c} for i, name, c in by_speaker],
        "country": [{"value": c, "label": c, "count": k} for c, k in by_country],
        "year": [{"value": y, "label": y, "count": k} for y, k in by_year],
        "type": [{"value": t, "label": t, "count": k} for t, k in by_type],
    }


def positions(conn: Connection, a: str, b: str, f: Filters, page: Page) -> dict:
    """What each of two sides requested, rejected, offered, accused... of the other, over time.

    ``a`` and ``b`` name actors as filters do. One item per report, so each has its own quote (the
    statement it came from, else the evidence sentence) and source article; oldest first.
    """
    a_ids, b_ids = sel.actor_ids(conn, a) or [], sel.actor_ids(conn, b) or []
    sides = {"a": {"query": a, "actors": list(actor_names(conn, a_ids[:20]).values()), "n_actors": len(a_ids)},
             "b": {"query": b, "actors": list(actor_names(conn, b_ids[:20]).values()), "n_actors": len(b_ids)}}
    if not a_ids or not b_ids:
        return {"sides": sides, **page_result([], 0, page), "by_type": []}
    # Two index-driven halves (actor in A to recipient in B, and back) rather than one OR, which
    # would scan every event.
    between = select(events.c.id).where(events.c.actor_id.in_(a_ids), events.c.recipient_id.in_(b_ids))\
        .union_all(select(events.c.id).where(events.c.actor_id.in_(b_ids), events.c.recipient_id.in_(a_ids)))
    where = [events.c.id.in_(between), *sel.date_range(events.c.date, f), *sel.modality_conditions(f)]
    where.append(events.c.type == f.type if f.type else events.c.type.in_(POSITION_TYPES))
    date = func.coalesce(event_sources.c.date, events.c.date)
    base = (select(event_sources.c.id, event_sources.c.article_id, event_sources.c.local_id,
                   event_sources.c.trigger_text, event_sources.c.evidence_text, event_sources.c.negated,
                   event_sources.c.mode, date.label("date"), events.c.id.label("event_id"), events.c.type,
                   events.c.actor_id, events.c.recipient_id, statements.c.content.label("quote"),
                   statements.c.kind.label("quote_kind"), articles.c.title, articles.c.site,
                   articles.c.url, articles.c.published)
            .join(events, events.c.id == event_sources.c.event_id)
            .join(articles, articles.c.id == event_sources.c.article_id)
            .outerjoin(statements, statements.c.id == event_sources.c.statement_id)
            .where(*where))
    # One report per event_sources row: num_mentions counts them, so totals need no join.
    total = conn.scalar(select(func.coalesce(func.sum(events.c.num_mentions), 0)).where(*where))
    rows = conn.execute(base.order_by(date.asc().nulls_last(), event_sources.c.id)
                        .limit(page.limit).offset(page.offset)).all()
    names = actor_names(conn, [r.actor_id for r in rows] + [r.recipient_id for r in rows])
    a_set = set(a_ids)
    items = [{
        "date": r.date, "type": r.type, "mode": r.mode, "negated": bool(r.negated), "event_id": r.event_id,
        "side": "a" if r.actor_id in a_set else "b",
        "actor": names.get(r.actor_id), "recipient": names.get(r.recipient_id),
        "quote": r.quote or r.evidence_text, "quote_is_statement": r.quote is not None,
        "trigger": r.trigger_text,
        "source": {"article_id": r.article_id, "local_id": r.local_id, "title": r.title, "site": r.site,
                   "url": r.url, "published": r.published},
    } for r in rows]
    reports = func.sum(events.c.num_mentions)
    by_type = conn.execute(select(events.c.type, reports).where(*where)
                           .group_by(events.c.type).order_by(reports.desc(), events.c.type)).all()
    return {"sides": sides, **page_result(items, int(total or 0), page),
            "by_type": [{"type": t, "count": n} for t, n in by_type]}


def counts(conn: Connection) -> dict:
    """Rows per table, with statements and events counted as the lists show them by default."""
    from newsgraph.store.schema import dates

    out = {name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
           for name, t in (("articles", articles), ("actors", actors), ("places", places), ("dates", dates))}
    shown = default_counts(conn)
    out["statements"], out["events"] = shown["statements"], shown["events"]
    return out


def default_counts(conn: Connection, *, asserted: int | None = None) -> dict[str, int]:
    """Statements shown by default (speech and writing by a resolved speaker) and events of the default view
    (asserted, not doubted by the confidence gate), and all rows of each (``asserted``: the default view's
    events, when the caller has counted them already)."""
    shown, every_statement = shown_statements(conn)
    asserted, every_event = default_view_events(conn, asserted)
    return {"statements": shown, "all_statements": every_statement, "events": asserted, "all_events": every_event}


def most_active_actors(conn: Connection, limit: int = 10) -> list[dict]:
    """The actors with most statements plus events as actor."""
    from newsgraph.store.lists import with_activity

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
