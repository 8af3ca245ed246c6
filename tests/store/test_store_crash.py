"""A writer killed with SIGKILL in the middle leaves only whole articles; saving again stores the rest.
Also: readers are not blocked by a writer (SQLite WAL, PostgreSQL MVCC)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from newsgraph.store import Store, schema
from story_factory import build_story

TESTS = Path(__file__).resolve().parents[1]  # where story_factory.py lives
WRITER = """
import sys
sys.path.insert(0, {tests!r})
from story_factory import build_story
from newsgraph.store import Store
store = Store.open({url!r})
for start in range(0, {total}, {batch}):
    store.save([build_story(n) for n in range(start, start + {batch})], "crash-test")
    print(start + {batch}, flush=True)
"""
TOTAL, BATCH = 400, 40


def per_article(conn, table) -> dict[int, int]:
    return dict(conn.execute(select(table.c.article_id, func.count()).group_by(table.c.article_id)).all())


def test_sigkill_mid_write_leaves_whole_articles_and_rerun_stores_each_once(db_url):
    Store.open(db_url).close()  # migrate first, so the kill lands in article writing
    code = WRITER.format(tests=str(TESTS), url=db_url, total=TOTAL, batch=BATCH)
    writer = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(2):  # two batches committed; the kill then falls in a later one
            assert writer.stdout.readline().strip(), "the writer stopped before it was killed"
        time.sleep(0.05)
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
    assert writer.returncode == -signal.SIGKILL

    with Store.open(db_url) as store:
        with store.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
            assert BATCH * 2 <= stored < TOTAL and stored % BATCH == 0  # whole batches only
            ids = set(conn.execute(select(schema.articles.c.id)).scalars())
            # Every stored article has all its rows (each story: 1 statement, 1 event report,
            # 3 actors with 4 mentions, 1 place, 1 date), and nothing belongs to an unstored one.
            for table, expected in ((schema.statements, 1), (schema.event_sources, 1), (schema.article_actors, 3),
                                    (schema.mentions, 4), (schema.place_mentions, 1), (schema.dates, 1)):
                assert per_article(conn, table) == {i: expected for i in ids}, table.name
        result = store.save([build_story(n) for n in range(TOTAL)], "crash-test")
        assert (result.stored, result.skipped) == (TOTAL - stored, stored)
        with store.connect() as conn:
            assert conn.execute(select(func.count()).select_from(schema.articles)).scalar_one() == TOTAL
            assert conn.execute(select(func.count(schema.articles.c.content_hash.distinct()))).scalar_one() == TOTAL
            # All 400 stories report the same event: one event row with every report counted once.
            assert conn.execute(select(schema.events.c.num_articles)).all() == [(TOTAL,)]
            verlo = conn.execute(select(schema.actors.c.num_articles, schema.actors.c.num_mentions)
                                 .where(schema.actors.c.name == "Ana Verlo")).all()
            assert verlo == [(TOTAL, TOTAL)]


def test_reader_is_not_blocked_by_an_open_write_transaction(db_url):
    with Store.open(db_url) as store:
        store.save([build_story(1)], "0.1.0")
        with store.engine.begin() as writing:
            writing.execute(schema.errors.insert().values(source="x", reason="y", time=datetime.now(UTC)))
            # Another process-like reader (its own engine, read-only) still reads the committed state.
            with Store.open(db_url, readonly=True) as reader, reader.connect() as conn:
                assert conn.execute(select(func.count()).select_from(schema.articles)).scalar_one() == 1
                assert conn.execute(select(func.count()).select_from(schema.errors)).scalar_one() == 0
