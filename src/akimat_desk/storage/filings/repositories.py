"""Repositories of filings: the filing rows with their history events, and the incoming-number counters.

The only code that reads and writes those ORM rows; it returns frozen domain records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from akimat_desk.domain.assemblies import Channel, FilingKind, Form, Language
from akimat_desk.domain.errors import ConcurrentChange
from akimat_desk.domain.filing import EventAction, FilingEvent, FilingId, FilingRecord
from akimat_desk.domain.statuses import Outcome, Status
from akimat_desk.storage.deadlines import FilingDeadlineRow
from akimat_desk.storage.filings.bulk import add_filings, append_events
from akimat_desk.storage.filings.orm import FilingEventRow, FilingRow, NumberCounterRow
from akimat_desk.storage.filings.register_view import SEARCH_TRIGGERS, where_text_contains
from akimat_desk.storage.filings.values import (
    FilingQuery,
    FilingValues,
    NewEvent,
    NewFiling,
    defects_from_json,
    values_dict,
)
from akimat_desk.storage.kernel.audit_chain import (
    FILING_EVENTS,
    filing_event_content,
)
from akimat_desk.storage.office import append_link

# The plain table, for a Core bulk insert that skips the ORM's per-row bookkeeping.
_FILING_DEADLINES = cast(Table, FilingDeadlineRow.__table__)


def _apply_values(row: FilingRow, values: FilingValues) -> None:
    for name, value in values_dict(values).items():
        setattr(row, name, value)


def _event(row: FilingEventRow) -> FilingEvent:
    return FilingEvent(row.seq, row.at, row.actor, EventAction(row.action), row.changes, row.reason)


def _record(row: FilingRow, with_history: bool) -> FilingRecord:
    return FilingRecord(
        id=FilingId(row.id),
        incoming_number=row.incoming_number,
        received_at=row.received_at,
        registered_on=row.registered_on,
        form=Form(row.form),
        kind=FilingKind(row.kind),
        channel=Channel(row.channel),
        language=Language(row.language),
        status=Status(row.status),
        outcome=Outcome(row.outcome) if row.outcome else None,
        document=row.document,
        defects=defects_from_json(row.defects),
        organizer_name=row.organizer_name,
        version=row.version,
        history=tuple(_event(e) for e in row.events) if with_history else (),
    )


class FilingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_many(self, items: Sequence[NewFiling], actor: str) -> list[FilingId]:
        """Insert many filings and their first history events in a few statements, chained in order exactly as
        ``add`` would chain them one by one; returns the new ids in the order of ``items`` (see bulk_filings)."""

        return add_filings(self._s, items, actor)

    def add(
        self,
        akimat_code: str,
        year: int,
        seq: int,
        number: str,
        values: FilingValues,
        actor: str,
        event: NewEvent,
    ) -> FilingId:
        row = FilingRow(akimat_code=akimat_code, year=year, seq=seq, incoming_number=number, created_by=actor)
        _apply_values(row, values)
        self._s.add(row)
        self._s.flush()
        self._append(row, event, seq=1)
        return FilingId(row.id)

    def get(self, filing_id: FilingId, *, with_history: bool = True) -> FilingRecord | None:
        row = self._s.get(FilingRow, filing_id, options=[selectinload(FilingRow.events)] if with_history else [])
        return None if row is None else _record(row, with_history)

    def find_id(self, reference: str) -> FilingId | None:
        """A filing id from its numeric id or its incoming number."""
        stmt = select(FilingRow.id).where(FilingRow.incoming_number == reference.strip())
        found = self._s.scalar(stmt)
        if found is None and reference.strip().isdigit():
            found = self._s.scalar(select(FilingRow.id).where(FilingRow.id == int(reference)))
        return None if found is None else FilingId(found)

    def update(self, filing_id: FilingId, expected_version: int, values: FilingValues, event: NewEvent) -> FilingRecord:
        """Replace the filing's values and append ``event``; fail if someone else changed it meanwhile."""
        row = self._s.get(FilingRow, filing_id, with_for_update=True)
        if row is None or row.version != expected_version:
            raise ConcurrentChange(field="version", expected=expected_version)
        _apply_values(row, values)
        last = self._s.scalar(select(func.max(FilingEventRow.seq)).where(FilingEventRow.filing_id == filing_id))
        self._append(row, event, seq=(last or 0) + 1)
        self._s.flush()
        self._s.refresh(row)
        return _record(row, with_history=True)

    def _append(self, row: FilingRow, event: NewEvent, seq: int) -> None:
        """Append the event as the next link of the register's history chain (see ``audit_chain``)."""
        action = str(event.action)
        content = filing_event_content(row.id, seq, event.at, event.actor, action, event.changes, event.reason)
        chain_seq, prev_hash, entry_hash = append_link(self._s, FILING_EVENTS, content)
        self._s.add(
            FilingEventRow(
                filing_id=row.id,
                seq=seq,
                at=event.at,
                actor=event.actor,
                action=action,
                changes=event.changes,
                reason=event.reason,
                chain_seq=chain_seq,
                prev_hash=prev_hash,
                entry_hash=entry_hash,
            )
        )
        self._s.flush()

    def search(self, query: FilingQuery) -> list[FilingRecord]:
        stmt = select(FilingRow).order_by(FilingRow.received_at.desc(), FilingRow.id.desc())
        stmt = self._filtered(stmt, query, paged=query.limit is not None).offset(query.offset)
        if query.limit is not None:
            stmt = stmt.limit(query.limit)
        return [_record(row, with_history=False) for row in self._s.scalars(stmt)]

    def change_stamp(self) -> tuple[int, int]:
        """(last filing id, last history entry id): changes whenever any seat registers or changes a filing."""
        last_filing = self._s.scalar(select(func.max(FilingRow.id))) or 0
        last_event = self._s.scalar(select(func.max(FilingEventRow.id))) or 0
        return int(last_filing), int(last_event)

    def ids_with_status(self, statuses: Sequence[str]) -> list[FilingId]:
        stmt = select(FilingRow.id).where(FilingRow.status.in_(list(statuses))).order_by(FilingRow.id)
        return [FilingId(i) for i in self._s.scalars(stmt)]

    def append_event(self, filing_id: FilingId, event: NewEvent) -> None:
        """Append a history event that changes no column of the filing (e.g. a deadline moved)."""
        row = self._s.get(FilingRow, filing_id)
        assert row is not None
        last = self._s.scalar(select(func.max(FilingEventRow.seq)).where(FilingEventRow.filing_id == filing_id))
        self._append(row, event, seq=(last or 0) + 1)

    def append_events(self, events: Sequence[tuple[FilingId, NewEvent]]) -> None:
        """``append_event`` for many filings at once, in order (see ``bulk.append_events``)."""
        self._s.flush()  # events added through the session before must be counted
        append_events(self._s, events)

    def count(self, query: FilingQuery) -> int:
        stmt = self._filtered(select(func.count(FilingRow.id)), query)
        return int(self._s.scalar(stmt) or 0)

    def _search_index(self) -> bool:
        """True on SQLite while the FTS index is kept in sync (its triggers exist; the window repairs them at start)."""
        if self._s.get_bind().dialect.name != "sqlite":
            return False
        triggers = set(self._s.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
        return set(SEARCH_TRIGGERS) <= triggers

    def _filtered(self, stmt: Any, query: FilingQuery, *, paged: bool = False) -> Any:
        if query.form is not None:
            stmt = stmt.where(FilingRow.form == str(query.form))
        if query.status is not None:
            stmt = stmt.where(FilingRow.status == str(query.status))
        if query.received_from is not None:
            stmt = stmt.where(FilingRow.registered_on >= query.received_from)
        if query.received_to is not None:
            stmt = stmt.where(FilingRow.registered_on <= query.received_to)
        return where_text_contains(stmt, query.search, fts=self._search_index(), in_received_order=paged)


class CounterRepository:
    """Incoming-number sequences: the counter row is incremented in the registering transaction, so a
    rolled-back registration gives its number back and a committed one is never reused."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def next_value(self, akimat_code: str, year: int) -> int:
        for _ in range(3):
            key = (NumberCounterRow.akimat_code == akimat_code) & (NumberCounterRow.year == year)
            result = self._s.execute(
                update(NumberCounterRow).where(key).values(last_value=NumberCounterRow.last_value + 1)
            )
            if getattr(result, "rowcount", 0) == 1:
                return int(self._s.scalar(select(NumberCounterRow.last_value).where(key)) or 0)
            try:
                with self._s.begin_nested():
                    self._s.add(NumberCounterRow(akimat_code=akimat_code, year=year, last_value=1))
                return 1
            except IntegrityError:
                continue  # another process created the row first; increment it
        raise ConcurrentChange(field="incoming_number")

    def reserve(self, akimat_code: str, year: int, count: int) -> int:
        """Take ``count`` consecutive numbers at once; returns the first."""
        first = self.next_value(akimat_code, year)
        if count > 1:
            key = (NumberCounterRow.akimat_code == akimat_code) & (NumberCounterRow.year == year)
            self._s.execute(
                update(NumberCounterRow).where(key).values(last_value=NumberCounterRow.last_value + count - 1)
            )
        return first

    def peek(self, akimat_code: str, year: int) -> int:
        """The last value used (0 when none) without taking a number."""
        key = (NumberCounterRow.akimat_code == akimat_code) & (NumberCounterRow.year == year)
        return int(self._s.scalar(select(NumberCounterRow.last_value).where(key)) or 0)
