"""The questions people ask the database, as functions of a connection and keyword filters.

Every function takes a SQLAlchemy ``Connection`` (``Store.connect()``) and keyword filters (the
fields of ``store.filters.Filters``: speaker, actor, recipient, country, type, kind, place, text
(or ``search``), since, until, frames, modality, article_id), checked by ``Filters.of``; they
return plain, JSON-ready dicts. Lists are newest first with undated rows last, page with
``limit``/``offset`` and have ``count_*`` twins; ``iter_*`` stream every matching row in the same
order. The web and the notebook API call the same list functions (``store/lists.py``), so one
filter gives the same rows everywhere. Defaults: statements of speech and writing, asserted events.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Optional

from sqlalchemy import Connection, bindparam, func, literal_column, select
from sqlalchemy import text as sql
from sqlalchemy.sql import Select

from newsgraph.store import aggregates, fulltext, lists, rebuild
from newsgraph.store import select as sel
from newsgraph.store.filters import FilterError, Filters, check_date
from newsgraph.store.schema import (
    actor_aliases,
    actors,
    articles,
    errors,
    event_month,
    event_sources,
    mentions,
    places,
)
from newsgraph.store.schema import events as events_t

MAX_LIMIT = lists.MAX_LIMIT

__all__ = ["Filters", "FilterError", "check_date", "statements", "count_statements", "events", "count_events",
           "search", "article", "actor", "actors_list", "count_actors", "stats", "iter_statements",
           "iter_events", "event_reports", "article_ids_matching", "event"]


def _rows(conn: Connection, query) -> list[dict]:
    return [dict(row._mapping) for row in conn.execute(query)]


def _page(limit: Optional[int], offset: int) -> lists.Page:
    return lists.Page(limit=MAX_LIMIT if limit is None else limit, offset=offset)


def _filters(values: dict[str, Any]) -> Filters:
    if "speaker_id" in values:  # the actor-id form of ``speaker``
        given = values.pop("speaker_id")
        if given is not None:
            values["speaker"] = str(int(given))
    return Filters.of(**values)


# -- statements --------------------------------------------------------------------------------------

def statements(conn: Connection, *, limit: Optional[int] = 50, offset: int = 0, **filters) -> list[dict]:
    """Statements, newest first (undated last): who, what, when, in which article."""
    return lists.list_statements(conn, _filters(filters), _page(limit, offset), total=False)["items"]


def count_statements(conn: Connection, **filters) -> int:
    return lists.count_statements(conn, _filters(filters))


def iter_statements(conn: Connection, *, chunk: int = 1000, **filters) -> Iterator[dict]:
    """Every statement matching ``filters``, in the order of ``statements``, ``chunk`` rows a query."""
    return lists.stream_statements(conn, _filters(filters), chunk)


# -- events ------------------------------------------------------------------------------------------

def events(conn: Connection, *, limit: Optional[int] = 50, offset: int = 0, **filters) -> list[dict]:
    """Events (one per distinct event across articles), newest first (undated last), each with its
    first report's trigger, evidence and article."""
    return lists.list_events(conn, _filters(filters), _page(limit, offset), total=False)["items"]


def count_events(conn: Connection, **filters) -> int:
    return lists.count_events(conn, _filters(filters))


def iter_events(conn: Connection, *, chunk: int = 1000, **filters) -> Iterator[dict]:
    """Every event matching ``filters`` (as ``events``, with its first report), in the same order."""
    return lists.stream_events(conn, _filters(filters), chunk)


def event(conn: Connection, event_id: int) -> Optional[dict]:
    """One event (whatever its modality) with every report of it, or None."""
    rows = lists.with_first_report(conn, [dict(r._mapping) for r in conn.execute(
        sel.event_select(conn, Filters(modality="all")).where(events_t.c.id == int(event_id)))])
    if not rows:
        return None
    out = rows[0]
    out["sources"] = [dict(r._mapping) for r in conn.execute(select(
        event_sources.c.article_id, event_sources.c.local_id, event_sources.c.date,
        event_sources.c.trigger_start, event_sources.c.trigger_end, event_sources.c.trigger_text,
        event_sources.c.evidence_start, event_sources.c.evidence_end, event_sources.c.evidence_text,
        event_sources.c.statement_id, event_sources.c.confidence, articles.c.url, articles.c.site,
        articles.c.title.label("article_title"), articles.c.published)
        .join(articles, articles.c.id == event_sources.c.article_id)
        .where(event_sources.c.event_id == int(event_id)).order_by(event_sources.c.id))]
    return out


# -- search ------------------------------------------------------------------------------------------

def articles_list(conn: Connection, *, limit: Optional[int] = 50, offset: int = 0, **filters) -> list[dict]:
    """Articles, newest first (undated last); filters as ``store/select.article_conditions``."""
    return lists.list_articles(conn, _filters(filters), _page(limit, offset), total=False)["items"]


def count_articles(conn: Connection, **filters) -> int:
    return lists.count_articles(conn, _filters(filters))


