"""The Python read API for notebooks: the same filters and rows as the command line and the web.

    import newsgraph
    db = newsgraph.open("sqlite:///newsgraph.db")          # or postgresql://..., read-only
    said = db.statements(speaker="Peskov", since="2022-12")
    for row in said: ...                                   # dicts, streamed a chunk at a time
    df = said.to_pandas()                                  # pandas DataFrame (pip install 'newsgraph[pandas]')
    table = db.events(type="REQUEST", actor="USA").to_arrow()   # pyarrow Table
    db.events(modality="all").count()

Filters are ``store.filters.Filters`` fields (speaker, actor, recipient, country, type, kind, place,
text, since, until, frames, modality, article_id), checked when the selection is made. Rows come
newest first, undated last, exactly as ``newsgraph statements`` and ``/api/statements`` list them.
Nothing is read until a selection is iterated; iteration reads ``chunk`` rows a query, and
``to_arrow``/``to_pandas`` build the table from Arrow batches of ``chunk`` rows, so memory holds the
selection's table and one chunk of Python rows, never the whole database.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, Optional

from sqlalchemy import Connection

from newsgraph.errors import NewsgraphError
from newsgraph.store import Store, lists
from newsgraph.store.filters import Filters

if TYPE_CHECKING:
    import pandas
    import pyarrow

CHUNK = 5000

# Column -> Arrow type of each selection's rows (the order of a DataFrame's columns).
STATEMENT_COLUMNS = {
    "id": "int64", "date": "string", "date_given": "string", "speaker_id": "int64", "speaker": "string",
    "speaker_country": "string", "speaker_code": "string", "speaker_title": "string", "source": "string",
    "cue": "string", "content": "string", "kind": "string", "frame": "string", "article_id": "int64",
    "local_id": "string", "article_title": "string", "url": "string", "site": "string", "published": "string",
}
EVENT_COLUMNS = {
    "id": "int64", "date": "string", "type": "string", "mode": "string", "negated": "bool_",
    "hypothetical": "bool_", "intended": "bool_", "actor_id": "int64", "actor": "string", "actor_code": "string",
    "actor_country": "string", "recipient_id": "int64", "recipient": "string", "recipient_code": "string",
    "recipient_country": "string", "place_id": "int64", "place": "string", "lat": "float64", "lon": "float64",
    "place_country": "string", "num_sources": "int64", "num_articles": "int64", "num_mentions": "int64",
    "article_id": "int64", "local_id": "string", "trigger": "string", "evidence": "string",
    "statement_id": "int64", "confidence": "float64", "url": "string", "article_title": "string",
    "site": "string", "published": "string",
}
ARTICLE_COLUMNS = {
    "id": "int64", "published": "string", "title": "string", "site": "string", "url": "string",
    "uid": "string", "cluster_id": "int64",
}


class MissingExtra(NewsgraphError):
    """An optional package a method needs is not installed."""

    code = "NG401"


class Selection:
    """The rows one set of filters selects: iterate them, count them, or turn them into a table."""

    def __init__(self, database: Database, what: str, filters: Filters, columns: dict[str, str],
                 stream: Callable[[Connection, Filters, int], Iterator[dict]], count: Callable[[Connection, Filters], int],
                 limit: Optional[int] = None, chunk: int = CHUNK):
        self.database, self.what, self.filters, self.columns = database, what, filters, columns
        self._stream, self._count, self.limit, self.chunk = stream, count, limit, chunk

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.filters.as_dict().items())
        return f"<newsgraph {self.what}({shown}){'' if self.limit is None else f'[:{self.limit}]'}>"

    def __iter__(self) -> Iterator[dict]:
        """Every row as a dict, newest first; ``chunk`` rows are read a query."""
        with self.database.store.connect() as conn:
            rows = self._stream(conn, self.filters, min(self.chunk, self.limit or self.chunk) or 1)
            yield from rows if self.limit is None else islice(rows, self.limit)

    def head(self, n: int = 10) -> Selection:
        """The first ``n`` rows of this selection (still lazy)."""
        return Selection(self.database, self.what, self.filters, self.columns, self._stream, self._count,
                         n if self.limit is None else min(n, self.limit), self.chunk)

    def count(self) -> int:
        """How many rows match (one COUNT query; ``limit`` applies)."""
        with self.database.store.connect() as conn:
            total = self._count(conn, self.filters)
        return total if self.limit is None else min(total, self.limit)

    def batches(self) -> Iterator[list[dict]]:
        """The rows in lists of at most ``chunk``."""
        rows = iter(self)
        while batch := list(islice(rows, self.chunk)):
            yield batch

    def to_arrow_batches(self) -> Iterator[pyarrow.RecordBatch]:
        """The rows as Arrow record batches of at most ``chunk`` rows (one schema)."""
        import pyarrow as pa

        schema = self.arrow_schema()
        for batch in self.batches():
            yield pa.RecordBatch.from_pylist(batch, schema=schema)

    def arrow_schema(self) -> pyarrow.Schema:
        import pyarrow as pa

        return pa.schema([(name, getattr(pa, kind)()) for name, kind in self.columns.items()])

    def to_arrow(self) -> pyarrow.Table:
        """A pyarrow Table of the rows (built from ``chunk``-row batches)."""
        import pyarrow as pa

        return pa.Table.from_batches(list(self.to_arrow_batches()), schema=self.arrow_schema())

    def to_pandas(self) -> pandas.DataFrame:
        """A pandas DataFrame of the rows (needs the ``pandas`` extra)."""
        try:
            import pandas  # noqa: F401 - only to say clearly when it is missing
        except ImportError:
            raise MissingExtra("to_pandas() needs pandas, an optional extra: pip install 'newsgraph[pandas]' "
                               "(or use .to_arrow(), which needs nothing more)") from None
        # The Arrow table is ours alone: its buffers are freed column by column as pandas takes them.
        return self.to_arrow().to_pandas(split_blocks=True, self_destruct=True)


class Database:
    """A newsgraph database opened read-only for reading in Python (``newsgraph.open``)."""

    def __init__(self, url: str):
        self.url = url
        self.store = Store.open(url, readonly=True)

    def __repr__(self) -> str:
        return f"<newsgraph.Database {self.store.dialect}>"

    def statements(self, *, limit: Optional[int] = None, chunk: int = CHUNK, **filters: Any) -> Selection:
        """Who said what: statements matching ``filters`` (default: speech and writing by a resolved
        speaker; ``frames="all"``: every statement)."""
        return Selection(self, "statements", Filters.of(**filters), STATEMENT_COLUMNS, lists.stream_statements,
                         lists.count_statements, limit, chunk)

    def events(self, *, limit: Optional[int] = None, chunk: int = CHUNK, **filters: Any) -> Selection:
        """Who did what to whom: events matching ``filters`` (default: asserted events the confidence gate
        does not doubt)."""
        return Selection(self, "events", Filters.of(**filters), EVENT_COLUMNS, lists.stream_events,
                         lists.count_events, limit, chunk)

    def articles(self, *, limit: Optional[int] = None, chunk: int = CHUNK, **filters: Any) -> Selection:
        """Articles matching ``filters`` (see ``store/select.article_conditions``)."""
        return Selection(self, "articles", Filters.of(**filters), ARTICLE_COLUMNS, lists.stream_articles,
                         lists.count_articles, limit, chunk)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open(url: str) -> Database:  # noqa: A001 - newsgraph.open(url), as documented
    """Open the database at ``url`` (``sqlite:///file.db``, a file path, or ``postgresql://...``)
    read-only for reading in Python."""
    return Database(url)
