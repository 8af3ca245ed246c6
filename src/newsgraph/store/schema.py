"""The database schema (SQLAlchemy Core), the same for SQLite and PostgreSQL.

This module describes the schema as of the newest migration; ``migrations.py`` brings a database
there step by step and records each step in ``schema_migrations``.

Conventions (read these before writing SQL against the tables):

- Every table has an integer primary key ``id``. Article-local ids from the analysis JSON
  ("A1", "S2", "E3", "P1") are kept in ``local_id`` / ``*_local`` columns so an article can be
  rebuilt exactly as it was analysed (``Store.iter_articles``, ``queries.article``).
- Spans are stored as three columns ``<name>_start``, ``<name>_end``, ``<name>_text`` (character
  offsets into ``articles.text``, end exclusive). Tables holding one span per row call them
  ``start``, ``"end"``, ``text`` — ``end`` is an SQL keyword: quote it in hand-written SQL.
- Dates found in text (``published``, statement/event ``date``, ``dates.value``) are ISO 8601
  strings at the precision the text gives ("2022-12-02", "2022-09"); they sort and compare as
  strings. Timestamps newsgraph makes (``analyzed_at``, ``errors.time``) are DateTime (UTC).
- ``actors`` holds one row per real entity across articles: ``key`` = normalised name + "|" +
  country (see ``store.keys.actor_key``). ``article_actors`` says which actors an article has, under
  which local id, name and title.
- ``events`` holds one row per distinct event across articles (same type, actor, recipient, date,
  negation; ``key`` column, see ``store.keys.event_key``); ``event_sources`` holds one row per
  article that reports it, with that article's evidence. ``num_articles`` = distinct articles,
  ``num_sources`` = distinct outlets (site, else article), ``num_mentions`` = event_sources rows
  (GDELT's NumArticles / NumSources / NumMentions).
- ``places`` holds one row per geocoded place (``key`` = "geonames:<id>", or "name:<name>|<country>"
  when the gazetteer had no id).
"""
from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    false,
    func,
    literal_column,
    or_,
    true,
)
from sqlalchemy.sql.elements import ColumnClause

from newsgraph.model import SHOWN_FRAMES

metadata = MetaData()
MODALITY = ("negated", "hypothetical", "intended")


def _span(name: str) -> list[Column]:
    """The three columns of a nullable span called ``name``."""
    return [
        Column(f"{name}_start", Integer),
        Column(f"{name}_end", Integer),
        Column(f"{name}_text", Text),
    ]


def _article_fk() -> Column:
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(64), nullable=False),  # the Analysis id (given, or model.content_id(text))
    Column("url", Text),
    Column("content_hash", String(64), nullable=False),  # sha256 hex of text (store.content_hash)
    Column("title", Text),
    Column("published", String(32)),
    Column("site", Text),
    Column("authors", JSON),
    Column("language", String(16)),
    Column("text", Text, nullable=False),
    Column("source", Text),
    Column("warnings", JSON),
    Column("newsgraph_version", String(32)),
    Column("analyzed_at", DateTime(timezone=True)),
    Column("cluster_id", Integer),  # near-duplicate group (set by ingest), None: not grouped
    UniqueConstraint("content_hash", name="uq_articles_content_hash"),
    Index("ix_articles_url", "url", unique=True),  # NULLs allowed many times on both backends
    Index("ix_articles_uid", "uid"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_cluster", "cluster_id"),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),  # normalised name + "|" + country
    Column("name", Text, nullable=False),
    Column("kind", String(32)),
    Column("country", String(3)),
    Column("sector", String(16)),
    Column("code", String(32)),
    Column("title", Text),
    # Counters kept by the writer (migration 3), so "most present actors" needs no GROUP BY.
    Column("num_articles", Integer, nullable=False, default=0, server_default="0"),
    Column("num_mentions", Integer, nullable=False, default=0, server_default="0"),
    Column("num_statements", Integer, nullable=False, default=0, server_default="0"),
    UniqueConstraint("key", name="uq_actors_key"),
    Index("ix_actors_num_articles", "num_articles"),
    Index("ix_actors_country", "country"),
    Index("ix_actors_code", "code"),
    Index("ix_actors_name", "name"),
)

actor_aliases = Table(
    "actor_aliases", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    UniqueConstraint("actor_id", "alias", name="uq_actor_aliases"),
    Index("ix_actor_aliases_alias", "alias"),
)

