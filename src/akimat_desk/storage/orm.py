"""SQLAlchemy 2 typed tables of the register. ORM objects never leave ``akimat_desk.storage``.

Portable SQL only (SQLite and PostgreSQL): JSON columns, no SQLite-only functions in the core.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC; returns aware UTC. Refuses naive input (a bug, not data)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


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


class SettingRow(Base):
    """Office-wide settings shared by every seat (akimat code, number format...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


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
