"""When the register reminds the clerk (pure Python, no I/O).

Each reminder belongs to one step of a filing's legal chain (``domain.legal_clock``) and has a moment set by
the administrator (``ReminderPolicy``); defaults follow what clerks know from office registers:

* the working day before a review deadline, at 09:00;
* the review deadline's day, at 09:00, and two hours before the office closes;
* the organizer's one working day to answer a proposal is over: at the opening of the next working day;
* the registered-mail copy of an e-mail / SMS answer not recorded: on its due day (the next working day).

A reminder is *quiet* outside office hours and on days off: a moment before the opening is delivered at the
opening of the same day, a moment at or after the close is not delivered (the next one takes over). A reminder
is delivered only on its own day, only while its step is still pending, and never twice (its ``key``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from akimat_desk.domain.deadlines import OfficeHours, WorkCalendar
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.legal_clock import LegalChain, StepKind, StepState


class ReminderKind(StrEnum):
    REVIEW_DAY_BEFORE = "review_day_before"
    REVIEW_DUE_MORNING = "review_due_morning"
    REVIEW_DUE_CLOSING = "review_due_closing"
    PROPOSAL_ANSWER_END = "proposal_answer_end"
    REGISTERED_COPY_MISSING = "registered_copy_missing"


@dataclass(frozen=True, slots=True)
class ReminderPolicy:
    """The moments the administrator sets; ``enabled`` lists the kinds that remind at all."""

    day_before_at: time = time(9, 0)
    due_day_at: time = time(9, 0)
    hours_before_close: int = 2
    enabled: frozenset[ReminderKind] = frozenset(ReminderKind)

    def __post_init__(self) -> None:
        if not 0 <= self.hours_before_close <= 12:
            raise InvalidInput(
                "reminder_setting_invalid", field="hours_before_close", value=str(self.hours_before_close), rule="0-12"
            )


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder of one filing: what, at which (aware) moment, about which day."""

    kind: ReminderKind
    filing_id: int
    at: datetime
    day: date  # the day the step is due on

    @property
    def key(self) -> str:
        """Identifies the reminder for "never twice": the same kind, filing and due day is the same reminder."""
        return f"{self.kind.value}:{self.filing_id}:{self.day.isoformat()}"


def _at(day: date, moment: time, hours: OfficeHours) -> datetime:
    return datetime.combine(day, moment, tzinfo=hours.zone)


def planned(
    filing_id: int, chain: LegalChain, policy: ReminderPolicy, cal: WorkCalendar, hours: OfficeHours
) -> list[Reminder]:
    """Every reminder the chain's pending steps call for, at its nominal moment (not yet made quiet)."""
    result: list[Reminder] = []
    review = chain.step(StepKind.REVIEW)
    if review is not None and review.state is StepState.DUE and review.due_on is not None:
        day = review.due_on
        result.append(
            Reminder(
                ReminderKind.REVIEW_DAY_BEFORE,
                filing_id,
                _at(cal.add_working_days(day, -1), policy.day_before_at, hours),
                day,
            )
        )
        result.append(Reminder(ReminderKind.REVIEW_DUE_MORNING, filing_id, _at(day, policy.due_day_at, hours), day))
        closing = hours.closes_at(day) - timedelta(hours=policy.hours_before_close)
        result.append(Reminder(ReminderKind.REVIEW_DUE_CLOSING, filing_id, closing, day))
    answer = chain.step(StepKind.PROPOSAL_ANSWER)
    if answer is not None and answer.pending and answer.due_on is not None:
        after = cal.add_working_days(answer.due_on, 1)
        result.append(
            Reminder(ReminderKind.PROPOSAL_ANSWER_END, filing_id, _at(after, hours.opens, hours), answer.due_on)
        )
    copy = chain.step(StepKind.REGISTERED_MAIL_COPY)
    if copy is not None and copy.pending and copy.due_on is not None:
        result.append(
            Reminder(
                ReminderKind.REGISTERED_COPY_MISSING, filing_id, _at(copy.due_on, policy.due_day_at, hours), copy.due_on
            )
        )
    return [r for r in result if r.kind in policy.enabled]


def delivery_moment(reminder: Reminder, cal: WorkCalendar, hours: OfficeHours) -> datetime | None:
    """When a reminder may be shown: its moment, moved to the opening if earlier; None on a day off or when
    the moment is at or after the close (quiet hours)."""
    local = reminder.at.astimezone(hours.zone)
    if not cal.is_working_day(local.date()):
        return None
    opens = _at(local.date(), hours.opens, hours)
    if local >= hours.closes_at(local.date()):
        return None
    return max(local, opens)


def office_open(now: datetime, cal: WorkCalendar, hours: OfficeHours) -> bool:
    """True on a working day between the opening and the close (office-local)."""
    local = now.astimezone(hours.zone)
    return cal.is_working_day(local.date()) and hours.opens <= local.time() < hours.closes


def due_now(
    reminders: list[Reminder], now: datetime, fired: set[str], cal: WorkCalendar, hours: OfficeHours
) -> list[Reminder]:
    """The reminders to show at ``now``: their delivery moment has come today, the office is open, and none
    was shown before (``fired`` holds the keys already shown)."""
    if not office_open(now, cal, hours):
        return []
    local = now.astimezone(hours.zone)
    today = local.date()
    result = []
    for reminder in reminders:
        moment = delivery_moment(reminder, cal, hours)
        if moment is None or moment.date() != today or moment > local or reminder.key in fired:
            continue
        result.append(reminder)
    return sorted(result, key=lambda r: (r.at, r.filing_id, r.kind.value))
