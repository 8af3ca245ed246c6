"""Actor profiles, the Positions view of a pair of actors, and search facets.

Each function reads only what its page shows: aggregates by GROUP BY, lists by LIMIT.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Connection, func, or_, select

from newsgraph.store.schema import actor_aliases, actors, article_actors, articles, event_sources, events, statements
from newsgraph.web.params import Filters, Page
from newsgraph.web.queries import (
    actor_names,
    date_range,
    event_items,
    list_statements,
    page_result,
    resolve_actor,
    statement_conditions,
)

# The event types that say where a side stands toward the other (the "conditions for talks" view):
# what it asks, refuses, offers, agrees, blames and threatens. A ``type`` filter shows any other.
POSITION_TYPES = ("REQUEST", "REJECT", "AGREE", "CONCEDE", "ACCUSE", "THREATEN", "PROTEST", "SUPPORT",
                  "CONSULT")


def actor_profile(conn: Connection, actor_id: int, recent: int = 20) -> Optional[dict]:
    """Who the actor is, what it said and did, what was done to it, and whom it deals with most."""
    row = conn.execute(select(actors).where(actors.c.id == actor_id)).first()
    if row is None:
        return None
    actor = dict(row._mapping)
    actor.pop("key", None)
    aliases = set(conn.scalars(select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == actor_id)))
    aliases |= set(conn.scalars(select(article_actors.c.name).where(article_actors.c.actor_id == actor_id)
                                .distinct().limit(50)))
    aliases.discard(actor["name"])
    titles = [t for t in conn.scalars(select(article_actors.c.title).where(
        article_actors.c.actor_id == actor_id, article_actors.c.title.is_not(None)).distinct().limit(10)) if t]
    month = func.substr(statements.c.sort_date, 1, 7)
    said = conn.execute(select(month.label("period"), func.count().label("count"))
                        .where(statements.c.speaker_id == actor_id, statements.c.sort_date.is_not(None))
                        .group_by(month).order_by(month)).all()
    as_actor = conn.execute(select(events.c.type, func.count()).where(events.c.actor_id == actor_id)
                            .group_by(events.c.type).order_by(func.count().desc(), events.c.type)).all()
    as_recipient = conn.execute(select(events.c.type, func.count()).where(events.c.recipient_id == actor_id)
                                .group_by(events.c.type).order_by(func.count().desc(), events.c.type)).all()
    statements_page = list_statements(conn, Filters(speaker=str(actor_id)), Page(limit=recent))
    recent_events = conn.execute(select(events).where(or_(events.c.actor_id == actor_id,
                                                          events.c.recipient_id == actor_id))
                                 .order_by(events.c.date.desc().nulls_last(), events.c.id.desc())
                                 .limit(recent)).all()
    return {
        "actor": {**actor, "aliases": sorted(aliases), "titles": titles},
        "statements_by_month": [{"period": p, "count": n} for p, n in said],
        "events_as_actor": [{"type": t, "count": n} for t, n in as_actor],
        "events_as_recipient": [{"type": t, "count": n} for t, n in as_recipient],
        "counterparts": counterparts(conn, actor_id),
        "statements": statements_page,
        "events": {"items": event_items(conn, recent_events),
                   "total": sum(n for _, n in as_actor) + sum(n for _, n in as_recipient)},
    }


def counterparts(conn: Connection, actor_id: int, limit: int = 10) -> list[dict]:
    """The actors this one has most events with, either way round, with counts per direction."""
    out_q = select(events.c.recipient_id.label("other"), func.count().label("n"))\
        .where(events.c.actor_id == actor_id, events.c.recipient_id.is_not(None),
               events.c.recipient_id != actor_id).group_by(events.c.recipient_id)
    in_q = select(events.c.actor_id.label("other"), func.count().label("n"))\
        .where(events.c.recipient_id == actor_id, events.c.actor_id.is_not(None),
               events.c.actor_id != actor_id).group_by(events.c.actor_id)
    outgoing = dict(conn.execute(out_q).all())
    incoming = dict(conn.execute(in_q).all())
    totals = sorted({*outgoing, *incoming}, key=lambda o: (-(outgoing.get(o, 0) + incoming.get(o, 0)), o))[:limit]
    names = actor_names(conn, totals)
    return [{**names[o], "to": outgoing.get(o, 0), "from": incoming.get(o, 0),
             "total": outgoing.get(o, 0) + incoming.get(o, 0)} for o in totals if o in names]


def positions(conn: Connection, a: str, b: str, f: Filters, page: Page) -> dict:
    """What each of two sides requested, rejected, offered, accused... of the other, over time.

    ``a`` and ``b`` name actors as filters do (id, country code, name). One item per report, so each
    has its own quote (the statement it came from, else the evidence sentence) and source article.
    """
    a_ids, b_ids = resolve_actor(conn, a) or [], resolve_actor(conn, b) or []
    sides = {"a": {"query": a, "actors": list(actor_names(conn, a_ids[:20]).values()), "n_actors": len(a_ids)},
             "b": {"query": b, "actors": list(actor_names(conn, b_ids[:20]).values()), "n_actors": len(b_ids)}}
    if not a_ids or not b_ids:
        return {"sides": sides, **page_result([], 0, page), "by_type": []}
    # Two index-driven halves (actor in A to recipient in B, and back) rather than one OR, which
    # would scan every event.
    between = select(events.c.id).where(events.c.actor_id.in_(a_ids), events.c.recipient_id.in_(b_ids))\
        .union_all(select(events.c.id).where(events.c.actor_id.in_(b_ids), events.c.recipient_id.in_(a_ids)))
    toward = events.c.id.in_(between)
    where = [toward, *date_range(events.c.date, f)]
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


def statement_facets(conn: Connection, f: Filters, top: int = 10) -> dict:
    """Counts of the statements matching ``f`` by speaker, speaker country, month and event type."""
    where = statement_conditions(conn, f)
    speaker = actors.alias("speaker")
    n = func.count().label("count")
    by_speaker = conn.execute(
        select(statements.c.speaker_id, speaker.c.name, n).select_from(statements).join(speaker, speaker.c.id == statements.c.speaker_id)
        .where(*where).group_by(statements.c.speaker_id, speaker.c.name)
        .order_by(n.desc(), speaker.c.name).limit(top)).all()
    by_country = conn.execute(
        select(speaker.c.country, n).select_from(statements).join(speaker, speaker.c.id == statements.c.speaker_id)
        .where(speaker.c.country.is_not(None), *where).group_by(speaker.c.country)
        .order_by(n.desc(), speaker.c.country).limit(top)).all()
    year = func.substr(statements.c.sort_date, 1, 4)
    by_year = conn.execute(select(year.label("year"), n).where(statements.c.sort_date.is_not(None), *where)
                           .group_by(year).order_by(year.desc()).limit(top)).all()
    by_type = conn.execute(
        select(events.c.type, func.count(func.distinct(statements.c.id)).label("count"))
        .select_from(statements)
        .join(event_sources, event_sources.c.statement_id == statements.c.id)
        .join(events, events.c.id == event_sources.c.event_id)
        .where(*where).group_by(events.c.type).order_by(func.count(func.distinct(statements.c.id)).desc(),
                                                         events.c.type)).all()
    return {
        "speaker": [{"value": str(i), "label": name, "count": c} for i, name, c in by_speaker],
        "country": [{"value": c, "label": c, "count": k} for c, k in by_country],
        "year": [{"value": y, "label": y, "count": k} for y, k in by_year],
        "type": [{"value": t, "label": t, "count": k} for t, k in by_type],
    }
