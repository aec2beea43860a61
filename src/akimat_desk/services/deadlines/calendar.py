"""Use cases of the working-day calendar: the effective calendar, the administrator's overrides, and the
re-check of open filings so that a calendar change never moves a deadline silently."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from akimat_desk.domain.deadlines import DeadlineKind, review_deadline
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction, FilingId, StoredDeadline
from akimat_desk.domain.statuses import OPEN_STATUSES
from akimat_desk.security.roles import Permission
from akimat_desk.services.deadlines.calendar_cache import calendar_from_rows
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.filings import NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork
from akimat_desk.workdays import (
    ExtraDayOff,
    ExtraWorkingDay,
    GoldenDifference,
    KazakhCalendar,
    KurbanAitCorrection,
    Override,
    Transfer,
    YearConfirmation,
    self_check,
)
from akimat_desk.workdays.overrides import override_to_row

GOLDEN_YEARS = list(range(2020, 2028))


def current_calendar(ctx: ServiceContext) -> KazakhCalendar:
    with ctx.uow() as uow:
        return ctx.calendar.get(uow)


@dataclass(frozen=True, slots=True)
class DeadlineMove:
    """An open filing whose deadline a calendar change moved."""

    filing_id: FilingId
    incoming_number: str
    kind: str
    old: date
    new: date
    act: str


@dataclass(frozen=True, slots=True)
class CalendarChanged:
    override: Override
    moved: tuple[DeadlineMove, ...]
    changes: Changes


def _validated(make: Any, *args: Any) -> Override:
    try:
        item: Override = make(*args)
    except ValueError as exc:
        raise InvalidInput("calendar_override_invalid", field="act", detail=str(exc)) from None
    return item


def add_transfer(ctx: ServiceContext, day_off: date, working_day: date, act: str) -> CalendarChanged:
    return add_override(ctx, _validated(Transfer, day_off, working_day, act))


def add_day_off(ctx: ServiceContext, day: date, act: str) -> CalendarChanged:
    return add_override(ctx, _validated(ExtraDayOff, day, act))


def add_working_day(ctx: ServiceContext, day: date, act: str) -> CalendarChanged:
    return add_override(ctx, _validated(ExtraWorkingDay, day, act))


def set_kurban_ait(ctx: ServiceContext, year: int, day: date, act: str) -> CalendarChanged:
    return add_override(ctx, _validated(KurbanAitCorrection, year, day, act))


def confirm_year(ctx: ServiceContext, year: int, act: str | None, confirmed: bool = True) -> CalendarChanged:
    """Confirm (or withdraw the confirmation of) ``year``'s calendar; without an act, who did it is the act."""
    default = f"confirmed by {ctx.actor}" if confirmed else f"confirmation withdrawn by {ctx.actor}"
    text = (act or "").strip() or default
    return add_override(ctx, _validated(YearConfirmation, year, confirmed, text))


def add_override(ctx: ServiceContext, override: Override) -> CalendarChanged:
    """Store ``override`` and re-check every open filing's deadlines in the same transaction."""
    ctx.require(Permission.MANAGE_CALENDAR)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        uow.calendar.add(override_to_row(override), now, ctx.actor)
        new_calendar = calendar_from_rows(uow.calendar.rows())
        moved = _recheck_open_filings(uow, new_calendar, override.act, ctx)
        uow.commit()
    return CalendarChanged(override, tuple(moved), Changes.CALENDAR | Changes.REGISTER)


def _recheck_open_filings(uow: UnitOfWork, cal: KazakhCalendar, act: str, ctx: ServiceContext) -> list[DeadlineMove]:
    """Recompute the review deadline of every open filing on ``cal``; the moved ones are written in bulk
    (the deadlines, then one history event each), the others are stamped with the new calendar version."""
    moved, unchanged, rows, events = [], [], [], []
    now = ctx.clock()
    open_reviews = uow.deadlines.open_reviews([s.value for s in OPEN_STATUSES])
    for filing_id, number, kind, registered_on, deadline in open_reviews:
        new_day = review_deadline(kind, registered_on, cal)
        if new_day == deadline.due_on:
            unchanged.append(filing_id)
            continue
        rows.append((filing_id, new_day, _previous(deadline)))
        change = {"deadline": deadline.kind, "old": deadline.due_on.isoformat(), "new": new_day.isoformat()}
        events.append((filing_id, NewEvent(now, ctx.actor, EventAction.DEADLINE_CHANGED, change, act)))
        moved.append(DeadlineMove(filing_id, number, deadline.kind, deadline.due_on, new_day, act))
    uow.deadlines.move_many(DeadlineKind.REVIEW.value, rows, cal.version, now, act)
    uow.filings.append_events(events)
    uow.deadlines.set_version(unchanged, DeadlineKind.REVIEW.value, cal.version)
    return moved


def _previous(old: StoredDeadline) -> date:
    """Keep the first unacknowledged old day: a second change before acknowledgement still shows the
    day the clerk last saw."""
    return old.previous_due_on if old.needs_acknowledgement and old.previous_due_on else old.due_on


def calendar_history(ctx: ServiceContext) -> list[dict[str, Any]]:
    with ctx.uow() as uow:
        return uow.calendar.rows()


def golden_differences(ctx: ServiceContext) -> tuple[GoldenDifference, ...]:
    """The startup self-check: every day 2020-2027 where the effective calendar and the golden list differ."""
    return self_check(current_calendar(ctx), GOLDEN_YEARS)


def calendar_year_json(ctx: ServiceContext, year: int) -> dict[str, Any]:
    """The year in the shape of the golden file: non-working weekdays, working weekend days, confirmed."""
    cal = current_calendar(ctx)
    return {"year": year, **_golden_shape(cal, year)}


def _golden_shape(cal: KazakhCalendar, year: int) -> dict[str, Any]:
    from akimat_desk.workdays import calendar_year

    data = calendar_year(cal, year)
    return {k: v for k, v in data.items() if k != "year"}


@dataclass(frozen=True, slots=True)
class YearConfirmationEntry:
    """One confirmation of a year's calendar, or its withdrawal, as the administration log keeps it."""

    at: Any
    by: str
    confirmed: bool
    act: str


@dataclass(frozen=True, slots=True)
class YearStatus:
    """What the Settings page shows of a year: confirmed or not, its days off on weekdays and working weekend
    days (transfers included), and who confirmed it when."""

    year: int
    confirmed: bool
    non_working_weekdays: tuple[date, ...]
    working_weekend_days: tuple[date, ...]
    confirmations: tuple[YearConfirmationEntry, ...]


def year_status(ctx: ServiceContext, year: int) -> YearStatus:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        cal = ctx.calendar.get(uow)
        rows = uow.calendar.rows()
    entries = tuple(
        YearConfirmationEntry(r["created_at"], r["created_by"], r["kind"] == "confirm_year", r["act"])
        for r in rows
        if r["kind"] in ("confirm_year", "unconfirm_year") and r["year"] == year
    )
    return YearStatus(
        year,
        cal.is_confirmed(year),
        tuple(cal.non_working_weekdays(year)),
        tuple(cal.working_weekend_days(year)),
        entries,
    )
