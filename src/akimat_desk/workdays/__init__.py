"""Working-day arithmetic for Kazakhstan: ``holidays.KZ`` + the administrator's overrides, and ``explain``.

Typical use::

    cal = build_calendar(OverrideSet.from_rows(rows))   # shipped facts + stored overrides
    review_deadline("notification", registered_on, cal)  # from akimat_desk.domain.deadlines
"""

from akimat_desk.workdays.calendar import KazakhCalendar
from akimat_desk.workdays.explain import ExplainRow, describe, explain, explain_day
from akimat_desk.workdays.facts import build_calendar, load_facts
from akimat_desk.workdays.golden import (
    CalendarChange,
    GoldenDifference,
    calendar_year,
    compare_calendars,
    self_check,
)
from akimat_desk.workdays.overrides import (
    ExtraDayOff,
    ExtraWorkingDay,
    KurbanAitCorrection,
    Override,
    OverrideKind,
    OverrideSet,
    Transfer,
    YearConfirmation,
)
from akimat_desk.workdays.reasons import DayInfo, DayReason, classify_day

__all__ = [
    "CalendarChange",
    "DayInfo",
    "DayReason",
    "ExplainRow",
    "ExtraDayOff",
    "ExtraWorkingDay",
    "GoldenDifference",
    "KazakhCalendar",
    "KurbanAitCorrection",
    "Override",
    "OverrideKind",
    "OverrideSet",
    "Transfer",
    "YearConfirmation",
    "build_calendar",
    "calendar_year",
    "classify_day",
    "compare_calendars",
    "describe",
    "explain",
    "explain_day",
    "load_facts",
    "self_check",
]
