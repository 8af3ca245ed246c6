"""Numbered schema migrations, applied in order when a store opens, recorded in ``schema_migrations``.

Migrations are data: ``MIGRATIONS`` is a list of ``Migration(version, name, apply)``; ``apply`` gets
an open connection inside the transaction that also records the version, so a migration is applied
whole or not at all. ``pending()`` only reads.

Adding a migration: append ``Migration(N + 1, "what it does", function)``; change ``schema.py`` to
the new shape; the function alters the existing tables (``ALTER TABLE ... ADD COLUMN``) and must
tolerate the change being there already, because migration 1 creates tables from ``schema.py``
as it is at the time it runs.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select
from sqlalchemy.schema import CreateIndex

from newsgraph.store import actor_codings, fulltext, schema


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn, tables=schema.TABLES_V1)


def _add_column(conn: Connection, table, name: str) -> bool:
    """ALTER TABLE ... ADD COLUMN as ``schema.py`` declares it, unless it is there; True if added."""
    if name in {c["name"] for c in inspect(conn).get_columns(table.name)}:
        return False
    column = table.c[name]
    ddl = f"ALTER TABLE {table.name} ADD COLUMN {name} {column.type.compile(conn.dialect)}"
    if column.server_default is not None:
        ddl += f" NOT NULL DEFAULT {column.server_default.arg}"
    conn.exec_driver_sql(ddl)
    return True


def _counters_and_sort_date(conn: Connection) -> None:
    """actors.num_articles/num_mentions/num_statements and statements.sort_date, filled in."""
    if _add_column(conn, schema.statements, "sort_date"):
        conn.exec_driver_sql(
            "UPDATE statements SET sort_date = COALESCE(date, "
            "(SELECT published FROM articles WHERE articles.id = statements.article_id))")
    added = [_add_column(conn, schema.actors, name) for name in ("num_articles", "num_mentions", "num_statements")]
    if any(added):
        conn.exec_driver_sql(
            "UPDATE actors SET "
            "num_articles = (SELECT COUNT(DISTINCT article_id) FROM article_actors WHERE actor_id = actors.id), "
            "num_mentions = (SELECT COUNT(*) FROM mentions WHERE actor_id = actors.id), "
            "num_statements = (SELECT COUNT(*) FROM statements WHERE speaker_id = actors.id)")
    for table in (schema.statements, schema.actors):
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for index in table.indexes:
            if all(c.name in present for c in index.columns):  # later migrations add the others
                index.create(conn, checkfirst=True)


def _frames_modality_and_report_index(conn: Connection) -> None:
    """statements.frame (existing rows: "speech"), events' and reports' hypothetical/intended flags
    (existing rows: false), the index of event reports by statement, and the statements' and
    events' sorting indexes extended by frame and modality."""
    false = "false" if conn.dialect.name == "postgresql" else "0"
    columns = inspect(conn)
    if "frame" not in {c["name"] for c in columns.get_columns("statements")}:
        conn.exec_driver_sql("ALTER TABLE statements ADD COLUMN frame VARCHAR(16) NOT NULL DEFAULT 'speech'")
    for table in ("events", "event_sources"):
        present = {c["name"] for c in columns.get_columns(table)}
        for name in ("hypothetical", "intended"):
            if name not in present:
                conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} BOOLEAN NOT NULL DEFAULT {false}")
    for index in schema.event_sources.indexes:
        index.create(conn, checkfirst=True)
    # The sorting indexes carry frame / modality (see schema.py): rebuilt where they do not yet.
    for sorted_table in (schema.statements, schema.events):
        _rebuild_changed_indexes(conn, sorted_table)


def _rebuild_changed_indexes(conn: Connection, table) -> None:
    """Each index ``schema.py`` lists for ``table`` made again where its columns differ (or it is missing)."""
    indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes(table.name)}
    for index in table.indexes:
        wanted = [c.name for c in index.columns]
        if index.name in indexes and indexes[index.name] != wanted:
            conn.exec_driver_sql(f"DROP INDEX {index.name}")
        if indexes.get(index.name) != wanted:
            index.create(conn)


def _errors_keyed_by_source(conn: Connection) -> None:
    """errors: one row per source (the latest kept), and a unique index so reruns update it."""
    conn.exec_driver_sql("DELETE FROM errors WHERE id NOT IN (SELECT MAX(id) FROM errors GROUP BY source)")
    for index in schema.errors.indexes:
        index.create(conn, checkfirst=True)


