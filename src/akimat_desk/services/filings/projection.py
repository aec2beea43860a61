"""Turn a filing document into the stored values: parsed content, defects and search projections."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from akimat_desk.domain.content import find_defects
from akimat_desk.domain.document import FilingDocument, parse_document
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.people import Entity
from akimat_desk.domain.statuses import Outcome, Status
from akimat_desk.storage.filings.values import FilingValues

RegistrationDay = Callable[[date], date]
"""Maps the local date of receipt to the registration date (a day off moves to the next working day)."""


def same_day(received_on: date) -> date:
    return received_on


def search_text(doc: FilingDocument) -> str:
    """Casefolded words a clerk searches by: organizer, IIN/BIN, purpose, place, route, representative."""
    org = doc.organizer
    parts: list[str | None] = [doc.organizer_name, doc.purpose, doc.place, doc.route]
    if org is not None:
        parts.append(org.bin if isinstance(org, Entity) else org.iin)
    if doc.representative is not None:
        parts += [doc.representative.display_name, doc.representative.iin]
    return " ".join(p for p in parts if p).casefold()


FUTURE_RECEIPT_LIMIT = timedelta(days=1)
"""How far ahead of the register's clock a time of receipt may be: clock skew, the next morning's post stamped ahead."""


def refuse_future_receipt(received_at: datetime, now: datetime, tz: tzinfo) -> None:
    """Raise ``InvalidInput`` (``received_at_in_future``) if ``received_at`` is later than ``now`` plus one day.

    ``now`` is the context's clock (``ServiceContext.clock``); exactly one day ahead is still accepted. The
    message shows the times in the office's zone ``tz``. Every path by which a time of receipt enters the
    register calls it: registration (window, CLI, scan, e-filing), a correction of ``received_at``, the legacy
    import.
    """
    latest = now + FUTURE_RECEIPT_LIMIT
    if received_at > latest:
        raise InvalidInput(
            "received_at_in_future",
            field="received_at",
            value=_office_minute(received_at, tz),
            now=_office_minute(now, tz),
            latest=_office_minute(latest, tz),
        )


def _office_minute(moment: datetime, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def filing_values(
    data: Mapping[str, Any],
    tz: tzinfo,
    registration_day: RegistrationDay,
    status: Status,
    outcome: Outcome | None,
) -> tuple[FilingValues, FilingDocument]:
    """Parse ``data`` (raising InvalidInput if it cannot be a filing) and compute every stored value."""
    doc = parse_document(data, tz)
    received_local: datetime = doc.received_at.astimezone(tz)
    values = FilingValues(
        received_at=doc.received_at,
        registered_on=registration_day(received_local.date()),
        form=doc.form,
        kind=doc.kind,
        channel=doc.channel,
        language=doc.language,
        status=status,
        outcome=outcome,
        document=dict(data),
        defects=tuple(find_defects(doc)),
        organizer_name=doc.organizer.short_name if doc.organizer else "",
        purpose=doc.purpose,
        place=doc.place or doc.route,
        starts_at=doc.starts_at,
        ends_at=doc.ends_at,
        participants=doc.participants,
        search_text=search_text(doc),
    )
    return values, doc
