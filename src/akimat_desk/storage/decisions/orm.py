"""Decisions on filings (art. 11 p.1, art. 13 p.1), the outgoing letters that carry them, their dispatch
(art. 11 p.2, art. 13 p.2) and the organizer's answers to proposals (art. 11 p.3, art. 13 p.3)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class DecisionRow(Base):
    """A decision as taken. ``kind``: inform, inform_with_conditions, approve,
    approve_without_sound_and_vehicles, propose, refuse, out_of_scope; ``grounds``: list of
    ``{"code": "A14-5", "reason": "..."}``; ``proposal``: the other place / route / time proposed."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(48))
    outcome: Mapped[str | None] = mapped_column(String(48))
    grounds: Mapped[list[Any]] = mapped_column(JSON)
    proposal: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    conditions: Mapped[str | None] = mapped_column(Text)
    remarks: Mapped[str | None] = mapped_column(Text)
    review_deadline: Mapped[date | None] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    decided_by: Mapped[str] = mapped_column(String(128))
    # the clerk's free text per language (issue 15): {"kk": {"reason:A14-5": "...", "proposal": "..."}, "ru": ...}
    texts: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    # undone within the minute it was recorded (issue 22): kept, marked, and ignored by every reader
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    undone_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    undo_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class OutgoingLetterRow(Base):
    """An outgoing letter in one language: its number and its PDF, kept byte for byte as an attachment of the
    filing. The number belongs to the decision: the kk, ru and en letters of one decision share it (never reused
    for another decision); each language is issued once under it."""

    __tablename__ = "outgoing_letters"
    __table_args__ = (
        UniqueConstraint("akimat_code", "year", "seq", "language", name="uq_outgoing_letters_number_language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="RESTRICT"))
    akimat_code: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    outgoing_number: Mapped[str] = mapped_column(String(64))
    outgoing_date: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(2))
    kind: Mapped[str] = mapped_column(String(48))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="RESTRICT"))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(128))


class DispatchRow(Base):
    """One sending of a letter by one channel: by_hand, registered_mail, eds_document, email, mobile."""

    __tablename__ = "dispatches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("outgoing_letters.id", ondelete="RESTRICT"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    address: Mapped[str | None] = mapped_column(Text)  # e-mail or mobile number used, for matching replies
    tracking_number: Mapped[str | None] = mapped_column(String(64))
    delivered_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(128))
    # an e-mail the server accepted and that bounced later (a DSN): the dispatch then counts as not sent
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    bounce_reason: Mapped[str | None] = mapped_column(Text)
    # undone within the minute it was recorded (issue 22): kept, marked, and ignored by every reader
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    undone_by: Mapped[str | None] = mapped_column(String(128), nullable=True)
    undo_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class ProposalAnswerRow(Base):
    """The organizer's answer to a proposal of another place / route / time: accepted, declined or none."""

    __tablename__ = "proposal_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), index=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id", ondelete="RESTRICT"))
    answer: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(32))
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(128))
