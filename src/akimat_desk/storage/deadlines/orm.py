"""Tables of the deadlines area: the administrator's calendar overrides and the stored deadlines of filings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class CalendarOverrideRow(Base):
    """One administrator's calendar override (transfer, extra day off or working day, Kurban Ait date, year
    confirmation) with its act. Append-only: the rows in order are the calendar's history."""

    __tablename__ = "calendar_overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    day: Mapped[date | None] = mapped_column(Date)
    paired_day: Mapped[date | None] = mapped_column(Date)
    year: Mapped[int | None] = mapped_column(Integer)
    act: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(128))
    chain_seq: Mapped[int | None] = mapped_column(Integer, unique=True)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class FilingDeadlineRow(Base):
    """A legal deadline computed for a filing, with the calendar version that computed it. When a calendar
    change moves it, the previous day and the act are kept until a clerk acknowledges the change."""

    __tablename__ = "filing_deadlines"
    __table_args__ = (UniqueConstraint("filing_id", "kind", name="uq_filing_deadlines_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[date] = mapped_column(Date)
    calendar_version: Mapped[str] = mapped_column(String(128))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    previous_due_on: Mapped[date | None] = mapped_column(Date)
    changed_by_act: Mapped[str | None] = mapped_column(Text)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(128))
