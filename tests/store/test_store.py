"""The store's write API against real SQLite and real PostgreSQL (each test runs on both)."""
from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from newsgraph.errors import StoreError
from newsgraph.model import Span
from newsgraph.store import NoDatabase, Store, content_hash, migrations, schema
from newsgraph.store.db import make_engine


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as opened:
        yield opened


def count(store, table, *where) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def rows(store, query) -> list:
    with store.connect() as conn:
        return conn.execute(query).all()


def test_open_applies_every_migration_once(db_url):
    with Store.open(db_url) as store:
        applied = rows(store, select(schema.schema_migrations.c.version).order_by("version"))
        assert [v for (v,) in applied] == [m.version for m in migrations.MIGRATIONS]
        assert migrations.pending(store.engine) == []
    with Store.open(db_url) as again:  # reopening applies nothing new
        assert count(again, schema.schema_migrations) == len(migrations.MIGRATIONS)


def test_pending_only_reads(db_url):
    engine = make_engine(db_url)
    assert [m.version for m in migrations.pending(engine)] == [m.version for m in migrations.MIGRATIONS]
    with engine.connect() as conn:
        assert migrations.applied(conn) == set()  # still no schema_migrations table
    engine.dispose()


def test_sqlite_store_is_in_wal_mode_with_busy_timeout(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store, store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_saved_article_reads_back_exactly(store, story):
    analyses = [story(1), story(2, speaker="Jon Brask", site="b.example")]
    result = store.save(analyses, "0.1.0")
    assert result.stored == 2 and result.skipped == 0 and result.failed == []
    assert None not in result.ids and len(set(result.ids)) == 2
    back = list(store.iter_articles(batch_size=1))
    assert [a.to_json() for a in back] == [a.to_json() for a in analyses]


def test_same_url_or_same_text_is_stored_once(store, story):
    first = story(1)
    same_text_other_url = story(1, url="https://elsewhere.example/copy")
    same_url_other_text = story(2, url=first.article.url)
    result = store.save([first, same_text_other_url, same_url_other_text], "0.1.0")
    assert (result.stored, result.skipped) == (1, 2)
    assert result.ids[1:] == [None, None]
    again = store.save([story(1)], "0.1.0")
    assert (again.stored, again.skipped, again.ids) == (0, 1, [None])
    assert count(store, schema.articles) == 1
    assert count(store, schema.statements) == 1
    assert store.has_article(url=first.article.url)
    assert store.has_article(content_hash=content_hash(first.article.text))
    assert not store.has_article(url="https://nowhere.example/")
    keys = store.known_keys()
    assert keys.urls == {first.article.url}
    assert keys.hashes == {content_hash(first.article.text)}
    assert first in keys and story(3) not in keys


def test_content_hash_is_full_sha256_and_extends_content_id(story):
    from newsgraph.model import content_id

    text = story(1).article.text
    assert len(content_hash(text)) == 64
    assert content_hash(text).startswith(content_id(text))


def test_actor_is_one_row_across_articles(store, story):
    store.save([story(1), story(2, speaker="ANA VERLO"), story(3, speaker="Ana Verlo", country="WST",
                                                            country_name="Westria", other="Ostland",
                                                            other_code="OST")], "0.1.0")
    verlo = rows(store, select(schema.actors.c.id, schema.actors.c.country)
                 .where(schema.actors.c.key.like("ana verlo|%")).order_by(schema.actors.c.country))
    assert [c for _, c in verlo] == ["OST", "WST"]  # same name, other country: another person
    ost_id = verlo[0][0]
    assert count(store, schema.mentions, schema.mentions.c.actor_id == ost_id) == 2
    aliases = rows(store, select(schema.actor_aliases.c.alias).where(schema.actor_aliases.c.actor_id == ost_id)
                   .order_by(schema.actor_aliases.c.alias))
    assert [a for (a,) in aliases] == ["ANA VERLO", "Ana Verlo"]
    # Ostland and Westria are each one actor in all three articles.
    assert count(store, schema.actors) == 4


def test_same_event_from_many_articles_is_one_event_with_sources(store, story):
    store.save([story(1, site="a.example"), story(2, site="b.example")], "0.1.0")
    store.save([story(3, site="a.example"), story(4, date="2024-03-05")], "0.1.0")
    found = rows(store, select(schema.events.c.date, schema.events.c.num_articles, schema.events.c.num_sources,
                               schema.events.c.num_mentions).order_by(schema.events.c.date))
    assert found == [("2024-03-04", 3, 2, 3), ("2024-03-05", 1, 1, 1)]
    assert count(store, schema.event_sources) == 4


def test_event_without_date_is_never_merged(store, story):
    store.save([story(1, date=None), story(2, date=None)], "0.1.0")
    assert count(store, schema.events) == 2


def test_broken_article_is_rolled_back_alone_and_recorded(store, story):
    broken = story(2)
    broken.actors[0].mentions.append(Span(None, None, None))  # NOT NULL violation half way through
    result = store.save([story(1), broken, story(3)], "0.1.0")
    assert (result.stored, len(result.failed)) == (2, 1)
    assert result.ids[1] is None and result.failed[0][0] == "test:2"
    assert count(store, schema.articles) == 2
    assert count(store, schema.statements, schema.statements.c.article_id.not_in(
        [i for i in result.ids if i])) == 0  # nothing of the broken article is left
    assert rows(store, select(schema.errors.c.source)) == [("test:2",)]


def test_replace_reanalyses_and_records_version(store, story):
    store.save([story(1), story(2, site="b.example")], "0.1.0")
    [article_id] = store.save([story(3)], "0.1.0").ids
    assert rows(store, select(schema.events.c.num_articles).where(schema.events.c.type == "REJECT")) == [(3,)]
    improved = story(3)
    improved.events[0] = dataclasses.replace(improved.events[0], type="ACCUSE")
    improved.statements[0] = dataclasses.replace(improved.statements[0], kind="direct")
    result = store.replace([improved], "0.2.0")
    assert (result.replaced, result.ids) == (1, [article_id])
    assert rows(store, select(schema.articles.c.newsgraph_version).where(schema.articles.c.id == article_id)) \
        == [("0.2.0",)]
    by_type = rows(store, select(schema.events.c.type, schema.events.c.num_articles).order_by(schema.events.c.type))
    assert by_type == [("ACCUSE", 1), ("REJECT", 2)]
    assert count(store, schema.statements) == 3
    back = [a for a in store.iter_articles() if a.article.id == improved.article.id]
    assert back[0].to_json() == improved.to_json()


def test_replace_drops_events_no_article_reports(store, story):
    store.save([story(1)], "0.1.0")
    improved = story(1)
    improved.events = []
    store.replace([improved], "0.2.0")
    assert count(store, schema.events) == 0 and count(store, schema.event_sources) == 0


def test_record_error_and_set_cluster(store, story):
    ids = store.save([story(1), story(2)], "0.1.0").ids
    store.record_error("feed.xml", "not well-formed XML at line 3")
    store.set_cluster(ids[1], ids[0])
    assert rows(store, select(schema.errors.c.source, schema.errors.c.reason)) \
        == [("feed.xml", "not well-formed XML at line 3")]
    assert rows(store, select(schema.articles.c.cluster_id).order_by(schema.articles.c.id)) == [(None,), (ids[0],)]


def test_readonly_store_refuses_writes(db_url, story):
    Store.open(db_url).close()
    with Store.open(db_url, readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.save([story(1)], "0.1.0")


def test_missing_sqlite_database_says_to_ingest_first(tmp_path):
    with pytest.raises(NoDatabase, match="newsgraph ingest"):
        Store.open(f"sqlite:///{tmp_path / 'absent.db'}", readonly=True)
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.postgres
def test_empty_postgresql_database_says_to_ingest_first(pg_schema_url):
    with pytest.raises(NoDatabase, match="newsgraph ingest"):
        Store.open(pg_schema_url, readonly=True)


def test_unsupported_url_is_a_clear_error():
    with pytest.raises(StoreError, match="sqlite:///PATH or postgresql://"):
        Store.open("mysql://x@localhost/db")


def test_analysis_without_text_fails_alone(store, story):
    broken = story(2)
    broken.article.text = None
    result = store.save([broken, story(3)], "0.1.0")
    assert (result.stored, len(result.failed), result.ids[0]) == (1, 1, None)
    assert result.failed[0][0] == "test:2"


def recounted(store) -> list[tuple]:
    """(id, articles, mentions, statements) of every actor, counted from the rows themselves."""
    a = schema.actors
    return rows(store, select(
        a.c.id,
        select(func.count(schema.article_actors.c.article_id.distinct()))
        .where(schema.article_actors.c.actor_id == a.c.id).scalar_subquery(),
        select(func.count()).where(schema.mentions.c.actor_id == a.c.id).scalar_subquery(),
        select(func.count()).where(schema.statements.c.speaker_id == a.c.id).scalar_subquery(),
    ).order_by(a.c.id))


def counters(store) -> list[tuple]:
    a = schema.actors
    return rows(store, select(a.c.id, a.c.num_articles, a.c.num_mentions, a.c.num_statements).order_by(a.c.id))


def test_actor_counters_follow_saves_and_replaces(store, story):
    store.save([story(1), story(2), story(3, speaker="Jon Brask")], "0.1.0")
    assert counters(store) == recounted(store)
    fewer = story(2)
    fewer.statements = []
    fewer.actors[0].mentions = []
    store.replace([fewer], "0.2.0")
    assert counters(store) == recounted(store)
    verlo = rows(store, select(schema.actors.c.num_articles, schema.actors.c.num_mentions,
                               schema.actors.c.num_statements).where(schema.actors.c.name == "Ana Verlo"))
    assert verlo == [(2, 1, 1)]


def test_migration_3_upgrades_a_version_2_database(db_url, story):
    with Store.open(db_url) as store:
        store.save([story(1), story(2)], "0.1.0")
    # Make it a version-2 database: without migration 3's columns and indexes.
    engine = make_engine(db_url)
    with engine.begin() as conn:
        for index in ("ix_statements_sort_date", "ix_statements_speaker_sort_date", "ix_actors_num_articles"):
            conn.exec_driver_sql(f"DROP INDEX {index}")
        conn.exec_driver_sql("ALTER TABLE statements DROP COLUMN sort_date")
        for column in ("num_articles", "num_mentions", "num_statements"):
            conn.exec_driver_sql(f"ALTER TABLE actors DROP COLUMN {column}")
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 3))
    assert [m.version for m in migrations.pending(engine)] == [3]
    engine.dispose()
    with Store.open(db_url) as store:
        assert migrations.pending(store.engine) == []
        assert counters(store) == recounted(store)
        assert rows(store, select(schema.statements.c.sort_date)) == [("2024-03-04",), ("2024-03-04",)]
        store.save([story(3)], "0.1.0")
        assert counters(store) == recounted(store)


