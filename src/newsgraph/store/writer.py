"""Writing analyses: one article's rows, merged with the actors, places and events already stored.

``write_analysis`` inserts everything of one article inside the caller's transaction; ``Store``
(in ``store/__init__``) wraps it in a transaction per batch and a savepoint per article.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable, Optional

from sqlalchemy import Connection, String, bindparam, cast, delete, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite

from newsgraph.model import Analysis
from newsgraph.store import keys
from newsgraph.store.schema import (
    actor_aliases, actors, article_actors, article_places, articles, dates, event_sources, events,
    mentions, place_mentions, places, statements,
)

CONTENT_JOINER = " … "


def now() -> datetime:
    return datetime.now(timezone.utc)


def insert_ignore(conn: Connection, table, rows: list[dict]) -> None:
    """INSERT rows, skipping those that collide with a unique constraint (both backends)."""
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


def ids_by_key(conn: Connection, table, wanted: Iterable[str]) -> dict[str, int]:
    """``{key: id}`` for the rows of ``table`` whose ``key`` is in ``wanted``."""
    wanted = list(set(wanted))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), 500):  # stay under SQLite's bound-parameter limit
        chunk = wanted[i:i + 500]
        found.update(conn.execute(select(table.c.key, table.c.id).where(table.c.key.in_(chunk))).all())
    return found


def find_article(conn: Connection, url: Optional[str], content_hash: Optional[str]) -> Optional[int]:
    """The id of the stored article with this URL or this content hash, else None."""
    if content_hash:
        found = conn.execute(select(articles.c.id).where(articles.c.content_hash == content_hash)).scalar()
        if found is not None:
            return found
    if url:
        return conn.execute(select(articles.c.id).where(articles.c.url == url)).scalar()
    return None


def article_row(analysis: Analysis, version: str) -> dict:
    article = analysis.article
    return dict(
        uid=article.id, url=article.url or None, content_hash=keys.content_hash(article.text),
        title=article.title, published=article.published, site=article.site,
        authors=list(article.authors), language=article.language, text=article.text,
        source=article.source, warnings=list(analysis.warnings), newsgraph_version=version,
        analyzed_at=now(),
    )


def insert_article(conn: Connection, analysis: Analysis, version: str) -> tuple[int, set[int]]:
    """Insert the article and all its analysis rows; return its id and the ids of its events."""
    article_id = conn.execute(articles.insert().values(**article_row(analysis, version))).inserted_primary_key[0]
    return article_id, write_analysis(conn, article_id, analysis)


def write_analysis(conn: Connection, article_id: int, analysis: Analysis) -> set[int]:
    """Insert the analysis rows of one stored article; return the ids of the events it touched."""
    actor_ids = _write_actors(conn, article_id, analysis)
    place_ids = _write_places(conn, article_id, analysis)
    statement_ids = _write_statements(conn, article_id, analysis, actor_ids)
    _count_actors(conn, analysis, actor_ids, +1)
    if analysis.dates:
        conn.execute(dates.insert(), [
            dict(article_id=article_id, start=d.start, end=d.end, text=d.text, value=d.value)
            for d in analysis.dates])
    return _write_events(conn, article_id, analysis, actor_ids, place_ids, statement_ids)


def _write_actors(conn: Connection, article_id: int, analysis: Analysis) -> dict[str, int]:
    """Merge the article's actors into ``actors``; return {local id: actor id}."""
    if not analysis.actors:
        return {}
    key_of = {a.id: keys.actor_key(a.name, a.country) for a in analysis.actors}
    insert_ignore(conn, actors, [
        dict(key=key_of[a.id], name=a.name, kind=a.kind, country=a.country, sector=a.sector,
             code=a.code, title=a.title)
        for a in analysis.actors])
    # An actor first stored without a title or sector takes the first one another article gives.
    for field in ("title", "sector"):
        fills = [dict(k=key_of[a.id], v=getattr(a, field)) for a in analysis.actors if getattr(a, field)]
        if fills:
            conn.execute(
                update(actors).where(actors.c.key == bindparam("k"), actors.c[field].is_(None))
                .values({field: bindparam("v")}), fills)
    by_key = ids_by_key(conn, actors, key_of.values())
    local = {a.id: by_key[key_of[a.id]] for a in analysis.actors}
    insert_ignore(conn, actor_aliases, [
        dict(actor_id=local[a.id], alias=alias)
        for a in analysis.actors for alias in dict.fromkeys([a.name, *a.aliases]) if alias])
    conn.execute(article_actors.insert(), [
        dict(article_id=article_id, actor_id=local[a.id], local_id=a.id, name=a.name, kind=a.kind,
             sector=a.sector, title=a.title, aliases=list(a.aliases))
        for a in analysis.actors])
    rows = [dict(article_id=article_id, actor_id=local[a.id], local_id=a.id, start=m.start, end=m.end,
                 text=m.text) for a in analysis.actors for m in a.mentions]
    if rows:
        conn.execute(mentions.insert(), rows)
    return local


