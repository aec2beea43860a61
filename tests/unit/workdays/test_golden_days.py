"""Every day of 2020-2027 is classified as the golden list says, and the self-check agrees."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from akimat_desk.workdays import KazakhCalendar, OverrideSet, calendar_year, load_facts, self_check
from tests.datafiles import CALENDAR, data_path

GOLDEN_FILE = Path(__file__).parents[3] / "src/akimat_desk/workdays/data/golden_days_2020_2027.json"
YEARS = range(2020, 2028)
WORKING_DAYS = {2020: 246, 2021: 245, 2022: 246, 2023: 246, 2024: 249, 2025: 246, 2026: 247, 2027: 247}


def _golden() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = json.loads(GOLDEN_FILE.read_text(encoding="utf-8"))
    return data


def _all_days() -> list[date]:
    day, last, days = date(2020, 1, 1), date(2027, 12, 31), []
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    return days


def _expected_working(day: date, golden: dict[str, dict[str, list[str]]]) -> bool:
    entry = golden[str(day.year)]
    if day.weekday() < 5:
        return day.isoformat() not in entry["non_working_weekdays"]
    return day.isoformat() in entry["working_weekend_days"]


def test_every_day_2020_2027_matches_the_golden_list(cal: KazakhCalendar) -> None:
    golden = _golden()
    days = _all_days()
    assert len(days) == 2922
    wrong = [d for d in days if cal.is_working_day(d) != _expected_working(d, golden)]
    assert wrong == []


def test_the_bare_package_matches_too_so_facts_are_not_double_applied(bare_cal: KazakhCalendar) -> None:
    golden = _golden()
    assert [d for d in _all_days() if bare_cal.is_working_day(d) != _expected_working(d, golden)] == []


def test_applying_the_facts_twice_changes_nothing() -> None:
    facts = load_facts()
    twice = KazakhCalendar(facts.merged(facts))
    assert self_check(twice) == ()


@pytest.mark.parametrize("year", YEARS)
def test_working_days_per_year(cal: KazakhCalendar, year: int) -> None:
    assert cal.working_days_in_year(year) == WORKING_DAYS[year]


@pytest.mark.parametrize("year", YEARS)
def test_calendar_year_has_exactly_the_golden_shape(cal: KazakhCalendar, year: int) -> None:
    shaped = calendar_year(cal, year)
    golden = _golden()[str(year)]
    assert set(shaped) == {"year", "confirmed", "non_working_weekdays", "working_weekend_days"}
    assert shaped["year"] == year
    assert shaped["non_working_weekdays"] == golden["non_working_weekdays"]
    assert shaped["working_weekend_days"] == golden["working_weekend_days"]
    assert shaped["confirmed"] is (year != 2027)
    json.dumps(shaped)  # plain JSON types only


def test_self_check_of_the_shipped_calendar_is_clean(cal: KazakhCalendar) -> None:
    assert self_check(cal) == ()


def test_the_shipped_copy_is_the_golden_file_of_the_test_data() -> None:
    reference = data_path(CALENDAR, "golden_days_2020_2027.json")
    assert json.loads(GOLDEN_FILE.read_text("utf-8")) == json.loads(reference.read_text("utf-8"))


def test_2020_05_11_stays_a_working_day_although_it_was_the_victory_day_move(cal: KazakhCalendar) -> None:
    assert cal.is_working_day(date(2020, 5, 11))
    assert not cal.is_working_day(date(2020, 5, 8))


def test_years_out_of_range_are_refused(cal: KazakhCalendar) -> None:
    with pytest.raises(ValueError, match="outside the supported range"):
        cal.is_working_day(date(1900, 1, 2))


def test_confirmed_years_come_from_the_facts(cal: KazakhCalendar) -> None:
    assert [y for y in YEARS if cal.is_confirmed(y)] == list(range(2020, 2027))
    assert not cal.is_confirmed(2030)
    assert not KazakhCalendar(OverrideSet()).is_confirmed(2024)
