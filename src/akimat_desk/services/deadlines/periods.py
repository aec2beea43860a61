"""The law's periods for a form and dates, on the register's effective calendar (``akimat-desk deadlines``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from akimat_desk.domain.assemblies import Form, kind_of
from akimat_desk.domain.deadlines import FilingDeadlines, compute_filing_deadlines
from akimat_desk.services.deadlines.calendar import current_calendar
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.workdays import ExplainRow, explain


@dataclass(frozen=True, slots=True)
class PeriodReport:
    deadlines: FilingDeadlines
    review_explain: tuple[ExplainRow, ...]
    filing_explain: tuple[ExplainRow, ...]


def law_periods(
    ctx: ServiceContext, form: Form, received_on: date, event_day: date | None, lang: str = "ru"
) -> PeriodReport:
    """Review deadline and (with an event day) the last filing day in both readings, with explanations."""
    cal = current_calendar(ctx)
    result = compute_filing_deadlines(kind_of(form), received_on, cal, event_day, reading=ctx.settings.filing_reading)
    review_rows = explain(result.registered_on, result.review_working_days, cal, lang)
    filing_rows: tuple[ExplainRow, ...] = ()
    if event_day is not None:
        lead = 5 if result.review_working_days == 3 else 10
        filing_rows = explain(event_day, -lead, cal, lang)
    return PeriodReport(result, review_rows, filing_rows)


def period_json(report: PeriodReport, explain_days: bool) -> dict[str, Any]:
    d = report.deadlines
    data: dict[str, Any] = {
        "kind": d.kind,
        "received_on": d.received_on.isoformat(),
        "registered_on": d.registered_on.isoformat(),
        "review_deadline": d.review_deadline.isoformat(),
        "review_working_days": d.review_working_days,
        "calendar_confirmed": d.calendar_confirmed,
        "calendar_version": d.calendar_version,
    }
    if d.timeliness is not None and d.event_day is not None:
        t = d.timeliness
        data |= {
            "event_day": d.event_day.isoformat(),
            "last_filing_day": t.last_filing_day.isoformat(),
            "last_filing_day_strict": t.last_filing_day_strict.isoformat(),
            "filed_in_time": t.in_time_a,
            "filed_in_time_strict": t.in_time_b,
            "boundary_warning": t.boundary_warning,
        }
    if explain_days:
        data["explain"] = {
            "review": [_row(r) for r in report.review_explain],
            "filing": [_row(r) for r in report.filing_explain],
        }
    return data


def _row(row: ExplainRow) -> dict[str, Any]:
    return {
        "day": row.day.isoformat(),
        "counted": row.counted,
        "ordinal": row.ordinal,
        "reason": str(row.reason),
        "text": row.text,
    }
