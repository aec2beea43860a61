"""The decision workflow's legal rules, enforced by the services (not only in the window)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from akimat_desk.domain.decisions import (
    DecisionKind,
    DecisionRequest,
    DispatchChannel,
    Ground,
    GroundReason,
    ProposalAnswer,
)
from akimat_desk.domain.errors import DomainError, InvalidInput, InvalidTransition
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Outcome, Status
from akimat_desk.services.deadlines.countdowns import clock_json, filing_clock
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.workflow import decide, dispatch_letter, record_delivery, record_proposal_answer
from akimat_desk.services.filings.registered import get_filing
from tests.conftest import EXAMPLES, register_on_receipt

K = DecisionKind


def filing(office: Any, name: str = "rally", received: str = "2026-11-16T10:00:00+05:00") -> Any:
    data = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    data["received_at"] = received
    data["starts_at"], data["ends_at"] = "2026-12-10T11:00:00", "2026-12-10T13:00:00"
    return register_on_receipt(office, data).filing


def at(office: Any, y: int, m: int, d: int, h: int = 6) -> Any:
    return replace(office, clock=lambda: datetime(y, m, d, h, 0, tzinfo=UTC))


def refuse(*grounds: tuple[Ground, str]) -> DecisionRequest:
    return DecisionRequest(K.REFUSE, tuple(GroundReason(g, r) for g, r in grounds))


def test_ground_10_is_refused_without_a_prior_proposal(office: Any) -> None:
    record = filing(office)
    with pytest.raises(InvalidInput) as info:
        decide(at(office, 2026, 11, 17), record.id, refuse((Ground.A14_10, "the square is booked for a concert")))
    assert info.value.code == "ground_10_needs_proposal"
    assert get_filing(office, record.id).status is Status.REGISTERED


def test_proposal_then_decline_then_refusal_citing_art_11_p3_and_ground_10(office: Any) -> None:
    record = filing(office)
    clerk = at(office, 2026, 11, 17)
    decided = decide(clerk, record.id, DecisionRequest(K.PROPOSE, proposal="Парк им. Ганди, 10 декабря 15:00-17:00"))
    assert decided.filing.status is Status.PROPOSAL_SENT and decided.decision.outcome is None
    issue_letter(clerk, record.id)
    dispatch_letter(clerk, record.id, [DispatchChannel.BY_HAND])
    proposal_deadline = [
        d for d in filing_clock(clerk, get_filing(clerk, record.id)).deadlines if d.kind == "proposal_answer"
    ]
    assert proposal_deadline[0].due_on == date(2026, 11, 18)  # one working day after receipt on the 17th
    assert clock_json(filing_clock(clerk, get_filing(clerk, record.id)))["countdown"]["deadline"] == "proposal_answer"
    record_proposal_answer(clerk, record.id, ProposalAnswer.DECLINED, DispatchChannel.EMAIL)
    with pytest.raises(InvalidInput) as info:
        decide(clerk, record.id, refuse((Ground.A14_10, "booked")))
    assert info.value.code == "refusal_after_proposal_cites_p3"
    with pytest.raises(InvalidTransition):
        decide(clerk, record.id, DecisionRequest(K.INFORM))
    final = decide(clerk, record.id, refuse((Ground.A11_3, "the organizer declined"), (Ground.A14_10, "booked")))
    assert final.filing.outcome is Outcome.REFUSED
    assert [g["code"] for g in final.decision.grounds] == ["A11-3", "A14-10"]


def test_agreement_to_a_proposal_blocks_a_refusal(office: Any) -> None:
    record = filing(office, "march")
    clerk = at(office, 2026, 11, 17)
    decide(clerk, record.id, DecisionRequest(K.PROPOSE, proposal="another route along Abay Ave"))
    record_proposal_answer(clerk, record.id, ProposalAnswer.ACCEPTED, DispatchChannel.BY_HAND)
    with pytest.raises(DomainError) as info:
        decide(clerk, record.id, refuse((Ground.A13_3, "x")))
    assert info.value.code in {"refusal_after_accepted_proposal", "ground_needs_declined_proposal"}
    assert decide(clerk, record.id, DecisionRequest(K.APPROVE)).filing.outcome is Outcome.APPROVED


def test_no_answer_only_after_the_working_day_ends(office: Any) -> None:
    record = filing(office)
    clerk = at(office, 2026, 11, 17)
    decide(clerk, record.id, DecisionRequest(K.PROPOSE, proposal="15:00 вместо 11:00"))
    issue_letter(clerk, record.id)
    with pytest.raises(InvalidInput) as info:
        record_proposal_answer(clerk, record.id, ProposalAnswer.NONE)
    assert info.value.code == "proposal_not_delivered"
    dispatch_letter(clerk, record.id, [DispatchChannel.REGISTERED_MAIL], tracking_number="RR1KZ")
    record_delivery(clerk, record.id, "RR1KZ", date(2026, 11, 19))  # answer due Fri 20 Nov
    with pytest.raises(InvalidInput) as info:
        record_proposal_answer(at(office, 2026, 11, 20, 12), record.id, ProposalAnswer.NONE)
    assert info.value.code == "answer_period_running"
    answered = record_proposal_answer(at(office, 2026, 11, 20, 14), record.id, ProposalAnswer.NONE)  # 19:00 Almaty
    after = answered.filing
    assert after.status is Status.PROPOSAL_UNANSWERED


def test_email_dispatch_without_registered_mail_is_refused(office: Any) -> None:
    record = filing(office)
    clerk = at(office, 2026, 11, 17)
    decide(clerk, record.id, DecisionRequest(K.INFORM))
    issue_letter(clerk, record.id)
    with pytest.raises(InvalidInput) as info:
        dispatch_letter(clerk, record.id, [DispatchChannel.EMAIL], address="x@example.kz")
    assert info.value.code == "registered_mail_required"
    with pytest.raises(InvalidInput):
        dispatch_letter(clerk, record.id, [DispatchChannel.REGISTERED_MAIL])  # no tracking number
    dispatch_letter(clerk, record.id, [DispatchChannel.REGISTERED_MAIL], tracking_number="RR2KZ")
    sent = dispatch_letter(clerk, record.id, [DispatchChannel.MOBILE], address="+77017654321").dispatches
    assert [d.channel for d in sent] == ["mobile"]
    assert get_filing(clerk, record.id).history[-1].action is EventAction.DISPATCHED


def test_a_decision_after_the_review_deadline_is_allowed_but_marked_late(office: Any) -> None:
    record = filing(office)  # registered Mon 16 Nov, review deadline Thu 19 Nov
    on_time = decide(at(office, 2026, 11, 19, 13), record.id, DecisionRequest(K.INFORM))  # 18:00 Almaty
    assert on_time.decision.late is False
    other = filing(office, received="2026-11-16T11:00:00+05:00")
    late = decide(at(office, 2026, 11, 19, 14), other.id, DecisionRequest(K.INFORM))  # 19:00 Almaty
    assert late.decision.late is True
    assert late.filing.history[-1].changes["decision"]["late"] is True


@pytest.mark.parametrize(
    ("request_", "code"),
    [
        (DecisionRequest(K.REFUSE), "refusal_needs_ground"),
        (refuse((Ground.A14_5, "  ")), "ground_reason_missing"),
        (refuse((Ground.A13_3, "x")), "ground_not_for_kind"),
        (refuse((Ground.A11_3, "x")), "ground_needs_declined_proposal"),
        (refuse((Ground.A14_1, "a"), (Ground.A14_1, "b")), "ground_repeated"),
        (DecisionRequest(K.APPROVE), "decision_not_for_kind"),
        (DecisionRequest(K.PROPOSE), "proposal_text_required"),
        (DecisionRequest(K.INFORM, proposal="x"), "proposal_only_with_propose"),
        (DecisionRequest(K.INFORM, grounds=(GroundReason(Ground.A14_1, "x"),)), "grounds_only_with_refusal"),
        (DecisionRequest(K.OUT_OF_SCOPE), "out_of_scope_needs_remarks"),
    ],
)
def test_bad_decisions_are_refused_and_change_nothing(office: Any, request_: DecisionRequest, code: str) -> None:
    record = filing(office)
    with pytest.raises(InvalidInput) as info:
        decide(office, record.id, request_)
    assert info.value.code == code
    after = get_filing(office, record.id)
    assert after.status is Status.REGISTERED and len(after.history) == 1


def test_out_of_scope_and_refusal_outcomes(office: Any) -> None:
    a = decide(office, filing(office).id, DecisionRequest(K.OUT_OF_SCOPE, remarks="An indoor meeting (art. 2 p.5)"))
    assert a.filing.outcome is Outcome.OUT_OF_SCOPE
    b = decide(office, filing(office).id, refuse((Ground.A14_4, "filed on 16.11, last day 03.12")))
    assert b.filing.outcome is Outcome.REFUSED and b.decision.grounds[0]["reason"].startswith("filed")
