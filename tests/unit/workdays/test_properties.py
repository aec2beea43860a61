"""Property tests: the arithmetic agrees with a day-by-day walk, and no deadline lands on a day off."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from akimat_desk.domain import deadlines as dl
from akimat_desk.workdays import KazakhCalendar, build_calendar, explain

CAL = build_calendar()  # immutable; module-level so hypothesis does not rebuild it per example
DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31))
STEPS = st.integers(min_value=1, max_value=60)
KINDS = st.sampled_from(["notification", "application"])


def _walk(cal: KazakhCalendar, start: date, n: int) -> date:
    """Reference implementation: step one calendar day at a time."""
    step, day, left = timedelta(days=1 if n > 0 else -1), start, abs(n)
    while left:
        day += step
        left -= cal.is_working_day(day)
    return day


@given(DATES, st.integers(min_value=-60, max_value=60))
def test_add_working_days_equals_a_day_by_day_walk(start: date, n: int) -> None:
    assert CAL.add_working_days(start, n) == _walk(CAL, start, n)


@given(DATES, STEPS)
def test_adding_then_going_back_returns_a_working_start(start: date, n: int) -> None:
    start = CAL.next_working_day_on_or_after(start)
    assert CAL.add_working_days(CAL.add_working_days(start, n), -n) == start
    assert CAL.nth_working_day_before(CAL.add_working_days(start, n), n) == start


@given(DATES, STEPS)
def test_results_are_working_days_and_counts_agree(start: date, n: int) -> None:
    forward, backward = CAL.add_working_days(start, n), CAL.add_working_days(start, -n)
    assert CAL.is_working_day(forward)
    assert CAL.is_working_day(backward)
    assert backward < start < forward
    assert dl.working_days_between(start, forward, CAL) == n


@given(KINDS, DATES, DATES)
def test_no_deadline_lands_on_a_non_working_day(kind: str, received: date, event: date) -> None:
    registered = dl.registration_day(received, CAL)
    days = [
        registered,
        dl.review_deadline(kind, registered, CAL),
        dl.last_filing_day(kind, event, CAL),
        dl.last_filing_day_strict(kind, event, CAL),
        dl.proposal_answer_deadline(received, CAL),
        dl.media_accreditation_deadline(event, CAL),
    ]
    assert all(CAL.is_working_day(d) for d in days)
    assert received <= registered < days[1]


@given(KINDS, DATES, DATES)
def test_reading_b_is_never_more_lenient_than_reading_a(kind: str, registered: date, event: date) -> None:
    result = dl.filed_in_time(kind, registered, event, CAL)
    assert result.last_filing_day_strict < result.last_filing_day < event
    assert CAL.is_working_day(result.last_filing_day)
    assert not (result.in_time_b and not result.in_time_a)
    assert result.boundary_warning == (result.in_time_a and not result.in_time_b)
    if result.boundary_warning and CAL.is_working_day(registered):
        assert registered == result.last_filing_day


@settings(max_examples=50)
@given(DATES, st.integers(min_value=-15, max_value=15))
def test_explain_counts_exactly_n_days_and_ends_on_the_result(start: date, n: int) -> None:
    rows = explain(start, n, CAL, "en")
    assert sum(r.counted for r in rows) == abs(n)
    assert rows[-1].day == CAL.add_working_days(start, n)
    assert all(r.counted == CAL.is_working_day(r.day) for r in rows[1:])
