"""The questions people ask the database, as pure functions of a connection and filters.

Every function takes a SQLAlchemy ``Connection`` (``Store.connect()``) and keyword filters, runs
parameterised SQL, and returns plain, JSON-ready dicts. List functions page with ``limit`` and
``offset`` and have a ``count_*`` twin taking the same filters. Dates are ISO strings; ``since``
and ``until`` are inclusive at any precision ("2022", "2022-12", "2022-12-02"): ``until="2022-12"``
keeps everything dated in December 2022. A statement or event without a date of its own is dated by
its article's publication date.
"""
from __future__ import annotations

import re
from typing import Optional

from sqlalchemy import Connection, and_, bindparam, func, or_, select
from sqlalchemy import text as sql
from sqlalchemy.sql import Select

from newsgraph.store import fulltext, rebuild
from newsgraph.store.schema import (
    actor_aliases,
    actors,
    articles,
    errors,
    event_sources,
    mentions,
    places,
)
from newsgraph.store.schema import events as events_t
from newsgraph.store.schema import statements as statements_t

MAX_LIMIT = 10_000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Z]{3,9}$")


def check_date(value: Optional[str], name: str = "date") -> Optional[str]:
    """``value`` if it is an ISO date at year, month or day precision; ValueError otherwise."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise ValueError(f"{name} must be an ISO date like 2022-12-02, 2022-12 or 2022, not {value!r}")
    return value


def _date_range(column, since: Optional[str], until: Optional[str]) -> list:
    clauses = []
    if check_date(since, "since"):
        clauses.append(column >= since)
    if check_date(until, "until"):
        clauses.append(column <= until + "~")  # "~" sorts after digits: until is inclusive
    return clauses


def _page(query: Select, limit: Optional[int], offset: int) -> Select:
    limit = MAX_LIMIT if limit is None else max(0, min(int(limit), MAX_LIMIT))
    return query.limit(limit).offset(max(0, int(offset)))


def _rows(conn: Connection, query) -> list[dict]:
    return [dict(row._mapping) for row in conn.execute(query)]


def _count(conn: Connection, query: Select) -> int:
    return conn.execute(select(func.count()).select_from(query.order_by(None).subquery())).scalar_one()


def actor_ids_matching(value: str) -> Select:
    """Actor ids a user's ``value`` names: a code ("RUS", "USAGOV") by country or code, exactly;
    otherwise any actor whose name or an alias contains it (case-insensitive)."""
    value = value.strip()
    if _CODE.match(value):
        return select(actors.c.id).where(or_(
            actors.c.country == value, actors.c.code == value, func.lower(actors.c.name) == value.lower()))
    pattern = f"%{_escape_like(value)}%"
    return select(actors.c.id).where(actors.c.name.ilike(pattern, escape="\\")).union(
        select(actor_aliases.c.actor_id).where(actor_aliases.c.alias.ilike(pattern, escape="\\")))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- statements --------------------------------------------------------------------------------------

def _statements_query(conn: Connection, *, speaker=None, speaker_id=None, country=None, since=None,
                      until=None, search=None, article_id=None) -> Select:
    speaker_actor = actors.alias("speaker")
    date = statements_t.c.sort_date  # the statement's date, else its article's publication date
    query = (
        select(
            statements_t.c.id, statements_t.c.article_id, statements_t.c.local_id, statements_t.c.speaker_id,
            speaker_actor.c.name.label("speaker"), speaker_actor.c.country.label("speaker_country"),
            speaker_actor.c.code.label("speaker_code"), speaker_actor.c.title.label("speaker_title"),
            statements_t.c.source_text.label("source"), statements_t.c.cue_text.label("cue"),
            statements_t.c.content, statements_t.c.kind, date.label("date"),
            articles.c.title.label("article_title"), articles.c.url, articles.c.published,
        )
        .select_from(statements_t.join(articles, articles.c.id == statements_t.c.article_id)
                     .outerjoin(speaker_actor, speaker_actor.c.id == statements_t.c.speaker_id))
    )
    where = _date_range(date, since, until)
    if speaker:
        where.append(statements_t.c.speaker_id.in_(actor_ids_matching(speaker)))
    if speaker_id is not None:
        where.append(statements_t.c.speaker_id == int(speaker_id))
    if country:
        where.append(speaker_actor.c.country == country.upper())
    if fulltext.has_terms(search):
        where.append(fulltext.statement_match(conn.dialect.name, search))
    if article_id is not None:
        where.append(statements_t.c.article_id == int(article_id))
    return query.where(and_(*where)) if where else query


def statements(conn: Connection, *, limit: Optional[int] = 50, offset: int = 0, **filters) -> list[dict]:
    """Statements, newest first. Filters: speaker (name, alias or code), speaker_id, country (the
    speaker's ISO3), since, until, search (full text of the content), article_id."""
    query = _statements_query(conn, **filters).order_by(statements_t.c.sort_date.desc(), statements_t.c.id.desc())
    return _rows(conn, _page(query, limit, offset))


def count_statements(conn: Connection, **filters) -> int:
    return _count(conn, _statements_query(conn, **filters))


# -- events ------------------------------------------------------------------------------------------

def _events_query(conn: Connection, *, type=None, actor=None, actor_id=None, recipient=None,
                  recipient_id=None, since=None, until=None, place=None, article_id=None) -> Select:
    actor_a, recipient_a = actors.alias("actor"), actors.alias("recipient")
    query = (
        select(
            events_t.c.id, events_t.c.type, events_t.c.mode, events_t.c.negated, events_t.c.date,
            events_t.c.actor_id, actor_a.c.name.label("actor"), actor_a.c.code.label("actor_code"),
            events_t.c.recipient_id, recipient_a.c.name.label("recipient"),
            recipient_a.c.code.label("recipient_code"),
            events_t.c.place_id, places.c.name.label("place"), places.c.lat, places.c.lon,
            places.c.country.label("place_country"),
            events_t.c.num_sources, events_t.c.num_articles, events_t.c.num_mentions,
        )
        .select_from(events_t.outerjoin(actor_a, actor_a.c.id == events_t.c.actor_id)
                     .outerjoin(recipient_a, recipient_a.c.id == events_t.c.recipient_id)
                     .outerjoin(places, places.c.id == events_t.c.place_id))
    )
    where = _date_range(events_t.c.date, since, until)
    if type:
        where.append(events_t.c.type == type.upper())
    if actor:
        where.append(events_t.c.actor_id.in_(actor_ids_matching(actor)))
    if actor_id is not None:
        where.append(events_t.c.actor_id == int(actor_id))
    if recipient:
        where.append(events_t.c.recipient_id.in_(actor_ids_matching(recipient)))
    if recipient_id is not None:
        where.append(events_t.c.recipient_id == int(recipient_id))
    if place:
        where.append(places.c.name.ilike(f"%{_escape_like(place)}%", escape="\\"))
    if article_id is not None:
        where.append(events_t.c.id.in_(
            select(event_sources.c.event_id).where(event_sources.c.article_id == int(article_id))))
    return query.where(and_(*where)) if where else query


def events(conn: Connection, *, limit: Optional[int] = 50, offset: int = 0, **filters) -> list[dict]:
    """Events (one per distinct event across articles), newest first, each with its first report's
    trigger, evidence and article. Filters: type, actor / recipient (code or name), actor_id,
    recipient_id, since, until, place (name), article_id."""
    query = _events_query(conn, **filters).order_by(events_t.c.date.desc(), events_t.c.id.desc())
    rows = _rows(conn, _page(query, limit, offset))
    first = _first_sources(conn, [r["id"] for r in rows])
    for row in rows:
        row["negated"] = bool(row["negated"])
        row.update(first.get(row["id"], {}))
    return rows


def count_events(conn: Connection, **filters) -> int:
    return _count(conn, _events_query(conn, **filters))


def _first_sources(conn: Connection, event_ids: list[int]) -> dict[int, dict]:
    if not event_ids:
        return {}
    first_ids = select(func.min(event_sources.c.id)).where(event_sources.c.event_id.in_(event_ids))\
        .group_by(event_sources.c.event_id)
    query = (select(event_sources.c.event_id, event_sources.c.article_id, event_sources.c.trigger_text,
                    event_sources.c.evidence_text, event_sources.c.statement_id, event_sources.c.confidence,
                    articles.c.url, articles.c.title.label("article_title"))
             .join(articles, articles.c.id == event_sources.c.article_id)
             .where(event_sources.c.id.in_(first_ids)))
    out = {}
    for row in _rows(conn, query):
        event_id = row.pop("event_id")
        row["trigger"], row["evidence"] = row.pop("trigger_text"), row.pop("evidence_text")
        out[event_id] = row
    return out


def event(conn: Connection, event_id: int) -> Optional[dict]:
    """One event with every report of it (article, trigger, evidence, statement), or None."""
    rows = _rows(conn, _events_query(conn).where(events_t.c.id == int(event_id)))
    if not rows:
        return None
    out = rows[0]
    out["negated"] = bool(out["negated"])
    out["sources"] = _rows(conn, select(
        event_sources.c.article_id, event_sources.c.local_id, event_sources.c.date,
        event_sources.c.trigger_start, event_sources.c.trigger_end, event_sources.c.trigger_text,
        event_sources.c.evidence_start, event_sources.c.evidence_end, event_sources.c.evidence_text,
        event_sources.c.statement_id, event_sources.c.confidence, articles.c.url, articles.c.site,
        articles.c.title.label("article_title"), articles.c.published)
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(event_sources.c.event_id == int(event_id)).order_by(event_sources.c.id))
    return out


# -- search ------------------------------------------------------------------------------------------

def _articles_query(conn: Connection, *, search=None, since=None, until=None) -> Select:
    query = select(articles.c.id, articles.c.title, articles.c.url, articles.c.site, articles.c.published,
                   articles.c.cluster_id)
    where = _date_range(articles.c.published, since, until)
    if fulltext.has_terms(search):
        where.append(fulltext.article_match(conn.dialect.name, search))
    return query.where(and_(*where)) if where else query


def articles_list(conn: Connection, *, limit: Optional[int] = 50, offset: int = 0, **filters) -> list[dict]:
    """Articles, newest first (by publication date, then id). Filters: search, since, until."""
    query = _articles_query(conn, **filters).order_by(articles.c.published.desc(), articles.c.id.desc())
    return _rows(conn, _page(query, limit, offset))


def count_articles(conn: Connection, **filters) -> int:
    return _count(conn, _articles_query(conn, **filters))


def search(conn: Connection, text: str, *, limit: Optional[int] = 20, offset: int = 0, **filters) -> dict:
    """Full-text search: {"articles": [...], "statements": [...]} matching ``text``, newest first.
    Each article has a ``snippet`` (matches in [brackets]). Filters: since, until."""
    if not fulltext.has_terms(text):
        return {"articles": [], "statements": []}
    found = articles_list(conn, search=text, limit=limit, offset=offset, **filters)
    _add_snippets(conn, found, text)
    said = statements(conn, search=text, limit=limit, offset=offset, **filters)
    return {"articles": found, "statements": said}


def _add_snippets(conn: Connection, rows: list[dict], text: str) -> None:
    if not rows:
        return
    ids = [r["id"] for r in rows]
    if conn.dialect.name == "sqlite":
        query = sql("SELECT rowid AS id, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet "
                    "FROM articles_fts WHERE articles_fts MATCH :q AND rowid IN :ids")
        params = {"q": fulltext.fts5_query(text), "ids": ids}
    else:
        query = sql("SELECT id, ts_headline('english', text, websearch_to_tsquery('english', :q), "
                    "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet FROM articles WHERE id IN :ids")
        params = {"q": text, "ids": ids}
    query = query.bindparams(bindparam("ids", expanding=True))
    snippets = dict(conn.execute(query, params).all())
    for row in rows:
        row["snippet"] = snippets.get(row["id"])


# -- one article, one actor ----------------------------------------------------------------------

def article(conn: Connection, article_id: int) -> Optional[dict]:
    """One article with all its rows, as its Analysis JSON plus database ids, or None.

    Added to the JSON contract: ``article_id``, ``cluster_id``, ``newsgraph_version``,
    ``analyzed_at``; each actor's ``actor_id``, place's ``place_id``, statement's ``statement_id``
    and event's ``event_id``, ``num_articles`` and ``num_sources`` (the ids across articles).
    """
    found = rebuild.load_analyses(conn, [int(article_id)])
    if not found:
        return None
    out = found[0].to_json()
    row = conn.execute(select(articles.c.cluster_id, articles.c.newsgraph_version, articles.c.analyzed_at)
                       .where(articles.c.id == int(article_id))).one()
    out.update(article_id=int(article_id), cluster_id=row.cluster_id, newsgraph_version=row.newsgraph_version,
               analyzed_at=row.analyzed_at.isoformat() if row.analyzed_at else None)
    ids = rebuild.database_ids(conn, int(article_id))
    for key, id_name in (("actors", "actor_id"), ("places", "place_id"), ("statements", "statement_id"),
                         ("events", "event_id")):
        for item in out[key]:
            item[id_name] = ids[key].get(item["id"])
    counts = dict((r.id, r) for r in conn.execute(
        select(events_t.c.id, events_t.c.num_articles, events_t.c.num_sources)
        .where(events_t.c.id.in_([e["event_id"] for e in out["events"]]))))
    for item in out["events"]:
        found_counts = counts.get(item["event_id"])
        item["num_articles"] = found_counts.num_articles if found_counts else None
        item["num_sources"] = found_counts.num_sources if found_counts else None
    return out


def actor(conn: Connection, actor_id: int) -> Optional[dict]:
    """One actor: who it is, its aliases, its counts, what it did by event type (as actor and as
    recipient) and whom it deals with most; or None. Its statements: ``statements(speaker_id=...)``."""
    actor_id = int(actor_id)
    rows = _rows(conn, select(actors).where(actors.c.id == actor_id))
    if not rows:
        return None
    out = rows[0]
    out["aliases"] = list(conn.execute(select(actor_aliases.c.alias).where(actor_aliases.c.actor_id == actor_id)
                                       .order_by(actor_aliases.c.alias)).scalars())
    out["events_as_actor"] = _by_type(conn, events_t.c.actor_id == actor_id)
    out["events_as_recipient"] = _by_type(conn, events_t.c.recipient_id == actor_id)
    out["partners"] = _partners(conn, actor_id)
    return out


def _by_type(conn: Connection, where) -> dict[str, int]:
    return dict(conn.execute(select(events_t.c.type, func.count()).where(where).group_by(events_t.c.type)
                             .order_by(events_t.c.type)).all())


def _partners(conn: Connection, actor_id: int, limit: int = 10) -> list[dict]:
    """The actors this one has most events with, in either role."""
    other = actors.alias("other")
    as_actor = select(events_t.c.recipient_id.label("other_id")).where(
        events_t.c.actor_id == actor_id, events_t.c.recipient_id.is_not(None))
    as_recipient = select(events_t.c.actor_id.label("other_id")).where(
        events_t.c.recipient_id == actor_id, events_t.c.actor_id.is_not(None))
    both = as_actor.union_all(as_recipient).subquery()
    query = (select(other.c.id, other.c.name, other.c.code, func.count().label("events"))
             .join(both, both.c.other_id == other.c.id)
             .group_by(other.c.id, other.c.name, other.c.code)
             .order_by(func.count().desc(), other.c.name).limit(limit))
    return _rows(conn, query)


def actors_list(conn: Connection, *, search=None, country=None, limit: Optional[int] = 50,
                offset: int = 0) -> list[dict]:
    """Actors by how many articles they appear in. Filters: search (name, alias or code), country."""
    query = select(actors.c.id, actors.c.name, actors.c.kind, actors.c.country, actors.c.sector,
                   actors.c.code, actors.c.title, actors.c.num_articles, actors.c.num_mentions,
                   actors.c.num_statements)
    if search:
        query = query.where(actors.c.id.in_(actor_ids_matching(search)))
    if country:
        query = query.where(actors.c.country == country.upper())
    query = query.order_by(actors.c.num_articles.desc(), actors.c.id)
    return _rows(conn, _page(query, limit, offset))


def count_actors(conn: Connection, *, search=None, country=None) -> int:
    query = select(actors.c.id)
    if search:
        query = query.where(actors.c.id.in_(actor_ids_matching(search)))
    if country:
        query = query.where(actors.c.country == country.upper())
    return _count(conn, query)


# -- stats -------------------------------------------------------------------------------------------

def stats(conn: Connection, *, top: int = 10) -> dict:
    """Counts of every kind of row, the most present actors, events by type and by month."""
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    # One pass over events gives their count, by type and by month.
    month = func.substr(events_t.c.date, 1, 7)
    by_month_type = conn.execute(select(month.label("month"), events_t.c.type, func.count())
                                 .group_by(month, events_t.c.type)).all()
    by_type: dict[str, int] = {}
    for _, event_type, n in by_month_type:
        by_type[event_type] = by_type.get(event_type, 0) + n
    counts = {name: count(table) for name, table in (
        ("articles", articles), ("actors", actors), ("mentions", mentions), ("statements", statements_t))}
    counts["events"] = sum(by_type.values())
    counts.update({name: count(table) for name, table in (
        ("event_reports", event_sources), ("places", places), ("errors", errors))})
    return {
        "counts": counts,
        "top_actors": actors_list(conn, limit=top),
        "events_by_type": [dict(type=t, count=n) for t, n in sorted(by_type.items(), key=lambda p: (-p[1], p[0]))],
        "events_by_month": [dict(month=m, type=t, count=n) for m, t, n in sorted(
            (r for r in by_month_type if r[0] is not None), key=lambda r: (r[0], r[1]))],
    }


# -- streaming (exports) -----------------------------------------------------------------------------

def iter_statements(conn: Connection, *, chunk: int = 1000, **filters):
    """Every statement matching ``filters`` (as ``statements``), in id order, ``chunk`` rows a query."""
    last = 0
    while True:
        query = _statements_query(conn, **filters).where(statements_t.c.id > last)
        rows = _rows(conn, query.order_by(statements_t.c.id).limit(chunk))
        if not rows:
            return
        yield from rows
        last = rows[-1]["id"]


def iter_events(conn: Connection, *, chunk: int = 1000, **filters):
    """Every event matching ``filters`` (as ``events``, with its first report), in id order."""
    last = 0
    while True:
        query = _events_query(conn, **filters).where(events_t.c.id > last)
        rows = _rows(conn, query.order_by(events_t.c.id).limit(chunk))
        if not rows:
            return
        first = _first_sources(conn, [r["id"] for r in rows])
        for row in rows:
            row["negated"] = bool(row["negated"])
            row.update(first.get(row["id"], {}))
        yield from rows
        last = rows[-1]["id"]


def event_reports(conn: Connection, event_ids: list[int]) -> dict[int, list[dict]]:
    """{event id: [its reports: article, url, trigger and evidence spans]} for these events."""
    out: dict[int, list[dict]] = {i: [] for i in event_ids}
    if not event_ids:
        return out
    query = (select(event_sources.c.event_id, event_sources.c.article_id, articles.c.url, articles.c.site,
                    event_sources.c.trigger_start, event_sources.c.trigger_end, event_sources.c.trigger_text,
                    event_sources.c.evidence_start, event_sources.c.evidence_end,
                    event_sources.c.evidence_text, event_sources.c.actor_text, event_sources.c.recipient_text)
             .join(articles, articles.c.id == event_sources.c.article_id)
             .where(event_sources.c.event_id.in_(event_ids)).order_by(event_sources.c.id))
    for row in _rows(conn, query):
        out[row.pop("event_id")].append(row)
    return out


def article_ids_matching(conn: Connection, *, type=None, actor=None, recipient=None, place=None,
                         speaker=None, country=None, since=None, until=None, search=None) -> Select:
    """The ids of the articles a slice selects: published in [since, until], matching ``search`` (full
    text), with a statement by ``speaker``/``country`` and an event of ``type``/``actor``/
    ``recipient``/``place`` when those are given."""
    query = _articles_query(conn, search=search, since=since, until=until).with_only_columns(articles.c.id)
    if speaker or country:
        said = _statements_query(conn, speaker=speaker, country=country).with_only_columns(
            statements_t.c.article_id)
        query = query.where(articles.c.id.in_(said))
    if type or actor or recipient or place:
        happened = _events_query(conn, type=type, actor=actor, recipient=recipient, place=place)\
            .with_only_columns(events_t.c.id)
        query = query.where(articles.c.id.in_(
            select(event_sources.c.article_id).where(event_sources.c.event_id.in_(happened))))
    return query
