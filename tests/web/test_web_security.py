"""Security and behaviour of `newsgraph serve`: escaping, read-only database, token, bind address.

The browser check that no script of a hostile article runs is in tests/web/browser/test_pages.py.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from newsgraph.cli import main
from newsgraph.web.app import create_app
from newsgraph.web.auth import needs_token
from web_stories import Client, store_stories

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    path = tmp_path_factory.mktemp("websec") / "web.db"
    url = f"sqlite:///{path}"
    return url, path, store_stories(url)


@pytest.fixture(scope="module")
def client(stored):
    app = create_app(stored[0])
    yield Client(app)
    app.state.store.close()


def hostile_pages(stored, client) -> dict[str, str]:
    xss = stored[2]["test:xss"]
    actor = client.get(f"/api/articles/{xss}").json()["actors"][0]["actor_id"]
    paths = ["/", f"/articles/{xss}", f"/actors/{actor}", "/events", "/articles", "/actors",
             "/search?q=talks", "/search?q=talks&in=articles", "/positions?a=CZE&b=CAN", f"/events?actor={actor}"]
    return {p: client.get(p).text for p in paths}


def test_hostile_markup_is_escaped_on_every_page(stored, client):
    for path, html in hostile_pages(stored, client).items():
        assert "<script>window" not in html, path
        assert "<img src=x onerror" not in html and "<img src=y" not in html, path
        assert "<svg onload" not in html and "<i onmouseover" not in html and "<b>Marek" not in html, path


def test_hostile_text_is_shown_as_text(stored, client):
    html = client.get(f"/articles/{stored[2]['test:xss']}").text
    assert "&lt;script&gt;window.__xss = &#39;script ran&#39;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__xss = &#39;onerror ran&#39;&#34;&gt;" in html
    assert "<h1>&lt;script&gt;window.__xss=&#39;title ran&#39;&lt;/script&gt;Talks fail</h1>" in html


def test_javascript_url_is_never_a_link(stored, client):
    html = client.get(f"/articles/{stored[2]['test:xss']}").text
    assert "javascript:" not in html


def test_sql_in_filters_is_only_data(stored, client):
    before = client.get("/api/home").json()["counts"]
    for params in ({"q": "'; DROP TABLE articles; --"}, {"actor": "x' OR '1'='1"},
                   {"q": '"unbalanced'}, {"q": "NEAR(a b) OR *"}):
        r = client.get("/api/search", params=params)
        assert r.status_code == 200, params
        assert r.json()["statements"]["total"] == 0, params
    for params in ({"place": "%"}, {"place": "' OR 1=1 --"}, {"actor": "%"}, {"recipient": "_"}):
        assert client.get("/api/events", params=params).json()["total"] == 0, params
    assert client.get("/api/home").json()["counts"] == before


# ------------------------------------------------------------------------------------ read-only
def test_web_process_cannot_write_the_database(stored, client):
    path: Path = stored[1]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    for page in ("/", "/events", "/search?q=troops", "/api/events?format=csv"):
        client.get(page)
    with pytest.raises(DBAPIError, match="readonly"):
        with client.app.state.store.engine.begin() as conn:
            conn.execute(text("DELETE FROM articles"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert client.get("/api/home").json()["counts"]["articles"] == 4


def test_pages_and_api_on_each_backend(db_url):
    """The same answers from SQLite and PostgreSQL, and writes refused by both."""
    ids = store_stories(db_url)
    app = create_app(db_url)
    try:
        c = Client(app)
        assert c.get("/api/home").json()["counts"]["events"] == 6
        found = c.get("/api/search", params={"q": "troops"}).json()
        assert found["statements"]["total"] == 1 and found["articles"]["total"] == 1
        positions = c.get("/api/positions", params={"a": "RUS", "b": "USA"}).json()
        assert [i["type"] for i in positions["items"]] == ["REQUEST", "REJECT", "THREATEN", "ACCUSE"]
        assert c.get(f"/articles/{ids['test:moscow']}").status_code == 200
        assert {e["type"] for e in c.get("/api/events", params={"until": "2023-03"}).json()["items"]} == {
            "REQUEST", "REJECT"}
        with pytest.raises(DBAPIError, match="read.?only"):
            with app.state.store.engine.begin() as conn:
                conn.execute(text("DELETE FROM errors"))
    finally:
        app.state.store.close()


# ----------------------------------------------------------------------------------------- token
@pytest.fixture(scope="module")
def guarded(stored):
    app = create_app(stored[0], token=TOKEN)
    yield Client(app)
    app.state.store.close()


def test_without_token_api_and_pages_are_401(guarded):
    r = guarded.get("/api/events")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert "needs its access token" in r.json()["error"]["message"]
    page = guarded.get("/")
    assert page.status_code == 401 and page.headers["content-type"].startswith("text/html")
    assert guarded.get("/static/app.js").status_code == 401
    assert guarded.get("/api/events", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_token_by_header_query_or_cookie(guarded):
    assert guarded.get("/api/events", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    r = guarded.get("/", params={"token": TOKEN})
    assert r.status_code == 200 and "newsgraph_token=" in r.headers["set-cookie"]
    assert "HttpOnly" in r.headers["set-cookie"]
    assert guarded.get("/events", headers={"Cookie": f"newsgraph_token={TOKEN}"}).status_code == 200


def test_links_on_a_page_do_not_repeat_the_token(guarded):
    html = guarded.get("/events", params={"token": TOKEN, "type": "ACCUSE"}).text
    assert TOKEN not in html


def test_binding_beyond_loopback_needs_a_token():
    assert not needs_token("127.0.0.1") and not needs_token("localhost") and not needs_token("::1")
    assert needs_token("0.0.0.0") and needs_token("192.0.2.10")
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--db", "sqlite:///nothing.db"],
                                env={"NEWSGRAPH_TOKEN": ""})
    assert result.exit_code == 2 and "--token or NEWSGRAPH_TOKEN" in result.output


def test_serve_names_a_missing_database(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 1 and "no database at" in result.output
