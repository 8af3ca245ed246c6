"""The Article page lists the statements the default view shows (speech and writing by a resolved
speaker, ``model.is_shown``), says how many others there are and links to them all (``frame=all``);
the API's JSON keeps every statement."""
from __future__ import annotations

import re

import pytest

from newsgraph.web.app import create_app
from web_stories import Client, stored, unshown_statements


@pytest.fixture(scope="module")
def pier(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('pier') / 'web.db'}"
    [article_id] = stored(url, [unshown_statements()])
    app = create_app(url)
    yield Client(app), article_id
    app.state.store.close()


def listed(html: str) -> list[str]:
    """The local ids of the statements the side list holds, in order."""
    return re.findall(r'<li id="statement-(S\d+)">', html)


def highlighted(html: str) -> set[str]:
    return set(re.findall(r"statement-(S\d+)", html.split('id="article-text"')[1].split("</div>")[0]))


def test_article_page_lists_only_shown_statements_and_counts_the_rest(pier):
    client, article_id = pier
    html = client.get(f"/articles/{article_id}").text
    assert listed(html) == ["S1"]
    assert '<h2>Statements <span class="n">1</span></h2>' in html
    assert highlighted(html) == {"S1"}
    assert "2 more not shown (beliefs, intentions, no-comment records, or no resolved speaker)." in html
    assert f'<a href="/articles/{article_id}?frame=all">Show all 3</a>' in html


def test_article_page_with_frame_all_lists_every_statement(pier):
    client, article_id = pier
    html = client.get(f"/articles/{article_id}?frame=all").text
    assert listed(html) == ["S1", "S2", "S3"]
    assert '<h2>Statements <span class="n">3</span></h2>' in html
    assert highlighted(html) == {"S1", "S2", "S3"}
    assert "unresolved speaker" in html and "indirect, belief, 2023-07-01" in html
    assert f'<a href="/articles/{article_id}">Show only speech and writing by a resolved speaker</a>' in html
    assert "more not shown" not in html


def test_article_page_with_a_frame_list_keeps_those_with_a_speaker(pier):
    client, article_id = pier
    assert listed(client.get(f"/articles/{article_id}?frame=belief").text) == ["S3"]
    assert listed(client.get(f"/articles/{article_id}?frame=speech").text) == ["S1"]


def test_article_page_rejects_an_unknown_frame(pier):
    client, article_id = pier
    assert client.get(f"/articles/{article_id}?frame=rumour").status_code == 400


def test_article_api_keeps_every_statement(pier):
    client, article_id = pier
    data = client.get(f"/api/articles/{article_id}").json()
    assert [(s["id"], s["frame"], s["speaker"] is not None) for s in data["statements"]] == [
        ("S1", "speech", True), ("S2", "speech", False), ("S3", "belief", True)]


def test_article_page_says_nothing_when_every_statement_is_shown(pier, tmp_path):
    from web_stories import fisheries_accord

    url = f"sqlite:///{tmp_path / 'one.db'}"
    [article_id] = stored(url, [fisheries_accord()])
    app = create_app(url)
    try:
        html = Client(app).get(f"/articles/{article_id}").text
    finally:
        app.state.store.close()
    assert listed(html) == ["S1"] and "not shown" not in html and "frame=all" not in html