def test_two_processes_opening_a_new_database_at_once_both_succeed(db_url):
    import subprocess
    import sys

    code = f"from newsgraph.store import Store; Store.open({db_url!r}).close()"
    runs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    errors = [run.communicate()[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], errors
    with Store.open(db_url) as store:
        assert count(store, schema.schema_migrations) == len(migrations.MIGRATIONS)


def test_replace_by_url_with_a_new_text_stores_the_new_text(store, story):
    [article_id] = store.save([story(1)], "0.1.0").ids
    updated = story(1, extra=" Update: talks resume on Tuesday.")
    assert store.save([updated], "0.1.0").skipped == 1  # same URL: save keeps the first version
    assert store.replace([updated], "0.2.0").ids == [article_id]
    [back] = list(store.iter_articles())
    assert back.to_json() == updated.to_json()
    assert store.has_article(content_hash=content_hash(updated.article.text))
    assert not store.has_article(content_hash=content_hash(story(1).article.text))


def test_migration_5_adds_frames_modality_and_the_report_index(db_url, story):
    """A database made before migration 5 gets the columns (old rows: speech, asserted) and the index."""
    from sqlalchemy import inspect

    from newsgraph.store import migrations
    from newsgraph.store.db import make_engine

    with Store.open(db_url) as store:
        store.save([story(1)], "0.1.0")
    engine = make_engine(db_url)
    old_indexes = {"ix_statements_sort_date": "statements (sort_date, id)",
                   "ix_statements_speaker_sort_date": "statements (speaker_id, sort_date, id)",
                   "ix_events_type_date": "events (type, date)", "ix_events_actor_date": "events (actor_id, date)",
                   "ix_events_recipient_date": "events (recipient_id, date)", "ix_events_date": "events (date)",
                   "ix_events_place": "events (place_id)"}
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_event_sources_statement")
        for index in schema.DEFAULT_VIEW_INDEXES:  # migration 8's, on the columns migration 5 adds
            conn.exec_driver_sql(f"DROP INDEX {index.name}")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 8")
        for name, columns in old_indexes.items():
            conn.exec_driver_sql(f"DROP INDEX {name}")
            conn.exec_driver_sql(f"CREATE INDEX {name} ON {columns}")
        conn.exec_driver_sql("ALTER TABLE statements DROP COLUMN frame")
        for table in ("events", "event_sources"):
            for name in ("hypothetical", "intended"):
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {name}")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 5")
    assert [m.version for m in migrations.pending(engine)] == [5, 8]
    with Store.open(db_url) as store, store.connect() as conn:
        assert "ix_event_sources_statement" in {i["name"] for i in inspect(conn).get_indexes("event_sources")}
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("statements")}
        assert indexes["ix_statements_sort_date"] == ["sort_date", "id", "frame", "speaker_id"]
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("events")}
        assert indexes["ix_events_date"] == ["date", "id", "negated", "hypothetical", "intended"]
        assert conn.exec_driver_sql("SELECT frame FROM statements").scalars().all() == ["speech"]
        flags = conn.exec_driver_sql("SELECT hypothetical, intended FROM events").all()
        assert [(bool(h), bool(i)) for h, i in flags] == [(False, False)]
    engine.dispose()


