"""A bundled sample story, analysed by the real pipeline, read in Chromium as a newcomer would."""
from __future__ import annotations

import pytest
from harness import LiveServer, screenshot

from web_stories import stored_sample

pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def sample_server(tmp_path_factory):
    from newsgraph.web.app import create_app

    url, analysis, article_id = stored_sample("06-ceasefire-geneva.html", tmp_path_factory.mktemp("sample"))
    with LiveServer(create_app(url)) as server:
        yield server, analysis, article_id


def test_sample_story_highlights_and_details(page, sample_server):
    server, analysis, article_id = sample_server
    assert analysis.statements, "the sample should yield statements"
    page.goto(f"{server.url}/articles/{article_id}")
    text = page.locator("#article-text")
    # One highlight per coded record, on the words the analysis gave.
    assert text.locator(".hl-event").count() == sum(1 for e in analysis.events if e.trigger)
    assert text.locator(".hl-date").all_inner_texts() == [d.text for d in sorted(analysis.dates, key=lambda d: d.start)]
    statement = next(s for s in analysis.statements if s.shown)  # the default view highlights these
    speaker = analysis.actor(statement.speaker)
    text.locator(f'.hl-statement[data-keys~="statement-{statement.id}"]').first.click()
    card = page.locator("#detail-card .detail-statement")
    assert speaker.name in card.inner_text()
    if speaker.title:
        assert speaker.title in card.inner_text()
    screenshot(page, "sample-article")
    card.locator("a.actor-link").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == speaker.name
    assert page.errors == []
