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

Read API (query commands, export, web UI)::

    store = Store.open(url, readonly=True)   # NoDatabase error ("run newsgraph ingest first") if absent
    with store.connect() as conn:
        queries.statements(conn, speaker="Peskov", since="2022-12-01", limit=50, offset=0)
        queries.events(conn, type="REJECT", actor="RUS"), queries.search(conn, "peace talks"),
        queries.stats(conn), queries.article(conn, 1), queries.actor(conn, 7)

Every query function takes a SQLAlchemy ``Connection`` and keyword filters, runs parameterised SQL,
and returns plain dicts (JSON-ready). List functions page with ``limit``/``offset`` and have
``count_*`` twins; ``iter_statements``/``iter_events`` stream every matching row (exports).

Schema changes are numbered migrations (``store/migrations.py``): 1 tables, 2 full text, 3 actor
counters and ``statements.sort_date``, 4 PostgreSQL stored tsvector columns. A read-only open
refuses a database with pending migrations (open it once for writing, e.g. ``newsgraph ingest``).
"""
from newsgraph.store.db import NoDatabase, make_engine, normalise_url
from newsgraph.store.keys import actor_key, content_hash, normalise_name
from newsgraph.store.store import KnownKeys, SaveResult, Store

__all__ = [
    "Store", "SaveResult", "KnownKeys", "NoDatabase", "content_hash", "actor_key", "normalise_name",
    "make_engine", "normalise_url",
]