def test_migration_8_adds_the_default_view_indexes(db_url, story):
    """A database made before migration 8 gets the partial indexes; counts read through them are the
    counts of the rows the lists show (speech and writing; asserted events) and of all rows."""
    from sqlalchemy import inspect

    from newsgraph.store import migrations, queries
    from newsgraph.store.db import make_engine

    with Store.open(db_url) as store:
        store.save([story(1), story(2)], "0.1.0")
        with store.engine.begin() as conn:  # one belief and one intended event among the rows
            conn.execute(schema.statements.update().where(schema.statements.c.id == 1).values(frame="belief"))
            conn.execute(schema.events.update().where(schema.events.c.id == 1).values(intended=True))
        with store.connect() as conn:
            expected = {"statements": queries.count_statements(conn), "events": queries.count_events(conn),
                        "all_statements": queries.count_statements(conn, frames="all"),
                        "all_events": queries.count_events(conn, modality="all")}
    assert expected["all_statements"] == expected["statements"] + 1
    assert expected["all_events"] == expected["events"] + 1
    engine = make_engine(db_url)
    with engine.begin() as conn:
        for index in schema.DEFAULT_VIEW_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX {index.name}")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 8")
    assert [m.version for m in migrations.pending(engine)] == [8]
    engine.dispose()
    with Store.open(db_url) as store, store.connect() as conn:
        names = {i["name"] for t in ("statements", "events") for i in inspect(conn).get_indexes(t)}
        if store.dialect == "postgresql":  # SQLite's reflection skips expression indexes
            assert {i.name for i in schema.DEFAULT_VIEW_INDEXES} <= names
        else:
            assert {"ix_statements_unshown", "ix_events_unasserted"} <= names
        stats = queries.stats(conn)["counts"]
        assert {k: stats[k] for k in expected} == expected
        assert sum(r["count"] for r in queries.stats(conn)["events_by_type"]) == expected["events"]


