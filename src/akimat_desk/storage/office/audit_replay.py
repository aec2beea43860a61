"""What the replay of the history compares: every filing's stored rows beside its history entries.

``AuditReplayRepository.filings()`` yields one ``FilingRows`` per filing, in id order, with plain values (no
ORM objects): the filing's columns, its history entries in ``seq`` order, its deadlines, its attachments with
the SHA-256 of the bytes actually stored, its outgoing letters, decisions, dispatches and signature verdicts.
Rows are read in batches so that a register of 100,000 filings is replayed in bounded memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.storage.deadlines import FilingDeadlineRow
from akimat_desk.storage.decisions import DecisionRow, DispatchRow, OutgoingLetterRow
from akimat_desk.storage.esign import SignatureVerificationRow
from akimat_desk.storage.filings import AttachmentRow, FilingEventRow, FilingRow

BATCH = 2000

FILING_COLUMNS = (
    "received_at",
    "registered_on",
    "form",
    "kind",
    "channel",
    "language",
    "status",
    "outcome",
    "document",
    "organizer_name",
    "purpose",
    "place",
    "starts_at",
    "ends_at",
    "participants",
    "created_by",
)
"""The columns of ``filings`` the history determines (search_text and defects are recomputed caches)."""

DECISION_COLUMNS = (
    "kind",
    "outcome",
    "grounds",
    "proposal",
    "conditions",
    "remarks",
    "review_deadline",
    "late",
    "decided_at",
    "decided_by",
)


@dataclass(slots=True)
class FilingRows:
    """One filing as stored: ``columns`` by name, ``events`` as dicts (seq, action, changes, at, actor)."""

    id: int
    number: str
    columns: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    deadlines: dict[str, Any] = field(default_factory=dict)
    attachments: dict[int, dict[str, Any]] = field(default_factory=dict)
    letters: dict[str, dict[str, Any]] = field(default_factory=dict)
    decisions: dict[int, dict[str, Any]] = field(default_factory=dict)
    dispatches: list[dict[str, Any]] = field(default_factory=list)
    verdicts: dict[int, str] = field(default_factory=dict)
    undone: list[str] = field(default_factory=list)  # "decision.<id>" / "dispatch.<id>" marked undone (issue 22)


class AuditReplayRepository:
    """Reads a filing's rows and history for ``services.office.audit_replay``; never writes."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def filings(self, with_bytes: bool = True) -> Iterator[FilingRows]:
        """Every filing in id order; ``with_bytes`` hashes the stored bytes of each attachment."""
        last_id = 0
        while True:
            stmt = select(FilingRow.id, FilingRow.incoming_number, *(getattr(FilingRow, c) for c in FILING_COLUMNS))
            rows = self._s.execute(stmt.where(FilingRow.id > last_id).order_by(FilingRow.id).limit(BATCH)).all()
            if not rows:
                return
            batch = {
                r.id: FilingRows(r.id, r.incoming_number, {c: getattr(r, c) for c in FILING_COLUMNS}) for r in rows
            }
            self._fill(batch, with_bytes)
            yield from batch.values()
            last_id = rows[-1].id

    def _fill(self, batch: Mapping[int, FilingRows], with_bytes: bool) -> None:
        ids = list(batch)
        e = FilingEventRow
        for ev in self._s.execute(
            select(e.filing_id, e.seq, e.action, e.changes, e.at, e.actor)
            .where(e.filing_id.in_(ids))
            .order_by(e.filing_id, e.seq)
        ):
            batch[ev.filing_id].events.append(
                {"seq": ev.seq, "action": ev.action, "changes": ev.changes or {}, "at": ev.at, "actor": ev.actor}
            )
        d = FilingDeadlineRow
        for due in self._s.execute(select(d.filing_id, d.kind, d.due_on).where(d.filing_id.in_(ids))):
            batch[due.filing_id].deadlines[due.kind] = due.due_on
        self._fill_attachments(batch, ids, with_bytes)
        self._fill_decisions(batch, ids)

    def _fill_attachments(self, batch: Mapping[int, FilingRows], ids: Sequence[int], with_bytes: bool) -> None:
        a = AttachmentRow
        columns = [a.id, a.filing_id, a.sha256, a.size] + ([a.content] if with_bytes else [])
        for row in self._s.execute(select(*columns).where(a.filing_id.in_(ids)).order_by(a.id)):
            info: dict[str, Any] = {"sha256": row.sha256, "size": row.size}
            if with_bytes:
                content = bytes(row.content or b"")
                info["stored_sha256"], info["stored_size"] = hashlib.sha256(content).hexdigest(), len(content)
            batch[row.filing_id].attachments[row.id] = info

    def _fill_decisions(self, batch: Mapping[int, FilingRows], ids: Sequence[int]) -> None:
        o = OutgoingLetterRow
        letter_filing: dict[int, int] = {}
        for row in self._s.execute(
            select(o.id, o.filing_id, o.outgoing_number, o.sha256, o.attachment_id, o.kind, o.language).where(
                o.filing_id.in_(ids)
            )
        ):
            letter_filing[row.id] = row.filing_id
            batch[row.filing_id].letters[f"{row.outgoing_number}-{row.language}"] = {
                "sha256": row.sha256,
                "attachment_id": row.attachment_id,
                "kind": row.kind,
                "language": row.language,
            }
        dr = DecisionRow
        for decision in self._s.execute(
            select(dr.id, dr.filing_id, dr.undone_at, *(getattr(dr, c) for c in DECISION_COLUMNS)).where(
                dr.filing_id.in_(ids)
            )
        ):
            batch[decision.filing_id].decisions[decision.id] = {c: getattr(decision, c) for c in DECISION_COLUMNS}
            if decision.undone_at is not None:
                batch[decision.filing_id].undone.append(f"decision.{decision.id}")
        if letter_filing:
            p = DispatchRow
            for sent in self._s.execute(
                select(p.id, p.letter_id, p.channel, p.tracking_number, p.undone_at)
                .where(p.letter_id.in_(list(letter_filing)))
                .order_by(p.id)
            ):
                batch[letter_filing[sent.letter_id]].dispatches.append(
                    {"letter_id": sent.letter_id, "channel": sent.channel, "tracking_number": sent.tracking_number}
                )
                if sent.undone_at is not None:
                    batch[letter_filing[sent.letter_id]].undone.append(f"dispatch.{sent.id}")
        v = SignatureVerificationRow
        for verdict in self._s.execute(select(v.id, v.filing_id, v.verdict).where(v.filing_id.in_(ids))):
            batch[verdict.filing_id].verdicts[verdict.id] = verdict.verdict
