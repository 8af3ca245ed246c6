"""The hand-analysed stories of web_stories.py are consistent: every span covers its own text."""
from __future__ import annotations

from web_stories import XSS_MARKERS, _spans, all_stories, hostile_article, unshown_statements


def test_every_story_span_covers_its_own_text():
    for analysis in [*all_stories(), unshown_statements()]:
        for span in _spans(analysis):
            assert analysis.article.text[span.start:span.end] == span.text


def test_hostile_story_carries_markup_in_text_and_names():
    story = hostile_article()
    assert all(marker in story.article.text for marker in XSS_MARKERS)
    assert "<script>" in story.article.title and "onerror=" in story.actors[0].name
