"""The words of the legal clock in the window: steps, their states and the clerk's next action (Qt
translations; the CLI and letters use the message catalogue's ``next_action.*`` keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from akimat_desk.domain.legal_clock import NextAction, StepKind, StepState


def next_action_text(action: NextAction) -> str:
    return {
        NextAction.DECIDE: QCoreApplication.translate("LegalClock", "Take the decision"),
        NextAction.DELIVER_PROPOSAL: QCoreApplication.translate(
            "LegalClock", "Send the proposal (the organizer's day runs from receipt)"
        ),
        NextAction.AWAIT_ANSWER: QCoreApplication.translate(
            "LegalClock", "Wait for the organizer's answer to the proposal"
        ),
        NextAction.RECORD_ANSWER: QCoreApplication.translate(
            "LegalClock", "Record the organizer's answer, or that none came"
        ),
        NextAction.REFUSE_AFTER_PROPOSAL: QCoreApplication.translate(
            "LegalClock", "Refuse (art. 11 p.3 / 13 p.3): the proposal was not accepted"
        ),
        NextAction.DECIDE_AFTER_AGREEMENT: QCoreApplication.translate(
            "LegalClock", "Decide on the agreed place and time"
        ),
        NextAction.DISPATCH: QCoreApplication.translate("LegalClock", "Send the decision and record the dispatch"),
        NextAction.SEND_REGISTERED_COPY: QCoreApplication.translate(
            "LegalClock", "Send the registered-mail copy of the e-mail / SMS answer"
        ),
        NextAction.AWAIT_EVENT: QCoreApplication.translate("LegalClock", "Nothing to do until the event day"),
        NextAction.RECORD_EVENT: QCoreApplication.translate("LegalClock", "Record whether the event was held"),
        NextAction.NONE: QCoreApplication.translate("LegalClock", "Nothing left to do"),
    }[action]


def step_text(kind: StepKind) -> str:
    return {
        StepKind.REGISTERED: QCoreApplication.translate("LegalClock", "Registered"),
        StepKind.REVIEW: QCoreApplication.translate("LegalClock", "Review (3 / 7 working days)"),
        StepKind.PROPOSAL_ANSWER: QCoreApplication.translate(
            "LegalClock", "Organizer's answer to the proposal (1 working day)"
        ),
        StepKind.REFUSAL_AFTER_PROPOSAL: QCoreApplication.translate(
            "LegalClock", "Refusal after the proposal was not accepted"
        ),
        StepKind.DISPATCH: QCoreApplication.translate("LegalClock", "Decision sent to the organizer"),
        StepKind.REGISTERED_MAIL_COPY: QCoreApplication.translate(
            "LegalClock", "Registered-mail copy of the e-mail / SMS answer"
        ),
        StepKind.EVENT: QCoreApplication.translate("LegalClock", "Day of the peaceful assembly"),
    }[kind]


STATE_SYMBOL = {
    StepState.DONE: "✔",
    StepState.DUE: "●",
    StepState.OVERDUE: "!",
    StepState.WAITING: "…",
    StepState.LAPSED: "◆",
}
"""Each state has its own shape as well as its words and colour (never colour alone)."""

STATE_COLOUR = {
    StepState.DONE: "#1b5e20",
    StepState.DUE: "#0d47a1",
    StepState.OVERDUE: "#b71c1c",
    StepState.WAITING: "#4e342e",
    StepState.LAPSED: "#4a148c",
}
"""Text colours with at least 4.5:1 contrast on white (checked in tests/reminders/test_timeline_ui.py)."""


def state_text(state: StepState) -> str:
    return {
        StepState.DONE: QCoreApplication.translate("LegalClock", "done"),
        StepState.DUE: QCoreApplication.translate("LegalClock", "due"),
        StepState.OVERDUE: QCoreApplication.translate("LegalClock", "overdue"),
        StepState.WAITING: QCoreApplication.translate("LegalClock", "waiting"),
        StepState.LAPSED: QCoreApplication.translate("LegalClock", "passed unanswered: held as notified (art. 11 p.1)"),
    }[state]


def article_text(kind: StepKind) -> str:
    """The article of the law behind a step, cited in the window's language."""
    return {
        StepKind.REGISTERED: QCoreApplication.translate("LegalClock", "art. 10 / 12"),
        StepKind.REVIEW: QCoreApplication.translate("LegalClock", "art. 11 p.1 / 13 p.1"),
        StepKind.PROPOSAL_ANSWER: QCoreApplication.translate("LegalClock", "art. 11 p.3 / 13 p.3"),
        StepKind.REFUSAL_AFTER_PROPOSAL: QCoreApplication.translate("LegalClock", "art. 11 p.3 / 13 p.3"),
        StepKind.DISPATCH: QCoreApplication.translate("LegalClock", "art. 11 p.2 / 13 p.2"),
        StepKind.REGISTERED_MAIL_COPY: QCoreApplication.translate("LegalClock", "art. 11 p.2 / 13 p.2"),
        StepKind.EVENT: QCoreApplication.translate("LegalClock", "art. 10 / 12"),
    }[kind]
