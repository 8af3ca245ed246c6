from __future__ import annotations

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import Pipeline
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def test_run_keeps_order_and_streams():
    texts = [f"Story number {i}. The minister said that talks would resume." for i in range(7)]
    analyses = list(Pipeline(Settings(batch_size=3)).run(Article(text=t) for t in texts))
    assert [a.article.text for a in analyses] == texts


def test_one_failing_article_does_not_cost_the_others(monkeypatch):
    import newsgraph.pipeline as pipeline_module

    real = pipeline_module.analyze_doc

    def flaky(doc, article, settings):
        if "poison" in article.text:
            raise ValueError("boom")
        return real(doc, article, settings)

    monkeypatch.setattr(pipeline_module, "analyze_doc", flaky)
    failures = []
    texts = ["First story.", "A poison story.", "Third story."]
    analyses = list(Pipeline().run((Article(text=t) for t in texts),
                                   on_error=lambda article, exc: failures.append((article.text, str(exc)))))
    assert [a.article.text for a in analyses] == ["First story.", "Third story."]
    assert failures == [("A poison story.", "boom")]


def test_analyze_api_offsets_index_into_the_given_text():
    import newsgraph

    text = 'The minister said on Monday that the port would reopen.'
    analysis = newsgraph.analyze(text, published="2024-05-08")
    for span in [d for d in analysis.dates]:
        assert text[span.start:span.end] == span.text


def test_an_unpaired_quote_is_a_warning_and_the_rest_is_still_read():
    import newsgraph

    text = ('The minister said that the port would reopen on Monday. '
            '"We will not wait, the spokeswoman added.\n\n'
            'Officials said that talks would resume in June.')
    analysis = newsgraph.analyze(text, published="2024-05-08")
    assert analysis.warnings and "quote" in analysis.warnings[0].lower()
    cues = [s.cue.text for s in analysis.statements if s.cue]
    assert "said" in cues and cues.count("said") == 2
