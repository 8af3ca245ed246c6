"""``Filters`` turned into SQL: the one actor resolver and the conditions of each list.

Every value reaches SQL as a bound parameter. Each ``*_conditions(conn, f)`` returns a list of
SQLAlchemy conditions on its table (statements, events, articles), so a list, its count, its
stream and the charts of the same selection share one definition of what matches.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any, Optional

from sqlalchemy import ColumnElement, Connection, TextClause, any_, false, func, or_, select

from newsgraph.model import SHOWN_FRAMES
from newsgraph.store import fulltext
from newsgraph.store.filters import MAX_NUMBER, Filters, contains_pattern, until_bound
from newsgraph.store.schema import (
    ASSERTED,
    ATTRIBUTED,
    SHOWN,
    UNDOUBTED,
    actor_aliases,
    actors,
    article_actors,
    articles,
    event_sources,
    events,
    places,
    statements,
)

# Above this many actors a filter names (a big country, a common word), the condition keeps the
# actors' query as a subquery rather than a list of bound ids (PostgreSQL; SQLite always does).
MAX_LISTED_ACTORS = 500
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_CODE = re.compile(r"^[A-Z]{4,12}$")


# ------------------------------------------------------------------------------------- actors
def actor_query(value: str):
    """The ids of the actors a filter value names (the rule is in ``store/filters.py``)."""
    if value.isdigit():  # beyond MAX_NUMBER no row has the id (and SQLite's integers overflow)
        return select(actors.c.id).where(actors.c.id == int(value) if int(value) <= MAX_NUMBER else false())
    if _COUNTRY.match(value):
        return select(actors.c.id).where(or_(actors.c.country == value, actors.c.code == value))
    if _CODE.match(value):
        return select(actors.c.id).where(actors.c.code == value)
    pattern = contains_pattern(value)
    return select(actors.c.id).where(func.lower(actors.c.name).like(pattern, escape="\\")).union(
        select(actor_aliases.c.actor_id).where(func.lower(actor_aliases.c.alias).like(pattern, escape="\\")))


def names_few(value: str) -> bool:
    """Whether filter ``value`` is an actor id or part of a name (a few actors, usually one),
    not a country or an actor code (which may name hundreds)."""
    return not (_COUNTRY.match(value) or _CODE.match(value))


def actor_ids(conn: Connection, value: Optional[str]) -> Optional[list[int]]:
    """The actor ids ``value`` names, ascending; None when ``value`` is empty (not filtered)."""
    if not value:
        return None
    return sorted(conn.scalars(actor_query(value)).all())


def actor_condition(conn: Connection, column, value: Optional[str]) -> Optional[ColumnElement]:
    """``column`` holds one of the actors ``value`` names; None when ``value`` is empty."""
    if not value:
        return None
    query = actor_query(value)
    if conn.dialect.name == "sqlite":  # SQLite runs the subquery once; listing ids costs a query more
        return column.in_(query)
    ids = conn.scalars(query.limit(MAX_LISTED_ACTORS + 1)).all()
    if len(ids) > MAX_LISTED_ACTORS:
        return column.in_(query)
    return column.in_(sorted(ids)) if ids else false()


def place_condition(conn: Connection, column, name: str) -> ColumnElement:
    """``column`` holds one of the places whose name contains ``name`` (case-insensitive).

    PostgreSQL compares with ``= ANY(ARRAY(subquery))``: the places are read once, in the same
    query, and the planner, with no semi-join to weigh, plans it about as fast as a plain join
    (a subquery made with ``IN`` costs more to plan than the page costs to read, and listing the
    ids first costs a query more). ``name ILIKE`` lower-cases both sides as ``lower() LIKE`` does."""
    pattern = contains_pattern(name)
    if conn.dialect.name == "sqlite":
        return column.in_(select(places.c.id).where(func.lower(places.c.name).like(pattern, escape="\\")))
    ids = select(places.c.id).where(places.c.name.ilike(pattern, escape="\\")).scalar_subquery()
    return column == any_(func.array(ids))


def country_actors(country: str):
    return select(actors.c.id).where(actors.c.country == country)


def date_range(column, f: Filters) -> list[ColumnElement]:
    """``since <= column <= until`` at the precision given (rows without a date never match)."""
    out = []
    if f.since:
        out.append(column >= f.since)
    if f.until:
        out.append(column <= until_bound(f.until))
    return out


def _add(where: list, condition: Optional[ColumnElement]) -> None:
    if condition is not None:
        where.append(condition)


# --------------------------------------------------------------------------------- statements
def statement_conditions(conn: Connection, f: Filters) -> list[ColumnElement | TextClause]:
    """Statements: by speaker (``actor`` too means the speaker here), speaker's country, kind,
    frame, date, content text, carried event type, article."""
    # sort_date: the statement's date, else its article's publication date (indexed).
    where: list[ColumnElement | TextClause] = [*date_range(statements.c.sort_date, f)]
    _add(where, actor_condition(conn, statements.c.speaker_id, f.speaker))
    _add(where, actor_condition(conn, statements.c.speaker_id, f.actor))
    if f.country:
        where.append(statements.c.speaker_id.in_(country_actors(f.country)))
    if f.kind:
        where.append(statements.c.kind == f.kind)
    if f.frames == SHOWN_FRAMES:  # the default view (``model.is_shown``): speech and writing by a speaker
        where.append(SHOWN)  # the values written out: no list to expand at each execution
    elif not f.all_frames:  # other frames narrow the same view: a statement with no speaker only in "all"
        where += [statements.c.frame.in_(f.frames), ATTRIBUTED]
    if fulltext.has_terms(f.text):
        where.append(fulltext.statement_match(conn.dialect.name, f.text or ""))
    if f.type:
        carried = select(event_sources.c.statement_id).join(events, events.c.id == event_sources.c.event_id)\
            .where(events.c.type == f.type, *modality_conditions(f))
        where.append(statements.c.id.in_(carried))
    if f.article_id is not None:
        where.append(statements.c.article_id == f.article_id)
    return where


def statement_select(conn: Connection, f: Filters):
    """One flat row per matching statement: who, what, when, in which article."""
    return statement_rows().where(*statement_conditions(conn, f))


@cache  # a select is immutable: built once, shared (building it costs more than running it)
def statement_rows():
    """The flat row of a statement (no condition: add one, e.g. on ``statements.c.id``)."""
    speaker = actors.alias("speaker")
    return (select(
        statements.c.id, statements.c.article_id, statements.c.local_id, statements.c.speaker_id,
        speaker.c.name.label("speaker"), speaker.c.country.label("speaker_country"),
        speaker.c.code.label("speaker_code"), speaker.c.title.label("speaker_title"),
        statements.c.source_text.label("source"), statements.c.cue_text.label("cue"), statements.c.content,
        statements.c.kind, statements.c.frame, statements.c.sort_date.label("date"),
        statements.c.date.label("date_given"), articles.c.title.label("article_title"), articles.c.url,
        articles.c.site, articles.c.published)
        .select_from(statements.join(articles, articles.c.id == statements.c.article_id)
                     .outerjoin(speaker, speaker.c.id == statements.c.speaker_id)))


# ------------------------------------------------------------------------------------- events
def modality_conditions(f: Filters) -> list[ColumnElement]:
    if f.modality == "all":
        return []
    if f.modality == "asserted":  # the default view: the condition of the partial indexes that serve it, and
        return [*ASSERTED, UNDOUBTED]  # not doubted by the confidence gate
    return [events.c[f.modality] == True]  # noqa: E712 - SQL, not Python, comparison


def event_conditions(conn: Connection, f: Filters) -> list[ColumnElement]:
    """Events: by type, actor, recipient, country of either, place, date, modality, the text of
    an article reporting them, article."""
    where = date_range(events.c.date, f) + modality_conditions(f)
    if f.type:
        where.append(events.c.type == f.type)
    _add(where, actor_condition(conn, events.c.actor_id, f.actor))
    _add(where, actor_condition(conn, events.c.recipient_id, f.recipient))
    if f.country:
        where.append(or_(events.c.actor_id.in_(country_actors(f.country)),
                         events.c.recipient_id.in_(country_actors(f.country))))
    if f.place:
        where.append(place_condition(conn, events.c.place_id, f.place))
    if fulltext.has_terms(f.text):
        where.append(events.c.id.in_(select(event_sources.c.event_id).where(
            event_sources.c.article_id.in_(select(articles.c.id).where(
                fulltext.article_match(conn.dialect.name, f.text or ""))))))
    if f.article_id is not None:
        where.append(events.c.id.in_(
            select(event_sources.c.event_id).where(event_sources.c.article_id == f.article_id)))
    return where


def event_select(conn: Connection, f: Filters):
    """One flat row per matching event (events merge reports across articles)."""
    return event_rows().where(*event_conditions(conn, f))


@cache
def event_rows():
    """The flat row of an event (no condition)."""
    actor, recipient = actors.alias("actor"), actors.alias("recipient")
    return (select(
        events.c.id, events.c.type, events.c.mode, events.c.negated, events.c.hypothetical, events.c.intended,
        events.c.date, events.c.actor_id, actor.c.name.label("actor"), actor.c.code.label("actor_code"),
        actor.c.country.label("actor_country"), events.c.recipient_id, recipient.c.name.label("recipient"),
        recipient.c.code.label("recipient_code"), recipient.c.country.label("recipient_country"),
        events.c.place_id, places.c.name.label("place"), places.c.lat, places.c.lon,
        places.c.country.label("place_country"), events.c.num_sources, events.c.num_articles,
        events.c.num_mentions)
        .select_from(events.outerjoin(actor, actor.c.id == events.c.actor_id)
                     .outerjoin(recipient, recipient.c.id == events.c.recipient_id)
                     .outerjoin(places, places.c.id == events.c.place_id)))


# ----------------------------------------------------------------------------------- articles
def article_conditions(conn: Connection, f: Filters) -> list[ColumnElement | TextClause]:
    """Articles published in [since, until] matching ``text``, that mention ``actor`` (or an actor
    of ``country``), hold a statement matching the statement filters (speaker, kind) and an event
    matching the event filters (type, recipient, place) when those are given."""
    where: list[ColumnElement | TextClause] = [*date_range(articles.c.published, f)]
    if fulltext.has_terms(f.text):
        where.append(fulltext.article_match(conn.dialect.name, f.text or ""))
    mentioned = actor_condition(conn, article_actors.c.actor_id, f.actor)
    if mentioned is not None:
        where.append(articles.c.id.in_(select(article_actors.c.article_id).where(mentioned)))
    if f.country:
        where.append(articles.c.id.in_(select(article_actors.c.article_id)
                                       .where(article_actors.c.actor_id.in_(country_actors(f.country)))))
    if f.speaker or f.kind:
        said = Filters(speaker=f.speaker, kind=f.kind, frames=f.frames)
        where.append(articles.c.id.in_(
            select(statements.c.article_id).where(*statement_conditions(conn, said))))
    if f.type or f.recipient or f.place:
        happened = Filters(type=f.type, recipient=f.recipient, place=f.place, modality=f.modality)
        where.append(articles.c.id.in_(select(event_sources.c.article_id).where(
            event_sources.c.event_id.in_(select(events.c.id).where(*event_conditions(conn, happened))))))
    if f.article_id is not None:
        where.append(articles.c.id == f.article_id)
    return where


def article_select(conn: Connection, f: Filters):
    return article_rows().where(*article_conditions(conn, f))


@cache
def article_rows():
    return select(articles.c.id, articles.c.uid, articles.c.title, articles.c.url, articles.c.site,
                  articles.c.published, articles.c.cluster_id)


@cache
def article_rows_with_lead():
    """``article_rows`` and the text's first 240 characters (``lead``): for a page, not for sorting."""
    return article_rows().add_columns(func.substr(articles.c.text, 1, 240).label("lead"))


# ------------------------------------------------------------------------------ actors, places
def actor_list_conditions(conn: Connection, f: Filters) -> list[ColumnElement]:
    """Actors: named by ``actor`` (or ``text``) as filters name them, of ``country``."""
    where: list[Any] = []
    _add(where, actor_condition(conn, actors.c.id, f.actor or f.text))
    if f.country:
        where.append(actors.c.country == f.country)
    return where


def place_list_conditions(f: Filters) -> list[ColumnElement]:
    where: list[Any] = []
    if f.country:
        where.append(places.c.country == f.country)
    name = f.place or f.text
    if name:
        where.append(func.lower(places.c.name).like(contains_pattern(name), escape="\\"))
    return where
