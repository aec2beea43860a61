"""The periods of Law 333-VI, computed against a :class:`WorkCalendar` (pure Python, no I/O).

Counting rules (see ``tests/data/calendar/README.md``):

* "within N working days from registration": the registration day is day 0 and not counted; the deadline is
  the N-th working day after it and lasts until the close of office hours of that day.
* "no later than N working days before the event": the event day is not counted. Reading A (the default
  decision): the last filing day is the N-th working day counted back from the day before the event, the
  registration day itself counting. Reading B (strict): N full working days strictly between registration and
  the event, i.e. the (N+1)-th working day back.
* the date that counts is the registration date at the akimat; a filing received on a day off is registered on
  the next working day.

Every function takes the filing kind as a plain string (``"notification"`` | ``"application"``); a ``StrEnum``
whose values are these strings is accepted as well. Results carry codes, never UI text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo

NOTIFICATION = "notification"
APPLICATION = "application"

#: Art. 11 p.1 / art. 13 p.1: working days the akimat has to review a filing, counted from registration.
REVIEW_WORKING_DAYS: dict[str, int] = {NOTIFICATION: 3, APPLICATION: 7}
#: Art. 10 p.1 / art. 12 p.1: working days before the event day by which a filing must be registered.
FILING_LEAD_WORKING_DAYS: dict[str, int] = {NOTIFICATION: 5, APPLICATION: 10}
#: Art. 11 p.3 / art. 13 p.3: working days the organizer has to answer a proposal to change place/time.
PROPOSAL_ANSWER_WORKING_DAYS = 1
#: Ministry order of 14 Aug 2020: a media outlet asks for accreditation no later than 1 working day before.
MEDIA_ACCREDITATION_WORKING_DAYS = 1


@runtime_checkable
class WorkCalendar(Protocol):
    """A working-day calendar (5-day week) that law periods are counted against.

    Contracts every implementation keeps:
    * ``add_working_days(d, n)``: for n > 0 the n-th working day after ``d``; for n < 0 the |n|-th working day
      before ``d``; ``d`` itself is never counted; n == 0 returns ``d`` unchanged.
    * ``nth_working_day_before(d, n)`` == ``add_working_days(d, -n)`` for n >= 1.
    * ``next_working_day_on_or_after(d)`` is ``d`` if it is a working day, else the first working day after
      it.
    * ``version`` identifies the effective calendar data (base data + overrides); equal versions give equal
      answers.
    """

    @property
    def version(self) -> str: ...

    def is_working_day(self, day: date) -> bool: ...

    def add_working_days(self, start: date, n: int) -> date: ...

    def nth_working_day_before(self, day: date, n: int) -> date: ...

    def next_working_day_on_or_after(self, day: date) -> date: ...

    def is_confirmed(self, year: int) -> bool: ...


def _kind(kind: str) -> str:
    """Normalise a filing kind (str or StrEnum) to its code; raise ValueError for an unknown kind."""
    code = str(kind)
    if code not in REVIEW_WORKING_DAYS:
        raise ValueError(f"unknown filing kind: {code!r}")
    return code


def registration_day(received_local_date: date, cal: WorkCalendar) -> date:
    """The registration day: the receipt date, or the next working day if received on a day off."""
    return cal.next_working_day_on_or_after(received_local_date)


def review_working_days(kind: str) -> int:
    """Working days the akimat has for review: 3 for a notification, 7 for an application."""
    return REVIEW_WORKING_DAYS[_kind(kind)]


def review_deadline(kind: str, registered_on: date, cal: WorkCalendar) -> date:
    """Last day of review: the 3rd (notification) / 7th (application) working day after registration."""
    return cal.add_working_days(registered_on, review_working_days(kind))


def last_filing_day(kind: str, event_day: date, cal: WorkCalendar) -> date:
    """Reading A: the N-th working day (N = 5 / 10) counted back from the day before the event, inclusive."""
    return cal.nth_working_day_before(event_day, FILING_LEAD_WORKING_DAYS[_kind(kind)])


def last_filing_day_strict(kind: str, event_day: date, cal: WorkCalendar) -> date:
    """Reading B: N full working days strictly between registration and event: the (N+1)-th day back."""
    return cal.nth_working_day_before(event_day, FILING_LEAD_WORKING_DAYS[_kind(kind)] + 1)


def proposal_answer_deadline(received_on: date, cal: WorkCalendar) -> date:
    """Last day for the organizer to answer a proposal to change place/time: 1 working day after receipt."""
    return cal.add_working_days(received_on, PROPOSAL_ANSWER_WORKING_DAYS)


def media_accreditation_deadline(event_day: date, cal: WorkCalendar) -> date:
    """Last day a media outlet may ask for accreditation: the 1st working day before the event day."""
    return cal.nth_working_day_before(event_day, MEDIA_ACCREDITATION_WORKING_DAYS)


class FilingReading(StrEnum):
    """Which reading of "no later than N working days before the event" an office decides by (a setting)."""

    A = "a"  # the N-th working day back, registration day counting (default)
    B = "b"  # N full working days strictly between registration and the event


@dataclass(frozen=True, slots=True)
class FilingTimeliness:
    """Whether a filing was registered in time for its event, under both readings.

    ``in_time`` is the decision under ``reading``; ``boundary_warning`` is True when the two readings disagree
    (the filing was registered exactly on the reading-A last day), so a clerk is warned before relying on it.
    """

    reading: FilingReading
    in_time: bool
    in_time_a: bool
    in_time_b: bool
    last_filing_day: date
    last_filing_day_strict: date
    boundary_warning: bool


def filed_in_time(
    kind: str,
    registered_on: date,
    event_day: date,
    cal: WorkCalendar,
    reading: FilingReading | str = FilingReading.A,
) -> FilingTimeliness:
    """Decide whether ``registered_on`` is early enough for ``event_day`` (reading A by default)."""
    chosen = FilingReading(reading)
    last_a = last_filing_day(kind, event_day, cal)
    last_b = last_filing_day_strict(kind, event_day, cal)
    in_a, in_b = registered_on <= last_a, registered_on <= last_b
    return FilingTimeliness(
        reading=chosen,
        in_time=in_a if chosen is FilingReading.A else in_b,
        in_time_a=in_a,
        in_time_b=in_b,
        last_filing_day=last_a,
        last_filing_day_strict=last_b,
        boundary_warning=in_a != in_b,
    )


@dataclass(frozen=True, slots=True)
class FilingDeadlines:
    """What the register stores about a filing's deadlines, with the calendar version that computed them.

    ``calendar_confirmed`` is False if any year touched (registration, review deadline, event) is not
    confirmed.
    """

    kind: str
    received_on: date
    registered_on: date
    review_deadline: date
    review_working_days: int
    calendar_version: str
    calendar_confirmed: bool
    event_day: date | None = None
    timeliness: FilingTimeliness | None = None


def compute_filing_deadlines(
    kind: str,
    received_on: date,
    cal: WorkCalendar,
    event_day: date | None = None,
    reading: FilingReading | str = FilingReading.A,
) -> FilingDeadlines:
    """All deadlines of a filing received (local date) on ``received_on``; event part needs ``event_day``."""
    code = _kind(kind)
    registered = registration_day(received_on, cal)
    review = review_deadline(code, registered, cal)
    timeliness = None if event_day is None else filed_in_time(code, registered, event_day, cal, reading)
    years = {registered.year, review.year} | ({event_day.year} if event_day else set())
    if timeliness is not None:
        years |= {timeliness.last_filing_day.year, timeliness.last_filing_day_strict.year}
    return FilingDeadlines(
        kind=code,
        received_on=received_on,
        registered_on=registered,
        review_deadline=review,
        review_working_days=REVIEW_WORKING_DAYS[code],
        calendar_version=cal.version,
        calendar_confirmed=all(cal.is_confirmed(y) for y in sorted(years)),
        event_day=event_day,
        timeliness=timeliness,
    )


# ---------------------------------------------------------------- office hours and countdown


@dataclass(frozen=True, slots=True)
class OfficeHours:
    """The office's working hours in its IANA time zone (never a fixed UTC offset).

    A deadline day ends at ``closes`` local time. ``opens < closes``; both naive ``time`` values.
    """

    opens: time = time(9, 0)
    closes: time = time(18, 30)
    tz: str = "Asia/Almaty"
    _zone: ZoneInfo = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.opens.tzinfo is not None or self.closes.tzinfo is not None:
            raise ValueError("office hours are local wall-clock times; pass naive time values")
        if not self.opens < self.closes:
            raise ValueError(f"office opens ({self.opens}) must be before it closes ({self.closes})")
        object.__setattr__(self, "_zone", ZoneInfo(self.tz))  # raises ZoneInfoNotFoundError for a bad name

    @property
    def zone(self) -> ZoneInfo:
        """The office time zone."""
        return self._zone

    def local_date(self, instant: datetime) -> date:
        """The office-local calendar date of an aware instant."""
        return _require_aware(instant).astimezone(self._zone).date()

    def closes_at(self, day: date) -> datetime:
        """The aware instant at which ``day`` ends for the office (close of office hours, office tz)."""
        return datetime.combine(day, self.closes, tzinfo=self._zone)


def _require_aware(instant: datetime) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("an aware datetime is required (store instants in UTC)")
    return instant


class DeadlineKind(StrEnum):
    """Which legal deadline a countdown refers to."""

    REVIEW = "review"
    PROPOSAL_ANSWER = "proposal_answer"
    MEDIA_ACCREDITATION = "media_accreditation"


class CountdownState(StrEnum):
    """State of the nearest deadline of an open filing."""

    ON_TRACK = "on_track"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    SILENCE_MEANS_CONSENT = "silence_means_consent"


@dataclass(frozen=True, slots=True)
class LegalDeadline:
    """One pending deadline of a filing: what it is and the (local) day it ends on."""

    kind: DeadlineKind
    day: date


@dataclass(frozen=True, slots=True)
class Countdown:
    """The nearest pending deadline seen from ``now``.

    * ``working_days_left``: working days after today up to and including the deadline day (0 on the day
      itself); negative when the day has passed: minus the working days after the deadline day up to and
      including today.
    * ``hours_left``: elapsed (wall) hours from ``now`` to ``closes_at``, the close of office hours of the
      deadline day in the office tz; negative once passed. Computed in UTC, so a change of UTC offset is
      accounted for.
    * ``deadline_passed``: office hours of the deadline day are over.
    * state SILENCE_MEANS_CONSENT: a notification's review deadline is today or has passed with no decision;
      once ``deadline_passed`` the assembly may go ahead as notified (art. 11 p.1).
    """

    deadline: LegalDeadline
    state: CountdownState
    working_days_left: int
    hours_left: float
    closes_at: datetime
    deadline_passed: bool


def working_days_between(start: date, end: date, cal: WorkCalendar) -> int:
    """Working days in (start, end] when start <= end, else minus the working days in (end, start].

    A calendar may offer ``working_days_in(lo, hi)`` (working days in (lo, hi], lo < hi) to count without
    stepping day by day; the answer must equal the stepping below."""
    if start == end:
        return 0
    lo, hi, sign = (start, end, 1) if start < end else (end, start, -1)
    counter = getattr(cal, "working_days_in", None)
    if counter is not None:
        return sign * int(counter(lo, hi))
    count, day = 0, lo
    while True:
        day = cal.add_working_days(day, 1)
        if day > hi:
            return sign * count
        count += 1


def _state(filing_kind: str, deadline: LegalDeadline, today: date, passed: bool) -> CountdownState:
    if today < deadline.day and not passed:
        return CountdownState.ON_TRACK
    if filing_kind == NOTIFICATION and deadline.kind is DeadlineKind.REVIEW:
        return CountdownState.SILENCE_MEANS_CONSENT
    return CountdownState.OVERDUE if passed else CountdownState.DUE_TODAY


def countdown(
    filing_kind: str,
    deadlines: Iterable[LegalDeadline],
    now: datetime,
    cal: WorkCalendar,
    hours: OfficeHours | None = None,
) -> Countdown | None:
    """Countdown to the nearest of the pending ``deadlines`` of an open filing (None when there are none).

    Pass only deadlines still awaiting an action (e.g. the review deadline while no decision is made). The
    nearest is the earliest day (an overdue one first). ``now`` must be aware.
    """
    code = _kind(filing_kind)
    office = hours or OfficeHours()
    pending = sorted(deadlines, key=lambda d: (d.day, list(DeadlineKind).index(d.kind)))
    if not pending:
        return None
    nearest = pending[0]
    closes = office.closes_at(nearest.day)
    left: timedelta = closes.astimezone(ZoneInfo("UTC")) - _require_aware(now).astimezone(ZoneInfo("UTC"))
    passed = left <= timedelta(0)
    today = office.local_date(now)
    return Countdown(
        deadline=nearest,
        state=_state(code, nearest, today, passed),
        working_days_left=working_days_between(today, nearest.day, cal),
        hours_left=left.total_seconds() / 3600,
        closes_at=closes,
        deadline_passed=passed,
    )
