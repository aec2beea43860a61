"""Malformed filings, corrections and calendar data thrown at the services: only clean refusals (DomainError),
never a crash, never a partial write."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from akimat_desk.domain.errors import DomainError
from akimat_desk.services.deadlines import calendar
from akimat_desk.services.filings import registered as filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.office.audit import verify_history
from tests.conftest import EXAMPLES

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
TABLES = ("filings", "filing_events", "number_counters", "filing_deadlines", "calendar_overrides")
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
date_texts = st.sampled_from(
    [
        "",
        "2026-02-30",
        "18.03.2026",
        "2026-03-18T25:00",
        "9999-12-31T23:59:59+14:00",
        "0001-01-01",
        "2026-03-18T10:00:00",
        "2026-W12",
        "now",
    ]
)
mutated_filings = st.fixed_dictionaries({}, optional={key: json_values | date_texts for key in PICKET}).map(
    lambda changes: {**PICKET, **changes}
)
filings_data = json_values | mutated_filings | st.dictionaries(st.sampled_from(list(PICKET)), json_values)


def _snapshot(ctx: Any) -> dict[str, Any]:
    with ctx.uow.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


def _refused_cleanly_or_done(ctx: Any, call: Any) -> bool:
    before = _snapshot(ctx)
    try:
        call()
    except DomainError:
        assert _snapshot(ctx) == before, "a refusal wrote something"
        return False
    return True


@SETTINGS
@given(data=filings_data)
def test_malformed_filings_are_refused_cleanly(ctx: Any, data: Any) -> None:
    if _refused_cleanly_or_done(ctx, lambda: register_filing(ctx, data)):
        assert _snapshot(ctx)["filings"] >= 1


@SETTINGS
@given(
    sets=st.dictionaries(
        st.sampled_from([*PICKET, "organizer.surname", "place.x", "a.b.c", "", "form"]), json_values, max_size=3
    ),
    reason=st.none() | st.text(max_size=10),
)
def test_malformed_corrections_are_refused_cleanly(ctx: Any, sets: dict[str, Any], reason: str | None) -> None:
    number = "01-2026/0001"
    if _snapshot(ctx)["filings"] == 0:
        number = register_filing(ctx, PICKET).filing.incoming_number
    _refused_cleanly_or_done(ctx, lambda: filings.correct_filing(ctx, number, sets, reason))
    assert verify_history(ctx).intact


days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@SETTINGS
@given(
    kind=st.sampled_from(["transfer", "day_off", "working_day", "kurban", "confirm"]),
    first=days,
    second=days,
    year=st.integers(-5, 10_000),
    act=st.text(max_size=30),
)
def test_malformed_calendar_data_is_refused_cleanly(
    ctx: Any, kind: str, first: date, second: date, year: int, act: str
) -> None:
    calls = {
        "transfer": lambda: calendar.add_transfer(ctx, first, second, act),
        "day_off": lambda: calendar.add_day_off(ctx, first, act),
        "working_day": lambda: calendar.add_working_day(ctx, first, act),
        "kurban": lambda: calendar.set_kurban_ait(ctx, year, first, act),
        "confirm": lambda: calendar.confirm_year(ctx, year, act),
    }
    _refused_cleanly_or_done(ctx, calls[kind])
    calendar.current_calendar(ctx)  # whatever was accepted, the calendar can still be built
