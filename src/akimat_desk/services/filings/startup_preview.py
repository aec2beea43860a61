"""The register's first screenful read straight from a plain SQLite file, so the window can paint it before the
rest of the application (SQLAlchemy, the holiday calendar) is loaded; the full register replaces it a moment
later.

Only the standard library, the domain and the plain row types are imported here. A preview is made only when
it is exact and allowed:

* a SQLite register (no server URL) that is plain (an encrypted one needs its key first) and has no user
  accounts (with accounts nothing is shown before the login);
* no saved search words (the saved form, status and date filters are applied as the register applies them);
* a start-up cache (``startup-cache.json``) written by the last full start, with the office hours and the
  working days around today, so the countdowns read exactly as they will in the full register.

Anything else, or any error while reading, means no preview: the window says the register is opening.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from akimat_desk.domain.deadlines import Countdown, DeadlineKind, LegalDeadline, OfficeHours, countdown
from akimat_desk.domain.statuses import OPEN_STATUSES
from akimat_desk.storage.filings.register_rows import RegisterFilter, RegisterRow, SortKey

__all__ = ["RegisterFilter", "RegisterRow", "SortKey"]

CACHE_NAME = "startup-cache.json"
CACHE_FORMAT = 1
CACHE_DAYS = 400  # working days are cached for this many days either side of the day the cache was written
_SQLITE_HEADER = b"SQLite format 3\x00"
_OPEN = frozenset(str(s) for s in OPEN_STATUSES)


class OutsideCachedDays(LookupError):
    """A day the start-up cache does not cover: its countdown waits for the full register."""


@dataclass(frozen=True)
class StartupFacts:
    """What the preview needs besides the register: office hours and the working days around today."""

    hours: OfficeHours
    first: date
    last: date
    days_off: frozenset[date]  # non-working weekdays (holidays, transfers) in [first, last]
    working_weekend_days: frozenset[date]  # Saturdays and Sundays worked by a transfer in [first, last]
    confirmed_years: frozenset[int] = frozenset()
    calendar_version: str = ""


@dataclass(frozen=True)
class CachedCalendar:
    """The working-day calendar of ``StartupFacts`` (a ``WorkCalendar`` limited to its cached days)."""

    facts: StartupFacts
    version: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "version", self.facts.calendar_version)

    def is_working_day(self, day: date) -> bool:
        if not self.facts.first <= day <= self.facts.last:
            raise OutsideCachedDays(day.isoformat())
        if day.weekday() >= 5:
            return day in self.facts.working_weekend_days
        return day not in self.facts.days_off

    def working_days_in(self, lo: date, hi: date) -> int:
        """Working days in (lo, hi], from running totals over the cached days (see ``working_days_between``)."""
        totals = self._totals()
        first = self.facts.first
        if not first <= lo <= hi <= self.facts.last:
            raise OutsideCachedDays(f"{lo.isoformat()}..{hi.isoformat()}")
        return totals[(hi - first).days] - totals[(lo - first).days]

    def _totals(self) -> list[int]:
        """Working days in [first, first + i] for every cached day i (computed once)."""
        cached: list[int] | None = self.__dict__.get("_running")
        if cached is None:
            cached, count, day = [], 0, self.facts.first
            while day <= self.facts.last:
                count += self.is_working_day(day)
                cached.append(count)
                day += timedelta(days=1)
            object.__setattr__(self, "_running", cached)
        return cached

    def add_working_days(self, start: date, n: int) -> date:
        step, day = (1 if n > 0 else -1), start
        for _ in range(abs(n)):
            day += timedelta(days=step)
            while not self.is_working_day(day):
                day += timedelta(days=step)
        return day

    def nth_working_day_before(self, day: date, n: int) -> date:
        return self.add_working_days(day, -n)

    def next_working_day_on_or_after(self, day: date) -> date:
        return day if self.is_working_day(day) else self.add_working_days(day, 1)

    def is_confirmed(self, year: int) -> bool:
        return year in self.facts.confirmed_years


def review_countdown(row: RegisterRow, now: datetime, cal: Any, hours: OfficeHours) -> Countdown | None:
    """The countdown to a row's review deadline while the akimat owes an answer, else None."""
    if row.review_due is None or row.status not in _OPEN:
        return None
    return countdown(row.kind, [LegalDeadline(DeadlineKind.REVIEW, row.review_due)], now, cal, hours)


# ---------------------------------------------------------------- the start-up cache
def cache_path(home: Path) -> Path:
    return home / CACHE_NAME


def facts_to_json(facts: StartupFacts) -> dict[str, Any]:
    return {
        "format": CACHE_FORMAT,
        "tz": facts.hours.tz,
        "opens": facts.hours.opens.isoformat("minutes"),
        "closes": facts.hours.closes.isoformat("minutes"),
        "first": facts.first.isoformat(),
        "last": facts.last.isoformat(),
        "days_off": sorted(d.isoformat() for d in facts.days_off),
        "working_weekend_days": sorted(d.isoformat() for d in facts.working_weekend_days),
        "confirmed_years": sorted(facts.confirmed_years),
        "calendar_version": facts.calendar_version,
    }


