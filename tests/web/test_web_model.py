"""A bundled sample story analysed by the real pipeline (spaCy), stored, and shown by the web app:
every statement, event, place and date the analysis found is highlighted on exactly its words."""
from __future__ import annotations

import re
from html import unescape

import pytest

from newsgraph.web.app import create_app
from web_stories import Client, stored_sample

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    url, analysis, article_id = stored_sample("01-lithium-talks.txt", tmp_path_factory.mktemp("webmodel"))
    app = create_app(url)
    yield Client(app), analysis, article_id
    app.state.store.close()


def segments(html: str, key: str) -> str:
    """The text of every highlighted segment that carries ``key``, joined in page order."""
    pattern = rf'<span class="hl [^"]*" data-keys="(?:[^"]* )?{re.escape(key)}(?: [^"]*)?" tabindex="0">([^<]*)</span>'
    return "".join(unescape(m) for m in re.findall(pattern, html))


def covered(text: str, spans) -> str:
    """The characters of ``text`` under any of ``spans``, in order (newlines are never wrapped)."""
    at = sorted({i for s in spans for i in range(s.start, s.end)})
    return "".join(text[i] for i in at if text[i] != "\n")


def test_sample_analysis_is_shown_on_its_words(served):
    client, analysis, article_id = served
    assert analysis.statements, "the sample story should yield statements"
    html = client.get(f"/articles/{article_id}?frame=all").text  # every statement, shown or not
    text = analysis.article.text
    for s in analysis.statements:
        assert segments(html, f"statement-{s.id}") == covered(text, [*s.content, *([s.cue] if s.cue else [])])
    shown = client.get(f"/articles/{article_id}").text  # the default view: only the shown statements
    for s in analysis.statements:
        assert bool(segments(shown, f"statement-{s.id}")) == s.shown, s
    for e in analysis.events:
        assert segments(html, f"event-{e.id}") == covered(text, [e.trigger])
    for p in analysis.places:
        assert segments(html, f"place-{p.id}") == covered(text, p.mentions)
    for a in analysis.actors:
        assert segments(html, f"actor-{a.id}") == covered(text, a.mentions)


def test_sample_api_matches_the_analysis(served):
    client, analysis, article_id = served
    data = client.get(f"/api/articles/{article_id}").json()
    assert data["text"] == analysis.article.text
    assert len(data["statements"]) == len(analysis.statements)
    assert sorted(e["type"] for e in data["events"]) == sorted(e.type for e in analysis.events)
    assert [(d["text"], d["value"]) for d in data["dates"]] == [(d.text, d.value) for d in analysis.dates]
    assert [s["content"] for s in data["statements"]] == [[c.to_json() for c in s.content] for s in analysis.statements]
