"""``Store``: the one object ingest, the query commands and the web UI open a database through."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import Connection, Engine, bindparam, select, update
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from newsgraph.errors import StoreError
from newsgraph.model import Analysis
from newsgraph.store import keys, migrations, rebuild, writer
from newsgraph.store.db import NoDatabase, display_url, make_engine
from newsgraph.store.schema import articles


@dataclass
class SaveResult:
    """What one ``save``/``replace`` call did.

    ``ids[i]`` is the stored article id of ``analyses[i]``, or None when it was skipped (already
    stored) or failed (its error is recorded in the ``errors`` table and listed in ``failed``).
    """

    ids: list[Optional[int]] = field(default_factory=list)
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)


@dataclass
class KnownKeys:
    """The URLs and content hashes already stored (for skipping inputs before analysing them)."""

    urls: set[str]
    hashes: set[str]

    def __contains__(self, analysis_or_text) -> bool:
        if isinstance(analysis_or_text, Analysis):
            article = analysis_or_text.article
            return (article.url in self.urls) or keys.content_hash(article.text) in self.hashes
        return keys.content_hash(analysis_or_text) in self.hashes


class Store:
    """A newsgraph database. Open with ``Store.open(url)``; close with ``close()`` (or ``with``)."""

    def __init__(self, engine: Engine, url: str, readonly: bool):
        self.engine = engine
        self.url = url
        self.readonly = readonly

    @classmethod
    def open(cls, url: str, *, readonly: bool = False) -> Store:
        """Open (and create, unless ``readonly``) the database at ``url``, migrated to the newest schema.

        A read-only open refuses a database that does not exist or is not fully migrated, with
        ``NoDatabase`` telling the user to run ``newsgraph ingest`` (which creates and migrates it).
        """
        engine = make_engine(url, readonly=readonly)
        try:
            if readonly:
                missing = migrations.pending(engine)
                if missing:
                    engine.dispose()
                    raise NoDatabase(
                        f"{display_url(url)} holds no newsgraph database (or an older one): "
                        f"run `newsgraph ingest SOURCE --db {display_url(url)}` first")
            else:
                migrations.migrate(engine)
        except SQLAlchemyError as e:
            engine.dispose()
            raise StoreError(f"cannot open {display_url(url)}: {e.__class__.__name__}: {e.orig or e}"
                             if hasattr(e, "orig") else f"cannot open {display_url(url)}: {e}") from e
        return cls(engine, url, readonly)

    @property
    def dialect(self) -> str:
        """"sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for the query functions (``newsgraph.store.queries``)."""
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- idempotency -----------------------------------------------------------------------------

    def has_article(self, url: Optional[str] = None, content_hash: Optional[str] = None) -> bool:
        """Whether an article with this URL or this content hash (``keys.content_hash``) is stored."""
        with self.engine.connect() as conn:
            return writer.find_article(conn, url, content_hash) is not None

    def known_keys(self) -> KnownKeys:
        """All stored URLs and content hashes (~100 bytes an article in memory)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(articles.c.url, articles.c.content_hash)).all()
        return KnownKeys({u for u, _ in rows if u}, {h for _, h in rows})

    # -- writing -----------------------------------------------------------------------------------

    def save(self, analyses: Sequence[Analysis], version: str) -> SaveResult:
        """Store new articles with their analyses, in ONE transaction.

        Articles already stored (same URL or same content hash, in the database or earlier in this
        batch) are skipped. Each article is stored whole or not at all: one that fails is rolled
        back to its savepoint, recorded in ``errors`` and reported in ``SaveResult.failed``.
        """
        return self._write(analyses, version, replace=False)

    def replace(self, analyses: Sequence[Analysis], version: str) -> SaveResult:
        """Re-store the analyses of articles already stored (``ingest --reanalyze``), in ONE transaction.

        The article (found by content hash, else URL) keeps its id and cluster; its analysis rows,
        metadata (and text, when found by URL with a new text) are replaced and
        ``newsgraph_version``/``analyzed_at`` updated. Events it no longer
        reports lose it as a source (and disappear when no article reports them). Articles not yet
        stored are stored as ``save`` would.
        """
        return self._write(analyses, version, replace=True)

    def _write(self, analyses: Sequence[Analysis], version: str, replace: bool) -> SaveResult:
        self._writable()
        result = SaveResult(ids=[None] * len(analyses))
        touched_events: set[int] = set()
        with self.engine.begin() as conn:
            fresh, existing = self._sort_out(conn, analyses, result)
            if replace:
                for i, article_id in existing:
                    touched_events |= self._isolated(conn, i, analyses[i], result, lambda a, article_id=article_id: (
                        article_id, self._reanalyse(conn, article_id, a, version)))
                result.replaced = len([i for i, _ in existing if result.ids[i] is not None])
            else:
                result.skipped += len(existing)
            touched_events |= self._insert(conn, fresh, analyses, version, result)
            writer.refresh_event_counts(conn, touched_events)
        return result

    @staticmethod
    def _sort_out(conn: Connection, analyses: Sequence[Analysis], result: SaveResult):
        """Split the batch: (indexes of new articles, [(index, stored id)]); duplicates are skipped."""
        digests: dict[int, str] = {}
        for i, analysis in enumerate(analyses):
            try:
                digests[i] = keys.content_hash(analysis.article.text)
            except Exception as e:  # noqa: BLE001 - an analysis without usable text fails alone
                result.failed.append(_failure(conn, analysis, e))
        urls = [url for url in (analyses[i].article.url for i in digests) if url]
        stored = writer.stored_keys(conn, urls, digests.values())
        fresh: list[int] = []
        existing: list[tuple[int, int]] = []
        seen: set[str] = set()
        for i, digest in digests.items():
            url = analyses[i].article.url
            if digest in seen or (url and url in seen):
                result.skipped += 1
                continue
            seen.update(filter(None, (digest, url)))
            known = stored.get(digest) or (stored.get(url) if url else None)
            if known is None:
                fresh.append(i)
            else:
                existing.append((i, known))
        return fresh, existing

    def _insert(self, conn: Connection, fresh: list[int], analyses: Sequence[Analysis], version: str,
                result: SaveResult) -> set[int]:
        """Insert new articles: all in one go; if that fails, one savepoint each so only bad ones fail."""
        if not fresh:
            return set()
        try:
            with conn.begin_nested():
                ids, touched = writer.insert_articles(conn, [analyses[i] for i in fresh], version)
        except (OperationalError, InterfaceError):
            raise
        except Exception:  # noqa: BLE001 - some analysis in the batch is bad: find which, alone
            touched = set()
            for i in fresh:
                touched |= self._isolated(conn, i, analyses[i], result, lambda a: _one(conn, a, version))
            result.stored = len([i for i in fresh if result.ids[i] is not None])
            return touched
        for i, article_id in zip(fresh, ids):
            result.ids[i] = article_id
        result.stored = len(fresh)
        return touched

    @staticmethod
    def _isolated(conn: Connection, i: int, analysis: Analysis, result: SaveResult, write) -> set[int]:
        """Run ``write(analysis) -> (article id, touched events)`` in a savepoint; record a failure."""
        try:
            with conn.begin_nested():
                article_id, touched = write(analysis)
        except (OperationalError, InterfaceError):
            raise  # the database itself failed (locked, gone): not this article's fault
        except Exception as e:  # noqa: BLE001 - one bad analysis must not cost the batch
            result.failed.append(_failure(conn, analysis, e))
            return set()
        result.ids[i] = article_id
        return touched

    @staticmethod
    def _reanalyse(conn: Connection, article_id: int, analysis: Analysis, version: str) -> set[int]:
        touched = writer.delete_analysis(conn, article_id)
        row = writer.article_row(analysis, version)
        # Usually the text (and so the hash) is the same and the metadata and analysis improved;
        # an article found by URL may come with a new text: the offsets index into that one.
        if row["url"] is None:
            del row["url"]  # keep the URL the article was stored with
        conn.execute(update(articles).where(articles.c.id == article_id).values(**row))
        return touched | writer.write_analyses(conn, [(article_id, analysis)])

    def record_error(self, source: str, reason: str) -> None:
        """Record that ``source`` could not be ingested, and why (the ``errors`` table)."""
        self._writable()
        with self.engine.begin() as conn:
            writer.record_error(conn, str(source), str(reason))

    def set_cluster(self, article_id: int, cluster_id: Optional[int]) -> None:
        """Put a stored article in a near-duplicate group (None: in none)."""
        self._writable()
        with self.engine.begin() as conn:
            conn.execute(update(articles).where(articles.c.id == article_id).values(cluster_id=cluster_id))

    def set_clusters(self, assignments: Sequence[tuple[int, Optional[int]]]) -> None:
        """``set_cluster`` for many (article id, cluster id) pairs, in ONE transaction."""
        self._writable()
        if not assignments:
            return
        with self.engine.begin() as conn:
            conn.execute(update(articles).where(articles.c.id == bindparam("article"))
                         .values(cluster_id=bindparam("cluster")),
                         [{"article": a, "cluster": c} for a, c in assignments])

    # -- reading -----------------------------------------------------------------------------------

    def iter_articles(self, batch_size: int = 200) -> Iterator[Analysis]:
        """Every stored article with its analysis, in id order, streamed ``batch_size`` at a time."""
        for _ids, analyses in self.iter_batches(batch_size):
            yield from analyses

    def iter_batches(self, batch_size: int = 200, where=None) -> Iterator[tuple[list[int], list[Analysis]]]:
        """(article ids, analyses) in id order, ``batch_size`` at a time; ``where`` filters articles."""
        last = 0
        while True:
            with self.engine.connect() as conn:
                query = select(articles.c.id).where(articles.c.id > last)
                if where is not None:
                    query = query.where(where)
                ids = list(conn.execute(query.order_by(articles.c.id).limit(batch_size)).scalars())
                if not ids:
                    return
                analyses = rebuild.load_analyses(conn, ids)
            last = ids[-1]
            yield ids, analyses

    def article_id(self, url: Optional[str] = None, content_hash: Optional[str] = None) -> Optional[int]:
        """The id of the stored article with this URL or content hash, else None."""
        with self.engine.connect() as conn:
            return writer.find_article(conn, url, content_hash)

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"{display_url(self.url)} was opened read-only")


def _one(conn: Connection, analysis: Analysis, version: str) -> tuple[int, set[int]]:
    ids, touched = writer.insert_articles(conn, [analysis], version)
    return ids[0], touched


def _failure(conn: Connection, analysis, error: Exception) -> tuple[str, str]:
    """Record in ``errors`` that this analysis could not be stored; return (source, reason)."""
    article = getattr(analysis, "article", None)
    source = str(getattr(article, "source", None) or getattr(article, "url", None)
                 or getattr(article, "id", None) or "?")
    reason = f"not stored: {error.__class__.__name__}: {getattr(error, 'orig', None) or error}"
    writer.record_error(conn, source, reason[:2000])
    return source, reason
