"""Countdown of an open filing: nearest deadline, working days and hours left, state."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from akimat_desk.domain import deadlines as dl
from akimat_desk.workdays import KazakhCalendar

ALMATY = ZoneInfo("Asia/Almaty")
REVIEW = dl.LegalDeadline(dl.DeadlineKind.REVIEW, date(2025, 3, 27))  # registered 2025-03-19, + 3 wd


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=ALMATY)


def test_on_track_with_working_days_and_hours_left(cal: KazakhCalendar) -> None:
    c = dl.countdown("notification", [REVIEW], _at(date(2025, 3, 20), 10), cal)
    assert c is not None
    assert c.state is dl.CountdownState.ON_TRACK
    assert c.working_days_left == 2  # 26 and 27 March; Nauryz days do not count
    assert c.hours_left == pytest.approx(7 * 24 + 8.5)
    assert c.closes_at == _at(date(2025, 3, 27), 18, 30)
    assert not c.deadline_passed


def test_a_notification_due_today_means_silence_is_consent(cal: KazakhCalendar) -> None:
    c = dl.countdown("notification", [REVIEW], _at(date(2025, 3, 27), 12), cal)
    assert c is not None
    assert c.state is dl.CountdownState.SILENCE_MEANS_CONSENT
    assert (c.working_days_left, c.hours_left, c.deadline_passed) == (0, 6.5, False)


def test_a_notification_past_its_review_deadline_goes_ahead(cal: KazakhCalendar) -> None:
    c = dl.countdown("notification", [REVIEW], _at(date(2025, 3, 31), 10), cal)
    assert c is not None
    assert c.state is dl.CountdownState.SILENCE_MEANS_CONSENT
    assert c.deadline_passed
    assert c.working_days_left == -2  # 28 and 31 March since the deadline


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (_at(date(2025, 3, 27), 9), dl.CountdownState.DUE_TODAY),
        (_at(date(2025, 3, 27), 18, 29), dl.CountdownState.DUE_TODAY),
        (
            _at(date(2025, 3, 27), 18, 30),
            dl.CountdownState.OVERDUE,
        ),  # the day ends at the close of office hours
        (_at(date(2025, 3, 28), 9), dl.CountdownState.OVERDUE),
        (_at(date(2025, 3, 26), 23, 59), dl.CountdownState.ON_TRACK),
    ],
)
def test_an_application_is_due_today_then_overdue(cal: KazakhCalendar, now: datetime, state: str) -> None:
    c = dl.countdown("application", [REVIEW], now, cal)
    assert c is not None
    assert c.state == state


def test_a_proposal_answer_never_means_consent(cal: KazakhCalendar) -> None:
    answer = dl.LegalDeadline(dl.DeadlineKind.PROPOSAL_ANSWER, date(2025, 3, 27))
    c = dl.countdown("notification", [answer], _at(date(2025, 3, 27), 19), cal)
    assert c is not None
    assert c.state is dl.CountdownState.OVERDUE


def test_the_nearest_deadline_is_chosen(cal: KazakhCalendar) -> None:
    media = dl.LegalDeadline(dl.DeadlineKind.MEDIA_ACCREDITATION, date(2025, 3, 26))
    c = dl.countdown("notification", [REVIEW, media], _at(date(2025, 3, 20), 10), cal)
    assert c is not None
    assert c.deadline == media
    assert dl.countdown("notification", [], _at(date(2025, 3, 20), 10), cal) is None


def test_hours_are_real_elapsed_time_across_the_2024_change_of_offset(cal: KazakhCalendar) -> None:
    """Almaty went from UTC+6 to UTC+5 on 1 March 2024: from 18:30 to 18:30 the next day is 25 hours."""
    deadline = dl.LegalDeadline(dl.DeadlineKind.REVIEW, date(2024, 3, 1))
    now = _at(date(2024, 2, 29), 18, 30)
    c = dl.countdown("application", [deadline], now, cal)
    assert c is not None
    assert c.hours_left == pytest.approx(25.0)
    assert c.closes_at.utcoffset() == timedelta(hours=5)
    assert now.utcoffset() == timedelta(hours=6)
    in_utc = dl.countdown("application", [deadline], now.astimezone(UTC), cal)
    assert in_utc is not None
    assert in_utc.hours_left == pytest.approx(25.0)


def test_now_in_utc_late_evening_is_already_the_next_local_day(cal: KazakhCalendar) -> None:
    now = datetime(2025, 3, 26, 20, 0, tzinfo=UTC)  # 01:00 on 27 March in Almaty (UTC+5)
    c = dl.countdown("application", [REVIEW], now, cal)
    assert c is not None
    assert c.state is dl.CountdownState.DUE_TODAY
    assert c.hours_left == pytest.approx(17.5)


def test_a_naive_now_is_refused(cal: KazakhCalendar) -> None:
    with pytest.raises(ValueError, match="aware"):
        dl.countdown("notification", [REVIEW], datetime(2025, 3, 20, 10), cal)


def test_office_hours_are_a_setting_in_a_named_zone(cal: KazakhCalendar) -> None:
    hours = dl.OfficeHours(opens=time(8, 0), closes=time(17, 0), tz="Asia/Aqtobe")
    assert hours.closes_at(date(2025, 3, 27)) == datetime(2025, 3, 27, 17, 0, tzinfo=ZoneInfo("Asia/Aqtobe"))
    c = dl.countdown("application", [REVIEW], _at(date(2025, 3, 27), 12), cal, hours)
    assert c is not None
    assert c.hours_left == pytest.approx(5.0)
    default = dl.OfficeHours()
    assert (default.opens, default.closes, default.tz) == (time(9, 0), time(18, 30), "Asia/Almaty")
    assert default.closes_at(date(2024, 2, 29)).utcoffset() == timedelta(hours=6)
    assert default.closes_at(date(2024, 3, 1)).utcoffset() == timedelta(hours=5)


def test_bad_office_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="before it closes"):
        dl.OfficeHours(opens=time(18, 0), closes=time(9, 0))
    with pytest.raises(ValueError, match="naive"):
        dl.OfficeHours(closes=time(18, 30, tzinfo=UTC))
    with pytest.raises(Exception, match="Asia/Nowhere"):
        dl.OfficeHours(tz="Asia/Nowhere")
