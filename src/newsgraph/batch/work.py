"""The work ingest sends to workers: pure functions of their arguments, run by any runner.

``extract_batch`` turns RawDocuments into Articles; ``analyze_batch`` parses a batch of articles
with one ``nlp.pipe`` call and analyses each. Both return records (never raise for one bad input),
load the spaCy model at most once per process (``nlp.load`` caches it) and touch no database:
the one writer in the main process stores what they return. The local process pool and a Dask
cluster run exactly these functions.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np

from newsgraph import nlp
from newsgraph.batch.neardup import signature
from newsgraph.errors import InputError
from newsgraph.inputs import extract_article
from newsgraph.model import Analysis, Article, RawDocument
from newsgraph.pipeline import Pipeline
from newsgraph.settings import Settings
from newsgraph.store.keys import content_hash


@dataclass
class Failure:
    """One input that could not be ingested: ``source`` names it, ``reason`` says why.

    (A plain record rather than the ``InputError`` itself: exceptions with extra constructor
    arguments do not survive pickling between processes.)
    """

    source: str
    reason: str

    @classmethod
    def of(cls, error: InputError) -> Failure:
        return cls(error.source, error.reason)


@dataclass
class Extracted:
    """A clean article and its content hash (the key the store knows it by)."""

    article: Article
    content_hash: str


@dataclass
class Analyzed:
    """A finished analysis and the near-duplicate signature of its text."""

    analysis: Analysis
    signature: np.ndarray


def extract_one(raw: RawDocument, settings: Settings) -> Extracted | Failure:
    """The clean article of ``raw``, or why there is none."""
    try:
        article = extract_article(raw, settings)
    except InputError as error:
        return Failure.of(error)
    return Extracted(article, content_hash(article.text))


def extract_batch(raws: Sequence[RawDocument], settings: Settings) -> list[Extracted | Failure]:
    """``extract_one`` for each document, in order."""
    return [extract_one(raw, settings) for raw in raws]


def analyze_batch(articles: Sequence[Article], settings: Settings) -> list[Analyzed | Failure]:
    """Parse ``articles`` in one ``nlp.pipe`` pass and analyse each, in order.

    An article whose analysis fails becomes a ``Failure``; the others are unaffected. This runs
    inside a worker process, so the parse itself stays in this process (``workers=1``).
    """
    results: list[Analyzed | Failure] = []

    def failed(article: Article, exc: Exception) -> None:
        results.append(Failure(_name(article), f"analysis failed ({exc.__class__.__name__}: {exc})"))

    for analysis in Pipeline(replace(settings, workers=1)).run(articles, on_error=failed):
        results.append(Analyzed(analysis, signature(analysis.article.text)))
    return results


def _name(article: Article) -> str:
    return article.source or article.url or article.id or "?"


def warm_up(settings: Settings) -> Optional[str]:
    """Load the model in this process ahead of the first batch; the model's name, for logs."""
    model = nlp.load(settings.model)
    return model.meta.get("name")
