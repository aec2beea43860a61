"""Repositories of the deadlines area: the stored deadlines of filings and the calendar overrides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, case, func, insert, select, update
from sqlalchemy.orm import Session

from akimat_desk.domain.filing import FilingId, StoredDeadline
from akimat_desk.storage.deadlines.orm import CalendarOverrideRow, FilingDeadlineRow
from akimat_desk.storage.filings import FilingRow
from akimat_desk.storage.kernel.audit_chain import (
    CALENDAR_OVERRIDES,
    calendar_override_content,
)
from akimat_desk.storage.office import append_link

_FILING_DEADLINES = cast(Table, FilingDeadlineRow.__table__)
BATCH = 1000  # filings per UPDATE: about 5 bound parameters each, far below SQLite's limit of 32,766


def _stored_deadline(row: FilingDeadlineRow) -> StoredDeadline:
    return StoredDeadline(
        kind=row.kind,
        due_on=row.due_on,
        calendar_version=row.calendar_version,
        computed_at=row.computed_at,
        previous_due_on=row.previous_due_on,
        changed_by_act=row.changed_by_act,
        acknowledged_at=row.acknowledged_at,
        acknowledged_by=row.acknowledged_by,
    )


class DeadlineRepository:
    """Computed legal deadlines per filing; one row per (filing, kind)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def for_filing(self, filing_id: FilingId) -> list[StoredDeadline]:
        stmt = select(FilingDeadlineRow).where(FilingDeadlineRow.filing_id == filing_id).order_by(FilingDeadlineRow.id)
        return [_stored_deadline(r) for r in self._s.scalars(stmt)]

    def for_filings(self, filing_ids: Sequence[int]) -> dict[int, list[StoredDeadline]]:
        result: dict[int, list[StoredDeadline]] = {i: [] for i in filing_ids}
        if filing_ids:
            stmt = select(FilingDeadlineRow).where(FilingDeadlineRow.filing_id.in_(filing_ids))
            for row in self._s.scalars(stmt.order_by(FilingDeadlineRow.id)):
                result[row.filing_id].append(_stored_deadline(row))
        return result

    def put(self, filing_id: FilingId, deadline: StoredDeadline) -> None:
        """Insert or replace the deadline of this kind for the filing."""
        stmt = select(FilingDeadlineRow).where(
            (FilingDeadlineRow.filing_id == filing_id) & (FilingDeadlineRow.kind == deadline.kind)
        )
        row = self._s.scalar(stmt) or FilingDeadlineRow(filing_id=filing_id, kind=deadline.kind)
        for name in StoredDeadline.__slots__:
            if name != "kind":
                setattr(row, name, getattr(deadline, name))
        self._s.add(row)
        self._s.flush()

    def drop(self, filing_id: FilingId, kind: str) -> bool:
        """Remove the filing's deadline of this kind (a proposal's answer clock whose only start was undone,
        issue 22). True when there was one."""
        row = self._s.scalar(
            select(FilingDeadlineRow).where(
                (FilingDeadlineRow.filing_id == filing_id) & (FilingDeadlineRow.kind == kind)
            )
        )
        if row is None:
            return False
        self._s.delete(row)
        self._s.flush()
        return True

    def open_reviews(self, statuses: Sequence[str]) -> list[tuple[FilingId, str, str, date, StoredDeadline]]:
        """(filing id, incoming number, kind, registration day, review deadline) of every filing in
        ``statuses``, in one query of plain columns (the calendar re-check reads tens of thousands)."""
        d = _FILING_DEADLINES.c
        stmt = (
            select(
                FilingRow.id,
                FilingRow.incoming_number,
                FilingRow.kind,
                FilingRow.registered_on,
                *(d[name] for name in StoredDeadline.__slots__),
            )
            .join(_FILING_DEADLINES, d.filing_id == FilingRow.id)
            .where(FilingRow.status.in_(list(statuses)), d.kind == "review")
            .order_by(FilingRow.id)
        )
        return [(FilingId(i), n, k, r, StoredDeadline(*rest)) for i, n, k, r, *rest in self._s.execute(stmt)]

    def move_many(
        self, kind: str, moves: Sequence[tuple[int, date, date | None]], version: str, at: datetime, act: str
    ) -> None:
        """Move the ``kind`` deadline of many filings, each ``(filing id, new day, day to show as previous)``,
        computed on calendar ``version`` at ``at`` by ``act``, the acknowledgement cleared: one UPDATE per batch
        of ``BATCH`` filings (the days picked per filing by ``CASE``)."""
        d = _FILING_DEADLINES.c
        for start in range(0, len(moves), BATCH):
            chunk = moves[start : start + BATCH]
            due = {fid: day for fid, day, _ in chunk}
            previous = {fid: prev for fid, _, prev in chunk}
            self._s.execute(
                update(_FILING_DEADLINES)
                .where(d.filing_id.in_(list(due)), d.kind == kind)
                .values(
                    due_on=case(due, value=d.filing_id, else_=d.due_on),
                    previous_due_on=case(previous, value=d.filing_id, else_=d.previous_due_on),
                    calendar_version=version,
                    computed_at=at,
                    changed_by_act=act,
                    acknowledged_at=None,
                    acknowledged_by=None,
                )
            )

    def set_version(self, filing_ids: Sequence[int], kind: str, version: str) -> None:
        """Record that these deadlines were re-checked on calendar ``version`` and did not move."""
        ids = list(filing_ids)
        for start in range(0, len(ids), BATCH):
            self._s.execute(
                update(FilingDeadlineRow)
                .where(FilingDeadlineRow.filing_id.in_(ids[start : start + BATCH]), FilingDeadlineRow.kind == kind)
                .values(calendar_version=version)
            )

    def add_many(self, deadlines: Sequence[tuple[int, StoredDeadline]]) -> None:
        """Insert deadlines of filings that have none yet (bulk registration)."""
        if deadlines:
            rows = [
                {"filing_id": fid} | {name: getattr(d, name) for name in StoredDeadline.__slots__}
                for fid, d in deadlines
            ]
            self._s.execute(insert(_FILING_DEADLINES), rows)

    def filings_needing_acknowledgement(self) -> list[int]:
        stmt = (
            select(FilingDeadlineRow.filing_id)
            .where(FilingDeadlineRow.previous_due_on.is_not(None) & FilingDeadlineRow.acknowledged_at.is_(None))
            .distinct()
        )
        return sorted(self._s.scalars(stmt))


