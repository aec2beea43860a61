"""``explain``: the day-by-day walk behind ``add_working_days``, as structured rows a CLI or GUI can print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from akimat_desk.workdays.calendar import KazakhCalendar
from akimat_desk.workdays.reasons import DayInfo, DayReason, classify_day
from akimat_desk.workdays.texts import (
    act_template,
    check_lang,
    estimated_label,
    holiday_name,
    paired_template,
    reason_template,
    weekday_name,
)

#: Safety bound: no legal period walks more than this many calendar days.
MAX_WALK_DAYS = 3660


@dataclass(frozen=True, slots=True)
class ExplainRow:
    """One day of the walk.

    ``counted``: the day counts towards the period; ``ordinal``: 1..|n| for counted days, None otherwise;
    ``reason``: code; ``text``: the reason in the requested language (holiday name, act, paired day included);
    ``info``: the full classification (holiday key, act, override) for callers that build their own text.
    """

    day: date
    counted: bool
    ordinal: int | None
    reason: DayReason
    text: str
    info: DayInfo


def describe(info: DayInfo, lang: str) -> str:
    """The reason of ``info`` as one line of text in ``lang`` (kk / ru / en)."""
    check_lang(lang)
    name = holiday_name(info.holiday or "unknown", lang)
    if info.estimated:
        name = f"{name} ({estimated_label(lang)})"
    text = reason_template(info.reason, lang).format(name=name, weekday=weekday_name(info.day.weekday(), lang))
    paired = paired_template(info.reason, lang)
    if paired is not None and info.paired_day is not None:
        text = f"{text}; {paired.format(paired=info.paired_day.isoformat())}"
    if info.act:
        text = f"{text}; {act_template(lang).format(act=info.act)}"
    return text


def explain(start: date, n: int, cal: KazakhCalendar, lang: str = "ru") -> tuple[ExplainRow, ...]:
    """Rows for ``start`` (not counted, reason START) and every day walked until ``|n|`` working days are
    counted.

    Walks forward for n > 0 and backward for n < 0; the last row is ``cal.add_working_days(start, n)``.
    """
    check_lang(lang)
    start_info = DayInfo(start, cal.is_working_day(start), DayReason.START)
    rows = [ExplainRow(start, False, None, DayReason.START, describe(start_info, lang), start_info)]
    step, counted, day = timedelta(days=1 if n > 0 else -1), 0, start
    for _ in range(MAX_WALK_DAYS):
        if counted == abs(n):
            break
        day += step
        info = classify_day(cal, day)
        counted += info.working
        ordinal = counted if info.working else None
        rows.append(ExplainRow(day, info.working, ordinal, info.reason, describe(info, lang), info))
    return tuple(rows)


def explain_day(day: date, cal: KazakhCalendar, lang: str = "ru") -> ExplainRow:
    """One row for a single day (not part of a walk: ``ordinal`` is None)."""
    info = classify_day(cal, day)
    return ExplainRow(day, info.working, None, info.reason, describe(info, lang), info)
