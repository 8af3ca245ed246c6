"""Full-text search over article title/text and statement content, per backend.

SQLite: FTS5 external-content tables ``articles_fts(title, text)`` and ``statements_fts(content)``
(rowid = the row's id), kept in sync by triggers on insert, update and delete.
PostgreSQL: stored generated ``search_tsv`` columns (``to_tsvector('english', ...)``) on articles and
statements with GIN indexes (migration 4; migration 2 made expression indexes, which 4 replaces).
The ``search_tsv`` columns are not in ``schema.py``: only this module reads them.

A user's search text is never passed to FTS5 as query syntax: words and "quoted phrases" are
each quoted, so ``Biden's "peace talks" -x`` is three terms ANDed, never a syntax error. On
PostgreSQL the text goes through ``websearch_to_tsquery`` (words ANDed, "phrases", ``or``, ``-word``;
English stop words ignored).
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.sql.elements import TextClause

ARTICLE_TSV = "to_tsvector('english', coalesce(articles.title, '') || ' ' || articles.text)"
STATEMENT_TSV = "to_tsvector('english', statements.content)"

_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(content, content='statements', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS statements_fts_ai AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content); END",
    "CREATE TRIGGER IF NOT EXISTS statements_fts_ad AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content); END",
    "CREATE TRIGGER IF NOT EXISTS statements_fts_au AFTER UPDATE OF content ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content); "
    "INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content); END",
]

_POSTGRES_DDL = [
    f"CREATE INDEX IF NOT EXISTS ix_articles_fts ON articles USING gin (({ARTICLE_TSV}))",
    f"CREATE INDEX IF NOT EXISTS ix_statements_fts ON statements USING gin (({STATEMENT_TSV}))",
]


def create(conn: Connection) -> None:
    """Create the full-text tables/triggers or indexes for ``conn``'s backend (idempotent)."""
    ddl = _SQLITE_DDL if conn.dialect.name == "sqlite" else _POSTGRES_DDL
    for statement in ddl:
        conn.exec_driver_sql(statement)


_POSTGRES_STORED = [
    # Migration 4: a stored tsvector column is cheap to test row by row, so the planner may walk a
    # date index and filter on it (an expression index forces to_tsvector on every row it checks).
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_articles_search_tsv ON articles USING gin (search_tsv)",
    "DROP INDEX IF EXISTS ix_articles_fts",
    "ALTER TABLE statements ADD COLUMN IF NOT EXISTS search_tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', content)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_statements_search_tsv ON statements USING gin (search_tsv)",
    "DROP INDEX IF EXISTS ix_statements_fts",
]


def store_tsvectors(conn: Connection) -> None:
    """PostgreSQL: stored tsvector columns with GIN indexes replace the expression indexes.
    SQLite: nothing to do (FTS5 tables already hold the index)."""
    if conn.dialect.name == "postgresql":
        for statement in _POSTGRES_STORED:
            conn.exec_driver_sql(statement)


def fts5_query(search: str) -> str:
    """An FTS5 query that ANDs the words and "quoted phrases" of ``search``, each quoted."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|([^\s"]+)', search):
        words = re.findall(r"\w+", phrase or word)
        if words:
            terms.append('"' + " ".join(words) + '"')
    return " ".join(terms) or '""'


def has_terms(search: str | None) -> bool:
    """Whether ``search`` holds anything to search for (blank or punctuation-only does not)."""
    return bool(search and re.search(r"\w", search))


def has_phrase(search: str | None) -> bool:
    """Whether ``search`` asks for words in sequence: a "quoted phrase", or words joined by
    punctuation ("cease-fire"), which PostgreSQL's parser also makes a phrase (``<->``)."""
    return bool(search and ('"' in search or re.search(r"\w[^\w\s]\w", search)))


def article_match(dialect: str, search: str) -> TextClause:
    """A WHERE clause on ``articles``: title or text matches ``search``."""
    return _match(dialect, "articles", "fts_a", search)


def statement_match(dialect: str, search: str) -> TextClause:
    """A WHERE clause on ``statements``: content matches ``search``."""
    return _match(dialect, "statements", "fts_s", search)


def _match(dialect: str, table: str, param: str, search: str) -> TextClause:
    """``table``'s full-text index matches ``search`` (bound as ``param``: one name per table, so that an
    article match and a statement match can stand in one query)."""
    if dialect == "sqlite":
        return text(f"{table}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :{param})")\
            .bindparams(bindparam(param, fts5_query(search)))
    return text(f"{table}.search_tsv @@ websearch_to_tsquery('english', :{param})")\
        .bindparams(bindparam(param, search))

