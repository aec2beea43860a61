"""Deadlines on the register's calendar: registration on a day off, stored versions, moved deadlines
flagged with the old day and the act until acknowledged, countdown states."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction
from akimat_desk.services.deadlines.calendar import (
    add_day_off,
    add_transfer,
    confirm_year,
    golden_differences,
    set_kurban_ait,
)
from akimat_desk.services.deadlines.countdowns import acknowledge_deadline_changes, clock_json, filing_clock
from akimat_desk.services.filings.registered import get_filing, withdraw_filing
from tests.conftest import EXAMPLES, register_on_receipt


def filing(name: str, received: str, starts: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    data["received_at"] = received
    if starts:
        data["starts_at"], data["ends_at"] = f"{starts}T11:00:00", f"{starts}T13:00:00"
    return data


def at(ctx: Any, when: datetime) -> Any:
    return replace(ctx, clock=lambda: when)


def test_a_filing_received_on_a_day_off_is_registered_on_the_next_working_day(ctx: Any) -> None:
    # Saturday 21 March 2026 is Nauryz; 21-25 March are days off; Thursday 26 March is the next working day
    record = register_on_receipt(ctx, filing("picket", "2026-03-21T11:00:00+05:00")).filing
    assert record.registered_on == date(2026, 3, 26)
    assert record.incoming_number.endswith("/0001")
    clock = filing_clock(ctx, record)
    assert clock.deadlines[0].due_on == date(2026, 3, 31)  # Fri 27, Mon 30, Tue 31
    assert clock.deadlines[0].calendar_version.startswith("kz/holidays-")


def test_review_deadline_for_applications_is_seven_working_days(ctx: Any) -> None:
    record = register_on_receipt(ctx, filing("march", "2025-06-05T10:00:00+05:00")).filing
    assert filing_clock(ctx, record).deadlines[0].due_on == date(2025, 6, 17)  # Kurban Ait 6 June skipped


def test_a_transfer_moves_open_deadlines_flagged_until_acknowledged(ctx: Any) -> None:
    affected = register_on_receipt(ctx, filing("picket", "2026-11-23T10:00:00+05:00")).filing  # due Thu 26 Nov
    later = register_on_receipt(ctx, filing("rally", "2026-11-30T10:00:00+05:00")).filing  # due Thu 3 Dec
    closed = register_on_receipt(ctx, filing("assembly", "2026-11-23T11:00:00+05:00")).filing
    withdraw_filing(ctx, closed.id, "cancelled")
    act = "Приказ Министра труда № 999 от 20.11.2026"
    result = add_transfer(ctx, date(2026, 11, 25), date(2026, 11, 28), act)
    assert [(m.incoming_number, m.old, m.new) for m in result.moved] == [
        (affected.incoming_number, date(2026, 11, 26), date(2026, 11, 27))
    ]
    moved = filing_clock(ctx, get_filing(ctx, affected.id)).deadlines[0]
    assert (moved.due_on, moved.previous_due_on, moved.changed_by_act) == (date(2026, 11, 27), date(2026, 11, 26), act)
    assert moved.needs_acknowledgement
    assert not filing_clock(ctx, get_filing(ctx, later.id)).deadlines[0].needs_acknowledgement
    history = get_filing(ctx, affected.id).history
    assert history[-1].action is EventAction.DEADLINE_CHANGED and history[-1].reason == act
    acknowledged = acknowledge_deadline_changes(ctx, affected.id).filing
    assert acknowledged.history[-1].action is EventAction.DEADLINE_ACKNOWLEDGED
    after = filing_clock(ctx, acknowledged).deadlines[0]
    assert not after.needs_acknowledgement and after.acknowledged_by == "tester"
    with pytest.raises(InvalidInput):
        acknowledge_deadline_changes(ctx, affected.id)


def test_a_second_change_before_acknowledgement_keeps_the_day_the_clerk_last_saw(ctx: Any) -> None:
    record = register_on_receipt(ctx, filing("picket", "2026-11-23T10:00:00+05:00")).filing
    add_day_off(ctx, date(2026, 11, 24), "act 1")
    add_day_off(ctx, date(2026, 11, 25), "act 2")
    deadline = filing_clock(ctx, get_filing(ctx, record.id)).deadlines[0]
    assert (deadline.previous_due_on, deadline.due_on, deadline.changed_by_act) == (
        date(2026, 11, 26),
        date(2026, 11, 30),
        "act 2",
    )


def test_overrides_need_an_act_and_sound_dates(ctx: Any) -> None:
    with pytest.raises(InvalidInput):
        add_day_off(ctx, date(2026, 12, 1), " ")
    with pytest.raises(InvalidInput):
        set_kurban_ait(ctx, 2027, date(2026, 5, 16), "ДУМК")
    with pytest.raises(InvalidInput):
        add_transfer(ctx, date(2026, 12, 1), date(2026, 12, 1), "act")


def test_kurban_ait_correction_and_year_confirmation(ctx: Any) -> None:
    record = register_on_receipt(ctx, filing("picket", "2027-05-13T10:00:00+05:00")).filing
    assert not filing_clock(ctx, record).calendar_confirmed  # 2027 is not confirmed in the shipped facts
    # the shipped estimate is Sunday 16 May: Fri 14, Mon 17, Tue 18 are the three working days
    assert filing_clock(ctx, record).deadlines[0].due_on == date(2027, 5, 18)
    act = "ДУМК, решение от 01.05.2027"
    result = set_kurban_ait(ctx, 2027, date(2027, 5, 17), act)  # Monday 17 May becomes a day off
    assert [(m.incoming_number, m.old, m.new) for m in result.moved] == [
        (record.incoming_number, date(2027, 5, 18), date(2027, 5, 19))
    ]
    after = filing_clock(ctx, get_filing(ctx, record.id)).deadlines[0]
    assert (after.due_on, after.previous_due_on, after.changed_by_act) == (date(2027, 5, 19), date(2027, 5, 18), act)
    assert after.needs_acknowledgement
    assert get_filing(ctx, record.id).history[-1].action is EventAction.DEADLINE_CHANGED
    confirm_year(ctx, 2027, "Приказ о переносе дней отдыха на 2027 год")
    assert filing_clock(ctx, get_filing(ctx, record.id)).calendar_confirmed


def test_golden_self_check_reports_an_override_that_contradicts_it(ctx: Any) -> None:
    assert golden_differences(ctx) == ()
    add_day_off(ctx, date(2025, 3, 19), "mistyped act")
    differences = golden_differences(ctx)
    assert [d.day for d in differences] == [date(2025, 3, 19)]
    assert differences[0].override is not None and differences[0].override.act == "mistyped act"


@pytest.mark.parametrize(
    ("now", "state", "days_left"),
    [
        (datetime(2026, 11, 23, 6, 0, tzinfo=UTC), "silence_means_consent", 0),  # review deadline today
        (datetime(2026, 11, 20, 6, 0, tzinfo=UTC), "on_track", 1),
        (datetime(2026, 11, 24, 6, 0, tzinfo=UTC), "silence_means_consent", -1),
    ],
)
def test_countdown_states_for_a_notification(ctx: Any, now: datetime, state: str, days_left: int) -> None:
    record = register_on_receipt(ctx, filing("picket", "2026-11-18T10:00:00+05:00")).filing  # due Mon 23 Nov
    data = clock_json(filing_clock(at(ctx, now), record))
    assert data["review_deadline"] == "2026-11-23"
    assert data["countdown"]["state"] == state
    assert data["countdown"]["working_days_left"] == days_left


def test_an_application_past_its_deadline_is_overdue_not_consented(ctx: Any) -> None:
    record = register_on_receipt(ctx, filing("march", "2026-11-18T10:00:00+05:00")).filing
    data = clock_json(filing_clock(at(ctx, datetime(2026, 12, 10, 6, 0, tzinfo=UTC)), record))
    assert data["countdown"]["state"] == "overdue"


def test_closed_filings_have_no_countdown_and_timeliness_is_shown(ctx: Any) -> None:
    record = register_on_receipt(ctx, filing("picket", "2026-11-18T10:00:00+05:00", starts="2026-11-24")).filing
    data = clock_json(filing_clock(ctx, record))
    assert data["filed_in_time"] is False and data["last_filing_day"] == "2026-11-17"
    closed = withdraw_filing(ctx, record.id, "cancelled").filing
    assert clock_json(filing_clock(ctx, closed))["countdown"] is None


def test_a_filing_with_an_impossible_event_year_still_shows_its_deadlines(ctx: Any) -> None:
    data = filing("picket", "2026-11-18T10:00:00+05:00")
    data["starts_at"], data["ends_at"] = "9999-01-01T10:00:00", "9999-01-01T12:00:00"
    record = register_on_receipt(ctx, data).filing
    assert "starts_at_invalid" in {d.code for d in record.defects}
    shown = clock_json(filing_clock(ctx, record))
    assert shown["review_deadline"] == "2026-11-23" and shown["event_day"] is None