def _write_places(conn: Connection, article_id: int, analysis: Analysis) -> dict[str, int]:
    """Merge the article's places into ``places``; return {local id: place id}."""
    if not analysis.places:
        return {}
    key_of = {p.id: keys.place_key(p.geonameid, p.name, p.country) for p in analysis.places}
    rows = {}
    for p in analysis.places:
        rows.setdefault(key_of[p.id], dict(
            key=key_of[p.id], geonameid=p.geonameid, name=p.name, lat=p.lat, lon=p.lon,
            country=p.country, feature=p.feature))
    insert_ignore(conn, places, list(rows.values()))
    by_key = ids_by_key(conn, places, key_of.values())
    local = {p.id: by_key[key_of[p.id]] for p in analysis.places}
    conn.execute(article_places.insert(), [
        dict(article_id=article_id, place_id=local[p.id], local_id=p.id, name=p.name)
        for p in analysis.places])
    rows = [dict(article_id=article_id, place_id=local[p.id], local_id=p.id, start=m.start, end=m.end,
                 text=m.text) for p in analysis.places for m in p.mentions]
    if rows:
        conn.execute(place_mentions.insert(), rows)
    return local


def _count_actors(conn: Connection, analysis: Analysis, actor_ids: dict[str, int], sign: int) -> None:
    """Add (sign=+1) or take away (-1) one article's share of the actors' counters."""
    deltas: dict[int, list[int]] = {i: [1, 0, 0] for i in set(actor_ids.values())}
    for a in analysis.actors:
        deltas[actor_ids[a.id]][1] += len(a.mentions)
    for st in analysis.statements:
        if st.speaker in actor_ids:
            deltas[actor_ids[st.speaker]][2] += 1
    _apply_actor_deltas(conn, {k: [sign * x for x in v] for k, v in deltas.items()})


def _apply_actor_deltas(conn: Connection, deltas: dict[int, list[int]]) -> None:
    if not deltas:
        return
    conn.execute(update(actors).where(actors.c.id == bindparam("actor")).values(
        num_articles=actors.c.num_articles + bindparam("a"), num_mentions=actors.c.num_mentions + bindparam("m"),
        num_statements=actors.c.num_statements + bindparam("s")),
        [dict(actor=k, a=a, m=m, s=st) for k, (a, m, st) in sorted(deltas.items())])


def _span_columns(name: str, span) -> dict:
    if span is None:
        return {f"{name}_start": None, f"{name}_end": None, f"{name}_text": None}
    return {f"{name}_start": span.start, f"{name}_end": span.end, f"{name}_text": span.text}


def _write_statements(conn: Connection, article_id: int, analysis: Analysis,
                      actor_ids: dict[str, int]) -> dict[str, int]:
    """Insert the article's statements; return {local id: statement id}."""
    if not analysis.statements:
        return {}
    rows = [
        dict(article_id=article_id, local_id=s.id, speaker_id=actor_ids.get(s.speaker),
             speaker_local=s.speaker, **_span_columns("source", s.source), **_span_columns("cue", s.cue),
             content=CONTENT_JOINER.join(c.text for c in s.content),
             content_spans=[c.to_json() for c in s.content], kind=s.kind, date=s.date,
             sort_date=s.date or analysis.article.published)
        for s in analysis.statements]
    conn.execute(statements.insert(), rows)
    return dict(conn.execute(
        select(statements.c.local_id, statements.c.id).where(statements.c.article_id == article_id)).all())


