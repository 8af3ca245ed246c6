"""Analyse many articles: parse in batches with ``nlp.pipe`` (all cores when asked), analyse each.

This is the Python API notebooks use::

    import newsgraph
    analysis = newsgraph.analyze("Peskov said on Friday that ...", published="2022-12-02")
    for analysis in newsgraph.Pipeline(settings).run(articles): ...
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Optional

from newsgraph import nlp
from newsgraph.analyze import analyze_doc
from newsgraph.model import Analysis, Article
from newsgraph.settings import Settings


class Pipeline:
    """A loaded spaCy pipeline plus newsgraph's analysis, for one Settings."""

    def __init__(self, settings: Optional[Settings] = None):
        self.settings = settings or Settings()
        self.nlp = nlp.load(self.settings.model)

    def parse(self, texts: Iterable[str]) -> Iterator:
        """spaCy Docs for ``texts``, in order, parsed in batches (in ``workers`` processes when > 1)."""
        n_process = max(1, self.settings.workers)
        return self.nlp.pipe(texts, batch_size=self.settings.batch_size, n_process=n_process)

    def run(self, articles: Iterable[Article],
            on_error: Optional[Callable[[Article, Exception], None]] = None) -> Iterator[Analysis]:
        """One Analysis per article, in order. ``articles`` is consumed lazily (streaming).

        When the analysis of one article fails and ``on_error`` is given, it is called with the
        article and the exception and the run goes on with the next article; otherwise it raises.
        """
        pending: deque[Article] = deque()

        def texts():
            for article in articles:
                pending.append(article)
                yield article.text

        for doc in self.parse(texts()):
            article = pending.popleft()
            try:
                yield analyze_doc(doc, article, self.settings)
            except Exception as exc:  # one odd article must never cost the others
                if on_error is None:
                    raise
                on_error(article, exc)

    def analyze(self, article: Article) -> Analysis:
        return analyze_doc(self.nlp(article.text), article, self.settings)


def analyze(text: str, *, published: Optional[str] = None, title: Optional[str] = None,
            url: Optional[str] = None, settings: Optional[Settings] = None) -> Analysis:
    """Analyse one clean text (used verbatim: offsets index into it)."""
    article = Article(text=text, title=title, published=published, url=url)
    return Pipeline(settings).analyze(article)
