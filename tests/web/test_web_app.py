"""In-process tests of every page and API route of `newsgraph serve`, over hand-analysed stories."""
from __future__ import annotations

import csv
import io

import pytest
from starlette.routing import Route

from newsgraph.web.app import create_app
from web_stories import Client, store_stories


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    ids = store_stories(url)
    app = create_app(url)
    yield Client(app), ids
    app.state.store.close()


@pytest.fixture(scope="module")
def client(site):
    return site[0]


@pytest.fixture(scope="module")
def ids(site):
    return site[1]


def actor_id(client, name: str) -> int:
    found = client.get("/api/actors", params={"q": name}).json()["items"]
    return next(a["id"] for a in found if a["name"] == name)


# ---------------------------------------------------------------------------------------- home
def test_home_counts_every_table(client):
    data = client.get("/api/home").json()
    assert data["counts"] == {"articles": 4, "statements": 5, "events": 6, "actors": 8, "places": 4, "dates": 4}


def test_home_lists_newest_articles_first_and_most_active_actor(client):
    data = client.get("/api/home").json()
    assert [a["published"] for a in data["newest"]["items"]] == ["2023-06-01", "2023-05-02", "2023-04-04", "2023-03-10"]
    top = data["top_actors"][0]
    assert (top["name"], top["statements"], top["events_as_actor"]) == ("Pavel Orlov", 2, 1)


def test_home_timeline_counts_events_by_month_and_type(client):
    rows = client.get("/api/home").json()["timeline"]
    assert {(r["period"], r["type"]): r["count"] for r in rows} == {
        ("2023-03", "REJECT"): 1, ("2023-03", "REQUEST"): 1, ("2023-04", "THREATEN"): 1,
        ("2023-04", "ACCUSE"): 1, ("2023-05", "AGREE"): 1, ("2023-06", "ACCUSE"): 1}