def test_migration_9_shows_only_statements_with_a_speaker(db_url, story):
    """A database made before migration 9 (its partial index of the statements not shown: beliefs and the
    like only; its date index without the speaker) gets both made again: a statement with no resolved
    speaker is counted apart from the shown ones, and the count reads the partial index."""
    from dataclasses import replace

    from sqlalchemy import inspect, select

    from newsgraph.store import migrations, queries
    from newsgraph.store.db import make_engine

    unattributed = story(2, speaker="Lia Tamsin")
    unattributed.statements = [replace(s, speaker=None) for s in unattributed.statements]
    with Store.open(db_url) as store:
        store.save([story(1), unattributed], "0.1.0")
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_statements_unshown")
        conn.exec_driver_sql("CREATE INDEX ix_statements_unshown ON statements (frame) "
                             "WHERE frame NOT IN ('speech', 'writing')")
        conn.exec_driver_sql("DROP INDEX ix_statements_sort_date")
        conn.exec_driver_sql("CREATE INDEX ix_statements_sort_date ON statements (sort_date, id, frame)")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 9")
    assert [m.version for m in migrations.pending(engine)] == [9]
    engine.dispose()
    with Store.open(db_url) as store, store.connect() as conn:
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("statements")}
        assert indexes["ix_statements_sort_date"] == ["sort_date", "id", "frame", "speaker_id"]
        if store.dialect == "postgresql":
            where = conn.exec_driver_sql("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_statements_unshown' "
                                         "AND schemaname = current_schema()").scalar_one()
        else:
            where = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'ix_statements_unshown'")\
                .scalar_one()
            unshown = select(schema.statements.c.id).where(schema.UNSHOWN)\
                .compile(conn, compile_kwargs={"literal_binds": True})
            plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {unshown}"))
            assert "COVERING INDEX ix_statements_unshown" in plan
        assert "speaker_id IS NULL" in where
        counts = queries.stats(conn)["counts"]
        assert (counts["statements"], counts["all_statements"]) == (1, 2)
        assert queries.count_statements(conn) == 1 and queries.count_statements(conn, frames="all") == 2