def _default_view_indexes(conn: Connection) -> None:
    """Partial indexes for what lists show by default (see ``schema.UNSHOWN`` / ``ASSERTED``): the
    statements not shown, the events not asserted, and asserted events by actor, recipient and
    type (the network) and by type and month (the timeline, the statistics)."""
    for index in schema.DEFAULT_VIEW_INDEXES:  # IF NOT EXISTS: SQLite's reflection skips expression indexes
        conn.execute(CreateIndex(index, if_not_exists=True))


def _shown_needs_a_speaker(conn: Connection) -> None:
    """The default view shows a statement only with a resolved speaker (``schema.SHOWN``): the partial
    index of the statements not shown made again with the new condition, and ``speaker_id`` added
    to the date index, so that default counts and pages stay index-only."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_statements_unshown")
    conn.execute(CreateIndex(schema.UNSHOWN_INDEX))
    _rebuild_changed_indexes(conn, schema.statements)


def _confidence_gate(conn: Connection) -> None:
    """events.doubtful (every report below the confidence gate's threshold: out of the default view),
    event_sources.certainty and passes_gate (existing rows: not doubtful, passing, no certainty), and the
    partial index of the doubtful events."""
    false, true = ("false", "true") if conn.dialect.name == "postgresql" else ("0", "1")
    if "doubtful" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN doubtful BOOLEAN NOT NULL DEFAULT {false}")
    present = {c["name"] for c in inspect(conn).get_columns("event_sources")}
    if "certainty" not in present:
        conn.exec_driver_sql("ALTER TABLE event_sources ADD COLUMN certainty FLOAT")
    if "passes_gate" not in present:
        conn.exec_driver_sql(f"ALTER TABLE event_sources ADD COLUMN passes_gate BOOLEAN NOT NULL DEFAULT {true}")
    conn.execute(CreateIndex(schema.DOUBTFUL_INDEX, if_not_exists=True))


MIGRATIONS: list[Migration] = [
    Migration(1, "articles, actors, mentions, statements, events, places, dates, errors", _create_tables),
    Migration(2, "full-text search (SQLite FTS5 tables and triggers; PostgreSQL tsvector GIN indexes)",
              fulltext.create),
    Migration(3, "actor counters (articles, mentions, statements) and statements.sort_date, indexed",
              _counters_and_sort_date),
    Migration(4, "PostgreSQL: stored tsvector columns for full text (SQLite: nothing)", fulltext.store_tsvectors),
    Migration(5, "statements.frame, events' hypothetical/intended flags, event_sources.statement_id index, "
                 "frame and modality in the sorting indexes",
              _frames_modality_and_report_index),
    Migration(6, "actor codings learned from stored articles and imported by users", actor_codings.create),
    Migration(7, "errors: one row per source (unique index; a rerun updates the row)", _errors_keyed_by_source),
    Migration(8, "partial indexes for the default view: statements not shown, events not asserted, "
                 "asserted events by actor, recipient and type and by type and month", _default_view_indexes),
    Migration(9, "statements shown by default need a resolved speaker: the partial index of those not shown "
                 "made again, speaker_id in the statements' date index", _shown_needs_a_speaker),
    Migration(10, "the confidence gate: events.doubtful, event_sources.certainty and passes_gate, the partial "
                  "index of doubtful events", _confidence_gate),
]


def applied(conn: Connection) -> set[int]:
    """The versions recorded in ``schema_migrations`` (empty when the table does not exist)."""
    if not inspect(conn).has_table("schema_migrations"):
        return set()
    return {row[0] for row in conn.execute(select(schema.schema_migrations.c.version))}


def pending(engine_or_conn: Engine | Connection) -> list[Migration]:
    """The migrations not yet applied, in order. Reads only."""
    if isinstance(engine_or_conn, Engine):
        with engine_or_conn.connect() as conn:
            done = applied(conn)
    else:
        done = applied(engine_or_conn)
    return [m for m in MIGRATIONS if m.version not in done]


def migrate(engine: Engine) -> list[int]:
    """Apply every pending migration, each in its own transaction; return the versions applied."""
    with engine.begin() as conn:
        _lock(conn)
        schema.schema_migrations.create(conn, checkfirst=True)
    versions = []
    for migration in pending(engine):
        with engine.begin() as conn:
            _lock(conn)
            # Another process may have migrated since we looked: re-check inside the transaction.
            if migration.version in applied(conn):
                continue
            migration.apply(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=migration.version, name=migration.name,
                applied_at=datetime.now(UTC)))
        versions.append(migration.version)
    return versions


def _lock(conn: Connection) -> None:
    """Serialise migrating processes: PostgreSQL by an advisory lock held to the end of the
    transaction; SQLite already does, its writers' transactions begin IMMEDIATE."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7347002)")  # an arbitrary, fixed key
