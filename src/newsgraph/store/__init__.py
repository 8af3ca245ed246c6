"""The newsgraph database: SQLite (default, a file in WAL mode, FTS5) or PostgreSQL (tsvector).

One code path (SQLAlchemy 2 Core) serves ``sqlite:///path`` and ``postgresql://user:pw@host/db``
(psycopg 3). The tables are described in ``store/schema.py``; numbered migrations
(``store/migrations.py``) bring a database to the newest schema when it is opened for writing.

Write API (used by ``newsgraph ingest``; stable)::

    from newsgraph.store import Store, content_hash

    store = Store.open(url)                  # creates the file/schema, migrates; SQLite: WAL + busy timeout
    store.has_article(url=..., content_hash=...) -> bool    # either key is enough
    keys = store.known_keys()               # KnownKeys(urls, hashes); `analysis in keys`, `text in keys`
    result = store.save(analyses, version)  # ONE transaction for the batch -> SaveResult
    result = store.replace(analyses, version)  # --reanalyze: re-store analysis rows of stored articles
    for analysis in store.iter_articles(): ...  # stream stored articles back (Analysis objects)
    store.record_error(source, reason)      # the `errors` table
    store.set_cluster(article_id, cluster_id)   # near-duplicate group of a stored article
    store.set_clusters([(article_id, cluster_id), ...])   # many, in one transaction
    store.article_id(url=..., content_hash=...) -> int | None
    store.close()                           # or: with Store.open(url) as store: ...

- ``content_hash(text)`` is the full sha256 hex of the clean text (UTF-8); ``model.content_id``
  (the default ``Analysis.article.id``) is its first 16 characters. Articles are unique by content
  hash; a URL, when given, is unique too. ``save`` skips an analysis whose URL or content hash is
  already stored (or appeared earlier in the same batch).
- ``save`` writes the whole batch with a few statements per table; if some analysis in it is bad,
  it falls back to a savepoint per article, so each article is stored whole or not at all: one that
  fails is recorded in ``errors`` and listed in ``SaveResult.failed``; the rest of the batch is
  stored. A database failure (locked, connection lost) raises and the whole batch rolls back — so a
  run killed at any point leaves only whole articles, and running it again stores the rest.
- ``SaveResult.ids[i]`` is the article id of ``analyses[i]`` (None: skipped or failed), for
  ``set_cluster``.
- Actors merge across articles by normalised name + country (``keys.actor_key``): one ``actors``
  row, aliases added, every mention kept. Events merge by type, actor, recipient, date and
  negation (``keys.event_key``): one ``events`` row, one ``event_sources`` row per report, with
  ``num_articles`` / ``num_sources`` / ``num_mentions`` recounted at the end of each batch.
- ``version`` (newsgraph's version) is stored with each article with ``analyzed_at``.

Read API: ONE query layer for the command line, the web, exports and notebooks::

    from newsgraph.store import lists, aggregates
    from newsgraph.store.filters import Filters

    f = Filters.of(speaker="Peskov", since="2022-12")   # checked once; FilterError names a bad value
    store = Store.open(url, readonly=True)   # NoDatabase error ("run newsgraph ingest first") if absent
    with store.connect() as conn:
        lists.list_statements(conn, f, lists.Page(limit=50))   # {"items", "total", "limit", "offset"}
        lists.stream_events(conn, f)          # every row, same order, a chunk a query
        aggregates.event_timeline(conn, f), aggregates.statement_facets(conn, f), ...
        queries.search(conn, "peace talks"), queries.stats(conn), queries.article(conn, 1)

- ``filters.py``: the ``Filters`` object and its rules (actors by id, country, code or part of a
  name; inclusive dates at any precision; by default speech/writing by a resolved speaker; asserted
  events).
- ``select.py``: filters into SQL conditions (the one actor resolver); ``lists.py``: lists, counts
  and streams, newest first with undated rows last; ``aggregates.py``: charts, facets, positions;
  ``profiles.py``: an actor's profile; ``queries.py``: keyword-argument façade used by the command
  line (plus search, stats, one article, one actor).
- ``newsgraph.open(url)`` (``notebook.py``) wraps these for notebooks (pandas, Arrow).

Schema changes are numbered migrations (``store/migrations.py``): 1 tables, 2 full text, 3 actor
counters and ``statements.sort_date``, 4 PostgreSQL stored tsvector columns, 5 statement frames,
event modality flags, the index of event reports by statement and frame/modality in the sorting
indexes. A read-only open refuses a database with pending migrations (open it once for writing,
e.g. ``newsgraph ingest``).
"""
from newsgraph.store.db import NoDatabase, make_engine, normalise_url
from newsgraph.store.keys import actor_key, content_hash, normalise_name
from newsgraph.store.store import KnownKeys, SaveResult, Store

__all__ = [
    "Store", "SaveResult", "KnownKeys", "NoDatabase", "content_hash", "actor_key", "normalise_name",
    "make_engine", "normalise_url",
]
