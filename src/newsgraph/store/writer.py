"""Writing analyses: articles' rows, merged with the actors, places and events already stored.

``insert_articles`` / ``write_analyses`` insert everything of a list of articles inside the
caller's transaction with a few statements per table for the whole list (not per article: that is
what keeps storage cheap next to analysis). ``Store`` wraps them in a transaction per batch and
falls back to a savepoint per article when a batch holds a bad analysis.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Optional

from sqlalchemy import Connection, String, bindparam, cast, delete, func, literal, select, true, update
from sqlalchemy.dialects import postgresql, sqlite

from newsgraph.model import Analysis
from newsgraph.store import keys
from newsgraph.store.schema import (
    actor_aliases,
    actors,
    article_actors,
    article_places,
    articles,
    dates,
    errors,
    event_sources,
    events,
    mentions,
    place_mentions,
    places,
    statements,
)

CONTENT_JOINER = " … "


def now() -> datetime:
    return datetime.now(UTC)


def insert_ignore(conn: Connection, table, rows: list[dict]) -> None:
    """INSERT rows, skipping those that collide with a unique constraint (both backends)."""
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


def record_error(conn: Connection, source: str, reason: str) -> None:
    """One ``errors`` row per source: a source that fails again (a rerun) updates its row."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(errors).values(source=source, reason=reason, time=now())
    conn.execute(statement.on_conflict_do_update(
        index_elements=[errors.c.source],
        set_={"reason": statement.excluded.reason, "time": statement.excluded.time}))


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


def stored_keys(conn: Connection, urls: Iterable[str], hashes: Iterable[str]) -> dict[str, int]:
    """{url or content hash: article id} for those of ``urls`` and ``hashes`` already stored."""
    found: dict[str, int] = {}
    for column, values in ((articles.c.url, list(set(urls))), (articles.c.content_hash, list(set(hashes)))):
        for i in range(0, len(values), 500):
            found.update(conn.execute(select(column, articles.c.id).where(column.in_(values[i:i + 500]))).all())
    return found


def article_row(analysis: Analysis, version: str) -> dict:
    article = analysis.article
    return dict(
        uid=article.id, url=article.url or None, content_hash=keys.content_hash(article.text),
        title=article.title, published=article.published, site=article.site,
        authors=list(article.authors), language=article.language, text=article.text,
        source=article.source, warnings=list(analysis.warnings), newsgraph_version=version,
        analyzed_at=now(),
    )


def insert_articles(conn: Connection, analyses: list[Analysis], version: str) -> tuple[list[int], set[int]]:
    """Insert the articles and all their analysis rows; return their ids (in order) and the ids of
    the events they report."""
    if not analyses:
        return [], set()
    rows = [article_row(a, version) for a in analyses]
    # executemany, then one SELECT for the ids: INSERT ... RETURNING in parameter order makes
    # SQLAlchemy send SQLite one row at a time.
    conn.execute(articles.insert(), rows)
    by_hash = stored_keys(conn, [], [r["content_hash"] for r in rows])
    ids = [by_hash[r["content_hash"]] for r in rows]
    return ids, write_analyses(conn, list(zip(ids, analyses)))


def write_analyses(conn: Connection, items: list[tuple[int, Analysis]]) -> set[int]:
    """Insert the analysis rows of stored articles ``(article id, analysis)``, a few statements for the
    whole list; return the ids of the events they report."""
    actor_ids = _write_actors(conn, items)
    place_ids = _write_places(conn, items)
    statement_ids = _write_statements(conn, items, actor_ids)
    _count_actors(conn, items, actor_ids, +1)
    rows = [dict(article_id=article_id, start=d.start, end=d.end, text=d.text, value=d.value)
            for article_id, analysis in items for d in analysis.dates]
    if rows:
        conn.execute(dates.insert(), rows)
    return _write_events(conn, items, actor_ids, place_ids, statement_ids)


Local = dict[tuple[int, Optional[str]], int]  # (article id, article-local id) -> row id across articles