def _write_events(conn: Connection, article_id: int, analysis: Analysis, actor_ids: dict[str, int],
                  place_ids: dict[str, int], statement_ids: dict[str, int]) -> set[int]:
    """Merge the article's events into ``events`` and add one ``event_sources`` row each."""
    if not analysis.events:
        return set()
    event_rows, key_of = {}, {}
    for e in analysis.events:
        actor, recipient = actor_ids.get(e.actor), actor_ids.get(e.recipient)
        key = keys.event_key(e.type, actor, recipient, e.date, e.negated, article_id, e.id)
        key_of[e.id] = key
        event_rows.setdefault(key, dict(
            key=key, type=e.type, mode=e.mode, negated=e.negated, actor_id=actor, recipient_id=recipient,
            date=e.date, place_id=place_ids.get(e.place), num_sources=0, num_articles=0, num_mentions=0))
    insert_ignore(conn, events, list(event_rows.values()))
    # The first report may have lacked a place or a mode that this one gives.
    for field, values in (("place_id", {k: r["place_id"] for k, r in event_rows.items()}),
                          ("mode", {k: r["mode"] for k, r in event_rows.items()})):
        fills = [dict(k=k, v=v) for k, v in values.items() if v is not None]
        if fills:
            conn.execute(update(events).where(events.c.key == bindparam("k"), events.c[field].is_(None))
                         .values({field: bindparam("v")}), fills)
    by_key = ids_by_key(conn, events, key_of.values())
    conn.execute(event_sources.insert(), [
        dict(event_id=by_key[key_of[e.id]], article_id=article_id, local_id=e.id, mode=e.mode,
             negated=e.negated, date=e.date, actor_local=e.actor, recipient_local=e.recipient,
             place_local=e.place, place_id=place_ids.get(e.place),
             **_span_columns("actor", e.actor_span), **_span_columns("recipient", e.recipient_span),
             **_span_columns("trigger", e.trigger), **_span_columns("evidence", e.evidence),
             statement_id=statement_ids.get(e.statement), statement_local=e.statement,
             confidence=e.confidence)
        for e in analysis.events])
    return set(by_key.values())


def refresh_event_counts(conn: Connection, event_ids: Iterable[int]) -> None:
    """Recount num_articles / num_sources / num_mentions of these events; drop events left unreported."""
    event_ids = sorted(set(event_ids))
    es, a = event_sources.alias("es"), articles.alias("a")
    outlet = func.coalesce(a.c.site, literal("article:") + cast(a.c.id, String))
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        conn.execute(update(events).where(events.c.id.in_(chunk)).values(
            num_mentions=select(func.count()).where(es.c.event_id == events.c.id).scalar_subquery(),
            num_articles=select(func.count(es.c.article_id.distinct()))
            .where(es.c.event_id == events.c.id).scalar_subquery(),
            num_sources=select(func.count(outlet.distinct())).select_from(es.join(a, a.c.id == es.c.article_id))
            .where(es.c.event_id == events.c.id).scalar_subquery(),
        ))
        conn.execute(delete(events).where(events.c.id.in_(chunk), events.c.num_mentions == 0))


def delete_analysis(conn: Connection, article_id: int) -> set[int]:
    """Delete the analysis rows of one article (not the article); return the events it reported."""
    touched = set(conn.execute(
        select(event_sources.c.event_id).where(event_sources.c.article_id == article_id)).scalars())
    deltas: dict[int, list[int]] = {}
    for actor_id in conn.execute(select(article_actors.c.actor_id).distinct()
                                 .where(article_actors.c.article_id == article_id)).scalars():
        deltas[actor_id] = [-1, 0, 0]
    for actor_id, n in conn.execute(select(mentions.c.actor_id, func.count()).where(
            mentions.c.article_id == article_id).group_by(mentions.c.actor_id)):
        deltas.setdefault(actor_id, [0, 0, 0])[1] -= n
    for actor_id, n in conn.execute(select(statements.c.speaker_id, func.count()).where(
            statements.c.article_id == article_id, statements.c.speaker_id.is_not(None))
            .group_by(statements.c.speaker_id)):
        deltas.setdefault(actor_id, [0, 0, 0])[2] -= n
    _apply_actor_deltas(conn, deltas)
    for table in (event_sources, statements, mentions, article_actors, place_mentions, article_places, dates):
        conn.execute(delete(table).where(table.c.article_id == article_id))
    return touched
