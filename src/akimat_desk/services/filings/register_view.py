"""Use cases behind the register window: ordered ids of a query, pages of light rows, the Today dashboard.

The window holds only ids and fetches rows a page at a time; countdowns are computed from each row's stored
review deadline with a ``RegisterClock`` (the effective calendar and the office hours), so they can be
refreshed every minute without touching the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from akimat_desk.domain.deadlines import Countdown, OfficeHours
from akimat_desk.domain.legal_clock import NextAction
from akimat_desk.domain.statuses import OPEN_STATUSES, Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.deadlines import DueItem, due_report, sees_escalation
from akimat_desk.services.filings.startup_preview import (
    CACHE_DAYS,
    StartupFacts,
    review_countdown,
    save_startup_cache,
)
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.esign import LetterSignatureRepository
from akimat_desk.storage.filings.register_rows import RegisterFilter, RegisterRow, SortKey
from akimat_desk.storage.filings.register_view import RegisterViewRepository
from akimat_desk.workdays import GoldenDifference, KazakhCalendar

__all__ = ["RegisterFilter", "RegisterRow", "SortKey"]

_OPEN = sorted(str(s) for s in OPEN_STATUSES)
_NOT_HAPPENING = [str(Status.WITHDRAWN), str(Status.NOT_HELD), str(Status.TERMINATED)]
WEEK_AHEAD_DAYS = 7


@dataclass(frozen=True, slots=True)
class RegisterClock:
    """What a countdown needs besides the row: the effective calendar and the office hours."""

    calendar: KazakhCalendar
    hours: OfficeHours

    def countdown(self, row: RegisterRow, now: datetime) -> Countdown | None:
        """The countdown to the review deadline while the akimat owes an answer, else None."""
        return review_countdown(row, now, self.calendar, self.hours)

    def today(self, now: datetime) -> date:
        return self.hours.local_date(now)


def register_clock(ctx: ServiceContext) -> RegisterClock:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return RegisterClock(ctx.calendar.get(uow), ctx.settings.office_hours)


def startup_facts(ctx: ServiceContext) -> StartupFacts:
    """The office hours and the effective working days within ``CACHE_DAYS`` of today, for the next start's
    preview (``services.startup_preview``)."""
    ctx.require(Permission.READ)
    hours = ctx.settings.office_hours
    today = hours.local_date(ctx.clock())
    first, last = today - timedelta(days=CACHE_DAYS), today + timedelta(days=CACHE_DAYS)
    with ctx.uow() as uow:
        cal = ctx.calendar.get(uow)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    working = {d: cal.is_working_day(d) for d in days}
    return StartupFacts(
        hours=hours,
        first=first,
        last=last,
        days_off=frozenset(d for d in days if d.weekday() < 5 and not working[d]),
        working_weekend_days=frozenset(d for d in days if d.weekday() >= 5 and working[d]),
        confirmed_years=frozenset(y for y in range(first.year, last.year + 1) if cal.is_confirmed(y)),
        calendar_version=cal.version,
    )


def remember_startup_facts(ctx: ServiceContext, home: Path) -> None:
    """Write the start-up cache of ``home`` (run after each full start, off the GUI thread)."""
    save_startup_cache(home, startup_facts(ctx))


def register_ids(
    ctx: ServiceContext, flt: RegisterFilter, sort: SortKey = SortKey.RECEIVED, descending: bool = True
) -> list[int]:
    """Ids of the filings matching ``flt``, sorted in SQL."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(RegisterViewRepository).ids(flt, sort, descending)


def register_rows(ctx: ServiceContext, ids: Sequence[int]) -> dict[int, RegisterRow]:
    """Rows of one page, keyed by id."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(RegisterViewRepository).rows(ids)


@dataclass(frozen=True, slots=True)
class RegisterPage:
    """The first screenful of a query: all ids, the first rows, and the clock for countdowns."""

    ids: list[int]
    rows: dict[int, RegisterRow]
    clock: RegisterClock


def open_register_view(
    ctx: ServiceContext, flt: RegisterFilter, sort: SortKey, descending: bool, first_rows: int
) -> RegisterPage:
    """Ids of the query and the rows of its first ``first_rows`` ids in one unit of work."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        repo = uow.repo(RegisterViewRepository)
        ids = repo.ids(flt, sort, descending)
        rows = repo.rows(ids[:first_rows])
        clock = RegisterClock(ctx.calendar.get(uow), ctx.settings.office_hours)
    return RegisterPage(ids, rows, clock)


