"""Reading stored articles back as the Analysis objects they were stored from.

``load_analyses`` is exact: the article-local ids, spans and fields come back as they went in, so
``Analysis.from_json(a.to_json())`` and a stored-and-loaded copy compare equal. ``database_ids``
gives the rows' ids across articles (actor, event, place ids) for pages that link them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Optional

from sqlalchemy import Connection, select

from newsgraph.errors import StoreError
from newsgraph.model import Actor, Analysis, Article, DateRef, Event, Place, Span, Statement
from newsgraph.store.schema import (
    actors,
    article_actors,
    article_places,
    articles,
    dates,
    event_sources,
    events,
    mentions,
    place_mentions,
    places,
    statements,
)


def _span(row, name: str) -> Optional[Span]:
    start = row._mapping[f"{name}_start"]
    if start is None:
        return None
    return Span(start, row._mapping[f"{name}_end"], row._mapping[f"{name}_text"])


def _required_span(row, name: str) -> Span:
    """A span every stored event report has (the writer always stores its trigger and evidence)."""
    span = _span(row, name)
    if span is None:
        raise StoreError(f"event report {row.local_id} of article {row.article_id} has no {name} span")
    return span


def _grouped(conn: Connection, query) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for row in conn.execute(query):
        out[row.article_id].append(row)
    return out


def load_analyses(conn: Connection, article_ids: Iterable[int]) -> list[Analysis]:
    """The stored analyses of these articles, in the order of ``article_ids`` (missing ids skipped)."""
    ids = list(article_ids)
    if not ids:
        return []
    by_article = {row.id: row for row in conn.execute(select(articles).where(articles.c.id.in_(ids)))}
    actor_rows = _grouped(conn, select(article_actors, actors.c.country).join(
        actors, actors.c.id == article_actors.c.actor_id)
        .where(article_actors.c.article_id.in_(ids)).order_by(article_actors.c.id))
    mention_rows = _grouped(conn, select(mentions).where(mentions.c.article_id.in_(ids))
                            .order_by(mentions.c.id))
    place_rows = _grouped(conn, select(article_places, places).join(
        places, places.c.id == article_places.c.place_id)
        .where(article_places.c.article_id.in_(ids)).order_by(article_places.c.id))
    place_mention_rows = _grouped(conn, select(place_mentions).where(place_mentions.c.article_id.in_(ids))
                                  .order_by(place_mentions.c.id))
    statement_rows = _grouped(conn, select(statements).where(statements.c.article_id.in_(ids))
                              .order_by(statements.c.id))
    event_rows = _grouped(conn, select(event_sources, events.c.type).join(
        events, events.c.id == event_sources.c.event_id)
        .where(event_sources.c.article_id.in_(ids)).order_by(event_sources.c.id))
    date_rows = _grouped(conn, select(dates).where(dates.c.article_id.in_(ids)).order_by(dates.c.id))

    out = []
    for article_id in ids:
        row = by_article.get(article_id)
        if row is None:
            continue
        out.append(_analysis(row, actor_rows[article_id], mention_rows[article_id], place_rows[article_id],
                             place_mention_rows[article_id], statement_rows[article_id],
                             event_rows[article_id], date_rows[article_id]))
    return out


def _analysis(row, actor_rows, mention_rows, place_rows, place_mention_rows, statement_rows, event_rows,
              date_rows) -> Analysis:
    article = Article(
        text=row.text, title=row.title, published=row.published, url=row.url, site=row.site,
        authors=list(row.authors or []), language=row.language or "en", id=row.uid, source=row.source)
    actor_mentions = defaultdict(list)
    for m in mention_rows:
        actor_mentions[m.local_id].append(Span(m.start, m.end, m.text))
    actor_list = [
        Actor(id=a.local_id, name=a.name, kind=a.kind, country=a.country, sector=a.sector, title=a.title,
              mentions=actor_mentions[a.local_id], aliases=list(a.aliases or []))
        for a in actor_rows]
    place_spans = defaultdict(list)
    for m in place_mention_rows:
        place_spans[m.local_id].append(Span(m.start, m.end, m.text))
    place_list = [
        Place(id=p.local_id, name=p._mapping[article_places.c.name], geonameid=p.geonameid, lat=p.lat,
              lon=p.lon, country=p.country, feature=p.feature, mentions=place_spans[p.local_id])
        for p in place_rows]
    statement_list = [
        Statement(id=s.local_id, speaker=s.speaker_local, source=_span(s, "source"), cue=_span(s, "cue"),
                  content=[Span.from_json(c) for c in s.content_spans], kind=s.kind, date=s.date,
                  frame=s.frame or "speech")
        for s in statement_rows]
    event_list = [
        Event(id=e.local_id, type=e.type, mode=e.mode, actor=e.actor_local, recipient=e.recipient_local,
              actor_span=_span(e, "actor"), recipient_span=_span(e, "recipient"), date=e.date,
              place=e.place_local, trigger=_required_span(e, "trigger"), evidence=_required_span(e, "evidence"),
              statement=e.statement_local, confidence=e.confidence, negated=bool(e.negated),
              hypothetical=bool(e.hypothetical), intended=bool(e.intended), certainty=e.certainty,
              passes_gate=bool(e.passes_gate))
        for e in event_rows]
    date_list = [DateRef(d.start, d.end, d.text, d.value) for d in date_rows]
    return Analysis(article, actor_list, statement_list, event_list, place_list, date_list,
                    list(row.warnings or []))


def database_ids(conn: Connection, article_id: int) -> dict:
    """The ids across articles behind one article's local ids: {"actors": {"A1": 7}, "events": ...}."""
    def pairs(query):
        return {local: global_id for local, global_id in conn.execute(query)}

    return {
        "actors": pairs(select(article_actors.c.local_id, article_actors.c.actor_id)
                        .where(article_actors.c.article_id == article_id)),
        "places": pairs(select(article_places.c.local_id, article_places.c.place_id)
                        .where(article_places.c.article_id == article_id)),
        "statements": pairs(select(statements.c.local_id, statements.c.id)
                            .where(statements.c.article_id == article_id)),
        "events": pairs(select(event_sources.c.local_id, event_sources.c.event_id)
                        .where(event_sources.c.article_id == article_id)),
    }
