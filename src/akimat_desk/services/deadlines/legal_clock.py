"""The legal clock of filings as the clerk sees it: one filing's chain for the card's timeline, and the list of
what is due, overdue and waiting on a day (``akimat-desk due``, the Today page, reminders and escalation).

Escalation (issue 22): a filing whose decision is due today and still missing at ``ESCALATION_HOUR`` local time
"needs a decision" and is listed for the signatory and the administrator (on Today in single-clerk mode).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from akimat_desk.domain.deadlines import DeadlineKind, WorkCalendar
from akimat_desk.domain.legal_clock import ClockFacts, Dispatch, LegalChain, NextAction, StepState, legal_chain
from akimat_desk.domain.statuses import OPEN_STATUSES, Status
from akimat_desk.security.roles import Permission, Role
from akimat_desk.services.filings import load_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.storage.deadlines.legal_clock import ClockRow, LegalClockRepository

ESCALATION_HOUR = time(12, 0)
DECIDED_LOOKBACK_DAYS = 120
"""Decided filings registered this long ago or less are checked for a letter or copy still owed."""

OWED_ACTIONS = frozenset(
    {
        NextAction.DECIDE,
        NextAction.REFUSE_AFTER_PROPOSAL,
        NextAction.DECIDE_AFTER_AGREEMENT,
        NextAction.RECORD_ANSWER,
        NextAction.DISPATCH,
        NextAction.SEND_REGISTERED_COPY,
    }
)
"""Actions the akimat owes by a day: they make a filing due or overdue."""
WAITING_ACTIONS = frozenset({NextAction.AWAIT_ANSWER, NextAction.DELIVER_PROPOSAL})
DECISION_ACTIONS = frozenset({NextAction.DECIDE, NextAction.REFUSE_AFTER_PROPOSAL, NextAction.DECIDE_AFTER_AGREEMENT})
_CLOSED = frozenset({Status.HELD, Status.NOT_HELD, Status.TERMINATED, Status.WITHDRAWN})
_DECIDED_OR_LATER = frozenset({Status.DECIDED, Status.HELD, Status.NOT_HELD, Status.SUSPENDED, Status.TERMINATED})


def _local_day(instant: datetime, tz: ZoneInfo) -> date:
    return instant.astimezone(tz).date()


def facts_of(row: ClockRow, tz: ZoneInfo) -> ClockFacts:
    """The chain's facts from what the register stores about one filing."""
    proposal = next((d for d in row.decisions if d[1] == "propose"), None)
    final = next((d for d in reversed(row.decisions) if d[1] != "propose"), None)
    answer = row.answers[-1] if row.answers else None
    review_due = row.deadlines.get(DeadlineKind.REVIEW.value, row.registered_on)
    return ClockFacts(
        kind=row.kind,
        registered_on=row.registered_on,
        review_due=review_due,
        event_day=row.starts_at.date() if row.starts_at else None,
        proposed_on=_local_day(proposal[2], tz) if proposal else None,
        proposal_dispatches=tuple(
            Dispatch(c, _local_day(at, tz)) for did, c, at in row.dispatches if proposal and did == proposal[0]
        ),
        answer_due=row.deadlines.get(DeadlineKind.PROPOSAL_ANSWER.value),
        answer=answer[0] if answer else None,
        answered_on=_local_day(answer[1], tz) if answer else None,
        decided_on=_local_day(final[2], tz) if final else None,
        final_outcome=row.outcome,
        dispatches=tuple(Dispatch(c, _local_day(at, tz)) for did, c, at in row.dispatches if final and did == final[0]),
        event_closed=Status(row.status) in _CLOSED,
        withdrawn=row.status == Status.WITHDRAWN,
        decided_unrecorded=final is None and Status(row.status) in _DECIDED_OR_LATER,
    )


