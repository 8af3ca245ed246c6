"""newsgraph: who said what, who did what to whom, when and where — evidence-linked, from news.

The public API (importing it loads no model; the first analysis does)::

    newsgraph.analyze(text, published="2022-12-02") -> Analysis
    newsgraph.Pipeline(settings).run(articles)      -> Iterator[Analysis]
    newsgraph.extract(raw_document)                 -> Article
    newsgraph.open("sqlite:///newsgraph.db")        -> Database: .statements(...), .events(...) (notebook.py)
"""
from newsgraph.extract import extract
from newsgraph.model import Actor, Analysis, Article, DateRef, Event, Place, RawDocument, Span, Statement
from newsgraph.pipeline import Pipeline, analyze
from newsgraph.settings import Settings

__version__ = "0.1.0"


def open(url: str):  # noqa: A001 - newsgraph.open(url) reads a database, as documented
    """Open a newsgraph database read-only for reading in Python (see ``newsgraph.notebook``)."""
    from newsgraph.notebook import open as open_database

    return open_database(url)


__all__ = [
    "analyze", "extract", "open", "Pipeline", "Settings", "Analysis", "Article", "RawDocument",
    "Actor", "Statement", "Event", "Place", "DateRef", "Span", "__version__",
]