class Bucket:
    NEEDS_DECISION = "needs_decision"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    PROPOSALS = "proposals"
    MOVED = "moved"
    NEXT_DAYS = "next_days"
    REGISTERED_MAIL = "registered_mail"  # sent by e-mail or SMS, the registered-mail copy not yet (issue 18)
    ALL = ("needs_decision", "overdue", "due_today", "proposals", "moved", "next_days", "registered_mail")


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The Today page: the first rows per bucket (``Bucket``), the full count per bucket, the day it was
    computed for and the clock; ``next_actions`` says per filing id what the clerk must do next (the legal
    clock's chain, ``services.deadlines.legal_clock``)."""

    today: date
    buckets: dict[str, list[RegisterRow]]
    counts: dict[str, int]
    clock: RegisterClock
    next_actions: dict[int, NextAction] = field(default_factory=dict)


BUCKET_ROWS = 200


def today_dashboard(ctx: ServiceContext, limit: int = BUCKET_ROWS) -> Dashboard:
    """The legal clock's due list (``services.deadlines.legal_clock.due_report``, the same as ``akimat-desk due``):
    "needs a decision" (for the signatory and the administrator, everyone in single-clerk mode), overdue and
    due today (split by the close of office hours), and waiting for the organizer; then deadlines moved by a
    calendar change and not yet acknowledged, and events in the next seven days. Within a bucket the rows
    are grouped by the next action, earliest first; each bucket lists at most ``limit`` rows, ``counts`` are
    complete."""
    ctx.require(Permission.READ)
    report = due_report(ctx)
    today = report.on
    due: dict[str, tuple[DueItem, ...]] = {
        Bucket.NEEDS_DECISION: report.needs_decision if sees_escalation(ctx) else (),
        Bucket.OVERDUE: _grouped(report.overdue),
        Bucket.DUE_TODAY: _grouped(report.due),
        Bucket.PROPOSALS: report.waiting,
    }
    with ctx.uow() as uow:
        repo = uow.repo(RegisterViewRepository)
        clock = RegisterClock(ctx.calendar.get(uow), ctx.settings.office_hours)
        first = datetime.combine(today, datetime.min.time())
        found = {name: ([i.id for i in items[:limit]], len(items)) for name, items in due.items()}
        found[Bucket.MOVED] = repo.moved_deadline_ids(limit)
        found[Bucket.NEXT_DAYS] = repo.events_between(
            first, first + timedelta(days=WEEK_AHEAD_DAYS), _NOT_HAPPENING, limit
        )
        found[Bucket.REGISTERED_MAIL] = uow.repo(LetterSignatureRepository).awaiting_registered_mail(limit)
        rows = repo.rows(sorted({i for ids, _ in found.values() for i in ids}))
    buckets = {name: [rows[i] for i in ids if i in rows] for name, (ids, _) in found.items()}
    counts = {name: total for name, (_, total) in found.items()}
    actions = {i.id: i.next_action for i in report.all_items()}
    return Dashboard(today, buckets, counts, clock, actions)


_ACTION_ORDER = {action: n for n, action in enumerate(NextAction)}


def _grouped(items: tuple[DueItem, ...]) -> tuple[DueItem, ...]:
    """Items grouped by their next action (in the order of the procedure), earliest due first in a group."""
    return tuple(sorted(items, key=lambda i: (_ACTION_ORDER[i.next_action], i.next_due or date.max, i.id)))


def change_stamp(ctx: ServiceContext) -> tuple[int, int]:
    """A cheap fingerprint of the register's filings and history, to notice other seats' work."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.filings.change_stamp()


@dataclass(frozen=True, slots=True)
class SearchIndexRepair:
    """What the start-up repair of the search index did: ``repaired`` when it re-created it; ``problem`` the
    database's reason when it could not (search then still works, more slowly)."""

    repaired: bool
    problem: str | None = None


def repair_search_index(ctx: ServiceContext) -> SearchIndexRepair:
    """Re-create the full-text index in a unit of work if a schema change dropped it (any reader may: it holds
    no data of its own, only a copy of the register's text)."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        if uow.repo(RegisterViewRepository).search_index_ok():
            return SearchIndexRepair(False)
    with ctx.uow(write=True) as uow:
        problem = uow.repo(RegisterViewRepository).install_search_index()
        uow.commit()
    if problem is not None:
        return SearchIndexRepair(False, problem)
    return SearchIndexRepair(True)


@dataclass(frozen=True, slots=True)
class CalendarHealth:
    """The startup check: days where the effective calendar and the golden list differ, and the years (this
    one and the next) whose calendar the administrator has not confirmed."""

    differences: tuple[GoldenDifference, ...]
    unconfirmed_years: tuple[int, ...]

    def lines(self, lang: str) -> list[str]:
        """One warning line per golden difference, in ``lang``."""
        out = []
        for d in self.differences:
            state = message("calendar.working" if d.actual_working else "calendar.day_off", lang)
            act = d.override.act if d.override else str(d.reason)
            out.append(message("calendar.golden_difference", lang, day=d.day.isoformat(), state=state, act=act))
        return out


def calendar_health(ctx: ServiceContext) -> CalendarHealth:
    from akimat_desk.services.deadlines import current_calendar, golden_differences

    ctx.require(Permission.READ)
    cal = current_calendar(ctx)
    year = ctx.clock().astimezone(ctx.settings.tz).year
    unconfirmed = tuple(y for y in (year, year + 1) if not cal.is_confirmed(y))
    return CalendarHealth(golden_differences(ctx), unconfirmed)
