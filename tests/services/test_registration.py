"""Registering, reading, listing, correcting and withdrawing filings through the services."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput, InvalidTransition, NotFound
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Outcome, Status
from akimat_desk.services.filings.registered import (
    change_status,
    correct_filing,
    count_filings,
    get_filing,
    list_filings,
    withdraw_filing,
)
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.storage.filings.values import FilingQuery
from tests.conftest import EXAMPLES, FIXED_NOW


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    return data


def test_registration_keeps_the_document_and_lists_defects(ctx: Any) -> None:
    data = load("rally")
    del data["regulations"]
    data["organizer"]["iin"] = "880202400007"
    filing = register_filing(ctx, data).filing
    assert filing.document == data
    assert [(d.item, d.code) for d in filing.defects] == [(3, "iin_checksum"), (9, "regulations_missing")]
    assert filing.status is Status.REGISTERED and filing.registered_on == date(2026, 3, 18)
    assert [e.action for e in filing.history] == [EventAction.REGISTERED]
    assert filing.history[0].actor == "tester" and filing.history[0].at == FIXED_NOW


def test_receipt_late_in_the_evening_in_almaty_is_registered_that_local_day(ctx: Any) -> None:
    filing = register_filing(ctx, dict(load("picket"), received_at="2026-03-18T19:30:00Z")).filing
    assert filing.registered_on == date(2026, 3, 19)  # 00:30 on the 19th in Almaty (UTC+5)


def test_find_by_id_or_incoming_number(ctx: Any) -> None:
    filing = register_filing(ctx, load("picket")).filing
    assert get_filing(ctx, filing.id).incoming_number == get_filing(ctx, "01-2026/0001").incoming_number
    with pytest.raises(NotFound):
        get_filing(ctx, "01-2026/0999")


def test_list_filters_by_form_status_and_search_in_any_case(ctx: Any) -> None:
    for name in ("picket", "rally", "assembly", "march", "demonstration"):
        register_filing(ctx, load(name))
    assert count_filings(ctx, FilingQuery()) == 5
    assert [f.form.value for f in list_filings(ctx, FilingQuery(form="march"))] == ["march"]  # type: ignore[arg-type]
    assert len(list_filings(ctx, FilingQuery(search="ГАНДИ"))) == 1  # Cyrillic, other case
    assert len(list_filings(ctx, FilingQuery(search="жасыл алматы"))) == 1
    assert len(list_filings(ctx, FilingQuery(search="880202400006"))) == 3  # by IIN
    assert len(list_filings(ctx, FilingQuery(search="2026/0004"))) == 1  # by number
    assert list_filings(ctx, FilingQuery(search="100%_")) == []
    withdraw_filing(ctx, 1, "cancelled")
    assert [f.id for f in list_filings(ctx, FilingQuery(status=Status.WITHDRAWN))] == [1]


def test_correction_is_a_new_event_with_old_and_new_values(ctx: Any) -> None:
    data = load("rally")
    data["organizer"]["iin"] = "880202400007"
    filing = register_filing(ctx, data).filing
    later = replace(ctx, clock=lambda: FIXED_NOW.replace(hour=12))
    corrected = correct_filing(
        later,
        filing.incoming_number,
        {"organizer.iin": "880202400006", "participants": 120},
        "typed from the paper original",
    )
    assert corrected.filing.incoming_number == filing.incoming_number
    assert corrected.filing.defects == ()
    assert corrected.filing.document["participants"] == 120
    event = corrected.filing.history[-1]
    assert event.action is EventAction.CORRECTED and event.reason == "typed from the paper original"
    assert event.changes["organizer.iin"] == {"old": "880202400007", "new": "880202400006"}
    assert event.changes["participants"] == {"old": 150, "new": 120}
    assert event.changes["defects"] == {"old": ["3:iin_checksum"], "new": []}
    assert event.at == FIXED_NOW.replace(hour=12)
    assert get_filing(ctx, filing.id).history == corrected.filing.history


@pytest.mark.parametrize(
    ("sets", "reason", "code"),
    [
        ({"purpose": "x"}, "", "reason_required"),
        ({"purpose": "x"}, None, "reason_required"),
        ({"salary": 1}, "why", "field_unknown"),
        ({"organizer.iin.x": 1}, "why", "field_unknown"),
        ({"purpose.text": "x"}, "why", "field_unknown"),
        ({"form": "march"}, "why", "form_changes_kind"),
        ({"participants": 150}, "why", "nothing_changed"),
        ({}, "why", "nothing_changed"),
        ({"received_at": None}, "why", "received_at_missing"),
    ],
)
def test_bad_corrections_change_nothing(ctx: Any, sets: dict[str, Any], reason: str | None, code: str) -> None:
    filing = register_filing(ctx, load("rally")).filing
    with pytest.raises(InvalidInput) as info:
        correct_filing(ctx, filing.id, sets, reason)
    assert info.value.code == code
    after = get_filing(ctx, filing.id)
    assert after.document == filing.document and len(after.history) == 1 and after.version == filing.version


def test_form_may_change_within_its_kind(ctx: Any) -> None:
    filing = register_filing(ctx, load("rally")).filing
    assert correct_filing(ctx, filing.id, {"form": "assembly"}, "misread").filing.form.value == "assembly"


def test_correcting_the_receipt_time_moves_the_registration_day(ctx: Any) -> None:
    filing = register_filing(ctx, load("picket")).filing
    moved = correct_filing(ctx, filing.id, {"received_at": "2026-03-19T09:05:00+05:00"}, "wrong day stamped")
    assert moved.filing.registered_on == date(2026, 3, 19)
    assert moved.filing.incoming_number == filing.incoming_number


def test_withdrawal_needs_a_reason_and_is_final(ctx: Any) -> None:
    filing = register_filing(ctx, load("picket")).filing
    with pytest.raises(InvalidInput):
        withdraw_filing(ctx, filing.id, "  ")
    withdrawn = withdraw_filing(ctx, filing.id, "organizer phoned to cancel").filing
    assert withdrawn.status is Status.WITHDRAWN
    assert withdrawn.history[-1].action is EventAction.WITHDRAWN
    assert withdrawn.history[-1].changes["status"] == {"old": "registered", "new": "withdrawn"}
    with pytest.raises(InvalidTransition):
        withdraw_filing(ctx, filing.id, "again")


def test_status_changes_follow_the_procedure(ctx: Any) -> None:
    filing = register_filing(ctx, load("march")).filing
    with pytest.raises(InvalidTransition):
        change_status(ctx, filing.id, Status.HELD)
    change_status(ctx, filing.id, Status.PROPOSAL_SENT, reason="another route proposed")
    change_status(ctx, filing.id, Status.PROPOSAL_DECLINED)
    with pytest.raises(InvalidTransition):
        change_status(ctx, filing.id, Status.DECIDED, Outcome.APPROVED)
    decided = change_status(ctx, filing.id, Status.DECIDED, Outcome.REFUSED, "art. 13 p.3").filing
    assert decided.outcome is Outcome.REFUSED
    assert [e.action for e in decided.history].count(EventAction.STATUS_CHANGED) == 3
    assert decided.registered_on == filing.registered_on
