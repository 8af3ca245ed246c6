"""One actor's profile: who it is, what it said and did, what was done to it, and whom it deals with.

Counts follow the lists' defaults: statements of speech and writing (by this actor), asserted events.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy import Connection, func, or_, select

from newsgraph.store import select as sel
from newsgraph.store.aggregates import actor_names
from newsgraph.store.filters import Filters
from newsgraph.store.lists import Page, event_keys, in_order, list_statements, newest_first, with_first_report
from newsgraph.store.schema import SHOWN, actor_aliases, actors, article_actors, events, statements


def actor_profile(conn: Connection, actor_id: int, recent: int = 20) -> Optional[dict]:
    """The actor, its aliases and titles, statements by month, events by type as actor and as
    recipient, its counterparts, and its ``recent`` newest statements and events (flat rows)."""
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
    shown = Filters()
    month = func.substr(statements.c.sort_date, 1, 7)
    said = conn.execute(select(month.label("period"), func.count().label("count"))
                        .where(statements.c.speaker_id == actor_id, statements.c.sort_date.is_not(None),
                               SHOWN)
                        .group_by(month).order_by(month)).all()
    asserted = sel.modality_conditions(shown)
    as_actor = conn.execute(select(events.c.type, func.count()).where(events.c.actor_id == actor_id, *asserted)
                            .group_by(events.c.type).order_by(func.count().desc(), events.c.type)).all()
    as_recipient = conn.execute(select(events.c.type, func.count())
                                .where(events.c.recipient_id == actor_id, *asserted)
                                .group_by(events.c.type).order_by(func.count().desc(), events.c.type)).all()
    recent_ids = newest_first(
        conn, event_keys(conn, shown).where(or_(events.c.actor_id == actor_id, events.c.recipient_id == actor_id)),
        Page(limit=recent), events.c.date, events.c.id)
    recent_events = in_order(conn, sel.event_rows(), events.c.id, recent_ids)
    return {
        "actor": {**actor, "aliases": sorted(aliases), "titles": titles},
        "statements_by_month": [{"period": p, "count": n} for p, n in said],
        "events_as_actor": [{"type": t, "count": n} for t, n in as_actor],
        "events_as_recipient": [{"type": t, "count": n} for t, n in as_recipient],
        "counterparts": counterparts(conn, actor_id),
        "statements": list_statements(conn, Filters(speaker=str(actor_id)), Page(limit=recent)),
        "events": {"items": with_first_report(conn, recent_events),
                   "total": sum(n for _, n in as_actor) + sum(n for _, n in as_recipient)},
    }


def counterparts(conn: Connection, actor_id: int, limit: int = 10) -> list[dict]:
    """The actors this one has most asserted events with, either way round, with counts per direction."""
    asserted = sel.modality_conditions(Filters())
    out_q = select(events.c.recipient_id.label("other"), func.count().label("n"))\
        .where(events.c.actor_id == actor_id, events.c.recipient_id.is_not(None),
               events.c.recipient_id != actor_id, *asserted).group_by(events.c.recipient_id)
    in_q = select(events.c.actor_id.label("other"), func.count().label("n"))\
        .where(events.c.recipient_id == actor_id, events.c.actor_id.is_not(None),
               events.c.actor_id != actor_id, *asserted).group_by(events.c.actor_id)
    outgoing: dict[int, int] = dict(conn.execute(out_q).all())
    incoming: dict[int, int] = dict(conn.execute(in_q).all())
    totals = sorted({*outgoing, *incoming}, key=lambda o: (-(outgoing.get(o, 0) + incoming.get(o, 0)), o))[:limit]
    names = actor_names(conn, totals)
    return [{**names[o], "to": outgoing.get(o, 0), "from": incoming.get(o, 0),
             "total": outgoing.get(o, 0) + incoming.get(o, 0)} for o in totals if o in names]