def filing_chain(ctx: ServiceContext, reference: str | int) -> LegalChain:
    """The legal clock of one filing, seen today (office-local), for the card's timeline."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        rows = uow.repo(LegalClockRepository).clock_rows([record.id])
        cal = ctx.calendar.get(uow)
    today = ctx.settings.office_hours.local_date(ctx.clock())
    return legal_chain(facts_of(rows[0], ctx.settings.tz), today, cal)


@dataclass(frozen=True, slots=True)
class DueItem:
    """One filing on the due list: what to do next and by which day."""

    id: int
    incoming_number: str
    kind: str
    form: str
    organizer: str
    status: str
    next_action: NextAction
    next_due: date | None
    chain: LegalChain


@dataclass(frozen=True, slots=True)
class DueReport:
    """What is due on ``on``: ``overdue`` and ``due`` (owed by the akimat), ``waiting`` (on the organizer or
    the post), and ``needs_decision`` (the escalation list: a decision due today, none by noon)."""

    on: date
    overdue: tuple[DueItem, ...]
    due: tuple[DueItem, ...]
    waiting: tuple[DueItem, ...]
    needs_decision: tuple[DueItem, ...]

    def all_items(self) -> tuple[DueItem, ...]:
        return self.overdue + self.due + self.waiting


def _now_for(ctx: ServiceContext, on: date | None) -> datetime:
    """The instant the report is for: now, or the close of office hours of ``on`` (a whole day seen)."""
    now = ctx.clock()
    if on is None or on == ctx.settings.office_hours.local_date(now):
        return now
    return ctx.settings.office_hours.closes_at(on) - timedelta(minutes=1)


def _sort_key(item: DueItem) -> tuple[date, str]:
    return item.next_due or date.max, item.incoming_number


def due_report(ctx: ServiceContext, on: date | None = None) -> DueReport:
    """The due list for the office-local day ``on`` (default: today), earliest first."""
    ctx.require(Permission.READ)
    now = _now_for(ctx, on)
    today = ctx.settings.office_hours.local_date(now)
    return _classify(open_items(ctx, today), today, now, ctx)


def open_items(ctx: ServiceContext, today: date) -> list[DueItem]:
    """The chain of every filing the akimat may still owe something (open ones, and decided ones registered
    in the last ``DECIDED_LOOKBACK_DAYS``), seen on ``today``."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        repo = uow.repo(LegalClockRepository)
        ids = repo.candidate_ids(sorted(OPEN_STATUSES), today - timedelta(days=DECIDED_LOOKBACK_DAYS))
        rows = repo.clock_rows(ids)
        cal = ctx.calendar.get(uow)
    return [_item(row, today, cal, ctx.settings.tz) for row in rows]


def _item(row: ClockRow, today: date, cal: WorkCalendar, tz: ZoneInfo) -> DueItem:
    chain = legal_chain(facts_of(row, tz), today, cal)
    return DueItem(
        row.id,
        row.incoming_number,
        row.kind,
        row.form,
        row.organizer,
        row.status,
        chain.next_action,
        chain.next_due,
        chain,
    )


def _classify(items: list[DueItem], today: date, now: datetime, ctx: ServiceContext) -> DueReport:
    closes = ctx.settings.office_hours.closes_at(today)
    noon = datetime.combine(today, ESCALATION_HOUR, tzinfo=ctx.settings.tz)
    overdue, due, waiting, needs = [], [], [], []
    for item in sorted(items, key=_sort_key):
        if item.next_action in WAITING_ACTIONS:
            waiting.append(item)
        elif item.next_action in OWED_ACTIONS and item.next_due is not None:
            if item.next_due < today or (item.next_due == today and now >= closes):
                overdue.append(item)
            elif item.next_due == today:
                due.append(item)
                if item.next_action in DECISION_ACTIONS and now >= noon:
                    needs.append(item)
    return DueReport(today, tuple(overdue), tuple(due), tuple(waiting), tuple(needs))


def escalation_list(ctx: ServiceContext, on: date | None = None) -> tuple[DueItem, ...]:
    """The "Needs a decision" list, for the signatory and the administrator (everyone in single-clerk mode);
    empty for other roles."""
    ctx.require(Permission.READ)
    if not sees_escalation(ctx):
        return ()
    return due_report(ctx, on).needs_decision


def sees_escalation(ctx: ServiceContext) -> bool:
    """Signatories and administrators see the escalation list; in single-clerk mode the one clerk does."""
    user = ctx.user
    return user.single_clerk or bool(user.roles & {Role.SIGNATORY, Role.ADMINISTRATOR})


def item_json(item: DueItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "incoming_number": item.incoming_number,
        "kind": item.kind,
        "form": item.form,
        "organizer": item.organizer,
        "status": item.status,
        "next_action": item.next_action.value,
        "next_due": item.next_due and item.next_due.isoformat(),
    }


def due_json(report: DueReport) -> dict[str, Any]:
    return {
        "on": report.on.isoformat(),
        "overdue": [item_json(i) for i in report.overdue],
        "due": [item_json(i) for i in report.due],
        "waiting": [item_json(i) for i in report.waiting],
        "needs_decision": [item_json(i) for i in report.needs_decision],
    }


def chain_json(chain: LegalChain) -> dict[str, Any]:
    return {
        "next_action": chain.next_action.value,
        "next_due": chain.next_due and chain.next_due.isoformat(),
        "steps": [
            {
                "step": s.kind.value,
                "state": s.state.value,
                "due_on": s.due_on and s.due_on.isoformat(),
                "done_on": s.done_on and s.done_on.isoformat(),
                "detail": s.detail,
                "article": s.article,
            }
            for s in chain.steps
        ],
    }


def lapsed(item: DueItem) -> bool:
    """A notification whose review passed unanswered: held as notified (art. 11 p.1)."""
    step = item.chain.steps[1]
    return step.state is StepState.LAPSED
