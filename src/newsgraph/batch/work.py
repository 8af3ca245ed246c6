"""The work ingest sends to workers: pure functions of their arguments, run by any runner.

``extract_batch`` turns RawDocuments into Articles; ``analyze_batch`` parses a batch of articles
with one ``nlp.pipe`` call and analyses each. Both return records (never raise for one bad input),
load the spaCy model at most once per process (``nlp.load`` caches it) and touch no database:
the one writer in the main process stores what they return. The local process pool and a Dask
cluster run exactly these functions.
"""
from __future__ import annotations

import gc
import os
import socket
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Optional

import numpy as np

from newsgraph.batch.budget import OverTime, within
from newsgraph.batch.neardup import signature
from newsgraph.errors import MAX_REASON_CHARS, InputError, printable
from newsgraph.inputs import extract_article
from newsgraph.model import Analysis, Article, RawDocument
from newsgraph.pipeline import Pipeline, reason
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
    """The clean article of ``raw`` and its content hash, or why there is none.

    Every step (decoding, extraction, checks, hashing) runs under this one guard, within the
    article's time budget: whatever goes wrong is this input's failure, never its batch's.
    """
    try:
        with within(settings.article_seconds):
            article = extract_article(raw, settings)
            return Extracted(article, content_hash(article.text))
    except InputError as error:
        return Failure.of(error)
    except OverTime:
        return Failure(printable(raw.source or raw.url or "?"),
                       f"extraction took longer than the budget of {settings.article_seconds:g} s "
                       "an article (settings.article_seconds)")
    except Exception as exc:  # noqa: BLE001 - one input that breaks a step costs only itself
        return Failure(printable(raw.source or raw.url or "?"),
                       printable(f"extraction failed ({exc.__class__.__name__}: {exc})", MAX_REASON_CHARS))


def extract_batch(raws: Sequence[RawDocument], settings: Settings) -> list[Extracted | Failure]:
    """``extract_one`` for each document, in order."""
    return [extract_one(raw, settings) for raw in raws]


def analyze_batch(articles: Sequence[Article], settings: Settings) -> list[Analyzed | Failure]:
    """Parse ``articles`` in one ``nlp.pipe`` pass and analyse each, in order.

    An article that fails (its parse, its analysis, its time budget) becomes a ``Failure``; the
    others are unaffected: a batch whose parse fails is parsed again article by article
    (``Pipeline.run_batch``). This runs inside a worker process, so the parse itself stays in
    this process (``workers=1``).
    """
    results: dict[int, Analyzed | Failure] = {}
    index = {id(article): i for i, article in enumerate(articles)}

    def failed(article: Article, exc: Exception) -> None:
        results[index[id(article)]] = Failure(_name(article), printable(reason(exc), MAX_REASON_CHARS))

    pipeline = Pipeline(replace(settings, workers=1, batch_size=max(1, len(articles))))
    for analysis in pipeline.run(articles, on_error=failed):
        try:
            results[index[id(analysis.article)]] = Analyzed(analysis, signature(analysis.article.text))
        except Exception as exc:  # noqa: BLE001 - (the signature) costs only this article
            failed(analysis.article, exc)
    return [results[i] for i in range(len(articles))]


@dataclass
class Done:
    """What a worker sends back for one batch: its results, who ran it and how long it took."""

    results: list
    worker: str  # host:pid
    seconds: float


def _timed(function, items: Sequence, settings: Settings) -> Done:
    started = time.perf_counter()
    results = function(items, settings)
    return Done(results, f"{socket.gethostname()}:{os.getpid()}", time.perf_counter() - started)


def run_extract(raws: Sequence[RawDocument], settings: Settings) -> Done:
    """``extract_batch``, as the runners call it (with the worker's name and time)."""
    return _timed(extract_batch, raws, settings)


def run_analyze(articles: Sequence[Article], settings: Settings) -> Done:
    """``analyze_batch``, as the runners call it (with the worker's name and time)."""
    return _timed(analyze_batch, articles, settings)


def _name(article: Article) -> str:
    return printable(article.source or article.url or article.id or "?")


WARM_UP_TEXT = ("Lena Ott, a spokeswoman for the port authority in Aldmere, said on Monday that "
                "the ferry to Norway would run again from Friday.")


def warm_up(settings: Settings) -> Optional[str]:
    """Load the model, and every table the analysis reads, in this process ahead of the first
    batch (an invented sentence is analysed once); the model's name, for logs.

    So no article's time budget pays for loading, and no budget cuts a loading short.
    """
    pipeline = Pipeline(replace(settings, workers=1))
    pipeline.analyze(Article(text=WARM_UP_TEXT, published="2024-01-01"))
    settle_loaded()
    return pipeline.nlp.meta.get("name")


def settle_loaded() -> None:
    """Leave everything loaded so far (the model, the tables) out of garbage collection from now on.

    A worker process keeps them until it ends, yet every full collection would walk all their objects
    again, at a cost that falls on whichever article's stage crosses the collector's threshold; frozen,
    they are never walked (``gc.freeze``). Called once per worker process, after ``warm_up`` has loaded
    everything; objects the analysis makes later are collected as usual. Measured by
    ``benchmarks/analyze_speed.py`` (``--no-freeze`` shows the analysis without it).
    """
    gc.collect()
    gc.freeze()
