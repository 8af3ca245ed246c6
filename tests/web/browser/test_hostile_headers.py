"""The security headers (CSP, X-Frame-Options, nosniff) break nothing: every main page in Chromium
loads its script, styles and charts with no Content-Security-Policy violation."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_pages_work_under_the_content_security_policy(page, live_server, story_ids):
    _, ids = story_ids
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    for path in ("/", "/articles", f"/articles/{ids['test:moscow']}", "/actors", "/events", "/positions",
                 "/search?q=said"):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        headers = response.headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
    # The article page's script ran under the policy: hovering a highlight fills the detail card.
    page.goto(f"{live_server.url}/articles/{ids['test:moscow']}")
    page.locator("#article-text .hl-event", has_text="urged").hover()
    assert page.locator("#detail-card .detail-event h4").inner_text() == "Event: REQUEST"
    assert [text for text in console if "Content Security Policy" in text] == []
    assert page.errors == []
