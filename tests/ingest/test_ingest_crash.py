"""Crash safety: `newsgraph ingest` killed half way (SIGKILL) or stopped (Ctrl-C), then run again.

Every article must end up stored exactly once, and none half-stored: each article's rows must be
exactly those an uninterrupted run stores for the same text.

"Half way" is made certain, not left to timing: the run reads ``first/``, then standard input
(``-``), then ``rest/``. The test keeps standard input open and writes nothing, so the run stores
(most of) ``first/`` and then waits for input it never gets: whenever the signal lands, ``rest/``
is still unread. The run again reads an empty standard input and stores the rest.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from sqlalchemy import func, select

from ingest_stories import generated_story
from newsgraph.store import Store
from newsgraph.store.schema import article_actors, articles, dates, mentions, statements

pytestmark = pytest.mark.model

ARTICLES = 40
FIRST = 30  # articles before the held standard input; the other ARTICLES - FIRST come after it
NEWSGRAPH = [str(Path(sys.executable).parent / "newsgraph")]  # the console script of this virtualenv


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(ARTICLES):
        (folder / f"story-{n:02d}.txt").write_text(generated_story(n))
    return folder


@pytest.fixture
def held_corpus(tmp_path) -> list[str]:
    """The same ARTICLES stories as sources ``first/ - rest/``: standard input between them."""
    parts = {"first": range(FIRST), "rest": range(FIRST, ARTICLES)}
    for part, numbers in parts.items():
        (tmp_path / part).mkdir()
        for n in numbers:
            (tmp_path / part / f"story-{n:02d}.txt").write_text(generated_story(n))
    return [str(tmp_path / "first"), "-", str(tmp_path / "rest")]


def start(corpus: Path | list[str], url: str) -> subprocess.Popen:
    """The ingest run, its standard input a pipe the test holds open (and never writes to)."""
    sources = [str(corpus)] if isinstance(corpus, Path) else corpus
    return subprocess.Popen(
        [*NEWSGRAPH, "ingest", *sources, "--db", url, "--workers", "1", "--batch-size", "2", "--no-progress"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_ctrl_c_heard)


def _ctrl_c_heard() -> None:
    """Ctrl-C as a terminal delivers it. Tests started in the background (`pytest ... &` from a
    script) inherit SIGINT ignored, and a Python program started so keeps ignoring it: the run
    would not stop at all (it then finished with exit 0, or waited on standard input for ever)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def rerun(corpus: Path | list[str], url: str) -> subprocess.CompletedProcess:
    """The same command again, standard input empty."""
    sources = [str(corpus)] if isinstance(corpus, Path) else corpus
    return subprocess.run([*NEWSGRAPH, "ingest", *sources, "--db", url, "--workers", "1", "--no-progress"],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)


def stored_count(url: str) -> int:
    try:
        with Store.open(url, readonly=True) as store, store.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles)).scalar()
    except Exception:  # noqa: BLE001 - the database may not exist or be migrated yet
        return 0


def wait_until_some_stored(process: subprocess.Popen, url: str, timeout: float = 240) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = stored_count(url)
        if found:
            return found
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError("nothing was stored in time")


def rows_per_article(url: str) -> dict[str, tuple]:
    """content hash -> (statements, actors, mentions, dates) rows stored for that article."""
    out = {}
    with Store.open(url, readonly=True) as store, store.connect() as conn:
        for article_id, digest in conn.execute(select(articles.c.id, articles.c.content_hash)):
            out[digest] = tuple(
                conn.execute(select(func.count()).select_from(table).where(table.c.article_id == article_id)).scalar()
                for table in (statements, article_actors, mentions, dates))
    return out


def uninterrupted(corpus: Path | list[str], tmp_path: Path) -> dict[str, tuple]:
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    done = rerun(corpus, url)
    assert done.returncode == 0, done.stderr
    return rows_per_article(url)


def test_sigkill_half_way_then_rerun_stores_every_article_once(held_corpus, tmp_path, db_url):
    process = start(held_corpus, db_url)
    parent = psutil.Process(process.pid)
    wait_until_some_stored(process, db_url)
    workers = parent.children(recursive=True)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    at_kill = stored_count(db_url)
    assert 0 < at_kill <= FIRST
    _gone, alive = psutil.wait_procs(workers, timeout=10)  # workers notice and leave by themselves
    assert alive == []

    again = rerun(held_corpus, db_url)
    assert again.returncode == 0, again.stderr
    assert f"{ARTICLES - at_kill} stored, {at_kill} skipped (already stored), 0 failed" in again.stdout

    stored = rows_per_article(db_url)
    assert len(stored) == ARTICLES == stored_count(db_url)  # once each (content hashes are unique)
    assert stored == uninterrupted(held_corpus, tmp_path)  # and whole: the same rows as a run never killed
    with Store.open(db_url, readonly=True) as store, store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(articles)
                            .where(articles.c.cluster_id.is_(None))).scalar() == 0


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(held_corpus, tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    process = start(held_corpus, url)
    wait_until_some_stored(process, url)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=60)  # standard input stays open until the run has stopped by itself
    out, err = process.communicate()
    assert process.returncode == 130, err
    assert "Run the same command again to finish" in err
    kept = stored_count(url)
    assert 0 < kept <= FIRST  # what was analysed is kept; rest/ was never read
    assert f"{kept} stored" in out

    again = rerun(held_corpus, url)
    assert again.returncode == 0, again.stderr
    assert f"{ARTICLES - kept} stored, {kept} skipped (already stored), 0 failed" in again.stdout
    assert stored_count(url) == ARTICLES


def test_a_worker_killed_loses_nothing_its_batch_is_retried_article_by_article(corpus, tmp_path):
    url = f"sqlite:///{tmp_path / 'n.db'}"
    process = start(corpus, url)
    wait_until_some_stored(process, url)
    workers = [p for p in psutil.Process(process.pid).children(recursive=True)
               if "resource_tracker" not in " ".join(p.cmdline())]
    assert len(workers) == 1
    workers[0].kill()
    out, err = process.communicate(timeout=300)
    # The batches the dead worker held are sent again, one article each: none of them killed it,
    # so every article is stored and nothing is recorded as failed.
    assert process.returncode == 0, err
    assert stored_count(url) == ARTICLES
    assert " 0 failed," in out

    again = rerun(corpus, url)
    assert again.returncode == 0, again.stderr
    assert f"0 stored, {ARTICLES} skipped (already stored), 0 failed" in again.stdout
