"""Repositories of decisions, outgoing letters, dispatches and proposal answers (returns frozen records)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.domain.records import record_from
from akimat_desk.storage.decisions.orm import DecisionRow, DispatchRow, OutgoingLetterRow, ProposalAnswerRow

_Undoable = TypeVar("_Undoable", DecisionRow, DispatchRow)


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    id: int
    filing_id: int
    kind: str
    outcome: str | None
    grounds: tuple[dict[str, str], ...]
    proposal: dict[str, Any] | None
    conditions: str | None
    remarks: str | None
    review_deadline: date | None
    late: bool
    decided_at: datetime
    decided_by: str
    # the clerk's words per language: {"kk": {"reason:A14-5": "...", "proposal": "...", ...}, "ru": {...}}
    texts: dict[str, dict[str, str]] | None = None
    undone_at: datetime | None = None
    undone_by: str | None = None
    undo_reason: str | None = None


@dataclass(frozen=True, slots=True)
class LetterRecord:
    id: int
    filing_id: int
    decision_id: int | None
    outgoing_number: str
    outgoing_date: date
    language: str
    kind: str
    attachment_id: int | None
    sha256: str
    created_at: datetime
    created_by: str
    akimat_code: str = ""
    year: int = 0
    seq: int = 0


@dataclass(frozen=True, slots=True)
class DispatchRecord:
    id: int
    letter_id: int
    channel: str
    sent_at: datetime
    address: str | None
    tracking_number: str | None
    delivered_on: date | None
    recorded_at: datetime
    recorded_by: str
    bounced_at: datetime | None = None
    bounce_reason: str | None = None
    undone_at: datetime | None = None
    undone_by: str | None = None
    undo_reason: str | None = None

    @property
    def sent(self) -> bool:
        """False for an e-mail that bounced after the server accepted it (it reached nobody)."""
        return self.bounced_at is None


def _decision(row: DecisionRow) -> DecisionRecord:
    return record_from(DecisionRecord, row, grounds=tuple(row.grounds))


def _letter(row: OutgoingLetterRow) -> LetterRecord:
    return record_from(LetterRecord, row)


def _dispatch(row: DispatchRow) -> DispatchRecord:
    return record_from(DispatchRecord, row)


class DecisionRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_decision(self, **values: Any) -> DecisionRecord:
        row = DecisionRow(**values)
        self._s.add(row)
        self._s.flush()
        return _decision(row)

    def decisions(self, filing_id: int, include_undone: bool = False) -> list[DecisionRecord]:
        """The filing's decisions in the order taken; an undone one only with ``include_undone``."""
        stmt = select(DecisionRow).where(DecisionRow.filing_id == filing_id).order_by(DecisionRow.id)
        if not include_undone:
            stmt = stmt.where(DecisionRow.undone_at.is_(None))
        return [_decision(r) for r in self._s.scalars(stmt)]

    def decision(self, decision_id: int) -> DecisionRecord | None:
        row = self._s.get(DecisionRow, decision_id)
        return None if row is None else _decision(row)

    def _mark_undone(self, row_type: type[_Undoable], row_id: int, at: datetime, by: str, reason: str) -> _Undoable:
        """Mark a decision or dispatch row undone (set once; the row stays, the history keeps the correcting entry)."""
        row = self._s.get(row_type, row_id)
        assert row is not None and row.undone_at is None
        row.undone_at, row.undone_by, row.undo_reason = at, by, reason
        self._s.flush()
        return row

    def mark_decision_undone(self, decision_id: int, at: datetime, by: str, reason: str) -> DecisionRecord:
        return _decision(self._mark_undone(DecisionRow, decision_id, at, by, reason))

    def add_letter(self, **values: Any) -> LetterRecord:
        row = OutgoingLetterRow(**values)
        self._s.add(row)
        self._s.flush()
        return _letter(row)

    def letters(self, filing_id: int) -> list[LetterRecord]:
        stmt = select(OutgoingLetterRow).where(OutgoingLetterRow.filing_id == filing_id).order_by(OutgoingLetterRow.id)
        return [_letter(r) for r in self._s.scalars(stmt)]

    def letter(self, letter_id: int) -> LetterRecord | None:
        row = self._s.get(OutgoingLetterRow, letter_id)
        return None if row is None else _letter(row)

    def add_dispatch(self, **values: Any) -> DispatchRecord:
        row = DispatchRow(**values)
        self._s.add(row)
        self._s.flush()
        return _dispatch(row)

    def dispatches(self, letter_ids: list[int], include_undone: bool = False) -> list[DispatchRecord]:
        """The dispatches of these letters in the order recorded; an undone one only with ``include_undone``."""
        if not letter_ids:
            return []
        stmt = select(DispatchRow).where(DispatchRow.letter_id.in_(letter_ids)).order_by(DispatchRow.id)
        if not include_undone:
            stmt = stmt.where(DispatchRow.undone_at.is_(None))
        return [_dispatch(r) for r in self._s.scalars(stmt)]

    def dispatch(self, dispatch_id: int) -> DispatchRecord | None:
        row = self._s.get(DispatchRow, dispatch_id)
        return None if row is None else _dispatch(row)

    def mark_dispatch_undone(self, dispatch_id: int, at: datetime, by: str, reason: str) -> DispatchRecord:
        return _dispatch(self._mark_undone(DispatchRow, dispatch_id, at, by, reason))

    def mark_delivered(self, dispatch_id: int, delivered_on: date) -> DispatchRecord:
        row = self._s.get(DispatchRow, dispatch_id)
        assert row is not None
        row.delivered_on = delivered_on
        self._s.flush()
        return _dispatch(row)

    def mark_bounced(self, dispatch_id: int, at: datetime, reason: str) -> DispatchRecord:
        """The e-mail of this dispatch bounced (set once; the filing's history keeps the details)."""
        row = self._s.get(DispatchRow, dispatch_id)
        assert row is not None and row.bounced_at is None
        row.bounced_at, row.bounce_reason = at, reason
        self._s.flush()
        return _dispatch(row)

    def add_answer(self, **values: Any) -> None:
        self._s.add(ProposalAnswerRow(**values))
        self._s.flush()
