"""newsgraph: who said what, who did what to whom, when and where — evidence-linked, from news.

The public API (importing it loads no model; the first analysis does)::

    newsgraph.analyze(text, published="2022-12-02") -> Analysis
    newsgraph.Pipeline(settings).run(articles)      -> Iterator[Analysis]
    newsgraph.extract(raw_document)                 -> Article
    newsgraph.open("sqlite:///newsgraph.db")        -> Database: .statements(...), .events(...) (notebook.py)

``newsgraph.analyze`` and ``newsgraph.extract`` are subpackages (``newsgraph.analyze.events``, ``newsgraph.extract.html``
and the rest) and, being callable, the calls above: a function bound over a package's attribute would
hide the subpackage from ``import newsgraph.analyze.events as events`` (Python finds a submodule
through its parent's attribute). The functions themselves are ``newsgraph.pipeline.analyze`` and
``newsgraph.extract.extract``, the names to use where a type checker must see a function.
"""
from types import ModuleType
from typing import Optional

from newsgraph import analyze, extract
from newsgraph.extract import ExtractOptions
from newsgraph.extract import extract as extract_article
from newsgraph.model import Actor, Analysis, Article, DateRef, Event, Place, RawDocument, Span, Statement
from newsgraph.pipeline import Pipeline
from newsgraph.pipeline import analyze as analyze_text
from newsgraph.settings import Settings

__version__ = "0.1.0"


class _CallableAnalyze(ModuleType):
    """The class of the ``newsgraph.analyze`` module: calling it runs ``newsgraph.pipeline.analyze``."""

    def __call__(self, text: str, *, published: Optional[str] = None, title: Optional[str] = None,
                 url: Optional[str] = None, settings: Optional[Settings] = None) -> Analysis:
        """Analyse one clean text (see ``newsgraph.pipeline.analyze``)."""
        return analyze_text(text, published=published, title=title, url=url, settings=settings)


class _CallableExtract(ModuleType):
    """The class of the ``newsgraph.extract`` package: calling it runs ``newsgraph.extract.extract``."""

    def __call__(self, raw: RawDocument, options: Optional[ExtractOptions] = None) -> Article:
        """The clean article in ``raw`` (see ``newsgraph.extract.extract``)."""
        return extract_article(raw, options)


analyze.__class__ = _CallableAnalyze
extract.__class__ = _CallableExtract


def open(url: str):  # noqa: A001 - newsgraph.open(url) reads a database, as documented
    """Open a newsgraph database read-only for reading in Python (see ``newsgraph.notebook``)."""
    from newsgraph.notebook import open as open_database

    return open_database(url)


__all__ = [
    "analyze", "extract", "open", "Pipeline", "Settings", "Analysis", "Article", "RawDocument",
    "Actor", "Statement", "Event", "Place", "DateRef", "Span", "__version__",
]
