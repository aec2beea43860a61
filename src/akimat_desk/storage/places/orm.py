"""Specialized places and routes, no-picket zones, other bookings of places, the link of a filing to its
specialized place, and the record of legacy-journal imports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class PlaceRow(Base):
    """A specialized place or route set by a maslikhat decision (art. 8 p.2(1))."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name_kk: Mapped[str] = mapped_column(String(512))
    name_ru: Mapped[str] = mapped_column(String(512))
    name_en: Mapped[str] = mapped_column(String(512))
    district: Mapped[str] = mapped_column(String(256), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    route_length_km: Mapped[float | None] = mapped_column(Float)
    max_occupancy: Mapped[int | None] = mapped_column(Integer)
    rules: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(128), default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(128))


class NoPicketZoneRow(Base):
    """A territory where picketing is banned (art. 9 p.5; art. 8 p.2(2))."""

    __tablename__ = "no_picket_zones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(32))
    name_kk: Mapped[str] = mapped_column(String(512))
    name_ru: Mapped[str] = mapped_column(String(512))
    name_en: Mapped[str] = mapped_column(String(512))
    district: Mapped[str] = mapped_column(String(256), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[Any]] = mapped_column(JSON)
    decision_number: Mapped[str] = mapped_column(String(128), default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(128))


class PlaceBookingRow(Base):
    """Another event or works at a place (ground 10). ``starts_at``/``ends_at`` are local wall-clock times."""

    __tablename__ = "place_bookings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    expected_participants: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(128))


class FilingPlaceRow(Base):
    """Which specialized place a filing is for; re-linking replaces the row, the filing's history keeps both."""

    __tablename__ = "filing_places"

    filing_id: Mapped[int] = mapped_column(ForeignKey("filings.id", ondelete="RESTRICT"), primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="RESTRICT"), index=True)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    linked_by: Mapped[str] = mapped_column(String(128))


class LegacyImportRow(Base):
    """One confirmed import of a legacy journal file; the same file (SHA-256) is not imported twice."""

    __tablename__ = "legacy_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    rows_imported: Mapped[int] = mapped_column(Integer)
    rows_refused: Mapped[int] = mapped_column(Integer)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(128))