def _write_actors(conn: Connection, items: list[tuple[int, Analysis]]) -> Local:
    """Merge the articles' actors into ``actors``; return their ids."""
    found = [(article_id, a, keys.actor_key(a.name, a.country)) for article_id, analysis in items
             for a in analysis.actors]
    if not found:
        return {}
    local = _merge(conn, actors, found, lambda a, key: dict(
        key=key, name=a.name, kind=a.kind, country=a.country, sector=a.sector, code=a.code, title=a.title))
    # An actor first stored without a title or sector takes the first one another article gives.
    for field in ("title", "sector"):
        fills = [dict(k=key, v=getattr(a, field)) for _, a, key in found if getattr(a, field)]
        if fills:
            conn.execute(
                update(actors).where(actors.c.key == bindparam("k"), actors.c[field].is_(None))
                .values({field: bindparam("v")}), fills)
    aliases = {(local[(article_id, a.id)], alias) for article_id, a, _ in found
               for alias in (a.name, *a.aliases) if alias}
    insert_ignore(conn, actor_aliases, [dict(actor_id=i, alias=alias) for i, alias in sorted(aliases)])
    conn.execute(article_actors.insert(), [
        dict(article_id=article_id, actor_id=local[(article_id, a.id)], local_id=a.id, name=a.name,
             kind=a.kind, sector=a.sector, title=a.title, aliases=list(a.aliases))
        for article_id, a, _ in found])
    _write_mentions(conn, mentions, "actor_id", found, local)
    return local


def _write_places(conn: Connection, items: list[tuple[int, Analysis]]) -> Local:
    """Merge the articles' places into ``places``; return their ids."""
    found = [(article_id, p, keys.place_key(p.geonameid, p.name, p.country)) for article_id, analysis in items
             for p in analysis.places]
    if not found:
        return {}
    local = _merge(conn, places, found, lambda p, key: dict(
        key=key, geonameid=p.geonameid, name=p.name, lat=p.lat, lon=p.lon, country=p.country, feature=p.feature))
    conn.execute(article_places.insert(), [
        dict(article_id=article_id, place_id=local[(article_id, p.id)], local_id=p.id, name=p.name)
        for article_id, p, _ in found])
    _write_mentions(conn, place_mentions, "place_id", found, local)
    return local


def _merge(conn: Connection, table, found: list, row: Callable[[Any, str], dict]) -> Local:
    """Insert into ``table`` (actors, places: rows shared across articles, keyed by ``key``) a row
    for each key not stored yet, made by ``row(item, key)`` from the first item with that key;
    return the row id of every (article id, article-local id) in ``found``."""
    new_rows: dict[str, dict] = {}
    for _, item, key in found:
        new_rows.setdefault(key, row(item, key))
    insert_ignore(conn, table, list(new_rows.values()))
    by_key = ids_by_key(conn, table, new_rows)
    return {(article_id, item.id): by_key[key] for article_id, item, key in found}


def _write_mentions(conn: Connection, table, id_column: str, found: list, local: Local) -> None:
    """The mentions of every actor or place in ``found``, with the row id ``local`` gives it."""
    rows = [{"article_id": article_id, id_column: local[(article_id, item.id)], "local_id": item.id,
             "start": m.start, "end": m.end, "text": m.text} for article_id, item, _ in found for m in item.mentions]
    if rows:
        conn.execute(table.insert(), rows)


def _count_actors(conn: Connection, items: list[tuple[int, Analysis]], actor_ids: Local, sign: int) -> None:
    """Add (sign=+1) or take away (-1) these articles' share of the actors' counters."""
    deltas: dict[int, list[int]] = {}
    for article_id, analysis in items:
        for i in {actor_ids[(article_id, a.id)] for a in analysis.actors}:
            deltas.setdefault(i, [0, 0, 0])[0] += 1
        for a in analysis.actors:
            deltas[actor_ids[(article_id, a.id)]][1] += len(a.mentions)
        for st in analysis.statements:
            if (article_id, st.speaker) in actor_ids:
                deltas[actor_ids[(article_id, st.speaker)]][2] += 1
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


