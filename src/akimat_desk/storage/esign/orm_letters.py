"""Tables of the akimat's own signed answers (issue 18): the CMS of an outgoing letter with its verdict, and
every e-mail sending attempt of a letter (sent with its message id, or failed with the reason)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class LetterSignatureRow(Base):
    """A CMS over an outgoing letter's stored PDF, kept only after the register's own verifier accepted it.

    ``source``: 'ncalayer', 'p12' (training signer) or 'imported' (signed in another system). Never updated.
    """

    __tablename__ = "letter_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("outgoing_letters.id", ondelete="RESTRICT"), index=True)
    source: Mapped[str] = mapped_column(String(16))
    cms: Mapped[bytes] = mapped_column(LargeBinary)
    cms_sha256: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(32))
    signer_name: Mapped[str | None] = mapped_column(Text)
    signer_iin: Mapped[str | None] = mapped_column(String(12))
    signer_bin: Mapped[str | None] = mapped_column(String(12))
    signer_role: Mapped[str | None] = mapped_column(String(32))
    certificate_serial: Mapped[str | None] = mapped_column(String(80))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    recorded_by: Mapped[str] = mapped_column(String(128))


class EmailAttemptRow(Base):
    """One e-mail sending of a letter: 'sent' (with the SMTP message id) or 'failed' (with the reason)."""

    __tablename__ = "letter_email_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("outgoing_letters.id", ondelete="RESTRICT"), index=True)
    address: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    message_id: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list[Any]] = mapped_column(JSON)
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatches.id", ondelete="RESTRICT"))
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempted_by: Mapped[str] = mapped_column(String(128))
