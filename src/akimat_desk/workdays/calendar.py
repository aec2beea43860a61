"""``KazakhCalendar``: the 5-day-week working calendar of Kazakhstan = ``holidays.KZ`` + the override layer.

Effective calendar for a year, in this order (later steps win):
1. ``holidays.KZ`` (statutory holidays, their moves off weekends, transfers the package knows, Kurban Ait).
2. A :class:`KurbanAitCorrection` for the year replaces the package's Eid al-Adha date(s) of that year.
3. Transfers, extra days off and extra working days, in the order of the :class:`OverrideSet`. They set a
   state ("working" / "not working"), so a fact the package already knows is a no-op, never applied twice. A
   transfer whose working day was a statutory moved day makes it working, which cancels that move
   (2020-05-11).

Each year is computed once, lazily, into sorted working-day ordinals; afterwards every query is a set lookup
or a bisect. Instances are immutable from the outside: a changed override layer means a new ``KazakhCalendar``
(with a new :attr:`version`). Building a year twice from two threads is harmless (same result).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from akimat_desk.workdays.overrides import (
    DayOverride,
    ExtraDayOff,
    KurbanAitCorrection,
    Override,
    OverrideSet,
    Transfer,
)
from akimat_desk.workdays.package_years import PACKAGE_YEARS

MIN_YEAR = 1992
MAX_YEAR = 2100
EID_AL_ADHA = "Eid al-Adha"
_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class _Year:
    """Precomputed effective data of one year."""

    non_working_weekdays: frozenset[date]
    working_weekend_days: frozenset[date]
    working: tuple[int, ...]  # ordinals of working days, ascending
    package_names: Mapping[date, str]  # holidays.KZ names (en_US) as the package has them
    names: Mapping[date, str]  # names after the Kurban Ait correction
    provenance: Mapping[date, Override]  # the last override that set the day's state


def _is_eid(name: str) -> bool:
    return any(part.startswith(EID_AL_ADHA) for part in name.split(_SEPARATOR))


def _without_eid(name: str) -> str | None:
    rest = [part for part in name.split(_SEPARATOR) if not part.startswith(EID_AL_ADHA)]
    return _SEPARATOR.join(rest) or None


def _day_effects(item: DayOverride) -> tuple[tuple[date, bool], ...]:
    """(day, working?) pairs an override sets."""
    if isinstance(item, Transfer):
        return ((item.day_off, False), (item.working_day, True))
    return ((item.day, not isinstance(item, ExtraDayOff)),)


class _YearBuilder:
    """Mutable scratch state while computing one year; see module docstring for the order of steps."""

    def __init__(self, year: int, overrides: OverrideSet) -> None:
        base = PACKAGE_YEARS.year(year)
        self.year = year
        self.overrides = overrides
        self.package_names = dict(base.names)
        self.names = dict(self.package_names)
        self.off = {d for d in self.package_names if d.weekday() < 5}
        self.work_weekend = set(base.weekend_workdays)
        self.provenance: dict[date, Override] = {}

    def set_state(self, day: date, working: bool, why: Override) -> None:
        if day.weekday() < 5:
            (self.off.discard if working else self.off.add)(day)
        else:
            (self.work_weekend.add if working else self.work_weekend.discard)(day)
        self.provenance[day] = why

    def apply_kurban_ait(self, fix: KurbanAitCorrection) -> None:
        for day, name in list(self.names.items()):
            if _is_eid(name) and day != fix.day:
                rest = _without_eid(name)
                if rest is None:
                    del self.names[day]
                    if day.weekday() < 5:
                        self.set_state(day, True, fix)
                else:
                    self.names[day] = rest
        if not _is_eid(self.names.get(fix.day, "")):
            other = self.names.get(fix.day)
            self.names[fix.day] = EID_AL_ADHA if other is None else f"{other}{_SEPARATOR}{EID_AL_ADHA}"
        self.set_state(fix.day, False, fix)

    def build(self) -> _Year:
        fix = self.overrides.kurban_ait(self.year)
        if fix is not None:
            self.apply_kurban_ait(fix)
        for item in self.overrides.day_overrides():
            for day, working in _day_effects(item):
                if day.year == self.year:
                    self.set_state(day, working, item)
        return _Year(
            non_working_weekdays=frozenset(self.off),
            working_weekend_days=frozenset(self.work_weekend),
            working=self._working_ordinals(),
            package_names=self.package_names,
            names=self.names,
            provenance=self.provenance,
        )

    def _working_ordinals(self) -> tuple[int, ...]:
        first, last = date(self.year, 1, 1).toordinal(), date(self.year, 12, 31).toordinal()
        result = []
        for ordinal in range(first, last + 1):
            day = date.fromordinal(ordinal)
            if (day not in self.off) if day.weekday() < 5 else (day in self.work_weekend):
                result.append(ordinal)
        return tuple(result)


class KazakhCalendar:
    """A ``domain.deadlines.WorkCalendar`` for Kazakhstan (5-day week) with an override layer.

    Supported years: ``MIN_YEAR`` .. ``MAX_YEAR``; a date outside raises ValueError.
    """

    def __init__(self, overrides: OverrideSet | None = None) -> None:
        self._overrides = overrides if overrides is not None else OverrideSet()
        self._years: dict[int, _Year] = {}
        self._version: str | None = None

    @property
    def overrides(self) -> OverrideSet:
        """The override layer this calendar applies."""
        return self._overrides

    @property
    def version(self) -> str:
        """Stable label of the effective data: holidays package version + override fingerprint."""
        if self._version is None:
            self._version = f"kz/holidays-{PACKAGE_YEARS.version}/overrides-{self._overrides.fingerprint()}"
        return self._version

    def _year(self, year: int) -> _Year:
        data = self._years.get(year)
        if data is None:
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise ValueError(f"year {year} is outside the supported range {MIN_YEAR}-{MAX_YEAR}")
            data = self._years[year] = _YearBuilder(year, self._overrides).build()
        return data

    def is_working_day(self, day: date) -> bool:
        """True if ``day`` is a working day of the 5-day week after all overrides."""
        data = self._year(day.year)
        if day.weekday() < 5:
            return day not in data.non_working_weekdays
        return day in data.working_weekend_days

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after (n > 0) / before (n < 0) ``start`` (not counted); n == 0 gives start."""
        if n > 0:
            return self._forward(start, n)
        if n < 0:
            return self._backward(start, -n)
        return start

    def _forward(self, start: date, n: int) -> date:
        year = start.year
        days = self._year(year).working
        index = bisect_right(days, start.toordinal())
        while index + n > len(days):
            n -= len(days) - index
            year += 1
            days, index = self._year(year).working, 0
        return date.fromordinal(days[index + n - 1])

    def _backward(self, start: date, n: int) -> date:
        year = start.year
        days = self._year(year).working
        index = bisect_left(days, start.toordinal())  # days[:index] are before start
        while n > index:
            n -= index
            year -= 1
            days = self._year(year).working
            index = len(days)
        return date.fromordinal(days[index - n])

    def nth_working_day_before(self, day: date, n: int) -> date:
        """The n-th working day before ``day`` (n >= 1; ``day`` itself not counted)."""
        if n < 1:
            raise ValueError("n must be at least 1")
        return self._backward(day, n)

    def next_working_day_on_or_after(self, day: date) -> date:
        """``day`` if it is a working day, else the first working day after it."""
        return day if self.is_working_day(day) else self._forward(day, 1)

    def is_confirmed(self, year: int) -> bool:
        """True only if the override layer marks ``year`` confirmed (all acts known); else False."""
        entry = self._overrides.confirmation(year)
        return entry is not None and entry.confirmed

    def non_working_weekdays(self, year: int) -> tuple[date, ...]:
        """Every Monday-Friday of ``year`` that is not a working day, ascending."""
        return tuple(sorted(self._year(year).non_working_weekdays))

    def working_weekend_days(self, year: int) -> tuple[date, ...]:
        """Every Saturday/Sunday of ``year`` that is a working day, ascending."""
        return tuple(sorted(self._year(year).working_weekend_days))

    def working_days_in_year(self, year: int) -> int:
        """Number of working days in ``year``."""
        return len(self._year(year).working)

    def holiday_name(self, day: date) -> str | None:
        """The effective holiday name(s) of ``day`` in English (package names, ``"; "``-joined), if any."""
        return self._year(day.year).names.get(day)

    def package_holiday_name(self, day: date) -> str | None:
        """The name the ``holidays`` package itself gives ``day`` (before any override), if any."""
        return self._year(day.year).package_names.get(day)

    def override_for(self, day: date) -> Override | None:
        """The override that last set this day's state, if any."""
        return self._year(day.year).provenance.get(day)
