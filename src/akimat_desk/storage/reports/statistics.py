"""Read-only queries the statistics need beyond the filings themselves: refusal grounds from the decisions
and whether an organizer accepted a proposal of another place or time."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.storage.decisions import DecisionRow, ProposalAnswerRow
from akimat_desk.storage.filings import FilingEventRow

_CHUNK = 500


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[i : i + _CHUNK]) for i in range(0, len(ids), _CHUNK)]


class StatisticsRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def refusal_grounds(self, filing_ids: Sequence[int]) -> dict[int, list[str]]:
        """The ground codes of each filing's latest refusal decision (``A14-5``, ``A11-3-NOANSWER``...)."""
        result: dict[int, list[str]] = {}
        for chunk in _chunks(filing_ids):
            stmt = (
                select(DecisionRow.filing_id, DecisionRow.grounds)
                .where(DecisionRow.filing_id.in_(chunk), DecisionRow.undone_at.is_(None))
                .where((DecisionRow.kind == "refuse") | (DecisionRow.outcome == "refused"))
                .order_by(DecisionRow.decided_at, DecisionRow.id)
            )
            for filing_id, grounds in self._s.execute(stmt):
                codes = [str(g.get("code")) for g in grounds or [] if isinstance(g, dict) and g.get("code")]
                result[filing_id] = codes  # the latest wins
        return result

    def accepted_proposals(self, filing_ids: Sequence[int]) -> set[int]:
        """Filings whose organizer accepted a proposal (an answer recorded, or the status once set so)."""
        found: set[int] = set()
        for chunk in _chunks(filing_ids):
            answers = select(ProposalAnswerRow.filing_id).where(
                ProposalAnswerRow.filing_id.in_(chunk), ProposalAnswerRow.answer == "accepted"
            )
            found.update(self._s.scalars(answers))
            events = select(FilingEventRow.filing_id, FilingEventRow.changes).where(
                FilingEventRow.filing_id.in_(chunk),
                FilingEventRow.action.in_(("status_changed", "proposal_answered", "decided")),
            )
            for filing_id, changes in self._s.execute(events):
                status = (changes or {}).get("status") or {}
                if isinstance(status, dict) and status.get("new") == "proposal_accepted":
                    found.add(filing_id)
        return found

    def proposals_made(self, filing_ids: Sequence[int]) -> set[int]:
        """Filings for which a proposal of another place / route / time was decided (61-NP)."""
        found: set[int] = set()
        for chunk in _chunks(filing_ids):
            stmt = select(DecisionRow.filing_id).where(
                DecisionRow.filing_id.in_(chunk), DecisionRow.kind == "propose", DecisionRow.undone_at.is_(None)
            )
            found.update(self._s.scalars(stmt))
        return found