def _write_statements(conn: Connection, items: list[tuple[int, Analysis]], actor_ids: Local) -> Local:
    """Insert the articles' statements; return their ids."""
    rows = [
        dict(article_id=article_id, local_id=s.id, speaker_id=actor_ids.get((article_id, s.speaker)),
             speaker_local=s.speaker, **_span_columns("source", s.source), **_span_columns("cue", s.cue),
             content=CONTENT_JOINER.join(c.text for c in s.content),
             content_spans=[c.to_json() for c in s.content], kind=s.kind, frame=s.frame, date=s.date,
             sort_date=s.date or analysis.article.published)
        for article_id, analysis in items for s in analysis.statements]
    if not rows:
        return {}
    conn.execute(statements.insert(), rows)
    article_ids = sorted({article_id for article_id, _ in items})
    found: Local = {}
    for i in range(0, len(article_ids), 500):
        found.update(((a, local), i) for a, local, i in conn.execute(
            select(statements.c.article_id, statements.c.local_id, statements.c.id)
            .where(statements.c.article_id.in_(article_ids[i:i + 500]))))
    return found


def _write_events(conn: Connection, items: list[tuple[int, Analysis]], actor_ids: Local, place_ids: Local,
                  statement_ids: Local) -> set[int]:
    """Merge the articles' events into ``events`` and add one ``event_sources`` row each."""
    found = []
    new_rows: dict[str, dict] = {}
    for article_id, analysis in items:
        for e in analysis.events:
            actor = actor_ids.get((article_id, e.actor))
            recipient = actor_ids.get((article_id, e.recipient))
            place = place_ids.get((article_id, e.place))
            key = keys.event_key(e.type, actor, recipient, e.date, e.negated, article_id, e.id,
                                 hypothetical=e.hypothetical, intended=e.intended)
            found.append((article_id, e, key, place))
            row = new_rows.setdefault(key, dict(
                key=key, type=e.type, mode=e.mode, negated=e.negated, hypothetical=e.hypothetical,
                intended=e.intended, actor_id=actor, recipient_id=recipient,
                date=e.date, place_id=place, num_sources=0, num_articles=0, num_mentions=0, doubtful=True))
            row["doubtful"] = row["doubtful"] and not e.passes_gate  # doubted only when every report is
    if not found:
        return set()
    insert_ignore(conn, events, list(new_rows.values()))
    # An event stored as doubtful that a report passing the confidence gate now tells is doubtful no more.
    passing = [dict(k=key) for key, row in new_rows.items() if not row["doubtful"]]
    if passing:
        conn.execute(update(events).where(events.c.key == bindparam("k"), events.c.doubtful == true())
                     .values(doubtful=False), passing)
    # The first report may have lacked a place or a mode that a later one gives.
    for field, values in (("place_id", [(key, place) for _, _, key, place in found]),
                          ("mode", [(key, e.mode) for _, e, key, _ in found])):
        fills = [dict(k=k, v=v) for k, v in values if v is not None]
        if fills:
            conn.execute(update(events).where(events.c.key == bindparam("k"), events.c[field].is_(None))
                         .values({field: bindparam("v")}), fills)
    by_key = ids_by_key(conn, events, new_rows)
    conn.execute(event_sources.insert(), [
        dict(event_id=by_key[key], article_id=article_id, local_id=e.id, mode=e.mode,
             negated=e.negated, hypothetical=e.hypothetical, intended=e.intended, date=e.date,
             actor_local=e.actor, recipient_local=e.recipient,
             place_local=e.place, place_id=place,
             **_span_columns("actor", e.actor_span), **_span_columns("recipient", e.recipient_span),
             **_span_columns("trigger", e.trigger), **_span_columns("evidence", e.evidence),
             statement_id=statement_ids.get((article_id, e.statement)), statement_local=e.statement,
             confidence=e.confidence, certainty=e.certainty, passes_gate=e.passes_gate)
        for article_id, e, key, place in found])
    return set(by_key.values())


def refresh_event_counts(conn: Connection, event_ids: Iterable[int]) -> None:
    """Recount num_articles / num_sources / num_mentions of these events and whether the confidence gate
    doubts every report left; drop events left unreported."""
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
            doubtful=~select(es.c.id).where(es.c.event_id == events.c.id, es.c.passes_gate == true()).exists(),
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
