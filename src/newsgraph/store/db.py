"""Engines for ``sqlite:///path`` and ``postgresql://...`` URLs, one code path for both.

SQLite connections run in WAL mode with a busy timeout and foreign keys on; a writer's
transactions start with ``BEGIN IMMEDIATE`` so two writers queue instead of failing half way.
Read-only engines (the web process, the query commands) open SQLite with ``mode=ro`` and
PostgreSQL sessions with ``default_transaction_read_only``.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from newsgraph.errors import StoreError

BUSY_TIMEOUT_MS = 30_000


class NoDatabase(StoreError):
    """The database named by a URL does not exist (yet)."""

    code = "NG302"


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3; a bare path means a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other backends and for in-memory databases."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def display_url(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(normalise_url(url)).render_as_string(hide_password=True)


def make_engine(url: str, *, readonly: bool = False) -> Engine:
    """An engine for ``url``. Read-only engines refuse a missing database with ``NoDatabase``."""
    full = normalise_url(url)
    parsed = make_url(full)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(full, readonly)
    if backend == "postgresql":
        connect_args: dict[str, object] = {"connect_timeout": 10}
        if readonly:
            # Keep options the URL already gives (e.g. ?options=-csearch_path%3Dx) and add ours.
            given = parsed.query.get("options") or ""
            given = given if isinstance(given, str) else " ".join(given)
            connect_args["options"] = f"{given} -c default_transaction_read_only=on".strip()
        return create_engine(full, connect_args=connect_args, pool_pre_ping=True)
    raise StoreError(f"unsupported database URL {display_url(url)!r}: use sqlite:///PATH or postgresql://...")


def _sqlite_engine(url: str, readonly: bool) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        if readonly and not path.exists():
            raise NoDatabase(f"no database at {path}: run `newsgraph ingest SOURCE --db {url}` first")
        if not readonly:
            path.parent.mkdir(parents=True, exist_ok=True)
    if readonly and path is not None:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy (not the sqlite3 module) decide where transactions begin: this is what
        # makes SAVEPOINTs and BEGIN IMMEDIATE work (SQLAlchemy's documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not readonly:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine
