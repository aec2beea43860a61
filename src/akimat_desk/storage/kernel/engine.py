"""Engines for the register: embedded SQLite (WAL, foreign keys, busy timeout) or a PostgreSQL server.

SQLite transactions are begun explicitly: ``BEGIN IMMEDIATE`` for units of work that write (so two
processes registering at the same moment queue on the write lock instead of failing on a lock upgrade),
plain ``BEGIN`` for reads (WAL lets them run beside a writer).

An encrypted register is opened with SQLCipher (``sqlcipher3``) when a key is given: a raw key ``x'<64 hex>'``
(kept in the OS keyring) or a passphrase. ``classify_fault`` names what went wrong with the storage (full
disk, read-only folder, locked file, lost server, wrong key) so that callers can say it in words.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.engine import Connection

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "akimat_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


SQLITE_HEADER = b"SQLite format 3\x00"


class StorageFault(Exception):
    """The storage failed for a reason a clerk can act on. ``code``: disk_full, read_only, cannot_open, locked,
    connection_lost, not_a_database, encrypted_no_key, wrong_key."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def make_engine(url: str, key: str | None = None) -> Engine:
    """An engine for ``url``; SQLite gets the pragmas and explicit transaction control described above.

    With ``key`` a SQLite register is opened (or created) encrypted with SQLCipher.
    """
    if url.startswith("sqlite"):
        if key is not None:
            database = url.split(":///", 1)[1]
            url_obj = URL.create("sqlite+pysqlcipher", password=key, database=database)
            engine = create_engine(url_obj, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        else:  # LIFO: the connection used last, with its page cache warm, serves the next query
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, pool_use_lifo=True)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def is_encrypted_engine(engine: Engine) -> bool:
    return engine.dialect.driver == "pysqlcipher"


def looks_encrypted(path: Path) -> bool:
    """True for an existing, non-empty file that is not a plain SQLite database (SQLCipher, or not ours)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except FileNotFoundError:
        return False
    return len(head) > 0 and head != SQLITE_HEADER


def check_readable(engine: Engine) -> None:
    """Read the schema once so that a wrong key or a foreign file fails here, as a ``StorageFault``."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master" if is_sqlite(engine) else "SELECT 1"))
    except Exception as exc:
        code = classify_fault(exc)
        if code == "not_a_database" and is_encrypted_engine(engine):
            code = "wrong_key"
        if code is None:
            raise
        engine.dispose()
        detail = str(engine.url.database) if code in ("wrong_key", "not_a_database") else str(exc)
        raise StorageFault(code, detail) from exc


def integrity_check(engine: Engine) -> str:
    """``ok`` or SQLite's first complaint; PostgreSQL answers ``ok`` (the server checks its own pages)."""
    if not is_sqlite(engine):
        return "ok"
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())


def online_backup(engine: Engine, target: Path) -> None:
    """Copy the SQLite register consistently into ``target`` with the online backup API (same key, if any)."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        copy = connect_file(target, engine.url.password if is_encrypted_engine(engine) else None)
        try:
            source.backup(copy)  # type: ignore[union-attr]
        finally:
            copy.close()
    finally:
        raw.close()


def connect_file(path: Path, key: str | None) -> Any:
    """A plain DB-API connection to a SQLite file (SQLCipher when ``key`` is given)."""
    if key is None:
        return sqlite3.connect(path)
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {quote_key(key)}")
    return conn


def quote_key(key: str) -> str:
    """``key`` as an SQL literal for ``PRAGMA key`` / ``ATTACH ... KEY``."""
    return '"' + key.replace('"', '""') + '"'


_FAULT_TEXTS = (
    ("file is not a database", "not_a_database"),
    ("database or disk is full", "disk_full"),
    ("no space left", "disk_full"),
    ("readonly database", "read_only"),
    ("read-only file system", "read_only"),
    ("unable to open database file", "cannot_open"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("server closed the connection", "connection_lost"),
    ("connection refused", "connection_lost"),
    ("could not connect", "connection_lost"),
    ("connection is closed", "connection_lost"),
    ("terminating connection", "connection_lost"),
    ("connection failed", "connection_lost"),
    ("consuming input failed", "connection_lost"),
)
_ERRNO_FAULTS = {
    errno.ENOSPC: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
}


def classify_fault(exc: BaseException) -> str | None:
    """The ``StorageFault`` code for ``exc`` (or any exception it was raised from), None when it is not one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageFault):
            return current.code
        if isinstance(current, OSError) and current.errno in _ERRNO_FAULTS:
            return _ERRNO_FAULTS[current.errno]
        text_ = str(current).casefold()
        for needle, code in _FAULT_TEXTS:
            if needle in text_:
                return code
        if type(current).__module__.startswith("psycopg") and type(current).__name__ == "OperationalError":
            return "connection_lost"
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


PAGE_CACHE_KIB = 64 * 1024  # per connection; SQLite's default 2 MB makes a broad search re-read the table
# from the OS for every keystroke (12,000 hits of 100,000 filings: ~45 ms; with this cache ~25 ms)
BULK_PAGE_CACHE_KIB = 4 * 1024  # while one transaction writes many rows (an import): its dirty pages are
# spilled to the WAL beyond this instead of held in memory (20,000 imported filings filled all 64 MB)


def set_page_cache(dbapi_connection: Any, kib: int) -> None:
    """Set an SQLite connection's page-cache limit (shrinking it frees the pages beyond the limit)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA cache_size = -{int(kib)}")
    finally:
        cursor.close()


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        if is_encrypted_engine(engine):
            cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported by us, not on stderr
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # a limit, filled only as pages are read
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")  # an acknowledged filing survives a power cut
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
