"""Repository of the outgoing letters' signatures and e-mail attempts (frozen records out, rows never updated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.domain.records import record_from
from akimat_desk.storage.esign.orm_letters import EmailAttemptRow, LetterSignatureRow


@dataclass(frozen=True, slots=True)
class LetterSignature:
    id: int
    letter_id: int
    source: str
    cms: bytes
    cms_sha256: str
    pdf_sha256: str
    verdict: str
    signer_name: str | None
    signer_iin: str | None
    signer_bin: str | None
    signer_role: str | None
    certificate_serial: str | None
    signed_at: datetime | None
    checked_at: datetime
    result: dict[str, Any]
    recorded_by: str


@dataclass(frozen=True, slots=True)
class EmailAttempt:
    id: int
    letter_id: int
    address: str
    status: str
    message_id: str | None
    reason: str | None
    attachments: tuple[str, ...]
    dispatch_id: int | None
    attempted_at: datetime
    attempted_by: str


def _signature(row: LetterSignatureRow) -> LetterSignature:
    return record_from(LetterSignature, row, result=dict(row.result))


def _attempt(row: EmailAttemptRow) -> EmailAttempt:
    return record_from(EmailAttempt, row, attachments=tuple(row.attachments))


class LetterSignatureRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add_signature(self, **values: Any) -> LetterSignature:
        row = LetterSignatureRow(**values)
        self._session.add(row)
        self._session.flush()
        return _signature(row)

    def signatures(self, letter_id: int) -> list[LetterSignature]:
        rows = self._session.scalars(
            select(LetterSignatureRow).where(LetterSignatureRow.letter_id == letter_id).order_by(LetterSignatureRow.id)
        )
        return [_signature(r) for r in rows]

    def add_attempt(self, **values: Any) -> EmailAttempt:
        row = EmailAttemptRow(**values)
        self._session.add(row)
        self._session.flush()
        return _attempt(row)

    def letters_by_number(self, number: str) -> list[int]:
        return letter_ids_by_number(self._session, number)

    def letters_by_sha256(self, sha256: str) -> list[int]:
        return letter_ids_by_sha256(self._session, sha256)

    def awaiting_registered_mail(self, limit: int) -> tuple[list[int], int]:
        """Filings with a letter sent by e-mail or to the mobile number but not yet by registered mail (the
        law's duplicate, art. 11 p.2): (the first ``limit`` filing ids, oldest sending first; the count)."""
        from sqlalchemy import func

        from akimat_desk.storage.decisions import DispatchRow, OutgoingLetterRow

        registered = select(DispatchRow.letter_id).where(
            DispatchRow.channel == "registered_mail", DispatchRow.undone_at.is_(None)
        )
        stmt = (
            select(OutgoingLetterRow.filing_id, func.min(DispatchRow.sent_at).label("first"))
            .join(DispatchRow, DispatchRow.letter_id == OutgoingLetterRow.id)
            .where(
                DispatchRow.channel.in_(("email", "mobile")),
                DispatchRow.bounced_at.is_(None),
                DispatchRow.undone_at.is_(None),  # an undone dispatch never went out (issue 22)
                OutgoingLetterRow.id.not_in(registered),
            )
            .group_by(OutgoingLetterRow.filing_id)
            .order_by("first")
        )
        ids = [row[0] for row in self._session.execute(stmt)]
        return ids[:limit], len(ids)

    def attempt_by_message_id(self, message_id: str) -> EmailAttempt | None:
        """The e-mail attempt that sent the message with this Message-ID (angle brackets as sent)."""
        row = self._session.scalars(
            select(EmailAttemptRow).where(EmailAttemptRow.message_id == message_id).order_by(EmailAttemptRow.id)
        ).first()
        return None if row is None else _attempt(row)

    def mark_bounced(self, attempt_id: int, reason: str) -> EmailAttempt:
        """A sent attempt bounced later: status 'bounced', the reason from the delivery status notification."""
        row = self._session.get(EmailAttemptRow, attempt_id)
        assert row is not None and row.status == "sent"
        row.status, row.reason = "bounced", reason
        self._session.flush()
        return _attempt(row)

    def attempts(self, letter_id: int) -> list[EmailAttempt]:
        rows = self._session.scalars(
            select(EmailAttemptRow).where(EmailAttemptRow.letter_id == letter_id).order_by(EmailAttemptRow.id)
        )
        return [_attempt(r) for r in rows]


def letter_ids_by_number(session: Session, number: str) -> list[int]:
    """Ids of the outgoing letters with this number (unique in one register; a list for safety)."""
    from akimat_desk.storage.decisions import OutgoingLetterRow

    return list(session.scalars(select(OutgoingLetterRow.id).where(OutgoingLetterRow.outgoing_number == number)))


def letter_ids_by_sha256(session: Session, sha256: str) -> list[int]:
    """Ids of the outgoing letters whose stored PDF has this SHA-256."""
    from akimat_desk.storage.decisions import OutgoingLetterRow

    return list(session.scalars(select(OutgoingLetterRow.id).where(OutgoingLetterRow.sha256 == sha256)))
