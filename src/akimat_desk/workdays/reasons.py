"""Why a day is (not) a working day: :func:`classify_day` gives a :class:`DayInfo` with a code, no UI text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from akimat_desk.workdays.calendar import EID_AL_ADHA, KazakhCalendar
from akimat_desk.workdays.overrides import (
    ExtraDayOff,
    ExtraWorkingDay,
    KurbanAitCorrection,
    Override,
    Transfer,
    YearConfirmation,
)
from akimat_desk.workdays.texts import parse_package_name


class DayReason(StrEnum):
    """The reason code of one day in a listing."""

    START = "start"
    WORKING_DAY = "working_day"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    MOVED_HOLIDAY = "moved_holiday"
    TRANSFER_DAY_OFF = "transfer_day_off"
    TRANSFER_WORKING_DAY = "transfer_working_day"
    EXTRA_DAY_OFF = "extra_day_off"
    EXTRA_WORKING_DAY = "extra_working_day"
    KURBAN_AIT_CORRECTED = "kurban_ait_corrected"
    KURBAN_AIT_MOVED_AWAY = "kurban_ait_moved_away"


@dataclass(frozen=True, slots=True)
class DayInfo:
    """One day's status and the reason for it.

    ``holiday``: our holiday key (``data/holiday_names.yaml``) for HOLIDAY / MOVED_HOLIDAY / Kurban Ait
    reasons; ``estimated``: the package's date is an estimate nobody confirmed; ``act``: the legal basis when
    an override decided the day (None for the package's own data); ``paired_day``: the other day of a
    transfer, or the corrected Kurban Ait day; ``override``: the override that decided the day, if any.
    """

    day: date
    working: bool
    reason: DayReason
    holiday: str | None = None
    estimated: bool = False
    act: str | None = None
    paired_day: date | None = None
    override: Override | None = None


def _first_holiday(name: str) -> tuple[str | None, bool, bool, date | None]:
    """(key, observed, estimated, substituted_from) of the most telling part of a package name."""
    parts = [parse_package_name(p) for p in name.split("; ")]
    parts.sort(key=lambda p: (p.key is None, p.observed))  # a real holiday first, then moved, then transfers
    best = parts[0]
    sub = date(*best.substituted_from) if best.substituted_from else None
    return best.key, best.observed, best.estimated, sub


def _override_reason(day: date, item: Override, cal: KazakhCalendar) -> tuple[DayReason, date | None, str | None]:
    """(reason, paired day, holiday key) for a day decided by ``item``."""
    if isinstance(item, Transfer):
        if day == item.day_off:
            return DayReason.TRANSFER_DAY_OFF, item.working_day, None
        return DayReason.TRANSFER_WORKING_DAY, item.day_off, None
    if isinstance(item, ExtraDayOff):
        return DayReason.EXTRA_DAY_OFF, None, None
    if isinstance(item, ExtraWorkingDay):
        return DayReason.EXTRA_WORKING_DAY, None, None
    if isinstance(item, KurbanAitCorrection):
        if day != item.day:
            return DayReason.KURBAN_AIT_MOVED_AWAY, item.day, None
        if EID_AL_ADHA in (cal.package_holiday_name(day) or ""):
            # the package had the right date; the act confirms it
            return DayReason.HOLIDAY, None, "kurban_ait"
        return DayReason.KURBAN_AIT_CORRECTED, None, "kurban_ait"
    raise TypeError(f"{type(item).__name__} does not decide a day")


def _from_override(day: date, working: bool, item: Override, cal: KazakhCalendar) -> DayInfo:
    reason, paired, holiday = _override_reason(day, item, cal)
    return DayInfo(day, working, reason, holiday=holiday, act=item.act, paired_day=paired, override=item)


def _from_package(day: date, working: bool, name: str) -> DayInfo:
    key, observed, estimated, substituted_from = _first_holiday(name)
    if key is None:
        return DayInfo(day, working, DayReason.TRANSFER_DAY_OFF, paired_day=substituted_from)
    reason = DayReason.MOVED_HOLIDAY if observed else DayReason.HOLIDAY
    return DayInfo(day, working, reason, holiday=key, estimated=estimated)


def classify_day(cal: KazakhCalendar, day: date) -> DayInfo:
    """Classify ``day`` under ``cal``: an override's decision first, then the package's holiday, then the
    weekday.

    A weekend day made working by the package's own transfer data is TRANSFER_WORKING_DAY with no act.
    """
    working = cal.is_working_day(day)
    item = cal.override_for(day)
    if item is not None and not isinstance(item, YearConfirmation):
        return _from_override(day, working, item, cal)
    name = cal.holiday_name(day)
    if name is not None and not working:
        return _from_package(day, working, name)
    if working:
        reason = DayReason.WORKING_DAY if day.weekday() < 5 else DayReason.TRANSFER_WORKING_DAY
        return DayInfo(day, working, reason)
    return DayInfo(day, working, DayReason.WEEKEND)
