"""Use case: register a filing with whatever arrived, numbered in the same transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from akimat_desk.domain.deadlines import DeadlineKind, WorkCalendar, review_deadline
from akimat_desk.domain.filing import EventAction, FilingId, FilingRecord, StoredDeadline
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings.projection import filing_values, refuse_future_receipt
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.office import format_number, registration_snapshot
from akimat_desk.storage.filings.values import FilingValues, NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Registered:
    filing: FilingRecord
    changes: Changes


def register_filing(ctx: ServiceContext, data: Mapping[str, Any], original_sha256: str | None = None) -> Registered:
    """Register ``data``; defects are recorded, not refused. Raises InvalidInput only for non-filings.

    The registration date is the local day of receipt, or the next working day when it arrived on a day
    off. The incoming number is taken from the akimat's counter for that year inside the same write
    transaction as the filing, so numbers are unique, gap-free and never reused across processes. The
    review deadline is computed and stored with the calendar version that computed it. ``original_sha256``
    (an e-filing) is the SHA-256 of the signed file as it arrived, kept in the registration entry.
    """
    ctx.require(Permission.REGISTER)
    settings = ctx.settings
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        cal = ctx.calendar.get(uow)
        values, _doc = filing_values(data, settings.tz, cal.next_working_day_on_or_after, Status.REGISTERED, None)
        refuse_future_receipt(values.received_at, now, settings.tz)
        year = values.registered_on.year
        seq = uow.counters.next_value(settings.akimat_code, year)
        number = format_number(settings.number_format, settings.akimat_code, year, seq)
        due = review_deadline(values.kind, values.registered_on, cal)
        snapshot = registration_snapshot(values, ctx.actor, {DeadlineKind.REVIEW.value: due}, original_sha256)
        event = NewEvent(now, ctx.actor, EventAction.REGISTERED, {"incoming_number": number, "filing": snapshot})
        filing_id = uow.filings.add(settings.akimat_code, year, seq, number, values, ctx.actor, event)
        store_review_deadline(uow, filing_id, values, cal, now)
        record = uow.filings.get(filing_id)
        uow.commit()
    assert record is not None
    return Registered(record, Changes.FILING | Changes.REGISTER)


def store_review_deadline(
    uow: UnitOfWork, filing_id: FilingId, values: FilingValues, cal: WorkCalendar, now: datetime
) -> StoredDeadline:
    """Compute the review deadline (3 / 7 working days after registration) and store it."""
    day = review_deadline(values.kind, values.registered_on, cal)
    deadline = StoredDeadline(DeadlineKind.REVIEW.value, day, cal.version, now)
    uow.deadlines.put(filing_id, deadline)
    return deadline
