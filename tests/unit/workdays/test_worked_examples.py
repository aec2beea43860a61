"""The worked examples of tests/data/calendar/README.md, checked day by day there."""

from __future__ import annotations

from datetime import date

import pytest

from akimat_desk.domain import deadlines as dl
from akimat_desk.workdays import KazakhCalendar


@pytest.mark.parametrize(
    ("registered", "expected"),
    [
        (date(2025, 3, 19), date(2025, 3, 27)),  # Nauryz and its moved days skipped
        (date(2024, 5, 3), date(2024, 5, 10)),  # Sat 05-04 was a working day
        (date(2025, 6, 5), date(2025, 6, 11)),  # Kurban Ait 06-06 skipped
    ],
)
def test_plus_three_working_days(cal: KazakhCalendar, registered: date, expected: date) -> None:
    assert cal.add_working_days(registered, 3) == expected
    assert dl.review_deadline("notification", registered, cal) == expected


@pytest.mark.parametrize(
    ("event", "reading_a", "reading_b"),
    [
        (date(2024, 5, 13), date(2024, 5, 2), date(2024, 4, 30)),
        (date(2026, 3, 28), date(2026, 3, 18), date(2026, 3, 17)),
    ],
)
def test_last_registration_day_for_a_notification(
    cal: KazakhCalendar, event: date, reading_a: date, reading_b: date
) -> None:
    assert dl.last_filing_day("notification", event, cal) == reading_a
    assert dl.last_filing_day_strict("notification", event, cal) == reading_b
