"""Analyse many articles: parse in batches with ``nlp.pipe`` (all cores when asked), analyse each.

This is the Python API notebooks use::

    import newsgraph
    analysis = newsgraph.analyze("Peskov said on Friday that ...", published="2022-12-02")
    for analysis in newsgraph.Pipeline(settings).run(articles): ...

One article never costs another: each is parsed and analysed within its time budget
(``settings.article_seconds``); a batch whose parse fails or runs over is parsed again article by
article, so only the article at fault fails.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Optional

from newsgraph import nlp
from newsgraph.analyze import analyze_doc
from newsgraph.batch.budget import OverTime, within
from newsgraph.extract.text import unusable
from newsgraph.model import Analysis, Article
from newsgraph.settings import Settings

OnError = Callable[[Article, Exception], None]


class ArticleFailed(ValueError):
    """Why one article could not be analysed (passed to ``on_error``; the message is for people)."""


class Pipeline:
    """A loaded spaCy pipeline plus newsgraph's analysis, for one Settings."""

    def __init__(self, settings: Optional[Settings] = None):
        self.settings = settings or Settings()
        self.nlp = nlp.load(self.settings.model)

    def parse(self, texts: Iterable[str]) -> Iterator:
        """spaCy Docs for ``texts``, in order, parsed in batches (in ``workers`` processes when > 1)."""
        n_process = max(1, self.settings.workers)
        return self.nlp.pipe(texts, batch_size=self.settings.batch_size, n_process=n_process)

    def run(self, articles: Iterable[Article], on_error: Optional[OnError] = None) -> Iterator[Analysis]:
        """One Analysis per article, in order. ``articles`` is consumed lazily (streaming).

        When one article fails (unusable text, a parse or analysis error, over its time budget)
        and ``on_error`` is given, it is called with the article and the exception and the run goes
        on with the next article; otherwise the exception is raised.
        """
        usable = self._usable(articles, on_error)
        if self.settings.workers > 1:
            yield from self._run_streaming(usable, on_error)
            return
        size = max(1, self.settings.batch_size)
        while batch := list(islice(usable, size)):
            yield from self.run_batch(batch, on_error)

    def run_batch(self, batch: list[Article], on_error: Optional[OnError] = None) -> Iterator[Analysis]:
        """Analyses of ``batch``, parsed with one ``nlp.pipe`` call in this process.

        The batch's parse has one article's budget; when it fails or runs over, each article is
        parsed alone with its own, so only the one at fault fails.
        """
        budget = self.settings.article_seconds
        try:
            with within(budget):
                docs = list(self.nlp.pipe((a.text for a in batch), batch_size=len(batch)))
        except (Exception, OverTime) as exc:  # noqa: BLE001 - find the article at fault, alone
            if len(batch) == 1:
                self._failed(batch[0], exc, "parse", on_error)
                return
            for article in batch:
                yield from self.run_batch([article], on_error)
            return
        for doc, article in zip(docs, batch):
            analysis = self._analyze(doc, article, on_error)
            if analysis is not None:
                yield analysis

    def _run_streaming(self, articles: Iterator[Article], on_error: Optional[OnError]) -> Iterator[Analysis]:
        """Several parser processes (``nlp.pipe(n_process=...)``): only the analysis is guarded."""
        pending: deque[Article] = deque()

        def texts():
            for article in articles:
                pending.append(article)
                yield article.text

        for doc in self.parse(texts()):
            analysis = self._analyze(doc, pending.popleft(), on_error)
            if analysis is not None:
                yield analysis

    def _analyze(self, doc, article: Article, on_error: Optional[OnError]) -> Optional[Analysis]:
        try:
            with within(self.settings.article_seconds):
                return analyze_doc(doc, article, self.settings)
        except (Exception, OverTime) as exc:  # noqa: BLE001 - one odd article must never cost the others
            self._failed(article, exc, "analysis", on_error)
            return None

    def _usable(self, articles: Iterable[Article], on_error: Optional[OnError]) -> Iterator[Article]:
        """The articles whose text can be parsed; the others go to ``on_error`` (or raise)."""
        for article in articles:
            problem = text_problem(article.text, self.settings)
            if problem is None:
                yield article
            elif on_error is None:
                raise ArticleFailed(problem)
            else:
                on_error(article, ArticleFailed(problem))

    def _failed(self, article: Article, exc: BaseException, step: str, on_error: Optional[OnError]) -> None:
        if isinstance(exc, OverTime):
            exc = ArticleFailed(f"{step} took longer than the budget of {self.settings.article_seconds:g} s "
                                "an article (settings.article_seconds)")
        if on_error is None:
            raise exc
        on_error(article, exc)

    def analyze(self, article: Article) -> Analysis:
        return analyze_doc(self.nlp(article.text), article, self.settings)


def text_problem(text, settings: Settings) -> Optional[str]:
    """Why ``text`` cannot be analysed as an article (``extract.text.unusable``, or longer than
    ``settings.max_chars``), or None."""
    problem = unusable(text) if isinstance(text, str) else "the text is not a string"
    if problem is None and len(text) > settings.max_chars:
        problem = (f"the text is too long ({len(text):,} characters; the limit is "
                   f"{settings.max_chars:,}, settings.max_chars)")
    return problem


def reason(exc: Exception) -> str:
    """What ``on_error``'s exception says, for an error row or a terminal line."""
    if isinstance(exc, ArticleFailed):
        return str(exc)
    return f"analysis failed ({exc.__class__.__name__}: {exc})"


def analyze(text: str, *, published: Optional[str] = None, title: Optional[str] = None,
            url: Optional[str] = None, settings: Optional[Settings] = None) -> Analysis:
    """Analyse one clean text (used verbatim: offsets index into it). An empty text gives an empty
    analysis; a text no article can hold (a NUL, a lone surrogate, only control characters, more than
    ``settings.max_chars``) raises ``ArticleFailed`` saying why, as the pipeline reports it."""
    pipeline = Pipeline(settings)
    problem = text_problem(text, pipeline.settings) if text.strip() else None
    if problem is not None:
        raise ArticleFailed(problem)
    article = Article(text=text, title=title, published=published, url=url)
    return pipeline.analyze(article)
