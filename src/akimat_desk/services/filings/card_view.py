"""Everything the filing card shows, read in one background call: the filing with its history, deadlines
and countdown, attachments, the days counted for the review period, and the statuses it may move to."""

from __future__ import annotations

from dataclasses import dataclass

from akimat_desk.domain.filing import FilingRecord
from akimat_desk.domain.statuses import Status, allowed_next
from akimat_desk.services.deadlines import FilingClock, current_calendar, event_day, filing_clock, law_periods
from akimat_desk.services.filings.attachments import list_attachments
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.storage.filings.attachments import AttachmentInfo
from akimat_desk.workdays import ExplainRow, KazakhCalendar


@dataclass(frozen=True, slots=True)
class FilingCard:
    filing: FilingRecord
    clock: FilingClock
    attachments: tuple[AttachmentInfo, ...]
    review_explain: tuple[ExplainRow, ...]
    filing_explain: tuple[ExplainRow, ...]
    allowed: tuple[Status, ...]
    calendar: KazakhCalendar


def filing_card(ctx: ServiceContext, reference: str | int, lang: str) -> FilingCard:
    """The card of a filing by id or incoming number, explanations in ``lang``."""
    filing = get_filing(ctx, reference)
    clock = filing_clock(ctx, filing)
    report = law_periods(ctx, filing.form, filing.registered_on, event_day(filing), lang)
    allowed = allowed_next(filing.kind, filing.status, filing.outcome)
    return FilingCard(
        filing,
        clock,
        tuple(list_attachments(ctx, filing.id)),
        report.review_explain,
        report.filing_explain,
        tuple(allowed),
        current_calendar(ctx),
    )
