"""Deadlines and countdowns of filings, computed on the effective calendar; acknowledging moved deadlines."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from akimat_desk.domain.deadlines import (
    Countdown,
    DeadlineKind,
    FilingDeadlines,
    LegalDeadline,
    compute_filing_deadlines,
    countdown,
)
from akimat_desk.domain.document import YEARS
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction, FilingRecord, StoredDeadline
from akimat_desk.domain.statuses import OPEN_STATUSES, Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings import Changed, load_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.filings import NewEvent
from akimat_desk.workdays import KazakhCalendar

_WAITING_FOR = {Status.PROPOSAL_SENT: DeadlineKind.PROPOSAL_ANSWER}
"""Which deadline a status waits for; every other open status waits for the review deadline."""


@dataclass(frozen=True, slots=True)
class FilingClock:
    """Everything time-related a clerk sees for one filing."""

    deadlines: tuple[StoredDeadline, ...]
    calendar_version: str
    calendar_confirmed: bool
    event_day: date | None
    timeliness: FilingDeadlines | None
    countdown: Countdown | None


def event_day(record: FilingRecord) -> date | None:
    starts = str(record.document.get("starts_at") or "")
    try:
        day = datetime.fromisoformat(starts).date() if starts else None
    except ValueError:
        return None
    return day if day is not None and YEARS[0] <= day.year <= YEARS[1] else None


def filing_clock(ctx: ServiceContext, record: FilingRecord) -> FilingClock:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        cal = ctx.calendar.get(uow)
        stored = tuple(uow.deadlines.for_filing(record.id))
    return clock_for(ctx, record, stored, cal)


def clock_for(
    ctx: ServiceContext, record: FilingRecord, stored: tuple[StoredDeadline, ...], cal: KazakhCalendar
) -> FilingClock:
    """Deadlines as stored, timeliness of the filing, and the countdown while the akimat owes an answer."""
    day = event_day(record)
    timeliness = compute_filing_deadlines(
        record.kind, record.registered_on, cal, day, reading=ctx.settings.filing_reading
    )
    running = None
    if record.status in OPEN_STATUSES:
        waiting = _WAITING_FOR.get(record.status, DeadlineKind.REVIEW)
        legal = [LegalDeadline(DeadlineKind(d.kind), d.due_on) for d in stored if d.kind == waiting.value]
        running = countdown(record.kind, legal, ctx.clock(), cal, ctx.settings.office_hours)
    years = {record.registered_on.year, *(d.due_on.year for d in stored)}
    confirmed = all(cal.is_confirmed(y) for y in years)
    return FilingClock(stored, cal.version, confirmed, day, timeliness, running)


def acknowledge_deadline_changes(ctx: ServiceContext, reference: str | int) -> Changed:
    """A clerk has seen the moved deadlines of a filing; the flag goes, the history keeps the fact."""
    ctx.require(Permission.ACKNOWLEDGE)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        pending = [d for d in uow.deadlines.for_filing(record.id) if d.needs_acknowledgement]
        if not pending:
            raise InvalidInput("nothing_to_acknowledge", field="id", reference=str(reference))
        for deadline in pending:
            uow.deadlines.put(record.id, replace(deadline, acknowledged_at=now, acknowledged_by=ctx.actor))
        changes = {
            d.kind: {"old": d.previous_due_on and d.previous_due_on.isoformat(), "new": d.due_on.isoformat()}
            for d in pending
        }
        uow.filings.append_event(record.id, NewEvent(now, ctx.actor, EventAction.DEADLINE_ACKNOWLEDGED, changes))
        updated = uow.filings.get(record.id)
        uow.commit()
    assert updated is not None
    return Changed(updated, Changes.FILING | Changes.REGISTER)


def clock_json(clock: FilingClock) -> dict[str, Any]:
    """The deadlines part of ``show --json``."""
    t = clock.timeliness
    data: dict[str, Any] = {
        "calendar_version": clock.calendar_version,
        "calendar_confirmed": clock.calendar_confirmed,
        "deadlines": [_deadline_json(d) for d in clock.deadlines],
        "event_day": clock.event_day and clock.event_day.isoformat(),
        "countdown": _countdown_json(clock.countdown),
    }
    stored_review = next((d for d in clock.deadlines if d.kind == DeadlineKind.REVIEW), None)
    if t is not None:
        review = stored_review.due_on if stored_review else t.review_deadline
        data["review_deadline"] = review.isoformat()
        data["review_working_days"] = t.review_working_days
        if t.timeliness is not None:
            data |= _timeliness_json(t)
    return data


def _deadline_json(d: StoredDeadline) -> dict[str, Any]:
    return {
        "kind": d.kind,
        "due_on": d.due_on.isoformat(),
        "calendar_version": d.calendar_version,
        "computed_at": d.computed_at.isoformat(),
        "changed_from": d.previous_due_on and d.previous_due_on.isoformat(),
        "changed_by_act": d.changed_by_act,
        "needs_acknowledgement": d.needs_acknowledgement,
        "acknowledged_at": d.acknowledged_at and d.acknowledged_at.isoformat(),
        "acknowledged_by": d.acknowledged_by,
    }


def _countdown_json(c: Countdown | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "deadline": c.deadline.kind.value,
        "due_on": c.deadline.day.isoformat(),
        "state": c.state.value,
        "working_days_left": c.working_days_left,
        "hours_left": round(c.hours_left, 2),
        "closes_at": c.closes_at.isoformat(),
    }


def _timeliness_json(t: FilingDeadlines) -> dict[str, Any]:
    assert t.timeliness is not None
    ti = t.timeliness
    return {
        "last_filing_day": ti.last_filing_day.isoformat(),
        "last_filing_day_strict": ti.last_filing_day_strict.isoformat(),
        "filed_in_time": ti.in_time_a,
        "filed_in_time_strict": ti.in_time_b,
        "filing_reading": ti.reading.value,
        "filed_in_time_boundary_warning": ti.boundary_warning,
    }
