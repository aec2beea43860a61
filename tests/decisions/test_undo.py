"""Issue 22 item 5: a decision or a dispatch is undone within the minute it was recorded by a correcting history
entry with its reason; nothing is deleted, the filing's status goes back, and every reader passes over it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, DispatchChannel
from akimat_desk.domain.errors import InvalidInput, PermissionDenied
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Principal, Role
from akimat_desk.services.deadlines.countdowns import filing_clock
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.undo import undo_decision, undo_dispatch
from akimat_desk.services.decisions.workflow import answers_json, decide, decisions_of, dispatch_letter
from akimat_desk.services.filings.register_view import today_dashboard
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.messages import error_message
from akimat_desk.services.office.audit import verify_history
from tests.conftest import EXAMPLES, register_on_receipt

DECIDED_AT = datetime(2026, 11, 19, 6, 0, 0, tzinfo=UTC)  # 11:00:00 in Almaty, the review deadline's day


def filing(office: Any) -> Any:
    data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
    data["received_at"] = "2026-11-16T10:00:00+05:00"
    data["starts_at"], data["ends_at"] = "2026-12-10T11:00:00", "2026-12-10T13:00:00"
    return register_on_receipt(office, data).filing


def at(office: Any, seconds: float, principal: Principal | None = None) -> Any:
    """``office`` with its clock ``seconds`` after the decision's instant (and, if given, another user)."""
    from datetime import timedelta

    moment = DECIDED_AT + timedelta(seconds=seconds)
    return replace(office, clock=lambda: moment, principal=principal or office.principal)


def history(office: Any, fid: int) -> list[Any]:
    return list(get_filing(office, fid).history)


def test_a_decision_undone_within_its_minute_goes_back_with_a_correcting_entry(office: Any) -> None:
    record = filing(office)
    decided = decide(at(office, 0), record.id, DecisionRequest(DecisionKind.INFORM))
    assert decided.filing.status is Status.DECIDED
    undone = undo_decision(at(office, 59), record.id, decided.decision.id, "  wrong filing opened  ")
    assert undone.filing.status is Status.REGISTERED and undone.filing.outcome is None
    last = history(office, record.id)[-1]
    assert last.action is EventAction.DECISION_UNDONE and last.reason == "wrong filing opened"
    assert last.changes["undoes"]["decision"] == decided.decision.id
    assert last.changes["status"] == {"old": "decided", "new": "registered"}
    assert decisions_of(office, record.id) == []  # the row stays but is no longer the filing's decision
    assert answers_json(office, get_filing(office, record.id))["decisions"] == []
    report = verify_history(at(office, 60))
    assert report.intact, report
    again = decide(at(office, 120), record.id, DecisionRequest(DecisionKind.INFORM))  # the review goes on
    assert again.filing.status is Status.DECIDED and [d.id for d in decisions_of(office, record.id)] == [
        again.decision.id
    ]


def test_after_the_minute_the_undo_is_refused_and_the_register_untouched(office: Any) -> None:
    record = filing(office)
    decided = decide(at(office, 0), record.id, DecisionRequest(DecisionKind.INFORM))
    entries = len(history(office, record.id))
    with pytest.raises(InvalidInput) as info:
        undo_decision(at(office, 60), record.id, decided.decision.id, "late second thoughts")
    assert info.value.code == "undo_decision_too_late"
    assert "11:00" in error_message(info.value, "en") and "Correct" in error_message(info.value, "en")
    assert "Қайтару уақыты өтті" in error_message(info.value, "kk")
    assert "Время отмены прошло" in error_message(info.value, "ru")
    assert get_filing(office, record.id).status is Status.DECIDED
    assert len(history(office, record.id)) == entries and len(decisions_of(office, record.id)) == 1


def test_an_empty_reason_is_refused_naming_the_field(office: Any) -> None:
    record = filing(office)
    decided = decide(at(office, 0), record.id, DecisionRequest(DecisionKind.INFORM))
    with pytest.raises(InvalidInput) as info:
        undo_decision(at(office, 5), record.id, decided.decision.id, "   ")
    assert (info.value.code, info.value.field) == ("undo_reason_required", "reason")
    assert "Reason for the undo" in error_message(info.value, "en")
    assert "Причина отмены" in error_message(info.value, "ru") and "Қайтару себебі" in error_message(info.value, "kk")
    assert get_filing(office, record.id).status is Status.DECIDED


