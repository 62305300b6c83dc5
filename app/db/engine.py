"""Engines and sessions for the local store and the server's database.

SQLite runs in WAL mode with foreign keys on, ``synchronous=FULL`` and a busy timeout, so
a crash never loses a committed note and a second reader never sees a half-written one.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import StoreError
from app.platform_env import default_db_path

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "kefu_write"  # execution option: this transaction will write


def resolve_url(db: str | None = None, *, default: Path | None = None) -> URL:
    """The database URL from ``--db``, else ``KEFU_DB``, else the file in the data folder.

    A bare file path is accepted and taken as SQLite.
    """
    raw = db or os.environ.get("KEFU_DB")
    if not raw:
        return sqlite_url(default or default_db_path())
    if "://" not in raw:
        return sqlite_url(Path(raw))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StoreError("bad_url", f"not a database URL: {raw!r} ({exc})", url=raw) from exc
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            "bad_url",
            f"unsupported database {url.get_backend_name()!r} in {raw!r}: "
            "use sqlite:///FILE or postgresql+psycopg://...",
            url=raw,
        )
    return url


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(Path(path).expanduser()))


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for memory and other databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def make_engine(url: URL | str, **kwargs: object) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    # Let SQLAlchemy own transactions (pysqlite's implicit BEGIN is off).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _sqlite_begin(conn) -> None:  # noqa: ANN001
    # A unit of work that will write takes the write lock at once (BEGIN IMMEDIATE), so it
    # waits for another writer within the busy timeout instead of failing when a read
    # transaction tries to upgrade; reads stay deferred.
    immediate = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
