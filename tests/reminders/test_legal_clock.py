"""The whole legal clock of a filing as one chain (issue 22 item 1): each step's day, done or due, and the
clerk's next action, for a notification, an application with a declined proposal, and an e-mail answer
waiting for its registered-mail copy."""

from __future__ import annotations

from datetime import date
from typing import Any

from akimat_desk.domain.decisions import (
    DecisionKind,
    DecisionRequest,
    DispatchChannel,
    Ground,
    GroundReason,
    ProposalAnswer,
)
from akimat_desk.domain.legal_clock import NextAction, StepKind, StepState
from akimat_desk.services.deadlines.legal_clock import chain_json, filing_chain
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.workflow import decide, dispatch_letter, record_proposal_answer
from tests.reminders.conftest import at, file_one

K = DecisionKind


def days(chain: Any) -> dict[str, tuple[str, date | None, date | None]]:
    return {s.kind.value: (s.state.value, s.due_on, s.done_on) for s in chain.steps}


def test_a_notification_chain_runs_from_registration_to_the_event(office: Any) -> None:
    record = file_one(office)  # rally = notification, registered Mon 16.11.2026
    chain = filing_chain(at(office, 2026, 11, 17), record.id)
    assert days(chain) == {
        "registered": ("done", date(2026, 11, 16), date(2026, 11, 16)),
        "review": ("due", date(2026, 11, 19), None),  # the 3rd working day
        "event": ("due", date(2026, 12, 10), None),
    }
    assert chain.next_action is NextAction.DECIDE and chain.next_due == date(2026, 11, 19)
    lapsed = filing_chain(at(office, 2026, 11, 20), record.id)
    assert lapsed.step(StepKind.REVIEW).state is StepState.LAPSED  # held as notified (art. 11 p.1)
    clerk = at(office, 2026, 11, 18)
    decide(clerk, record.id, DecisionRequest(K.INFORM))
    issue_letter(clerk, record.id)
    dispatch_letter(clerk, record.id, [DispatchChannel.BY_HAND])
    done = filing_chain(clerk, record.id)
    assert days(done)["review"] == ("done", date(2026, 11, 19), date(2026, 11, 18))
    assert days(done)["dispatch"] == ("done", date(2026, 11, 19), date(2026, 11, 18))
    assert done.next_action is NextAction.AWAIT_EVENT and done.next_due == date(2026, 12, 10)


def test_an_application_whose_proposal_was_declined_must_be_refused(office: Any) -> None:
    record = file_one(office, "march", event="2026-12-17")  # application: 7 working days, due Wed 25.11
    clerk = at(office, 2026, 11, 17)
    decide(clerk, record.id, DecisionRequest(K.PROPOSE, proposal="Маршрут по проспекту Абая"))
    issue_letter(clerk, record.id)
    waiting = filing_chain(clerk, record.id)
    assert waiting.next_action is NextAction.DELIVER_PROPOSAL
    dispatch_letter(clerk, record.id, [DispatchChannel.BY_HAND])
    answer = filing_chain(clerk, record.id)
    assert days(answer)["proposal_answer"] == ("due", date(2026, 11, 18), None)  # 1 working day from receipt
    assert answer.next_action is NextAction.AWAIT_ANSWER
    record_proposal_answer(at(office, 2026, 11, 18), record.id, ProposalAnswer.DECLINED, DispatchChannel.BY_HAND)
    declined = filing_chain(at(office, 2026, 11, 18), record.id)
    assert days(declined)["review"] == ("done", date(2026, 11, 25), date(2026, 11, 17))
    assert days(declined)["proposal_answer"] == ("done", date(2026, 11, 18), date(2026, 11, 18))
    assert days(declined)["refusal_after_proposal"] == ("due", date(2026, 11, 25), None)
    assert declined.next_action is NextAction.REFUSE_AFTER_PROPOSAL
    refused = decide(
        at(office, 2026, 11, 19),
        record.id,
        DecisionRequest(K.REFUSE, (GroundReason(Ground.A13_3, "Организатор не согласился"),)),
    )
    assert refused.filing.outcome == "refused"
    after = filing_chain(at(office, 2026, 11, 19), record.id)
    assert days(after)["refusal_after_proposal"][0] == "done"
    assert after.next_action is NextAction.DISPATCH and after.next_due == date(2026, 11, 25)
    assert chain_json(after)["steps"][3]["article"] == "art. 11 p.3 / 13 p.3"


def test_an_email_answer_waits_for_its_registered_mail_copy(office: Any) -> None:
    record = file_one(office)
    clerk = at(office, 2026, 11, 17)  # Tue
    decide(clerk, record.id, DecisionRequest(K.INFORM))
    issue_letter(clerk, record.id)
    dispatch_letter(clerk, record.id, [DispatchChannel.EMAIL], address="org@example.kz", registered_copy_follows=True)
    chain = filing_chain(at(office, 2026, 11, 18), record.id)
    assert days(chain)["dispatch"] == ("done", date(2026, 11, 19), date(2026, 11, 17))
    assert days(chain)["registered_mail_copy"] == ("due", date(2026, 11, 18), None)  # the next working day
    assert chain.next_action is NextAction.SEND_REGISTERED_COPY
    assert filing_chain(at(office, 2026, 11, 19), record.id).step(StepKind.REGISTERED_MAIL_COPY).state is (
        StepState.OVERDUE
    )
    dispatch_letter(at(office, 2026, 11, 19), record.id, [DispatchChannel.REGISTERED_MAIL], tracking_number="RR9KZ")
    mailed = filing_chain(at(office, 2026, 11, 19), record.id)
    assert days(mailed)["registered_mail_copy"] == ("done", date(2026, 11, 18), date(2026, 11, 19))
    assert mailed.next_action is NextAction.AWAIT_EVENT
