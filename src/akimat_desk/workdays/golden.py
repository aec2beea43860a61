"""Startup self-check against the golden list of 2020-2027, and the golden-shaped view of any year.

Golden shape (``data/golden_days_2020_2027.json``): per year, every weekday that is NOT a working day and
every Saturday/Sunday that IS one. A difference is reported with the override that caused it, never hidden: an
administrator's override that contradicts the golden list shows up here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from akimat_desk.workdays.calendar import KazakhCalendar
from akimat_desk.workdays.overrides import Override
from akimat_desk.workdays.reasons import DayReason, classify_day

GOLDEN_RESOURCE = "golden_days_2020_2027.json"


@dataclass(frozen=True, slots=True)
class GoldenYear:
    """The golden list of one year."""

    year: int
    non_working_weekdays: frozenset[date]
    working_weekend_days: frozenset[date]
    note: str | None = None

    def is_working_day(self, day: date) -> bool:
        """What the golden list says about ``day`` (which must be in ``year``)."""
        if day.weekday() < 5:
            return day not in self.non_working_weekdays
        return day in self.working_weekend_days


@dataclass(frozen=True, slots=True)
class GoldenDifference:
    """A day where the effective calendar and the golden list disagree, and why the calendar says so."""

    day: date
    expected_working: bool
    actual_working: bool
    reason: DayReason
    override: Override | None


@cache
def load_golden() -> dict[int, GoldenYear]:
    """The golden list shipped with the package, by year."""
    text = resources.files("akimat_desk.workdays").joinpath("data", GOLDEN_RESOURCE).read_text(encoding="utf-8")
    raw: dict[str, dict[str, Any]] = json.loads(text)
    return {
        int(year): GoldenYear(
            year=int(year),
            non_working_weekdays=frozenset(date.fromisoformat(d) for d in entry["non_working_weekdays"]),
            working_weekend_days=frozenset(date.fromisoformat(d) for d in entry["working_weekend_days"]),
            note=entry.get("_note"),
        )
        for year, entry in raw.items()
    }


def calendar_year(cal: KazakhCalendar, year: int) -> dict[str, Any]:
    """``{"year", "confirmed", "non_working_weekdays", "working_weekend_days"}`` with ISO dates, ascending."""
    return {
        "year": year,
        "confirmed": cal.is_confirmed(year),
        "non_working_weekdays": [d.isoformat() for d in cal.non_working_weekdays(year)],
        "working_weekend_days": [d.isoformat() for d in cal.working_weekend_days(year)],
    }


def _days_of(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=i) for i in range((date(year, 12, 31) - first).days + 1)]


def self_check(cal: KazakhCalendar, years: list[int] | None = None) -> tuple[GoldenDifference, ...]:
    """Every day of ``years`` (default: all golden years) on which ``cal`` disagrees with the golden list.

    An empty result means the calendar matches. Years without golden data are skipped.
    """
    golden = load_golden()
    differences = []
    for year in sorted(golden if years is None else set(years) & set(golden)):
        for day in _days_of(year):
            expected, actual = golden[year].is_working_day(day), cal.is_working_day(day)
            if expected != actual:
                info = classify_day(cal, day)
                differences.append(GoldenDifference(day, expected, actual, info.reason, info.override))
    return tuple(differences)


@dataclass(frozen=True, slots=True)
class CalendarChange:
    """A day whose status differs between two calendars (e.g. before and after an administrator's change).

    ``override`` is the override that decides the day in the new calendar or, if the change came from
    removing one, the override that decided it in the old one: its ``act`` is the "because of ACT" shown.
    """

    day: date
    was_working: bool
    now_working: bool
    reason: DayReason
    override: Override | None


def compare_calendars(old: KazakhCalendar, new: KazakhCalendar, years: list[int]) -> tuple[CalendarChange, ...]:
    """Every day of ``years`` whose working status differs between ``old`` and ``new``, ascending.

    Use it after the override layer changed to find which open filings need re-checking: a deadline can only
    move if one of these days lies between its start day and its old (or new) deadline.
    """
    changes = []
    for year in sorted(set(years)):
        for day in _days_of(year):
            was, now = old.is_working_day(day), new.is_working_day(day)
            if was != now:
                info = classify_day(new, day)
                cause = info.override if info.override is not None else old.override_for(day)
                changes.append(CalendarChange(day, was, now, info.reason, cause))
    return tuple(changes)