def test_home_page_renders_counts_articles_and_chart(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Moscow rejects US demand for troop withdrawal" in r.text
    assert '<svg class="chart"' in r.text and "Events per month by PLOVER type" in r.text


# ------------------------------------------------------------------------------------- article
def test_article_marks_trigger_inside_quote_with_both_kinds(client, ids):
    html = client.get(f"/articles/{ids['test:moscow']}").text
    assert ('<span class="hl hl-event hl-statement" data-keys="event-E1 statement-S1" tabindex="0">rejects</span>'
            in html)
    assert '<span class="hl hl-actor" data-keys="actor-A1" tabindex="0">Pavel Orlov</span>' in html
    assert '<span class="hl hl-date" data-keys="date-' in html and ">on Thursday</span>" in html
    assert '<span class="hl hl-place" data-keys="place-P2" tabindex="0">Kherson</span>' in html


def test_article_api_is_the_analysis_json_with_database_ids(client, ids):
    data = client.get(f"/api/articles/{ids['test:moscow']}").json()
    text = data["text"]
    s1 = next(s for s in data["statements"] if s["id"] == "S1")
    assert [text[c["start"]:c["end"]] for c in s1["content"]] == [
        "Russia rejects the American demand to withdraw troops before any talks"]
    actors = {a["id"]: a for a in data["actors"]}
    assert actors[s1["speaker"]]["name"] == "Pavel Orlov" and s1["cue"]["text"] == "said"
    assert actors["A1"]["actor_id"] == actor_id(client, "Pavel Orlov")
    reject = next(e for e in data["events"] if e["type"] == "REJECT")
    assert (actors[reject["actor"]]["name"], actors[reject["recipient"]]["name"], reject["trigger"]["text"]) == (
        "Russia", "United States", "rejects")
    assert isinstance(reject["event_id"], int) and reject["num_articles"] == 1
    assert {p["name"] for p in data["places"]} == {"Moscow", "Kherson"}
    assert [(d["text"], d["value"]) for d in data["dates"]] == [("on Friday", "2023-03-10"), ("on Thursday", "2023-03-09")]


def test_article_details_for_hover_name_speaker_title_and_event_parties(client, ids):
    html = client.get(f"/articles/{ids['test:moscow']}").text
    details = html.split('<script type="application/json" id="coded-details">')[1].split("</script>")[0]
    import json

    coded = json.loads(details)
    assert coded["statement-S1"]["speaker"] == "Pavel Orlov" and coded["statement-S1"]["title"] == "Kremlin aide"
    assert (coded["event-E2"]["type"], coded["event-E2"]["actor"], coded["event-E2"]["recipient"],
            coded["event-E2"]["place"], coded["event-E2"]["date"]) == (
        "REQUEST", "Dana Whitfield", "Russia", "Kherson", "2023-03-09")


def test_missing_article_is_404_in_html_and_json(client):
    assert client.get("/articles/999").status_code == 404
    r = client.get("/api/articles/999")
    assert r.status_code == 404 and r.json() == {"error": {"status": 404, "message": "No article with id 999."}}


# --------------------------------------------------------------------------------------- search
def test_search_finds_statements_by_words_with_facets(client):
    data = client.get("/api/search", params={"q": "troops"}).json()
    assert data["statements"]["total"] == 1
    assert data["statements"]["items"][0]["speaker"]["name"] == "Pavel Orlov"
    assert data["facets"]["speaker"][0]["label"] == "Pavel Orlov" and data["facets"]["speaker"][0]["count"] == 1
    assert data["facets"]["type"] == [{"value": "REJECT", "label": "REJECT", "count": 1}]
    assert data["articles"]["total"] == 1


def test_search_filters_by_country_and_dates(client):
    by_usa = client.get("/api/search", params={"country": "usa"}).json()
    assert [s["speaker"]["name"] for s in by_usa["statements"]["items"]] == ["Dana Whitfield"]
    march = client.get("/api/search", params={"since": "2023-03-01", "until": "2023-03-31"}).json()
    assert march["statements"]["total"] == 2
    assert {c["value"]: c["count"] for c in client.get("/api/search").json()["facets"]["country"]} == {
        "RUS": 2, "USA": 1, "CAN": 1, "CZE": 1}


def test_search_in_articles_pages_the_article_list(client):
    data = client.get("/api/search", params={"q": "Russia", "in": "articles", "limit": 1}).json()
    assert data["articles"]["total"] == 2 and len(data["articles"]["items"]) == 1
    assert data["articles"]["next"].endswith("offset=1")
    assert client.get("/api/search", params={"in": "people"}).status_code == 400


def test_search_page_shows_results_and_facet_links(client):
    html = client.get("/search", params={"q": "Washington"}).text
    assert "We will not accept conditions written in Washington" in html
    assert 'data-facet="speaker"' in html and "actor=" in html


# --------------------------------------------------------------------------------------- actors
def test_actor_profile_has_aliases_events_by_role_and_counterparts(client):
    us = actor_id(client, "United States")
    data = client.get(f"/api/actors/{us}").json()
    assert data["actor"]["country"] == "USA" and "Washington" in data["actor"]["aliases"]
    assert data["events_as_actor"] == [{"type": "THREATEN", "count": 1}]
    assert {(e["type"], e["count"]) for e in data["events_as_recipient"]} == {("REJECT", 1), ("ACCUSE", 1)}
    assert {c["name"]: (c["to"], c["from"]) for c in data["counterparts"]} == {
        "Russia": (1, 1), "Pavel Orlov": (0, 1)}


def test_actor_statements_over_time(client):
    orlov = actor_id(client, "Pavel Orlov")
    data = client.get(f"/api/actors/{orlov}").json()
    assert data["statements_by_month"] == [{"period": "2023-03", "count": 2}]
    assert data["statements"]["total"] == 2
    assert data["actor"]["titles"] == ["Kremlin aide"]


def test_actor_page_and_list(client):
    orlov = actor_id(client, "Pavel Orlov")
    html = client.get(f"/actors/{orlov}").text
    assert "<h1>Pavel Orlov</h1>" in html and "We will not accept conditions written in Washington" in html
    listed = client.get("/api/actors", params={"country": "CAN"}).json()
    assert sorted(a["name"] for a in listed["items"]) == ["Canada", "Marie Tremblay-Holt"]
    assert client.get("/actors/99999").status_code == 404


# ------------------------------------------------------------------------------------ positions
def test_positions_timeline_between_two_countries_in_date_order(client):
    data = client.get("/api/positions", params={"a": "RUS", "b": "USA"}).json()
    assert [(i["date"], i["type"], i["side"]) for i in data["items"]] == [
        ("2023-03-09", "REQUEST", "b"), ("2023-03-10", "REJECT", "a"),
        ("2023-04-03", "THREATEN", "b"), ("2023-04-04", "ACCUSE", "a")]
    reject = data["items"][1]
    assert reject["quote"] == "Russia rejects the American demand to withdraw troops before any talks"
    assert reject["quote_is_statement"] and reject["source"]["title"] == "Moscow rejects US demand for troop withdrawal"


def test_positions_by_actor_name_and_type(client):
    data = client.get("/api/positions", params={"a": "Russia", "b": "United States", "type": "reject"}).json()
    assert [i["type"] for i in data["items"]] == ["REJECT"]
    assert client.get("/api/positions", params={"a": "RUS"}).status_code == 400
    empty = client.get("/api/positions", params={"a": "Nobody Atall", "b": "USA"}).json()
    assert empty["total"] == 0 and empty["sides"]["a"]["actors"] == []


def test_positions_page_and_csv(client):
    html = client.get("/positions", params={"a": "RUS", "b": "USA"}).text
    assert html.count('class="position side-') == 4
    rows = list(csv.DictReader(io.StringIO(client.get("/api/positions", params={"a": "RUS", "b": "USA",
                                                                                "format": "csv"}).text)))
    assert [r["type"] for r in rows] == ["REQUEST", "REJECT", "THREATEN", "ACCUSE"]


# --------------------------------------------------------------------------------------- events
@pytest.mark.parametrize("params, expected", [
    ({"type": "REJECT"}, {"REJECT"}),
    ({"actor": "RUS"}, {"REJECT", "ACCUSE"}),
    ({"actor": "USAGOV"}, {"REQUEST", "THREATEN"}),
    ({"actor": "orlov"}, {"ACCUSE"}),
    ({"recipient": "Russia"}, {"REQUEST", "THREATEN"}),
    ({"country": "NOR"}, {"AGREE"}),
    ({"place": "kherson"}, {"REQUEST"}),
    ({"since": "2023-04-04"}, {"ACCUSE", "AGREE"}),
    ({"until": "2023-03"}, {"REQUEST", "REJECT"}),
    ({"q": "cod"}, {"AGREE"}),
])
def test_event_filters(client, params, expected):
    items = client.get("/api/events", params=params).json()["items"]
    assert {e["type"] for e in items} == expected
    if params.get("since") == "2023-04-04":
        assert len(items) == 3  # two ACCUSE (04-04 and 06-01) and AGREE


def test_event_charts_follow_filters(client):
    network = client.get("/api/events/network", params={"country": "CAN"}).json()["data"]
    assert {(e["type"], e["count"]) for e in network["edges"]} == {("AGREE", 1), ("ACCUSE", 1)}
    places = client.get("/api/events/places").json()["data"]
    assert {p["name"]: p["count"] for p in places} == {"Kherson": 1, "Odesa": 1, "Oslo": 1}
    timeline = client.get("/api/events/timeline", params={"type": "ACCUSE"}).json()["data"]
    assert timeline == [{"period": "2023-04", "type": "ACCUSE", "count": 1}, {"period": "2023-06", "type": "ACCUSE", "count": 1}]


def test_events_page_has_list_timeline_network_and_map(client):
    html = client.get("/events", params={"type": "REQUEST"}).text
    assert 'aria-label="Events per month by type"' in html and 'class="chart network"' in html
    assert 'class="chart map"' in html and '<image href="/world.svg"' in html
    assert html.count("<tr>") == 1 + 1  # header row and one event


def test_event_paging_and_limits(client):
    first = client.get("/api/events", params={"limit": 4}).json()
    assert (len(first["items"]), first["total"]) == (4, 6) and first["next"] == "/api/events?limit=4&offset=4"
    last = client.get(first["next"]).json()
    assert len(last["items"]) == 2 and last["next"] is None
    assert {e["id"] for e in first["items"]}.isdisjoint(e["id"] for e in last["items"])
    assert client.get("/api/events", params={"limit": 501}).status_code == 400
    assert client.get("/api/events", params={"offset": "x"}).status_code == 400
    assert client.get("/api/events", params={"offset": 10**20}).status_code == 400
    assert client.get("/api/events", params={"offset": 10**6}).json()["items"] == []
    assert client.get(f"/api/articles/{10**20}").status_code == 404
    for name in ("actor", "recipient"):
        assert client.get("/events", params={name: str(10**20)}).status_code == 200
        assert client.get("/api/events", params={name: str(10**20)}).json()["total"] == 0
    for name in ("actor", "speaker"):
        assert client.get("/api/search", params={name: str(10**20)}).json()["statements"]["total"] == 0
    assert client.get(f"/actors/{10**20}").status_code == 404


# -------------------------------------------------------------------------------- other lists
def test_statement_and_place_lists(client):
    said = client.get("/api/statements", params={"speaker": "Orlov"}).json()
    assert said["total"] == 2 and all(s["speaker"]["name"] == "Pavel Orlov" for s in said["items"])
    places = client.get("/api/places", params={"country": "UKR"}).json()
    assert {(p["name"], p["events"]) for p in places["items"]} == {("Kherson", 1), ("Odesa", 1)}
    articles = client.get("/api/articles", params={"type": "AGREE"}).json()
    assert [a["title"] for a in articles["items"]] == ["Canada and Norway agree on cod quotas"]


@pytest.mark.parametrize("name, n_rows", [("events", 6), ("statements", 5), ("articles", 4), ("actors", 8), ("places", 4)])
def test_lists_download_as_csv(client, name, n_rows):
    r = client.get(f"/api/{name}", params={"format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == f'attachment; filename="newsgraph-{name}.csv"'
    assert len(list(csv.DictReader(io.StringIO(r.text)))) == n_rows


def test_csv_keeps_filters(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events", params={"format": "csv", "type": "ACCUSE"}).text)))
    assert sorted(r["source.trigger"] for r in rows) == ["accused", "accused"]


# --------------------------------------------------------------------------------------- errors
@pytest.mark.parametrize("params, message", [
    ({"since": "2023-02-30"}, "since='2023-02-30' is not a calendar date."),
    ({"until": "03/10/2023"}, "until='03/10/2023' is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)."),
    ({"country": "RU"}, "country='RU' is not an ISO 3166 alpha-3 code such as RUS or USA."),
    ({"since": "2023-05-01", "until": "2023-04-01"}, "since=2023-05-01 is after until=2023-04-01."),
    ({"format": "xml"}, "format='xml': use csv or json."),
])
def test_bad_filters_are_400_with_a_clear_message(client, params, message):
    r = client.get("/api/events", params=params)
    assert r.status_code == 400 and r.json() == {"error": {"status": 400, "message": message}}


def test_bad_event_type_names_the_valid_ones(client):
    r = client.get("/api/statements", params={"type": "BOMB"})
    assert r.status_code == 400 and "not a PLOVER event type" in r.json()["error"]["message"]
    assert "ASSAULT" in r.json()["error"]["message"]


def test_bad_filter_on_a_page_is_an_html_400(client):
    r = client.get("/events", params={"since": "yesterday"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "since=&#39;yesterday&#39; is not a date" in r.text


def test_unknown_api_path_is_json_404(client):
    r = client.get("/api/nothing")
    assert r.status_code == 404 and r.json()["error"]["status"] == 404


# -------------------------------------------------------------------------------------- openapi
def test_openapi_describes_every_api_route(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    served = {r.path.replace("{id:int}", "{id}") for r in client.app.routes
              if isinstance(r, Route) and r.path.startswith("/api/") and r.path != "/api/openapi.json"}
    assert served == set(spec["paths"])


def test_every_route_answers(client, ids):
    """Each GET route of the app, with the ids it needs, answers 200 (HTML or JSON)."""
    article, actor = ids["test:moscow"], actor_id(client, "Russia")
    for route in client.app.routes:
        if not isinstance(route, Route):
            continue
        path = route.path.replace("{id:int}", str(article if "articles" in route.path else actor))
        params = {"a": "RUS", "b": "USA"} if "positions" in path else {}
        r = client.get(path, params=params)
        assert r.status_code == 200, (path, r.text[:200])
        expected = "application/json" if path.startswith("/api/") else (
            "image/svg+xml" if path.endswith(".svg") else "text/html")
        assert r.headers["content-type"].startswith(expected), path


@pytest.mark.parametrize("path", ["/events", "/articles", "/actors", "/search?q=Russia", "/positions?a=RUS&b=USA"])
def test_pages_show_one_page_with_links_to_the_next(client, path):
    sep = "&" if "?" in path else "?"
    first = client.get(f"{path}{sep}limit=1").text
    assert "1–1 of " in first and 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get(f"{path}{sep}limit=1&offset=1").text
    assert "2–2 of " in second and 'rel="prev"' in second


def test_charts_follow_new_data_stored_while_serving(tmp_path):
    """Aggregates are cached, but an ingest writing at the same time is seen on the next request."""
    from newsgraph.store import Store
    from web_stories import fisheries_accord, moscow_rejects

    url = f"sqlite:///{tmp_path / 'live.db'}"
    with Store.open(url) as store:
        store.save([moscow_rejects()], "test")
    app = create_app(url)
    try:
        c = Client(app)
        assert c.get("/api/home").json()["counts"]["events"] == 2
        assert c.get("/api/home").json()["counts"]["events"] == 2
        assert app.state.cache.hits >= 1
        with Store.open(url) as store:
            store.save([fisheries_accord()], "test")
        home = c.get("/api/home").json()
        assert home["counts"]["events"] == 3
        assert ("2023-05", "AGREE") in {(r["period"], r["type"]) for r in home["timeline"]}
    finally:
        app.state.store.close()


@pytest.mark.parametrize("path", ["/", "/search?q=Russia", "/articles?type=AGREE", "/actors?country=USA", "/events?type=REJECT",
                                  "/positions?a=RUS&b=USA"])
def test_every_page_links_its_json_twin_with_the_same_filters(client, path):
    import re
    from html import unescape

    twin = unescape(re.search(r'<a href="([^"]+)">this page as JSON</a>', client.get(path).text).group(1))
    assert twin.startswith("/api/")
    r = client.get(twin)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    if "?" in path:
        assert r.json()["filters"] or "a=RUS" in twin


def test_an_unexpected_failure_is_a_json_500_without_internals(site, monkeypatch):
    import asyncio

    import httpx

    from newsgraph.web import queries

    def broken(conn):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "counts", broken)
    client = site[0]
    client.app.state.cache.clear()

    async def fetch(path):
        transport = httpx.ASGITransport(app=client.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.get(path)

    r = asyncio.run(fetch("/api/home"))
    assert r.status_code == 500
    assert r.json() == {"error": {"status": 500,
                                  "message": "Internal error while answering this request; see the server log."}}
    page = asyncio.run(fetch("/"))
    assert page.status_code == 500 and "secret internals" not in page.text


def test_an_empty_database_renders_every_page(tmp_path):
    from newsgraph.store import Store

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Store.open(url).close()
    app = create_app(url)
    try:
        c = Client(app)
        for path in ("/", "/search?q=x", "/articles", "/actors", "/events", "/positions?a=RUS&b=USA", "/positions",
                     "/api/home", "/api/events/network", "/api/events?format=csv"):
            assert c.get(path).status_code == 200, path
        assert "No articles yet" in c.get("/").text
        assert c.get("/api/home").json()["counts"]["articles"] == 0
    finally:
        app.state.store.close()


def test_undated_rows_come_last_and_pages_join_up(db_url):
    """Newest first, undated last, on SQLite and PostgreSQL; consecutive pages neither skip nor repeat."""
    from dataclasses import replace

    from web_stories import all_stories, fisheries_accord

    undated = fisheries_accord()
    undated.article = replace(undated.article, published=None, url="https://fish.example/undated",
                              text=undated.article.text + " ", id=None, source="test:undated")
    undated.statements = [replace(s, date=None) for s in undated.statements]
    undated.events = [replace(e, date=None) for e in undated.events]
    from newsgraph.store import Store

    with Store.open(db_url) as store:
        assert not store.save(all_stories() + [undated], "test").failed
    app = create_app(db_url)
    try:
        c = Client(app)
        for name, date_key in (("events", "date"), ("articles", "published"), ("statements", "sort_date")):
            whole = c.get(f"/api/{name}", params={"limit": 100}).json()["items"]
            dates = [item[date_key] for item in whole]
            assert dates[-1] is None and None not in dates[:-1], name
            assert dates[:-1] == sorted(dates[:-1], reverse=True), name
            paged = []
            for offset in range(0, len(whole), 2):
                paged += c.get(f"/api/{name}", params={"limit": 2, "offset": offset}).json()["items"]
            assert [i["id"] for i in paged] == [i["id"] for i in whole], name
    finally:
        app.state.store.close()