def facts_from_json(data: dict[str, Any]) -> StartupFacts:
    """Raises ``ValueError`` (or ``KeyError``/``TypeError``) for a cache of another format or a damaged one."""
    if data.get("format") != CACHE_FORMAT:
        raise ValueError("start-up cache of another format")
    return StartupFacts(
        hours=OfficeHours(time.fromisoformat(data["opens"]), time.fromisoformat(data["closes"]), data["tz"]),
        first=date.fromisoformat(data["first"]),
        last=date.fromisoformat(data["last"]),
        days_off=frozenset(date.fromisoformat(d) for d in data["days_off"]),
        working_weekend_days=frozenset(date.fromisoformat(d) for d in data["working_weekend_days"]),
        confirmed_years=frozenset(int(y) for y in data.get("confirmed_years", ())),
        calendar_version=str(data.get("calendar_version", "")),
    )


def save_startup_cache(home: Path, facts: StartupFacts) -> None:
    """Write the cache atomically (a reader never sees half a file); a failure only costs the next preview."""
    path = cache_path(home)
    partial = path.with_suffix(".tmp")
    with contextlib.suppress(OSError):
        partial.write_text(json.dumps(facts_to_json(facts), indent=1), "utf-8")
        os.replace(partial, path)


def load_startup_cache(home: Path) -> StartupFacts | None:
    try:
        return facts_from_json(json.loads(cache_path(home).read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


# ---------------------------------------------------------------- the preview
@dataclass(frozen=True)
class RegisterPreview:
    """The first rows of the register's query, in display order (not how many there are in all: counting
    100,000 filings would cost the first paint more than reading the rows)."""

    rows: list[RegisterRow]
    calendar: CachedCalendar
    hours: OfficeHours

    def countdown(self, row: RegisterRow, now: datetime) -> Countdown | None:
        """The row's countdown; raises ``OutsideCachedDays`` when the cached days cannot count it."""
        return review_countdown(row, now, self.calendar, self.hours)


_COLUMNS = (
    "f.id, f.incoming_number, f.received_at, f.registered_on, f.form, f.kind, f.organizer_name, f.place, "
    "f.starts_at, f.ends_at, f.status, f.outcome, f.defects, d.due_on, d.previous_due_on, d.acknowledged_at"
)
_FROM = "FROM filings f LEFT JOIN filing_deadlines d ON d.filing_id = f.id AND d.kind = 'review'"


def _plain_sqlite(database: Path) -> bool:
    try:
        with database.open("rb") as handle:
            return handle.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def _where(flt: RegisterFilter) -> tuple[str, list[Any]]:
    """The saved filters as the register applies them (``RegisterViewRepository``); search is not handled."""
    clauses, params = [], []
    conditions = (
        ("f.form = ?", flt.form),
        ("f.status = ?", flt.status),
        ("f.registered_on >= ?", flt.received_from),
        ("f.registered_on <= ?", flt.received_to),
    )
    for condition, value in conditions:
        if value is not None:
            clauses.append(condition)
            params.append(value.isoformat() if isinstance(value, date) else value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _row(r: tuple[Any, ...]) -> RegisterRow:
    received = datetime.fromisoformat(r[2]).replace(tzinfo=UTC)
    return RegisterRow(
        r[0],
        r[1],
        received,
        date.fromisoformat(r[3]),
        r[4],
        r[5],
        r[6] or "",
        r[7] or "",
        _moment(r[8]),
        _moment(r[9]),
        r[10],
        r[11],
        len(json.loads(r[12]) if r[12] else ()),
        date.fromisoformat(r[13]) if r[13] else None,
        r[14] is not None and r[15] is None,
    )


def read_preview(database: Path, home: Path, flt: RegisterFilter, limit: int) -> RegisterPreview | None:
    """The first ``limit`` rows of the register sorted by time of receipt, newest first (the register's
    default order), or None when a preview is not allowed or not exact (see the module's docstring)."""
    if flt.search or not _plain_sqlite(database):
        return None
    facts = load_startup_cache(home)
    if facts is None:
        return None
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("SELECT count(*) FROM users").fetchone()[0]:
            return None
        where, params = _where(flt)
        found = conn.execute(
            f"SELECT {_COLUMNS} {_FROM}{where} ORDER BY f.received_at DESC, f.id DESC LIMIT ?", [*params, limit]
        ).fetchall()
        rows = [_row(r) for r in found]
    except (sqlite3.Error, ValueError, TypeError, IndexError):
        return None
    finally:
        conn.close()
    return RegisterPreview(rows, CachedCalendar(facts), facts.hours)
