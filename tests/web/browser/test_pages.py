"""The pages in a real headless Chromium: highlights and their details, links, filters, no hostile script.

Screenshots of the main pages are saved under test-artifacts/screenshots/.
"""
from __future__ import annotations

import pytest
from harness import LiveServer, screenshot

pytestmark = pytest.mark.browser


def test_article_highlights_show_coded_details_on_hover_and_click(page, live_server, story_ids):
    _, ids = story_ids
    page.goto(f"{live_server.url}/articles/{ids['test:moscow']}")
    text = page.locator("#article-text")
    assert text.locator(".hl-statement").first.is_visible()
    # Highlights sit on the very words the analysis found.
    assert text.locator(".hl-event").all_inner_texts() == ["rejects", "urged"]
    assert text.locator(".hl-place").all_inner_texts() == ["Moscow", "Kherson"]
    assert text.locator(".hl-date").all_inner_texts() == ["on Friday", "on Thursday"]
    assert "".join(text.locator('.hl-statement[data-keys~="statement-S2"]').all_inner_texts()) == (
        "We will not accept conditions written in Washington")

    card = page.locator("#detail-card")
    text.locator(".hl-event", has_text="urged").hover()
    assert card.locator(".detail-event h4").inner_text() == "Event: REQUEST"
    assert "Dana Whitfield → Russia" in card.inner_text() and "Kherson" in card.inner_text()
    assert "2023-03-09" in card.inner_text()

    text.locator(".hl-cue", has_text="told").click()
    statement = card.locator(".detail-statement")
    assert "Pavel Orlov" in statement.inner_text() and "Kremlin aide" in statement.inner_text()
    assert text.locator(".hl.selected").count() >= 1
    screenshot(page, "article")

    # The selected detail stays when the pointer leaves the text.
    page.mouse.move(5, 5)
    assert "Kremlin aide" in card.inner_text()
    assert page.errors == []


def test_follow_an_actor_link_from_a_highlight(page, live_server, story_ids):
    _, ids = story_ids
    page.goto(f"{live_server.url}/articles/{ids['test:moscow']}")
    page.locator("#article-text .hl-actor", has_text="Dana Whitfield").click()
    page.locator("#detail-card a.actor-link").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Dana Whitfield"
    assert "State Department spokeswoman" in page.locator(".facts").inner_text()
    assert "/actors/" in page.url
    screenshot(page, "actor")


def test_event_type_filter_narrows_the_list(page, live_server):
    page.goto(f"{live_server.url}/events")
    assert page.locator("table.events tbody tr").count() == 6
    screenshot(page, "events")
    page.select_option("select[name=type]", "ACCUSE")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*type=ACCUSE*")
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 2
    assert all("ACCUSE" in t for t in rows.all_inner_texts())


def test_search_and_facet_click(page, live_server):
    page.goto(f"{live_server.url}/")
    page.fill(".nav-search input", "Washington")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Washington")
    assert page.locator("ol.statements li.statement").count() == 2
    page.locator('[data-facet="speaker"] a', has_text="Dana Whitfield").click()
    page.wait_for_load_state()
    assert page.locator("ol.statements li.statement").count() == 1
    screenshot(page, "search")


def test_positions_view_between_two_countries(page, live_server):
    page.goto(f"{live_server.url}/positions")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "USA")
    page.click("form.filters button[type=submit]")
    page.wait_for_load_state()
    items = page.locator("li.position")
    assert items.count() == 4
    assert "REJECT" in items.nth(1).inner_text() and "withdraw troops" in items.nth(1).inner_text()
    screenshot(page, "positions")


def test_home_page(page, live_server):
    page.goto(f"{live_server.url}/")
    assert page.locator(".count-card").count() == 6
    assert page.locator("svg.chart rect").count() == 6
    screenshot(page, "home")


def test_hostile_article_runs_no_script(page, live_server, story_ids):
    _, ids = story_ids
    page.goto(f"{live_server.url}/articles/{ids['test:xss']}")
    # Hovering and clicking each highlight would fire any injected handler.
    for hl in page.locator("#article-text .hl").all():
        hl.hover()
        hl.click()
    for item in page.locator(".article-side li a").all()[:3]:
        item.hover()
    assert page.evaluate("() => window.__xss === undefined")
    assert page.errors == []
    # The hover card shows the hostile actor name and title as text, never as markup.
    page.locator("#article-text .hl-actor").first.click()
    card = page.locator("#detail-card")
    assert "Ivo <img src=y onerror=\"window.__xss='actor'\">Marek" in card.inner_text()
    assert card.locator("img, i, script").count() == 0
    assert page.locator("h1").inner_text() == "<script>window.__xss='title ran'</script>Talks fail"
    assert "<script>window.__xss = 'script ran'</script>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script, #article-text img, #article-text svg").count() == 0
    screenshot(page, "hostile-article")
    for path in ("/events", "/search?q=talks", "/actors"):
        page.goto(live_server.url + path)
        assert page.evaluate("() => window.__xss === undefined"), path
    assert page.errors == []


def test_token_protected_server_in_the_browser(chromium, story_ids):
    """Without the token a page is refused; opened once with ?token= the cookie carries it on."""
    from newsgraph.web.app import create_app

    url, _ = story_ids
    context = chromium.new_context()
    page = context.new_page()
    try:
        with LiveServer(create_app(url, token="browser-secret")) as server:
            response = page.goto(f"{server.url}/events")
            assert response.status == 401 and "access token" in page.locator("main").inner_text()
            response = page.goto(f"{server.url}/?token=browser-secret")
            assert response.status == 200
            # The stylesheet loaded with the cookie: the nav bar has its dark background.
            assert page.evaluate("getComputedStyle(document.querySelector('.topbar')).backgroundColor") == "rgb(23, 50, 77)"
            page.click("nav.nav a[href='/events']")
            page.wait_for_url("**/events")
            assert page.locator("table.events tbody tr").count() == 6
            assert "browser-secret" not in page.content()
    finally:
        context.close()


@pytest.fixture(scope="module")
def pier_server(tmp_path_factory):
    from newsgraph.web.app import create_app
    from web_stories import stored, unshown_statements

    url = f"sqlite:///{tmp_path_factory.mktemp('pier') / 'web.db'}"
    [article_id] = stored(url, [unshown_statements()])
    app = create_app(url)
    with LiveServer(app) as server:
        yield server, article_id
    app.state.store.close()


def test_article_lists_shown_statements_and_links_to_all(page, pier_server):
    server, article_id = pier_server
    page.goto(f"{server.url}/articles/{article_id}")
    side = page.locator(".article-side")
    assert side.locator('li[id^="statement-"]').count() == 1
    text = page.locator("#article-text")
    assert text.locator(".hl-statement").all_inner_texts() == ["the pier will reopen in May"]
    assert "2 more not shown" in side.locator("p.not-shown").inner_text()
    side.locator("p.not-shown a", has_text="Show all 3").click()
    page.wait_for_url("**?frame=all")
    assert side.locator('li[id^="statement-"]').count() == 3
    assert "unresolved speaker" in side.locator("#statement-S2").inner_text()
    text.locator(".hl-cue", has_text="believes").click()
    assert "Lena Brandt" in page.locator("#detail-card .detail-statement").inner_text()
    side.locator("p.not-shown a").click()
    page.wait_for_url(f"**/articles/{article_id}")
    assert side.locator('li[id^="statement-"]').count() == 1
    assert page.errors == []