def test_only_the_recorder_or_the_administrator_with_the_permission_may_undo(office: Any) -> None:
    record = filing(office)
    executor = Principal("ким", frozenset({Role.EXECUTOR}))
    clerk = replace(at(office, 0, executor), actor="ким")
    decided = decide(clerk, record.id, DecisionRequest(DecisionKind.INFORM))
    viewer = replace(at(office, 5, Principal("guest", frozenset({Role.VIEWER}))), actor="guest")
    with pytest.raises(PermissionDenied):
        undo_decision(viewer, record.id, decided.decision.id, "not mine")
    colleague = replace(at(office, 5, Principal("ли", frozenset({Role.SIGNATORY}))), actor="ли")
    with pytest.raises(PermissionDenied) as info:
        undo_decision(colleague, record.id, decided.decision.id, "not mine")
    assert info.value.code == "undo_not_yours" and "ким" in error_message(info.value, "en")
    assert get_filing(office, record.id).status is Status.DECIDED
    admin = replace(at(office, 10, Principal("boss", frozenset({Role.ADMINISTRATOR}))), actor="boss")
    assert undo_decision(admin, record.id, decided.decision.id, "the clerk's slip").filing.status is Status.REGISTERED


def test_a_numbered_letter_keeps_its_decision(office: Any) -> None:
    record = filing(office)
    decided = decide(at(office, 0), record.id, DecisionRequest(DecisionKind.INFORM))
    number = issue_letter(at(office, 10), record.id, "kk").letter.outgoing_number
    with pytest.raises(InvalidInput) as info:
        undo_decision(at(office, 20), record.id, decided.decision.id, "slip")
    assert info.value.code == "undo_decision_letter_issued" and number in error_message(info.value, "ru")
    assert get_filing(office, record.id).status is Status.DECIDED


def test_the_today_list_and_the_legal_clock_ignore_an_undone_decision(office: Any) -> None:
    record = filing(office)

    def due_today(seconds: float) -> dict[int, str]:
        """The Today list's "due today" rows with what the clerk must do next for each."""
        dashboard = today_dashboard(at(office, seconds))
        return {row.id: str(dashboard.next_actions[row.id]) for row in dashboard.buckets["due_today"]}

    assert due_today(0) == {record.id: "decide"}  # the review deadline is today
    decided = decide(at(office, 0), record.id, DecisionRequest(DecisionKind.INFORM))
    assert due_today(1) == {record.id: "dispatch"}
    undo_decision(at(office, 30), record.id, decided.decision.id, "slip")
    assert due_today(31) == {record.id: "decide"}
    assert get_filing(office, record.id).status is Status.REGISTERED


def test_a_dispatch_undone_within_its_minute_counts_as_not_sent(office: Any) -> None:
    record = filing(office)
    decide(at(office, 0), record.id, DecisionRequest(DecisionKind.INFORM))
    issue_letter(at(office, 5), record.id, "kk")
    sent = dispatch_letter(
        at(office, 10), record.id, [DispatchChannel.EMAIL, DispatchChannel.REGISTERED_MAIL], "RR1KZ", "a@b.kz"
    )
    assert answers_json(office, get_filing(office, record.id))["answer_sent_within_review_deadline"] is True
    undo_dispatch(at(office, 40), record.id, sent.dispatches[0].id, "the envelope is still on my desk")
    shown = answers_json(office, get_filing(office, record.id))
    assert shown["letters"][0]["dispatches"] == [] and shown["answer_sent_within_review_deadline"] is None
    last = history(office, record.id)[-1]
    assert last.action is EventAction.DISPATCH_UNDONE and last.reason == "the envelope is still on my desk"
    assert sorted(last.changes["undoes"]["dispatches"]) == sorted(d.id for d in sent.dispatches)
    assert verify_history(at(office, 50)).intact
    again = dispatch_letter(at(office, 70), record.id, [DispatchChannel.BY_HAND])  # recorded anew, as it happened
    with pytest.raises(InvalidInput) as info:
        undo_dispatch(at(office, 130), record.id, again.dispatches[0].id, "too late")
    assert info.value.code == "undo_dispatch_too_late"
    assert len(answers_json(office, get_filing(office, record.id))["letters"][0]["dispatches"]) == 1


def test_undoing_a_proposals_dispatch_stops_its_answer_clock(office: Any) -> None:
    record = filing(office)
    decide(at(office, 0), record.id, DecisionRequest(DecisionKind.PROPOSE, proposal="Парк, 10.12 15:00"))
    issue_letter(at(office, 5), record.id)
    sent = dispatch_letter(at(office, 10), record.id, [DispatchChannel.BY_HAND])

    def kinds() -> set[str]:
        return {str(d.kind) for d in filing_clock(office, get_filing(office, record.id)).deadlines}

    assert "proposal_answer" in kinds()
    undo_dispatch(at(office, 20), record.id, sent.dispatches[0].id, "handed to the wrong person")
    assert "proposal_answer" not in kinds()
    assert verify_history(at(office, 30)).intact
