"""Extraction and analysis, fed hostile text and HTML: an article or an error naming the input,
never an exception; every analysis keeps the JSON contract's promise that offsets index into the
text; every article given to the pipeline comes back exactly once, analysed or failed."""
from __future__ import annotations

from hostile_strategies import hostile_text, nasty_text, nested, runs
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest_stories import generated_story, page_html
from newsgraph.errors import InputError
from newsgraph.extract.text import unusable
from newsgraph.inputs import extract_article
from newsgraph.model import Article, RawDocument
from newsgraph.pipeline import Pipeline
from newsgraph.settings import Settings

SETTINGS = Settings(article_seconds=30.0)
GOOD_PAGE = page_html("Ferry returns", "2024-03-05", generated_story(1).split("\n\n"))

html_text = st.one_of(
    hostile_text,
    nested("<div>", "</div>", "<p>Ina Dorn said the ferry runs again.</p>", max_depth=3000),
    st.tuples(st.integers(0, len(GOOD_PAGE)), hostile_text).map(
        lambda t: GOOD_PAGE[:t[0]] + t[1] + GOOD_PAGE[t[0]:]),
    st.integers(1, 20_000).map(lambda n: "<html><body>" + "<p>Ina Dorn said so.</p>" * n + "</body></html>"),
)


@given(st.sampled_from(["text", "html"]), st.booleans(), st.one_of(html_text, st.binary(max_size=2000)))
@settings(max_examples=60)
def test_extraction_gives_a_usable_article_or_names_the_input(kind, verbatim, content):
    raw = RawDocument(content=content, source="in.x", kind=kind, verbatim=verbatim and kind == "text")
    try:
        article = extract_article(raw, SETTINGS)
    except InputError as error:
        assert error.source == "in.x" and error.reason
        return
    assert unusable(article.text) is None
    assert len(article.text) <= SETTINGS.max_chars


def _spans(value):
    """Every {start, end, text} span anywhere in an analysis's JSON."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield value
        for item in value.values():
            yield from _spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from _spans(item)


analysis_text = st.one_of(
    nasty_text,
    runs(max_length=3000),
    st.tuples(st.integers(0, 400), nasty_text).map(
        lambda t: generated_story(t[0]) + t[1] + " Ina Dorn said: \"" + t[1] + "\""),
    st.lists(st.sampled_from(["He said", "she said", "they said.", "\"", "(", "Mr.", "\n\n", "Ina Dorn",
                              "told", "on Monday", "in Aldmere", "—", "'"]), max_size=200).map(" ".join),
)


@given(st.lists(analysis_text, min_size=1, max_size=4))
@settings(max_examples=25)
def test_every_article_is_analysed_or_failed_once_and_spans_index_the_text(texts):
    # (an id given: model.content_id cannot hash a lone surrogate; such texts fail in the pipeline)
    articles = [Article(text=text, source=f"a{i}", id=f"a{i}") for i, text in enumerate(texts)]
    failed: list[str] = []
    pipeline = Pipeline(SETTINGS)
    analysed = []
    for analysis in pipeline.run(articles, on_error=lambda article, exc: failed.append(article.source)):
        analysed.append(analysis.article.source)
        data = analysis.to_json()
        for span in _spans(data):
            assert analysis.article.text[span["start"]:span["end"]] == span["text"], span
    assert sorted(analysed + failed) == sorted(a.source for a in articles)
    assert len(set(analysed + failed)) == len(articles)
    for article in articles:  # the only failures: texts that cannot be articles
        assert (article.source in failed) == (unusable(article.text) is not None), article.source
