"""The consolidation register of a region's akimat or the ministry (issue 20): the list of offices, every
imported statistics package with its provenance, the counted rows of each package, which package counts for
each office and month, and the history of imports and replacements. No personal data: only counts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base, UTCDateTime


class ConsolidationOfficeRow(Base):
    """One node of the region's list: a reporting office, a city of republican significance, the capital or a
    region (a grouping). ``parent`` is the KATO code of the node above it ("" at the top)."""

    __tablename__ = "consolidation_offices"

    kato: Mapped[str] = mapped_column(String(12), primary_key=True)
    name_kk: Mapped[str] = mapped_column(String(512))
    name_ru: Mapped[str] = mapped_column(String(512))
    name_en: Mapped[str] = mapped_column(String(512))
    parent: Mapped[str] = mapped_column(String(12), default="")
    status: Mapped[str] = mapped_column(String(16))  # capital | city | region | district
    hmac_key: Mapped[str] = mapped_column(String(128), default="")
    bin: Mapped[str] = mapped_column(String(12), default="")  # the akimat's BIN, for packages signed with EDS
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ConsolidationPackageRow(Base):
    """One imported version of one office's package, kept for ever with where it came from."""

    __tablename__ = "consolidation_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kato: Mapped[str] = mapped_column(String(12), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_by: Mapped[str] = mapped_column(String(128))
    file_name: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    cube_sha256: Mapped[str] = mapped_column(String(64))
    signature_method: Mapped[str] = mapped_column(String(32))
    rows: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)


class ConsolidationCountRow(Base):
    """One line of a package's cube (the office is the package's)."""

    __tablename__ = "consolidation_counts"
    __table_args__ = (Index("ix_consolidation_counts_package_month", "package_id", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("consolidation_packages.id"))
    kato: Mapped[str] = mapped_column(String(12))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    form: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(24))
    ground: Mapped[str] = mapped_column(String(256), default="")  # the refusal's ground codes joined by "+"
    specialized: Mapped[int] = mapped_column(Integer)  # 1 at a specialized place, else 0
    count: Mapped[int] = mapped_column(Integer)


class ConsolidationCoverageRow(Base):
    """The package whose counts stand for an office's month: the newest version that covers it."""

    __tablename__ = "consolidation_coverage"

    kato: Mapped[str] = mapped_column(String(12), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("consolidation_packages.id"), index=True)


class ConsolidationHistoryRow(Base):
    """What happened to the consolidation: a package imported, or an older one replaced for some months."""

    __tablename__ = "consolidation_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(16))  # imported | replaced | offices
    package_id: Mapped[int | None] = mapped_column(ForeignKey("consolidation_packages.id"))
    replaced_package_id: Mapped[int | None] = mapped_column(ForeignKey("consolidation_packages.id"))
    detail: Mapped[str] = mapped_column(Text, default="")
