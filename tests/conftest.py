"""Shared fixtures.

- ``pg_url``: the test PostgreSQL server's URL (env ``NEWSGRAPH_TEST_PG``, default below). Skips only
  when no server answers and ``CI`` is not set; under CI a missing server FAILS the test.
- ``pg_schema_url``: ``pg_url`` pointed at a fresh, empty schema of its own (dropped afterwards),
  so tests (and teammates' test runs) never see each other's rows.
- ``db_url``: a fresh empty database URL, parametrised over ``sqlite`` (a file in tmp_path) and
  ``postgresql`` (``pg_schema_url``); tests using it run once per backend.
- ``nlp``: the spaCy pipeline (``nlp.loader.load()``), for tests marked ``model``.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from story_factory import build_story  # noqa: F401  (the `story` fixture hands it out)

DEFAULT_TEST_PG = "postgresql://newsgraph:newsgraph@127.0.0.1:5432/newsgraph_test"

_pg_answer: dict[str, str | None] = {}


def _pg_problem(url: str) -> str | None:
    """None when a PostgreSQL server answers at ``url``, else why not (checked once a session)."""
    if url not in _pg_answer:
        import psycopg

        try:
            psycopg.connect(url, connect_timeout=3).close()
            _pg_answer[url] = None
        except Exception as e:  # noqa: BLE001 - any failure means "no server here"
            _pg_answer[url] = f"{e.__class__.__name__}: {e}".strip()
    return _pg_answer[url]


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get("NEWSGRAPH_TEST_PG", DEFAULT_TEST_PG)
    problem = _pg_problem(url)
    if problem:
        message = f"no PostgreSQL server at {url} ({problem}); start one with `./dev services`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture
def pg_schema_url(pg_url):
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in pg_url else "?"
    yield f"{pg_url}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'newsgraph.db'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def story():
    """``build_story`` (see its docstring): a hand-analysed invented story, for store/web tests."""
    return build_story


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline the analysis runs on (loaded once; tests that use it are marked ``model``)."""
    from newsgraph.nlp import loader

    return loader.load()


@pytest.fixture(scope="session")
def seed():
    """The seed story's analysis (published 2022-12-02), made once for every test that reads it."""
    from newsgraph.inputs import read_articles
    from newsgraph.pipeline import Pipeline
    from newsgraph.settings import Settings
    from seed_story import SEED, SEED_PUBLISHED

    errors = []
    articles = list(read_articles([str(SEED)], Settings(), errors.append, published=SEED_PUBLISHED))
    assert not errors
    return Pipeline().analyze(articles[0])
