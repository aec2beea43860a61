"""Reading and writing the consolidation register: offices, package versions, their counts, which package
stands for each office and month, and the history. Plain SQL that runs the same on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from akimat_desk.storage.reports.orm_consolidation import (
    ConsolidationCountRow,
    ConsolidationCoverageRow,
    ConsolidationHistoryRow,
    ConsolidationOfficeRow,
    ConsolidationPackageRow,
)

COUNT_KEYS = ("month", "form", "kind", "channel", "outcome", "ground", "specialized")


@dataclass(frozen=True, slots=True)
class Office:
    kato: str
    name_kk: str
    name_ru: str
    name_en: str
    parent: str
    status: str
    hmac_key: str
    bin: str = ""

    def name(self, lang: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru}.get(lang, self.name_en) or self.name_ru


@dataclass(frozen=True, slots=True)
class StoredPackage:
    id: int
    kato: str
    period_from: date
    period_to: date
    exported_at: datetime
    imported_at: datetime
    imported_by: str
    file_name: str
    sha256: str
    signature_method: str
    rows: int
    total: int
    counted_months: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    by: str
    action: str
    package_id: int | None
    replaced_package_id: int | None
    detail: str


class ConsolidationRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # ---- offices -------------------------------------------------------------------------------------------
    def offices(self) -> list[Office]:
        rows = self._s.scalars(select(ConsolidationOfficeRow).order_by(ConsolidationOfficeRow.kato))
        return [Office(r.kato, r.name_kk, r.name_ru, r.name_en, r.parent, r.status, r.hmac_key, r.bin) for r in rows]

    def office(self, kato: str) -> Office | None:
        r = self._s.get(ConsolidationOfficeRow, kato)
        return (
            None
            if r is None
            else Office(r.kato, r.name_kk, r.name_ru, r.name_en, r.parent, r.status, r.hmac_key, r.bin)
        )

    def put_offices(self, offices: Iterable[Office], at: datetime) -> tuple[int, int]:
        """Insert or update each office by its code; returns (added, updated). Offices not named stay."""
        added = updated = 0
        for o in offices:
            row = self._s.get(ConsolidationOfficeRow, o.kato)
            if row is None:
                row = ConsolidationOfficeRow(kato=o.kato)
                self._s.add(row)
                added += 1
            else:
                updated += 1
            row.name_kk, row.name_ru, row.name_en = o.name_kk, o.name_ru, o.name_en
            row.parent, row.status, row.hmac_key, row.updated_at = o.parent, o.status, o.hmac_key, at
            row.bin = o.bin
        self._s.flush()
        return added, updated

    # ---- packages ------------------------------------------------------------------------------------------
    def has_file(self, sha256: str) -> int | None:
        return self._s.scalar(select(ConsolidationPackageRow.id).where(ConsolidationPackageRow.sha256 == sha256))

    def coverage(self, kato: str, months: Sequence[str]) -> dict[str, tuple[int, datetime]]:
        """For each of ``months`` that is counted for ``kato``: (package id, that package's export time)."""
        stmt = (
            select(ConsolidationCoverageRow.month, ConsolidationPackageRow.id, ConsolidationPackageRow.exported_at)
            .join(ConsolidationPackageRow, ConsolidationPackageRow.id == ConsolidationCoverageRow.package_id)
            .where(ConsolidationCoverageRow.kato == kato, ConsolidationCoverageRow.month.in_(list(months)))
        )
        return {month: (pid, at) for month, pid, at in self._s.execute(stmt)}

    def add_package(self, values: Mapping[str, Any], counts: Sequence[Mapping[str, Any]]) -> int:
        row = ConsolidationPackageRow(**values)
        self._s.add(row)
        self._s.flush()
        if counts:
            self._s.execute(
                insert(ConsolidationCountRow), [{**c, "package_id": row.id, "kato": row.kato} for c in counts]
            )
        return row.id

    def count_for(self, kato: str, months: Sequence[str], package_id: int) -> None:
        """Make ``package_id`` the counted package of ``kato`` for ``months`` (older coverage replaced)."""
        cover = ConsolidationCoverageRow
        self._s.execute(delete(cover).where(cover.kato == kato, cover.month.in_(list(months))))
        self._s.execute(
            insert(ConsolidationCoverageRow), [{"kato": kato, "month": m, "package_id": package_id} for m in months]
        )

    def log(
        self,
        at: datetime,
        by: str,
        action: str,
        package_id: int | None = None,
        replaced_package_id: int | None = None,
        detail: str = "",
    ) -> None:
        self._s.add(
            ConsolidationHistoryRow(
                at=at,
                by=by,
                action=action,
                package_id=package_id,
                replaced_package_id=replaced_package_id,
                detail=detail,
            )
        )
        self._s.flush()

    def packages(self) -> list[StoredPackage]:
        counted: dict[int, list[str]] = {}
        for pid, month in self._s.execute(
            select(ConsolidationCoverageRow.package_id, ConsolidationCoverageRow.month).order_by(
                ConsolidationCoverageRow.month
            )
        ):
            counted.setdefault(pid, []).append(month)
        rows = self._s.scalars(select(ConsolidationPackageRow).order_by(ConsolidationPackageRow.id))
        return [
            StoredPackage(
                r.id,
                r.kato,
                r.period_from,
                r.period_to,
                r.exported_at,
                r.imported_at,
                r.imported_by,
                r.file_name,
                r.sha256,
                r.signature_method,
                r.rows,
                r.total,
                tuple(counted.get(r.id, ())),
            )
            for r in rows
        ]

    def history(self) -> list[HistoryEntry]:
        rows = self._s.scalars(select(ConsolidationHistoryRow).order_by(ConsolidationHistoryRow.id))
        return [HistoryEntry(r.at, r.by, r.action, r.package_id, r.replaced_package_id, r.detail) for r in rows]

    # ---- counting ------------------------------------------------------------------------------------------
    def counted_months(self, first: str, last: str) -> dict[str, set[str]]:
        """Office code -> the months from ``first`` to ``last`` (YYYY-MM) for which a package is counted."""
        stmt = select(ConsolidationCoverageRow.kato, ConsolidationCoverageRow.month).where(
            ConsolidationCoverageRow.month >= first, ConsolidationCoverageRow.month <= last
        )
        found: dict[str, set[str]] = {}
        for kato, month in self._s.execute(stmt):
            found.setdefault(kato, set()).add(month)
        return found

    def counts(self, first: str, last: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
        """Sums of the counted packages' rows from month ``first`` to ``last``, grouped by the office and
        ``keys`` (of ``COUNT_KEYS``): rows (kato, *keys, count)."""
        c = ConsolidationCountRow
        columns = [c.kato, *(getattr(c, k) for k in keys)]
        stmt = (
            select(*columns, func.sum(c.count))
            .join(
                ConsolidationCoverageRow,
                (ConsolidationCoverageRow.package_id == c.package_id) & (ConsolidationCoverageRow.month == c.month),
            )
            .where(c.month >= first, c.month <= last)
            .group_by(*columns)
            .order_by(*columns)
        )
        return [(*row[:-1], int(row[-1])) for row in self._s.execute(stmt)]
