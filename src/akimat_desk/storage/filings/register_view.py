"""The register as the window lists it: ordered ids of a query, light rows for pages, dashboard buckets.

Full-text search: on SQLite an external-content FTS5 table ``filings_fts`` (trigram tokenizer, so a word
matches inside longer words as the clerk expects) kept in sync with ``filings`` by triggers; on PostgreSQL a
``pg_trgm`` GIN index on ``search_text`` serves the same ``LIKE`` search. ``ensure_search_index`` re-creates
the SQLite triggers and rebuilds the index if a later table rebuild (Alembic batch mode) dropped them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Integer, and_, column, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from akimat_desk.domain.document import search_words
from akimat_desk.storage.deadlines import FilingDeadlineRow
from akimat_desk.storage.filings.orm import FilingRow
from akimat_desk.storage.filings.register_rows import RegisterFilter, RegisterRow, SortKey

FTS_TABLE = "filings_fts"
_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(search_text, incoming_number, "
    "content='filings', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER IF NOT EXISTS filings_fts_ai AFTER INSERT ON filings BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text, incoming_number) "
    "VALUES (new.id, new.search_text, new.incoming_number); END",
    f"CREATE TRIGGER IF NOT EXISTS filings_fts_ad AFTER DELETE ON filings BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text, incoming_number) "
    "VALUES ('delete', old.id, old.search_text, old.incoming_number); END",
    f"CREATE TRIGGER IF NOT EXISTS filings_fts_au AFTER UPDATE OF search_text, incoming_number ON filings BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text, incoming_number) "
    "VALUES ('delete', old.id, old.search_text, old.incoming_number); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_text, incoming_number) "
    "VALUES (new.id, new.search_text, new.incoming_number); END",
)
_log = logging.getLogger(__name__)
SEARCH_TRIGGERS = ("filings_fts_ai", "filings_fts_ad", "filings_fts_au")
"""The triggers that keep the FTS index in step with ``filings`` (a table rebuild drops them)."""
TRGM_INDEX = "ix_filings_search_trgm"
MIN_FTS_WORD = 3  # the trigram tokenizer matches words of three characters or more


def install_search_index(conn: Connection) -> str | None:
    """Create the search index for this database and fill it from the existing filings.

    Returns None when the index is in place, else why it could not be made: on PostgreSQL the ``pg_trgm``
    extension needs a privilege the register's account may lack; search then still works (a plain ``LIKE``
    scan, slower), and the reason is logged as a warning and returned for the caller to show.
    """
    if conn.dialect.name == "sqlite":
        for ddl in _SQLITE_DDL:
            conn.exec_driver_sql(ddl)
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                conn.exec_driver_sql(
                    f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON filings USING gin (search_text gin_trgm_ops)"
                )
        except DBAPIError as exc:  # e.g. permission denied to create extension "pg_trgm"
            reason = str(exc.orig or exc).strip().splitlines()[0]
            _log.warning("search index %s not created, search scans the table: %s", TRGM_INDEX, reason)
            return reason
    return None


def drop_search_index(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for trigger in SEARCH_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TRGM_INDEX}")


_REVIEW = "review"


def _review_join() -> Any:
    return and_(FilingDeadlineRow.filing_id == FilingRow.id, FilingDeadlineRow.kind == _REVIEW)


def _order(sort: SortKey, descending: bool) -> list[Any]:
    column: Any = {
        SortKey.NUMBER: FilingRow.year,
        SortKey.RECEIVED: FilingRow.received_at,
        SortKey.FORM: FilingRow.form,
        SortKey.ORGANIZER: FilingRow.organizer_name,
        SortKey.PLACE: FilingRow.place,
        SortKey.EVENT: FilingRow.starts_at,
        SortKey.STATUS: FilingRow.status,
        SortKey.DEADLINE: FilingDeadlineRow.due_on,
    }[sort]
    keys = [column.desc() if descending else column.asc()]
    if sort is SortKey.NUMBER:
        keys.append(FilingRow.seq.desc() if descending else FilingRow.seq.asc())
    keys.append(FilingRow.id.desc() if descending else FilingRow.id.asc())
    return keys


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def where_text_contains(stmt: Any, search: str | None, *, fts: bool, in_received_order: bool = False) -> Any:
    """``stmt`` restricted to the filings whose text (``search_text``) or incoming number contains every word of
    ``search``. With ``fts`` (SQLite with its index) the words of three characters or more go through the FTS5
    trigram index instead of a ``LIKE`` over every row; shorter words (and every word without ``fts``:
    PostgreSQL's trigram index serves the ``LIKE``) are matched with ``LIKE``.

    ``in_received_order``: for one page in the order of receipt (newest first). The hits' ids are then compared as
    ``id + 0``, which keeps SQLite from looking every hit up and sorting them all (250 ms for a word in every
    one of 100,000 filings): it walks the index of ``received_at`` and stops at the end of the page (10-30 ms for
    any word)."""
    words = search_words(search)
    long_words = [w for w in words if len(w) >= MIN_FTS_WORD] if fts else []
    if long_words:
        match = " AND ".join(_fts_phrase(w) for w in long_words)
        found = text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match").bindparams(match=match)
        ids = (FilingRow.id + 0) if in_received_order else FilingRow.id
        stmt = stmt.where(ids.in_(found.columns(column("rowid", Integer))))
    for word in words:
        if word in long_words:
            continue
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            or_(
                FilingRow.search_text.like(f"%{escaped}%", escape="\\"),
                FilingRow.incoming_number.like(f"%{escaped}%", escape="\\"),
            )
        )
    return stmt


class RegisterViewRepository:
    """Read-only queries of the register window; rows are plain frozen dataclasses."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def _sqlite(self) -> bool:
        return self._s.get_bind().dialect.name == "sqlite"

    def _filtered(self, stmt: Any, flt: RegisterFilter) -> Any:
        if flt.form:
            stmt = stmt.where(FilingRow.form == flt.form)
        if flt.status:
            stmt = stmt.where(FilingRow.status == flt.status)
        if flt.received_from is not None:
            stmt = stmt.where(FilingRow.registered_on >= flt.received_from)
        if flt.received_to is not None:
            stmt = stmt.where(FilingRow.registered_on <= flt.received_to)
        stmt = where_text_contains(stmt, flt.search, fts=self._sqlite())
        return stmt

    def ids(self, flt: RegisterFilter, sort: SortKey = SortKey.RECEIVED, descending: bool = True) -> list[int]:
        """The ids of the filings matching ``flt`` in display order (ties broken by id)."""
        stmt = select(FilingRow.id)
        if sort is SortKey.DEADLINE:
            stmt = stmt.outerjoin(FilingDeadlineRow, _review_join())
        stmt = self._filtered(stmt, flt).order_by(*_order(sort, descending))
        result = self._core(stmt)
        try:  # the driver's rows as they come: ids need no type processing (~3 ms less per 10,000 ids)
            return [row[0] for row in result.cursor.fetchall()]
        finally:
            result.close()

    def _core(self, stmt: Any) -> Any:
        """Execute on the session's connection without ORM loading: plain values, several ms less per 10,000
        rows (a search keystroke runs this)."""
        return self._s.connection().execute(stmt)

    def count(self, flt: RegisterFilter) -> int:
        return int(self._s.scalar(self._filtered(select(func.count(FilingRow.id)), flt)) or 0)

    def rows(self, ids: Sequence[int]) -> dict[int, RegisterRow]:
        """The rows of ``ids`` (any order; missing ids are simply absent)."""
        if not ids:
            return {}
        stmt = (
            select(
                FilingRow.id,
                FilingRow.incoming_number,
                FilingRow.received_at,
                FilingRow.registered_on,
                FilingRow.form,
                FilingRow.kind,
                FilingRow.organizer_name,
                FilingRow.place,
                FilingRow.starts_at,
                FilingRow.ends_at,
                FilingRow.status,
                FilingRow.outcome,
                func.coalesce(func.json_array_length(FilingRow.defects), 0),
                FilingDeadlineRow.due_on,
                FilingDeadlineRow.previous_due_on,
                FilingDeadlineRow.acknowledged_at,
            )
            .outerjoin(FilingDeadlineRow, _review_join())
            .where(FilingRow.id.in_(list(ids)))
        )
        result = {}
        for r in self._core(stmt):
            moved = r[14] is not None and r[15] is None
            result[r[0]] = RegisterRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6] or "",
                r[7] or "",
                r[8],
                r[9],
                r[10],
                r[11],
                int(r[12]),
                r[13],
                moved,
            )
        return result

    def _limited(self, stmt: Any, limit: int) -> tuple[list[int], int]:
        """The first ``limit`` ids of ``stmt`` and how many there are in all."""
        total = int(self._s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
        return list(self._s.scalars(stmt.limit(limit))), total

    def open_ids_due(
        self, statuses: Sequence[str], first: date | None, last: date, limit: int
    ) -> tuple[list[int], int]:
        """Open filings whose review deadline is in [first, last] (no lower bound when None), earliest first."""
        stmt = (
            select(FilingRow.id)
            .join(FilingDeadlineRow, _review_join())
            .where(FilingRow.status.in_(list(statuses)), FilingDeadlineRow.due_on <= last)
            .order_by(FilingDeadlineRow.due_on, FilingRow.id)
        )
        if first is not None:
            stmt = stmt.where(FilingDeadlineRow.due_on >= first)
        return self._limited(stmt, limit)

    def ids_with_status(self, statuses: Sequence[str], limit: int) -> tuple[list[int], int]:
        stmt = select(FilingRow.id).where(FilingRow.status.in_(list(statuses))).order_by(FilingRow.received_at)
        return self._limited(stmt, limit)

    def events_between(
        self, first: datetime, last: datetime, excluded: Sequence[str], limit: int
    ) -> tuple[list[int], int]:
        """Filings whose event starts in [first, last) (local wall-clock), not in ``excluded`` statuses."""
        stmt = (
            select(FilingRow.id)
            .where(FilingRow.starts_at >= first, FilingRow.starts_at < last, FilingRow.status.not_in(list(excluded)))
            .order_by(FilingRow.starts_at, FilingRow.id)
        )
        return self._limited(stmt, limit)

    def moved_deadline_ids(self, limit: int) -> tuple[list[int], int]:
        stmt = (
            select(FilingDeadlineRow.filing_id)
            .where(FilingDeadlineRow.previous_due_on.is_not(None), FilingDeadlineRow.acknowledged_at.is_(None))
            .distinct()
            .order_by(FilingDeadlineRow.filing_id)
        )
        return self._limited(stmt, limit)

    def search_index_ok(self) -> bool:
        """False when the SQLite FTS triggers (a table rebuild drops them) or the PostgreSQL trigram index
        are missing."""
        if not self._sqlite():
            found = self._s.scalar(text("SELECT 1 FROM pg_indexes WHERE indexname = :n"), {"n": TRGM_INDEX})
            return found is not None
        names = set(self._s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        return set(SEARCH_TRIGGERS) <= names

    def install_search_index(self) -> str | None:
        """(Re-)create the search index in this unit's transaction; see ``install_search_index``."""
        return install_search_index(self._s.connection())
