"""Use case: register a filing with whatever arrived, numbered in the same transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from akimat_desk.domain.filing import EventAction, FilingRecord
from akimat_desk.domain.statuses import Status
from akimat_desk.services.context import Changes, ServiceContext
from akimat_desk.services.projection import RegistrationDay, filing_values, same_day
from akimat_desk.services.settings import format_number
from akimat_desk.storage.repositories import NewEvent


@dataclass(frozen=True, slots=True)
class Registered:
    filing: FilingRecord
    changes: Changes


def register_filing(
    ctx: ServiceContext, data: Mapping[str, Any], registration_day: RegistrationDay = same_day
) -> Registered:
    """Register ``data``; defects are recorded, not refused. Raises InvalidInput only for non-filings.

    The incoming number is taken from the akimat's counter for the registration year inside the same
    write transaction as the filing, so numbers are unique, gap-free and never reused, also when several
    processes register at once.
    """
    settings = ctx.settings
    values, _doc = filing_values(data, settings.tz, registration_day, Status.REGISTERED, None)
    year = values.registered_on.year
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        seq = uow.counters.next_value(settings.akimat_code, year)
        number = format_number(settings.number_format, settings.akimat_code, year, seq)
        event = NewEvent(now, ctx.actor, EventAction.REGISTERED, {"incoming_number": number})
        filing_id = uow.filings.add(settings.akimat_code, year, seq, number, values, ctx.actor, event)
        record = uow.filings.get(filing_id)
        uow.commit()
    assert record is not None
    return Registered(record, Changes.FILING | Changes.REGISTER)
