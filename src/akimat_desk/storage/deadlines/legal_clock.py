"""Bulk reads for the legal clock of many filings at once (the due list, Today, reminders): the facts of a
filing's chain in a handful of queries, whatever the number of filings. Returns plain frozen records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from akimat_desk.storage.deadlines.orm import FilingDeadlineRow
from akimat_desk.storage.decisions import DecisionRow, DispatchRow, OutgoingLetterRow, ProposalAnswerRow
from akimat_desk.storage.filings import FilingRow


@dataclass(frozen=True, slots=True)
class ClockRow:
    """What the chain needs of one filing, as stored (instants in UTC)."""

    id: int
    incoming_number: str
    kind: str
    form: str
    organizer: str
    status: str
    outcome: str | None
    registered_on: date
    starts_at: datetime | None
    deadlines: dict[str, date]
    decisions: tuple[tuple[int, str, datetime], ...]  # (id, kind, decided_at) in order
    dispatches: tuple[tuple[int | None, str, datetime], ...]  # (decision id of the letter, channel, sent_at)
    answers: tuple[tuple[str, datetime], ...]  # (answer, received_at or recorded_at)


class LegalClockRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def candidate_ids(self, open_statuses: Sequence[str], decided_since: date) -> list[int]:
        """Filings the akimat still owes something: open ones, and decided ones registered since
        ``decided_since`` (their letter or its registered-mail copy may still be owed)."""
        stmt = (
            select(FilingRow.id)
            .where(
                or_(
                    FilingRow.status.in_(list(open_statuses)),
                    (FilingRow.status.in_(["decided", "proposal_accepted"]))
                    & (FilingRow.registered_on >= decided_since),
                )
            )
            .order_by(FilingRow.id)
        )
        return list(self._s.scalars(stmt))

    def clock_rows(self, ids: Sequence[int]) -> list[ClockRow]:
        """The rows of ``ids`` in id order, each with its deadlines, decisions, dispatches and answers."""
        if not ids:
            return []
        wanted = list(ids)
        deadlines: dict[int, dict[str, date]] = {}
        for fid, kind, due in self._s.execute(
            select(FilingDeadlineRow.filing_id, FilingDeadlineRow.kind, FilingDeadlineRow.due_on).where(
                FilingDeadlineRow.filing_id.in_(wanted)
            )
        ):
            deadlines.setdefault(fid, {})[kind] = due
        decisions: dict[int, list[tuple[int, str, datetime]]] = {}
        for decision_id, fid, kind, at in self._s.execute(
            select(DecisionRow.id, DecisionRow.filing_id, DecisionRow.kind, DecisionRow.decided_at)
            .where(DecisionRow.filing_id.in_(wanted), DecisionRow.undone_at.is_(None))  # undone: never taken
            .order_by(DecisionRow.id)
        ):
            decisions.setdefault(fid, []).append((decision_id, kind, at))
        sent: dict[int, list[tuple[int | None, str, datetime]]] = {}
        for fid, did, channel, at in self._s.execute(
            select(OutgoingLetterRow.filing_id, OutgoingLetterRow.decision_id, DispatchRow.channel, DispatchRow.sent_at)
            .join(OutgoingLetterRow, OutgoingLetterRow.id == DispatchRow.letter_id)
            .where(
                OutgoingLetterRow.filing_id.in_(wanted),
                DispatchRow.bounced_at.is_(None),
                DispatchRow.undone_at.is_(None),
            )
            .order_by(DispatchRow.id)
        ):
            sent.setdefault(fid, []).append((did, channel, at))
        answers: dict[int, list[tuple[str, datetime]]] = {}
        for fid, answer, received, recorded in self._s.execute(
            select(
                ProposalAnswerRow.filing_id,
                ProposalAnswerRow.answer,
                ProposalAnswerRow.received_at,
                ProposalAnswerRow.recorded_at,
            )
            .where(ProposalAnswerRow.filing_id.in_(wanted))
            .order_by(ProposalAnswerRow.id)
        ):
            answers.setdefault(fid, []).append((answer, received or recorded))
        rows = self._s.execute(
            select(
                FilingRow.id,
                FilingRow.incoming_number,
                FilingRow.kind,
                FilingRow.form,
                FilingRow.organizer_name,
                FilingRow.status,
                FilingRow.outcome,
                FilingRow.registered_on,
                FilingRow.starts_at,
            )
            .where(FilingRow.id.in_(wanted))
            .order_by(FilingRow.id)
        )
        return [
            ClockRow(
                fid,
                number,
                kind,
                form,
                organizer or "",
                status,
                outcome,
                registered,
                starts,
                deadlines.get(fid, {}),
                tuple(decisions.get(fid, ())),
                tuple(sent.get(fid, ())),
                tuple(answers.get(fid, ())),
            )
            for fid, number, kind, form, organizer, status, outcome, registered, starts in rows
        ]