class CalendarRepository:
    """The administrator's calendar overrides, append-only, in the order they were made."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def rows(self) -> list[dict[str, Any]]:
        stmt = select(CalendarOverrideRow).order_by(CalendarOverrideRow.id)
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "day": r.day,
                "paired_day": r.paired_day,
                "year": r.year,
                "act": r.act,
                "created_at": r.created_at,
                "created_by": r.created_by,
            }
            for r in self._s.scalars(stmt)
        ]

    def state(self) -> tuple[int, int]:
        """(count, last id): changes whenever an override is added, cheap to ask."""
        count, last = self._s.execute(
            select(func.count(CalendarOverrideRow.id), func.max(CalendarOverrideRow.id))
        ).one()
        return int(count or 0), int(last or 0)

    def add(self, row: Mapping[str, Any], at: datetime, actor: str) -> None:
        """Append an override as the next link of the calendar's chain."""
        values = {
            "kind": str(row["kind"]),
            "day": row.get("day"),
            "paired_day": row.get("paired_day"),
            "year": row.get("year"),
            "act": row["act"],
            "created_at": at,
            "created_by": actor,
        }
        chain_seq, prev_hash, entry_hash = append_link(self._s, CALENDAR_OVERRIDES, calendar_override_content(values))
        self._s.add(CalendarOverrideRow(**values, chain_seq=chain_seq, prev_hash=prev_hash, entry_hash=entry_hash))
        self._s.flush()
