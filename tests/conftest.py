"""Shared fixtures.

- ``pg_url``: the test PostgreSQL server's URL (env ``NEWSGRAPH_TEST_PG``, default below). Skips only
  when no server answers and ``CI`` is not set; under CI a missing server FAILS the test.
- ``pg_schema_url``: ``pg_url`` pointed at a fresh, empty schema of its own (dropped afterwards),
  so tests (and teammates' test runs) never see each other's rows.
- ``db_url``: a fresh empty database URL, parametrised over ``sqlite`` (a file in tmp_path) and
  ``postgresql`` (``pg_schema_url``); tests using it run once per backend.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

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


def build_story(n: int, *, speaker: str = "Ana Verlo", country: str = "OST", country_name: str = "Ostland",
                other: str = "Westria", other_code: str = "WST", event_type: str = "REJECT",
                date: str = "2024-03-04", published: str = "2024-03-05", site: str = "a.example",
                city: str = "Port Hollis", geonameid: int = 9990001, url: str | None = "default",
                extra: str = ""):
    """A small invented story, fully analysed by hand (offsets computed, not typed):
    ``speaker`` (minister of ``country_name``) says ``country_name`` rejects ``other``'s proposal;
    one statement, one event (``event_type``, country -> other, in ``city``), one date."""
    from newsgraph.model import Actor, Analysis, Article, DateRef, Event, Place, Span, Statement

    sentence = f"{country_name} rejects the proposal from {other}"
    text = (f"{speaker}, the foreign minister of {country_name}, said on Monday that {sentence}. "
            f"Talks in {city} ended without a deal. Story number {n}.{extra}")

    def span(part: str, after: int = 0) -> Span:
        start = text.index(part, after)
        return Span(start, start + len(part), part)

    said = span("said")
    actors = [
        Actor("A1", speaker, "person", country, "GOV", title="foreign minister", mentions=[span(speaker)]),
        Actor("A2", country_name, "country", country, None,
              mentions=[span(country_name), span(country_name, said.end)]),
        Actor("A3", other, "country", other_code, None, mentions=[span(other)]),
    ]
    statement = Statement("S1", "A1", span(speaker), said, [span(sentence)], "indirect", date)
    trigger = span("rejects")
    first_sentence = text[: text.index(".") + 1]
    event = Event("E1", event_type, None, "A2", "A3", span(country_name, said.end), span(other), date,
                  "P1", trigger, Span(0, len(first_sentence), first_sentence), "S1", 0.75)
    place = Place("P1", city, geonameid, 41.5, 19.25, country, "PPL", mentions=[span(city)])
    when = span("on Monday")
    article = Article(text=text, title=f"{country_name} rejects {other} proposal ({n})", published=published,
                      url=f"https://{site}/story/{n}" if url == "default" else url, site=site,
                      authors=["Test Writer"], source=f"test:{n}")
    return Analysis(article, actors, [statement], [event], [place],
                    [DateRef(when.start, when.end, when.text, date)])


@pytest.fixture
def story():
    """``build_story`` (see its docstring): a hand-analysed invented story, for store/web tests."""
    return build_story