article_actors = Table(
    "article_actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("name", Text, nullable=False),  # the name this article gave
    Column("kind", String(32)),
    Column("sector", String(16)),
    Column("title", Text),
    Column("aliases", JSON),
    UniqueConstraint("article_id", "local_id", name="uq_article_actors_local"),
    Index("ix_article_actors_actor", "actor_id"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("local_id", String(32), nullable=False),  # the article-local actor id
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_actor", "actor_id"),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),  # "geonames:<id>" or "name:<name>|<country>"
    Column("geonameid", Integer),
    Column("name", Text, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(3)),
    Column("feature", String(16)),
    UniqueConstraint("key", name="uq_places_key"),
    Index("ix_places_geonameid", "geonameid", unique=True),
    Index("ix_places_name", "name"),
)

article_places = Table(
    "article_places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("place_id", Integer, ForeignKey("places.id"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("name", Text, nullable=False),
    UniqueConstraint("article_id", "local_id", name="uq_article_places_local"),
    Index("ix_article_places_place", "place_id"),
)

place_mentions = Table(
    "place_mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("place_id", Integer, ForeignKey("places.id"), nullable=False),
    Column("local_id", String(32), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_place_mentions_article", "article_id"),
    Index("ix_place_mentions_place", "place_id"),
)

statements = Table(
    "statements", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("local_id", String(32), nullable=False),
    Column("speaker_id", Integer, ForeignKey("actors.id")),  # None: speaker unresolved
    Column("speaker_local", String(32)),
    *_span("source"),
    *_span("cue"),
    Column("content", Text, nullable=False),  # content span texts joined by " … " (searchable)
    Column("content_spans", JSON, nullable=False),  # [{"start", "end", "text"}, ...]
    Column("kind", String(16)),
    Column("frame", String(16), nullable=False, default="speech", server_default="speech"),  # model.STATEMENT_FRAMES
    Column("date", String(32)),
    # The statement's date, else its article's publication date (migration 3): what lists sort
    # and filter on, so they can use an index.
    Column("sort_date", String(32)),
    UniqueConstraint("article_id", "local_id", name="uq_statements_local"),
    Index("ix_statements_speaker_date", "speaker_id", "date"),
    Index("ix_statements_date", "date"),
    # ``frame`` (and the speaker: ``SHOWN``) ride along in the sorting indexes so that counts under
    # the default view stay index-only (an index led by ``frame`` would lure SQLite's planner away
    # from the date order). Migration 9 added ``speaker_id`` to the first.
    Index("ix_statements_sort_date", "sort_date", "id", "frame", "speaker_id"),
    Index("ix_statements_speaker_sort_date", "speaker_id", "sort_date", "id", "frame"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False),  # store.keys.event_key
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False, server_default=false()),
    Column("intended", Boolean, nullable=False, default=False, server_default=false()),
    Column("actor_id", Integer, ForeignKey("actors.id")),
    Column("recipient_id", Integer, ForeignKey("actors.id")),
    Column("date", String(32)),
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("num_sources", Integer, nullable=False, default=0),
    Column("num_articles", Integer, nullable=False, default=0),
    Column("num_mentions", Integer, nullable=False, default=0),
    # every report of it is below the confidence gate's threshold (``Event.passes_gate`` false): out of the
    # default view, as an unasserted event is (migration 10; existing rows: false)
    Column("doubtful", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("key", name="uq_events_key"),
    # The modality flags ride along in the date indexes (after the id, which orders equal dates):
    # counts of asserted events stay index-only.
    Index("ix_events_type_date", "type", "date", "id", *MODALITY),
    Index("ix_events_actor_date", "actor_id", "date", "id", *MODALITY),
    Index("ix_events_recipient_date", "recipient_id", "date", "id", *MODALITY),
    Index("ix_events_date", "date", "id", *MODALITY),
    Index("ix_events_place", "place_id", "date", "id", *MODALITY),
)

event_sources = Table(
    "event_sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False),
    _article_fk(),
    Column("local_id", String(32), nullable=False),
    Column("mode", String(32)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False, server_default=false()),
    Column("intended", Boolean, nullable=False, default=False, server_default=false()),
    Column("date", String(32)),
    Column("actor_local", String(32)),
    Column("recipient_local", String(32)),
    Column("place_local", String(32)),
    Column("place_id", Integer, ForeignKey("places.id")),
    *_span("actor"),
    *_span("recipient"),
    *_span("trigger"),
    *_span("evidence"),
    Column("statement_id", Integer, ForeignKey("statements.id")),
    Column("statement_local", String(32)),
    Column("confidence", Float),
    Column("certainty", Float),  # the confidence gate's (``Event.certainty``; migration 10)
    Column("passes_gate", Boolean, nullable=False, default=True, server_default=true()),
    UniqueConstraint("article_id", "local_id", name="uq_event_sources_local"),
    Index("ix_event_sources_event", "event_id"),
    Index("ix_event_sources_statement", "statement_id"),
)

dates = Table(
    "dates", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Index("ix_dates_article", "article_id"),
    Index("ix_dates_value", "value"),
)

errors = Table(
    "errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("time", DateTime(timezone=True), nullable=False),
    Index("ix_errors_time", "time"),
    Index("ux_errors_source", "source", unique=True),  # migration 7: one row per failing input
)

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

# What lists show by default, as SQL with the values written out (not bound), so that the
# partial indexes below, whose WHERE is the same expression, serve it: SQLite uses a partial
# index only for a query that repeats its condition, PostgreSQL only when it can prove it from
# constants (a generic plan has no values for bound parameters). Migration 8 made these indexes.
def event_month(date):
    """The month of an ISO date ("2024-03" of "2024-03-07"), as the month index holds it."""
    return func.substr(date, literal_column("1"), literal_column("7"))


# Statements shown by default (speech or writing by a resolved speaker: ``model.is_shown``), and
# those that are not (beliefs, intentions, "declined to comment", and statements with no speaker):
# few, so counting the shown ones is the (free) count of all rows less these.
_SHOWN_FRAMES_SQL: list[ColumnClause[str]] = [literal_column(f"'{frame}'") for frame in SHOWN_FRAMES]  # written out, not bound
SPOKEN = statements.c.frame.in_(_SHOWN_FRAMES_SQL)
ATTRIBUTED = statements.c.speaker_id.is_not(None)
SHOWN = and_(SPOKEN, ATTRIBUTED)
UNSHOWN = or_(statements.c.frame.not_in(_SHOWN_FRAMES_SQL), statements.c.speaker_id.is_(None))
# Events reported as having happened (neither negated, hypothetical nor intended), and the others.
ASSERTED = [events.c[flag] == false() for flag in MODALITY]
UNASSERTED = or_(*(events.c[flag] == true() for flag in MODALITY))
# Events the confidence gate doubts (every report below its threshold): out of the default view too, few,
# so the default view is the asserted events less these (migration 10's partial index).
DOUBTFUL = events.c.doubtful == true()
UNDOUBTED = events.c.doubtful == false()


def _own_migration(table: Table, index: Index) -> Index:
    """``index`` (on ``table``), kept out of the table's ``indexes``: migration 8 makes it, and the
    earlier migrations, which create and compare the indexes their tables list, never see it."""
    table.indexes.discard(index)
    return index


# The statements not shown (migration 9: a statement with no speaker is not shown either, and the
# index holds both columns of the condition, so that counting them reads the index alone).
UNSHOWN_INDEX = _own_migration(statements, Index("ix_statements_unshown", statements.c.frame, statements.c.speaker_id,
                                                 sqlite_where=UNSHOWN, postgresql_where=UNSHOWN))
DEFAULT_VIEW_INDEXES = (
    UNSHOWN_INDEX,
    _own_migration(events, Index("ix_events_unasserted", events.c.id,
                                 sqlite_where=UNASSERTED, postgresql_where=UNASSERTED)),
    # Asserted events by actor, recipient and type: the network of the default view, in one pass.
    _own_migration(events, Index("ix_events_asserted_pair", events.c.actor_id, events.c.recipient_id, events.c.type,
                                 sqlite_where=and_(*ASSERTED), postgresql_where=and_(*ASSERTED))),
    # Asserted events by type and month, in that order, with the date (which lets PostgreSQL answer
    # from the index alone): the timeline and the statistics read it without sorting the table.
    _own_migration(events, Index("ix_events_asserted_month", events.c.type, event_month(events.c.date),
                                 events.c.date, sqlite_where=and_(*ASSERTED), postgresql_where=and_(*ASSERTED))),
)

# The events the confidence gate doubts (migration 10): counting the asserted ones among them reads these rows only.
DOUBTFUL_INDEX = _own_migration(events, Index("ix_events_doubtful", events.c.id,
                                              sqlite_where=DOUBTFUL, postgresql_where=DOUBTFUL))

# The tables of migration 1, in creation order. A later migration that changes a table must
# not change this list: it alters the table itself (see migrations.py). Migration 1 creates the
# tables as this module describes them now, so later migrations skip what already exists.
TABLES_V1 = [
    articles, actors, actor_aliases, article_actors, mentions, places, article_places,
    place_mentions, statements, events, event_sources, dates, errors,
]
