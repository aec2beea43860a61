"""The periods of Law 333-VI (domain/deadlines.py) counted against the Kazakh calendar."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import pytest

from akimat_desk.domain import deadlines as dl
from akimat_desk.workdays import KazakhCalendar


class Kind(StrEnum):
    """Stands in for domain.assemblies.FilingKind: a StrEnum with the same values."""

    NOTIFICATION = "notification"
    APPLICATION = "application"


def test_the_calendar_satisfies_the_protocol(cal: KazakhCalendar) -> None:
    assert isinstance(cal, dl.WorkCalendar)


@pytest.mark.parametrize(
    ("received", "registered"),
    [
        (date(2025, 3, 22), date(2025, 3, 26)),  # Saturday of Nauryz, then two moved days off
        (date(2024, 5, 3), date(2024, 5, 3)),  # a working Friday stays
        (date(2024, 5, 4), date(2024, 5, 4)),  # a Saturday made working by a transfer stays
        (date(2024, 5, 8), date(2024, 5, 10)),  # transferred day off, then Victory Day
        (date(2025, 12, 31), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 5)),  # 1-2 Jan holidays, then the weekend
    ],
)
def test_a_filing_received_on_a_day_off_is_registered_on_the_next_working_day(
    cal: KazakhCalendar, received: date, registered: date
) -> None:
    assert dl.registration_day(received, cal) == registered


def test_review_deadline_of_a_notification_is_three_working_days(cal: KazakhCalendar) -> None:
    assert dl.review_deadline("notification", date(2026, 3, 6), cal) == date(2026, 3, 12)  # 9 Mar moved day off
    assert dl.review_working_days("notification") == 3


def test_review_deadline_of_an_application_is_seven_working_days(cal: KazakhCalendar) -> None:
    # 04 Sat (working), 06, [07 holiday, 08 transfer, 09 holiday], 10, 13, 14, 15, 16
    assert dl.review_deadline("application", date(2024, 5, 3), cal) == date(2024, 5, 16)
    assert dl.review_working_days(Kind.APPLICATION) == 7


def test_a_str_enum_kind_is_accepted_like_its_string(cal: KazakhCalendar) -> None:
    day = date(2025, 3, 19)
    assert dl.review_deadline(Kind.NOTIFICATION, day, cal) == dl.review_deadline("notification", day, cal)
    assert dl.last_filing_day(Kind.APPLICATION, day, cal) == dl.last_filing_day("application", day, cal)


def test_an_unknown_kind_is_refused(cal: KazakhCalendar) -> None:
    with pytest.raises(ValueError, match="unknown filing kind"):
        dl.review_deadline("petition", date(2025, 3, 19), cal)


def test_application_filing_deadline_is_ten_working_days_before(cal: KazakhCalendar) -> None:
    event = date(2024, 5, 13)
    assert dl.last_filing_day("application", event, cal) == date(2024, 4, 24)
    assert dl.last_filing_day_strict("application", event, cal) == date(2024, 4, 23)


def test_reading_a_decides_and_warns_on_the_boundary_day(cal: KazakhCalendar) -> None:
    result = dl.filed_in_time("notification", date(2024, 5, 2), date(2024, 5, 13), cal)
    assert result.reading is dl.FilingReading.A
    assert result.in_time is True
    assert (result.in_time_a, result.in_time_b) == (True, False)
    assert result.boundary_warning is True
    assert result.last_filing_day == date(2024, 5, 2)
    assert result.last_filing_day_strict == date(2024, 4, 30)


def test_reading_b_as_the_office_setting_says_late_on_the_boundary_day(cal: KazakhCalendar) -> None:
    result = dl.filed_in_time("notification", date(2024, 5, 2), date(2024, 5, 13), cal, reading="b")
    assert result.reading is dl.FilingReading.B
    assert result.in_time is False
    assert result.boundary_warning is True


@pytest.mark.parametrize(
    ("registered", "in_time"),
    [
        (date(2024, 4, 30), True),
        (date(2024, 4, 3), True),
        (date(2024, 5, 3), False),
        (date(2024, 5, 10), False),
    ],
)
def test_away_from_the_boundary_both_readings_agree(cal: KazakhCalendar, registered: date, in_time: bool) -> None:
    for reading in dl.FilingReading:
        result = dl.filed_in_time("notification", registered, date(2024, 5, 13), cal, reading)
        assert result.in_time is in_time
        assert result.boundary_warning is False


def test_an_unknown_reading_is_refused(cal: KazakhCalendar) -> None:
    with pytest.raises(ValueError, match="'c'"):
        dl.filed_in_time("notification", date(2024, 5, 2), date(2024, 5, 13), cal, reading="c")


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (date(2025, 3, 7), date(2025, 3, 11)),  # Mon 10 Mar: Women's Day moved off the Saturday
        (date(2025, 6, 5), date(2025, 6, 9)),  # Fri 6 Jun: Kurban Ait
        (date(2024, 5, 3), date(2024, 5, 4)),  # the working Saturday counts
    ],
)
def test_proposal_answer_is_due_one_working_day_after_receipt(
    cal: KazakhCalendar, received: date, deadline: date
) -> None:
    assert dl.proposal_answer_deadline(received, cal) == deadline


@pytest.mark.parametrize(
    ("event", "deadline"),
    [
        (date(2024, 5, 13), date(2024, 5, 10)),
        (date(2025, 3, 26), date(2025, 3, 20)),  # Nauryz 21-25 skipped
        (date(2024, 5, 6), date(2024, 5, 4)),  # the working Saturday is the day before
    ],
)
def test_media_accreditation_is_due_one_working_day_before_the_event(
    cal: KazakhCalendar, event: date, deadline: date
) -> None:
    assert dl.media_accreditation_deadline(event, cal) == deadline


def test_compute_filing_deadlines_gathers_everything_with_the_calendar_version(cal: KazakhCalendar) -> None:
    result = dl.compute_filing_deadlines(Kind.NOTIFICATION, date(2025, 3, 22), cal, event_day=date(2025, 4, 10))
    assert result.kind == "notification"
    assert result.registered_on == date(2025, 3, 26)
    assert result.review_deadline == date(2025, 3, 31)
    assert result.review_working_days == 3
    assert result.calendar_version == cal.version
    assert result.calendar_confirmed is True
    assert result.timeliness is not None
    assert result.timeliness.in_time is True


def test_a_deadline_in_an_unconfirmed_year_is_marked(cal: KazakhCalendar) -> None:
    result = dl.compute_filing_deadlines("application", date(2026, 12, 24), cal)
    assert result.review_deadline.year == 2027
    assert result.calendar_confirmed is False
    assert result.timeliness is None
    in_2026 = dl.compute_filing_deadlines("notification", date(2026, 6, 1), cal, event_day=date(2026, 7, 1))
    assert in_2026.calendar_confirmed is True


def test_working_days_between_counts_both_ways(cal: KazakhCalendar) -> None:
    assert dl.working_days_between(date(2025, 3, 19), date(2025, 3, 27), cal) == 3
    assert dl.working_days_between(date(2025, 3, 27), date(2025, 3, 19), cal) == -3
    assert dl.working_days_between(date(2025, 3, 21), date(2025, 3, 21), cal) == 0
