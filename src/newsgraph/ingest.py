"""Ingest news into a database: sources -> workers (extract, parse, analyse) -> one writer.

    from newsgraph.ingest import ingest
    summary = ingest(["news/", "https://example.org/feed.xml"], Settings(db_url="sqlite:///n.db", workers=4))

How it goes, and why:

- The main process reads the sources (``sources.expand``, the only I/O of input), and before any
  work is sent out it asks the store whether the article is there already (by URL, and after
  extraction by content hash): a stored article is skipped, never re-analysed.
- Workers (``batch.local`` processes, or a Dask cluster) run the pure functions of ``batch.work``:
  extraction in batches, then parsing with ``nlp.pipe`` and analysis in batches. They return
  records and never touch the database.
- The main process is the one writer: it stores analyses a batch at a time (``Store.save``, one
  transaction per batch, each article whole or not at all), groups near-duplicates
  (``batch.neardup``) and records every input that failed in the ``errors`` table.
- Batches start at ``RAMP_START`` articles and double up to ``settings.batch_size``; the end of the
  input is shared evenly by the workers. Each article is its own unit of failure: a worker records
  what goes wrong with one article (or its time budget running out) as that article's failure; a
  batch whose worker process dies is sent again one article at a time, so only an article that
  kills a worker by itself is lost (and recorded). The ``errors`` table holds one row per input.
- At most ``3 x workers`` batches are in flight and every buffer is bounded, so memory stays
  flat however large the input. A kill at any point loses only uncommitted work; running the
  same command again skips what is stored and finishes the rest.
"""
from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Optional

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from newsgraph import __version__
from newsgraph.batch import work
from newsgraph.batch.local import LocalRunner
from newsgraph.batch.neardup import WINDOW, NearDuplicates, signature
from newsgraph.batch.progress import Progress
from newsgraph.errors import MAX_REASON_CHARS, InputError, StoreError, printable
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings
from newsgraph.sources.expand import iter_sources
from newsgraph.sources.skipped import AlreadyStored
from newsgraph.store import Store, actor_codings, content_hash
from newsgraph.store.schema import articles as articles_table

FLUSH_AFTER_S = 1.0  # a partial batch waits at most this long for company (slow sources)
RAMP_START = 4  # articles in the first batch of each kind; each next one is twice as big, to batch_size
EXAMPLE_ERRORS = 5


@dataclass
class IngestSummary:
    """What one ingestion did."""

    stored: int = 0  # new articles stored
    reanalyzed: int = 0  # stored articles whose analysis was replaced (--reanalyze)
    skipped: int = 0  # already stored (same URL or same content hash)
    failed: int = 0  # inputs recorded in the errors table
    duplicates: int = 0  # newly stored articles that joined an existing near-duplicate group
    seconds: float = 0.0
    interrupted: bool = False
    workers: int = 1
    errors: list[tuple[str, str]] = field(default_factory=list)  # the first few (source, reason)
    # worker (host:pid) -> (articles analysed, seconds spent analysing them)
    per_worker: dict[str, tuple[int, float]] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return self.stored + self.reanalyzed + self.skipped + self.failed

    @property
    def articles_per_second(self) -> float:
        return (self.stored + self.reanalyzed) / self.seconds if self.seconds > 0 else 0.0

    def describe(self) -> str:
        """The summary a person reads at the end of a run."""
        parts = [f"{self.stored} stored"]
        if self.reanalyzed:
            parts.append(f"{self.reanalyzed} re-analysed")
        parts += [f"{self.skipped} skipped (already stored)", f"{self.failed} failed",
                  f"{self.duplicates} near-duplicates grouped"]
        return (", ".join(parts) + f" in {self.seconds:.1f} s ({self.articles_per_second:.1f} articles/s, "
                f"{self.workers} worker{'s' if self.workers != 1 else ''})")

    def describe_workers(self) -> list[str]:
        """One line per worker: articles analysed and its own rate (busy time only)."""
        return [f"worker {name}: {articles} articles analysed in {seconds:.1f} s "
                f"({articles / seconds if seconds > 0 else 0.0:.2f} articles/s)"
                for name, (articles, seconds) in sorted(self.per_worker.items())]