def search(conn: Connection, text: str, *, limit: Optional[int] = 20, offset: int = 0, **filters) -> dict:
    """Full-text search: {"articles": [...], "statements": [...]} matching ``text``, newest first.
    Each article has a ``snippet`` (matches in [brackets]). Other filters as the lists take them."""
    if not fulltext.has_terms(text):
        return {"articles": [], "statements": []}
    if conn.dialect.name == "postgresql":  # the snippet read with the page's rows: one query less
        headline = func.ts_headline(literal_column("'english'::regconfig"), articles.c.text,
                                    func.websearch_to_tsquery(literal_column("'english'::regconfig"),
                                                              bindparam("snippet_q", text)),
                                    literal_column(f"'{_HEADLINE}'")).label("snippet")
        found = lists.list_articles(conn, _filters({"text": text, **filters}), _page(limit, offset), total=False,
                                    extra=(headline,))["items"]
    else:
        found = articles_list(conn, text=text, limit=limit, offset=offset, **filters)
        _add_snippets(conn, found, text)
    said = statements(conn, text=text, limit=limit, offset=offset, **filters)
    return {"articles": found, "statements": said}


_HEADLINE = "StartSel=[, StopSel=], MaxWords=24, MinWords=8"  # ts_headline's options


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
                    f"'{_HEADLINE}') AS snippet FROM articles WHERE id IN :ids")
        params = {"q": text, "ids": ids}
    query = query.bindparams(bindparam("ids", expanding=True))
    snippets: dict[int, str] = dict(conn.execute(query, params).all())
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
    return dict(conn.execute(select(events_t.c.type, func.count())
                             .where(where, *sel.modality_conditions(Filters())).group_by(events_t.c.type)
                             .order_by(events_t.c.type)).all())


def _partners(conn: Connection, actor_id: int, limit: int = 10) -> list[dict]:
    """The actors this one has most events with, in either role."""
    other = actors.alias("other")
    asserted = sel.modality_conditions(Filters())
    as_actor = select(events_t.c.recipient_id.label("other_id")).where(
        events_t.c.actor_id == actor_id, events_t.c.recipient_id.is_not(None), *asserted)
    as_recipient = select(events_t.c.actor_id.label("other_id")).where(
        events_t.c.recipient_id == actor_id, events_t.c.actor_id.is_not(None), *asserted)
    both = as_actor.union_all(as_recipient).subquery()
    query = (select(other.c.id, other.c.name, other.c.code, func.count().label("events"))
             .join(both, both.c.other_id == other.c.id)
             .group_by(other.c.id, other.c.name, other.c.code)
             .order_by(func.count().desc(), other.c.name).limit(limit))
    return _rows(conn, query)


def actors_list(conn: Connection, *, search=None, country=None, limit: Optional[int] = 50,
                offset: int = 0) -> list[dict]:
    """Actors by how many articles they appear in. Filters: search (names actors as filters do), country."""
    f = Filters.of(actor=search, country=country)
    return lists.list_actors(conn, f, _page(limit, offset), by="articles", activity=False)["items"]


def count_actors(conn: Connection, *, search=None, country=None) -> int:
    return lists.count(conn, select(actors.c.id).where(*sel.actor_list_conditions(
        conn, Filters.of(actor=search, country=country))))


# -- stats -------------------------------------------------------------------------------------------

def stats(conn: Connection, *, top: int = 10) -> dict:
    """Counts of every kind of row, the most present actors, events by type and by month.

    Statements and events are counted as the lists show them by default (speech and writing by a
    resolved speaker; asserted events the confidence gate does not doubt); ``all_statements`` and
    ``all_events`` count every row."""
    def count(table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    # One pass over the default view's events (asserted, not doubted) gives their count, by type and by month.
    month = event_month(events_t.c.date)
    by_month_type = conn.execute(select(month.label("month"), events_t.c.type, func.count())
                                 .where(*sel.modality_conditions(Filters()))
                                 .group_by(events_t.c.type, month)).all()
    by_type: dict[str, int] = {}
    for _, event_type, n in by_month_type:
        by_type[event_type] = by_type.get(event_type, 0) + n
    counts = {name: count(table) for name, table in (("articles", articles), ("actors", actors),
                                                      ("mentions", mentions))}
    shown = aggregates.default_counts(conn, asserted=sum(by_type.values()))
    counts["statements"], counts["events"] = shown["statements"], shown["events"]
    counts.update({name: count(table) for name, table in (
        ("event_reports", event_sources), ("places", places), ("errors", errors))})
    counts["all_statements"], counts["all_events"] = shown["all_statements"], shown["all_events"]
    return {
        "counts": counts,
        "top_actors": actors_list(conn, limit=top),
        "events_by_type": [dict(type=t, count=n) for t, n in sorted(by_type.items(), key=lambda p: (-p[1], p[0]))],
        "events_by_month": [dict(month=m, type=t, count=n) for m, t, n in sorted(
            (r for r in by_month_type if r[0] is not None), key=lambda r: (r[0], r[1]))],
    }


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


def article_ids_matching(conn: Connection, **filters) -> Select:
    """The ids of the articles a slice selects (see ``store/select.article_conditions``)."""
    return select(articles.c.id).where(*sel.article_conditions(conn, _filters(filters)))
