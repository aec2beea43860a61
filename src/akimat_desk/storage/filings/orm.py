"""Tables of registered filings: the filing, its history events and the incoming-number counters.

ORM objects never leave ``akimat_desk.storage``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class FilingRow(Base):
    """One registered filing. ``document`` holds the filing as received with corrections applied; the
    other content columns are projections of it for sorting, filtering and search."""

    __tablename__ = "filings"
    __table_args__ = (
        UniqueConstraint("akimat_code", "year", "seq", name="uq_filings_number"),
        Index("ix_filings_status", "status"),
        Index("ix_filings_form", "form"),
        Index("ix_filings_received_at", "received_at"),
        Index("ix_filings_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    akimat_code: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    incoming_number: Mapped[str] = mapped_column(String(64), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str | None] = mapped_column(String(48))
    organizer_name: Mapped[str] = mapped_column(String(512), default="")
    purpose: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime)  # local wall-clock time of the place
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    participants: Mapped[int | None] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text, default="")  # casefolded; SQLite lower() is ASCII-only
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    defects: Mapped[list[Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer, default=1)

    events: Mapped[list[FilingEventRow]] = relationship(
        back_populates="filing", order_by="FilingEventRow.seq", cascade="save-update, merge"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it once


class FilingEventRow(Base):
    """An appended entry of a filing's history. Never updated, never deleted."""

    __tablename__ = "filing_events"
    __table_args__ = (UniqueConstraint("filing_id", "seq", name="uq_filing_events_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(32))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    # the tamper-evident chain over the whole register's history (see storage/audit_chain.py)
    chain_seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    filing: Mapped[FilingRow] = relationship(back_populates="events")


class NumberCounterRow(Base):
    """The last incoming sequence number used per akimat and year; moves only forward."""

    __tablename__ = "number_counters"

    akimat_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)