def ingest(sources: Iterable[str], settings: Settings, *, reanalyze: bool = False, progress: bool = True,
           runner=None, store: Optional[Store] = None) -> IngestSummary:
    """Store every article ``sources`` name in ``settings.db_url``; return what was done.

    ``reanalyze``: articles already stored are analysed again and their rows replaced (recording
    this newsgraph version); with no ``sources`` every stored article is. ``runner``: where the
    work runs (default: a ``LocalRunner`` with ``settings.workers`` processes); ``store``: an open
    store to use instead of opening ``settings.db_url``. Ctrl-C stops cleanly: what was analysed
    is stored, and ``summary.interrupted`` is set.
    """
    sources = list(sources)
    own_store = store is None
    store = store or Store.open(settings.db_url)
    with store.connect() as conn:  # what users and stored articles taught, for every worker to read
        settings = replace(settings, actor_codings=actor_codings.knowledge_rows(conn))
    own_runner = runner is None
    runner = runner or LocalRunner(settings, settings.workers)
    started = time.perf_counter()
    bar = Progress(progress, "ingest", "stored or re-analysed" if reanalyze else "stored")
    summary = IngestSummary(workers=getattr(runner, "workers", max(1, settings.workers)))
    job = _Ingestion(store, runner, settings, reanalyze, bar, summary)
    finished = False
    try:
        if sources:
            job.run(iter_sources(sources, settings, known_url=job.known_url))
        elif reanalyze:
            job.run(_stored_articles(store))
        finished = True
    except KeyboardInterrupt:
        summary.interrupted = True
        if own_runner:
            runner.close(cancel=True)  # stop the workers first: storing what is done is quicker alone
        job.finish_after_interrupt()
    except SQLAlchemyError as exc:
        raise StoreError(
            f"the database failed while storing ({exc.__class__.__name__}: {getattr(exc, 'orig', None) or exc}). "
            "Everything committed before is kept; run the same command again to finish.") from exc
    finally:
        if own_runner:
            runner.close(cancel=not finished)
        bar.close()
        if own_store:
            store.close()
        summary.seconds = time.perf_counter() - started
    return summary


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM) until the block is done, then raise ``KeyboardInterrupt``.

    Between a batch's commit and its bookkeeping an interrupt would leave the summary short of
    articles that are in fact stored. Only the main thread can handle signals; elsewhere (and
    where no Python handler is installed) this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if callable(handler):  # only what Python handles (default_int_handler, the CLI's SIGTERM)
            previous[signum] = signal.signal(signum, lambda number, _frame: caught.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if caught:
        raise KeyboardInterrupt


def _stored_articles(store: Store) -> Iterator[Article]:
    for analysis in store.iter_articles():
        yield analysis.article


class _Ingestion:
    """The state of one run: buffers, work in flight, and the writer's bookkeeping."""

    def __init__(self, store: Store, runner, settings: Settings, reanalyze: bool, bar: Progress,
                 summary: IngestSummary):
        self.store, self.runner, self.settings = store, runner, settings
        self.reanalyze, self.bar, self.summary = reanalyze, bar, summary
        self.batch_size = max(1, settings.batch_size)
        self.workers = max(1, getattr(runner, "workers", settings.workers))
        # Batches start small and double up to batch_size, so every worker has work at once (and
        # the first results come back while the rest is read); at the end of the input what is
        # left is split over the workers, so none stands idle while another finishes a big batch.
        self.sizes = {"raws": RAMP_START, "articles": RAMP_START}
        # Per worker: one batch running, two waiting (an extraction and an analysis, typically).
        self.max_in_flight = 3 * self.workers
        # future -> ("extract" | "analyze", the batch it was given, whether it is a retry of one
        # article alone after its batch's worker died)
        self.in_flight: dict = {}
        self.raws: list[RawDocument] = []
        self.articles: list[Article] = []
        self.results: list[work.Analyzed] = []
        self.since = {"raws": 0.0, "articles": 0.0, "results": 0.0}
        # URLs and hashes of the articles between "read" and "stored" in this run (bounded by the
        # work in flight): the same story twice in one run is analysed once.
        self.claimed: set[str] = set()
        self.groups: Optional[NearDuplicates] = None
        self.items: Iterator = iter(())
        self.exhausted = False

    # -- reading -------------------------------------------------------------------------------

    def known_url(self, url: str) -> bool:
        """Whether an article with this URL is stored (or on its way); never, when re-analysing."""
        if self.reanalyze:
            return False
        return url in self.claimed or self.store.has_article(url=url)

    def run(self, items: Iterator) -> None:
        self.items, self.exhausted = items, False
        while True:
            self._feed()
            if not self.in_flight:
                if self.exhausted and not self.raws and not self.articles:
                    break
                continue
            for future in self.runner.wait_any(self.in_flight):
                self._collect(future)
            # Top the workers' queue up before the writer spends time on the database, so that
            # storing overlaps with parsing instead of leaving the workers idle.
            self._feed()
            self._write(force=False)
        self._write(force=True)
        if self.groups is None and _ungrouped(self.store):
            self._groups()

    def _feed(self) -> None:
        """Read sources while there is room for more work in flight; send what is due."""
        while not self.exhausted and len(self.in_flight) < self.max_in_flight:
            item = next(self.items, None)
            if item is None:
                self.exhausted = True
                break
            self._take(item)
        self._send(force=self.exhausted)

    def _take(self, item) -> None:
        if isinstance(item, AlreadyStored):
            self._skip(1)
        elif isinstance(item, InputError):
            self._fail(item.source, item.reason)
        elif isinstance(item, Article):  # re-analysis of a stored article: no extraction needed
            self._queue_article(item, content_hash(item.text))
        elif not self.reanalyze and item.url and (item.url in self.claimed or self.store.has_article(url=item.url)):
            self._skip(1)
        else:
            if item.url:
                self.claimed.add(item.url)
            self._stamp("raws", self.raws)
            self.raws.append(item)
        self._send(force=False)

    def _queue_article(self, article: Article, digest: str) -> None:
        self.claimed.add(digest)
        self._stamp("articles", self.articles)
        self.articles.append(article)

    def _stamp(self, name: str, buffer: list) -> None:
        if not buffer:
            self.since[name] = time.monotonic()

    def _due(self, name: str, buffer: list, force: bool) -> bool:
        return bool(buffer) and (force or len(buffer) >= self.sizes.get(name, self.batch_size)
                                 or time.monotonic() - self.since[name] >= FLUSH_AFTER_S)

    def _cut(self, name: str, buffer: list, force: bool) -> tuple[list, list]:
        """(the next batch, the rest) of ``buffer``, sized by ``sizes[name]``; at the end of the
        input (``force``) no bigger than an even share of what is left for each worker."""
        size = self.sizes[name]
        if force:
            size = min(size, max(1, math.ceil(len(buffer) / self.workers)))
        self.sizes[name] = min(self.batch_size, self.sizes[name] * 2)
        self.since[name] = time.monotonic()
        return buffer[:size], buffer[size:]

    def _send(self, force: bool) -> None:
        """Send full batches (and, when ``force`` or after FLUSH_AFTER_S, partial ones) to the workers."""
        while self._due("raws", self.raws, force):
            batch, self.raws = self._cut("raws", self.raws, force)
            self._submit("extract", batch)
        extracting = any(kind == "extract" for kind, *_ in self.in_flight.values())
        while self._due("articles", self.articles, force and not extracting):
            batch, self.articles = self._cut("articles", self.articles, force and not extracting)
            self._submit("analyze", batch)

    def _submit(self, kind: str, batch: list, alone: bool = False) -> None:
        function = work.run_extract if kind == "extract" else work.run_analyze
        self.in_flight[self.runner.submit(function, batch, self.settings)] = (kind, batch, alone)

    # -- collecting ------------------------------------------------------------------------------

    def _collect(self, future) -> None:
        kind, batch, alone = self.in_flight.pop(future)
        try:
            done = self.runner.result(future)
        except Exception as exc:  # noqa: BLE001 - a worker died (out of memory, killed): find which input did it
            if len(batch) > 1 or not alone:
                for item in batch:  # each alone: only the input that kills a worker fails
                    self._submit(kind, [item], alone=True)
                return
            reason = f"worker process failed ({exc.__class__.__name__}: {exc}) on this input alone"
            for item in batch:
                self._release(item)
                self._fail(item.source or item.url or "?", reason)
            return
        self._throughput(kind, done)
        for raw_or_article, result in zip(batch, done.results):
            if isinstance(result, work.Failure):
                self._release(raw_or_article)
                self._fail(result.source, result.reason)
            elif isinstance(result, work.Extracted):
                self._extracted(raw_or_article, result)
            else:
                self._stamp("results", self.results)
                self.results.append(result)

    def _extracted(self, raw: RawDocument, extracted: work.Extracted) -> None:
        article, digest = extracted.article, extracted.content_hash
        # The page may name a URL the source did not know (raw.url, if any, was claimed in _take).
        new_url = article.url if article.url and article.url != raw.url else None
        in_run = digest in self.claimed or (new_url is not None and new_url in self.claimed)
        if in_run or (not self.reanalyze and self.store.has_article(url=new_url, content_hash=digest)):
            if raw.url:
                self.claimed.discard(raw.url)
            self._skip(1)
            return
        if new_url:
            self.claimed.add(new_url)
        self._queue_article(article, digest)

    def _release(self, item) -> None:
        if isinstance(item, Article):
            self._release_article(item)
        elif item.url:
            self.claimed.discard(item.url)

    def _release_article(self, article: Article) -> None:
        self.claimed.discard(content_hash(article.text))
        if article.url:
            self.claimed.discard(article.url)

    # -- writing ---------------------------------------------------------------------------------

    def _write(self, force: bool) -> None:
        while self._due("results", self.results, force):
            batch, self.results = self.results[:self.batch_size], self.results[self.batch_size:]
            self.since["results"] = time.monotonic()
            self._store(batch)

    def _store(self, batch: list[work.Analyzed]) -> None:
        analyses = [r.analysis for r in batch]
        write = self.store.replace if self.reanalyze else self.store.save
        with _interrupts_deferred():  # a committed batch is always counted (and grouped)
            result = write(analyses, __version__)
            self._learn(result.ids, analyses)
            self._account(batch, result)

    def _learn(self, ids: list, analyses: list) -> None:
        """Record the actor codings the stored articles teach (read by later runs)."""
        stored = [(article_id, a) for article_id, a in zip(ids, analyses) if article_id is not None]
        if stored:
            with self.store.engine.begin() as conn:
                actor_codings.learn(conn, stored)

    def _account(self, batch: list[work.Analyzed], result) -> None:
        new = [(article_id, r.signature) for article_id, r in zip(result.ids, batch)
               if article_id is not None]
        if result.stored:
            self._group(new)
        for r in batch:
            self._release_article(r.analysis.article)
        self.summary.stored += result.stored
        self.summary.reanalyzed += result.replaced
        for source, reason in result.failed:  # already recorded in `errors` by the store
            self._note(source, reason)
        self.summary.failed += len(result.failed)
        self.summary.skipped += result.skipped
        self.bar.advance(stored=result.stored + result.replaced, skipped=result.skipped,
                         failed=len(result.failed))

    def _group(self, new: list[tuple[int, object]]) -> None:
        """Put newly stored articles into near-duplicate groups (re-analysed ones keep theirs)."""
        groups = self._groups(exclude={article_id for article_id, _ in new})
        assigned = []
        for article_id, sig in new:
            if self.reanalyze and _has_cluster(self.store, article_id):
                continue
            cluster = groups.add(article_id, sig)
            assigned.append((article_id, cluster))
            if cluster != article_id:
                self.summary.duplicates += 1
        self.store.set_clusters(assigned)

    def _groups(self, exclude: set[int] = frozenset()) -> NearDuplicates:
        """The near-duplicate index, loaded on first use with the most recently stored articles.

        Loading also groups stored articles that have no group yet: a run killed between storing
        a batch and grouping it leaves such articles, and the next run must not leave them so.
        """
        if self.groups is None:
            self.groups = NearDuplicates()
            self.store.set_clusters(self.groups.add_all(_recent_signatures(self.store, exclude)))
        return self.groups

    # -- failures and skips ----------------------------------------------------------------------

    def _skip(self, count: int) -> None:
        self.summary.skipped += count
        self.bar.advance(skipped=count)

    def _throughput(self, kind: str, done: work.Done) -> None:
        """Count what one worker did (``summary.per_worker``: articles analysed, seconds busy)."""
        if kind == "analyze":
            articles, seconds = self.summary.per_worker.get(done.worker, (0, 0.0))
            self.summary.per_worker[done.worker] = (articles + len(done.results), seconds + done.seconds)

    def _fail(self, source: str, reason: str) -> None:
        source, reason = printable(source), printable(reason, MAX_REASON_CHARS)
        self.store.record_error(source, reason)
        self.summary.failed += 1
        self._note(source, reason)
        self.bar.advance(failed=1)

    def _note(self, source: str, reason: str) -> None:
        if len(self.summary.errors) < EXAMPLE_ERRORS:
            self.summary.errors.append((source, reason))

    def finish_after_interrupt(self) -> None:
        """After Ctrl-C: store what the workers had already finished; drop the rest."""
        try:
            self._write(force=True)
        except KeyboardInterrupt:
            pass


def _recent_signatures(store: Store, exclude: set[int]) -> Iterator[tuple[int, object, Optional[int]]]:
    """(id, signature, cluster) of the most recently stored articles, oldest first, for grouping
    new ones with them. Articles left without a group (a run killed between storing and grouping)
    get one now."""
    with store.connect() as conn:
        rows = conn.execute(
            select(articles_table.c.id, articles_table.c.text, articles_table.c.cluster_id)
            .order_by(articles_table.c.id.desc()).limit(WINDOW)).all()
    for article_id, text, cluster in reversed(rows):
        if article_id not in exclude:
            yield article_id, signature(text), cluster


def _ungrouped(store: Store) -> bool:
    """Whether some stored article has no near-duplicate group yet."""
    with store.connect() as conn:
        return conn.execute(select(articles_table.c.id).where(articles_table.c.cluster_id.is_(None))
                            .limit(1)).first() is not None


def _has_cluster(store: Store, article_id: int) -> bool:
    with store.connect() as conn:
        return conn.execute(select(articles_table.c.cluster_id)
                            .where(articles_table.c.id == article_id)).scalar() is not None
