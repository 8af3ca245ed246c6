"""Events the confidence gate doubts, in the database: kept (with each report's certainty) but out of the
default lists and counts, shown with ``modality="all"``; an event stays doubted only while every report of
it is; migration 10 adds the columns to a database made before it. SQLite and PostgreSQL."""
from __future__ import annotations

from dataclasses import replace

from newsgraph.store import Store, queries, schema


def _doubted(analysis, certainty: float = 0.2):
    analysis.events = [replace(e, certainty=certainty, passes_gate=False) for e in analysis.events]
    return analysis


def test_doubted_events_are_kept_but_out_of_the_default_view(db_url, story):
    with Store.open(db_url) as store:
        store.save([_doubted(story(1)), story(2, event_type="ACCUSE")], "0.1.0")
        with store.connect() as conn:
            assert [e["type"] for e in queries.iter_events(conn)] == ["ACCUSE"]
            assert sorted(e["type"] for e in queries.iter_events(conn, modality="all")) == ["ACCUSE", "REJECT"]
            assert (queries.count_events(conn), queries.count_events(conn, modality="all")) == (1, 2)
            counts = queries.stats(conn)["counts"]
            assert (counts["events"], counts["all_events"]) == (1, 2)
        rebuilt = {a.article.title: a for a in store.iter_articles()}
    doubted = next(a for title, a in rebuilt.items() if "(1)" in title)
    assert [(e.certainty, e.passes_gate, e.in_default_view) for e in doubted.events] == [(0.2, False, False)]


def test_a_report_the_gate_passes_clears_the_doubt(db_url, story):
    with Store.open(db_url) as store:
        store.save([_doubted(story(1))], "0.1.0")
        with store.connect() as conn:
            assert queries.count_events(conn) == 0
        store.save([story(2)], "0.1.0")  # the same event (type, actor, recipient, date), told without doubt
        with store.connect() as conn:
            assert queries.count_events(conn, modality="all") == 1
            assert queries.count_events(conn) == 1


def test_migration_10_adds_the_gate_columns(db_url, story):
    from sqlalchemy import inspect

    from newsgraph.store import migrations
    from newsgraph.store.db import make_engine

    with Store.open(db_url) as store:
        store.save([story(1)], "0.1.0")
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP INDEX {schema.DOUBTFUL_INDEX.name}")
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN doubtful")
        for name in ("certainty", "passes_gate"):
            conn.exec_driver_sql(f"ALTER TABLE event_sources DROP COLUMN {name}")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 10")
    assert [m.version for m in migrations.pending(engine)] == [10]
    engine.dispose()
    with Store.open(db_url) as store, store.connect() as conn:
        assert "doubtful" in {c["name"] for c in inspect(conn).get_columns("events")}
        assert {"certainty", "passes_gate"} <= {c["name"] for c in inspect(conn).get_columns("event_sources")}
        assert queries.count_events(conn) == 1  # old rows: not doubted
