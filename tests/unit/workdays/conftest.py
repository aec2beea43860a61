"""Shared calendars for the working-day tests (built once: a calendar is immutable)."""

from __future__ import annotations

import pytest

from akimat_desk.workdays import KazakhCalendar, OverrideSet, build_calendar


@pytest.fixture(scope="session")
def cal() -> KazakhCalendar:
    """The office calendar with the shipped facts and no administrator overrides."""
    return build_calendar()


@pytest.fixture(scope="session")
def bare_cal() -> KazakhCalendar:
    """holidays.KZ with no override at all."""
    return KazakhCalendar(OverrideSet())
