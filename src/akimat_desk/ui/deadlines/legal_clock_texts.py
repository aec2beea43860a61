"""The words of the legal clock in the window: steps, their states and the clerk's next action (Qt
translations; the CLI and letters use the message catalogue's ``next_action.*`` keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from akimat_desk.domain.legal_clock import NextAction, StepKind, StepState

_C = "LegalClock"


def next_action_text(action: NextAction) -> str:
    t = QCoreApplication.translate
    return {
        NextAction.DECIDE: t(_C, "Take the decision"),
        NextAction.DELIVER_PROPOSAL: t(_C, "Send the proposal (the organizer's day runs from receipt)"),
        NextAction.AWAIT_ANSWER: t(_C, "Wait for the organizer's answer to the proposal"),
        NextAction.RECORD_ANSWER: t(_C, "Record the organizer's answer, or that none came"),
        NextAction.REFUSE_AFTER_PROPOSAL: t(_C, "Refuse (art. 11 p.3 / 13 p.3): the proposal was not accepted"),
        NextAction.DECIDE_AFTER_AGREEMENT: t(_C, "Decide on the agreed place and time"),
        NextAction.DISPATCH: t(_C, "Send the decision and record the dispatch"),
        NextAction.SEND_REGISTERED_COPY: t(_C, "Send the registered-mail copy of the e-mail / SMS answer"),
        NextAction.AWAIT_EVENT: t(_C, "Nothing to do until the event day"),
        NextAction.RECORD_EVENT: t(_C, "Record whether the event was held"),
        NextAction.NONE: t(_C, "Nothing left to do"),
    }[action]


def step_text(kind: StepKind) -> str:
    t = QCoreApplication.translate
    return {
        StepKind.REGISTERED: t(_C, "Registered"),
        StepKind.REVIEW: t(_C, "Review (3 / 7 working days)"),
        StepKind.PROPOSAL_ANSWER: t(_C, "Organizer's answer to the proposal (1 working day)"),
        StepKind.REFUSAL_AFTER_PROPOSAL: t(_C, "Refusal after the proposal was not accepted"),
        StepKind.DISPATCH: t(_C, "Decision sent to the organizer"),
        StepKind.REGISTERED_MAIL_COPY: t(_C, "Registered-mail copy of the e-mail / SMS answer"),
        StepKind.EVENT: t(_C, "Day of the peaceful assembly"),
    }[kind]


STATE_SYMBOL = {StepState.DONE: "✔", StepState.DUE: "●", StepState.OVERDUE: "!", StepState.WAITING: "…",
                StepState.LAPSED: "◆"}  # fmt: skip
"""Each state has its own shape as well as its words and colour (never colour alone)."""

STATE_COLOUR = {StepState.DONE: "#1b5e20", StepState.DUE: "#0d47a1", StepState.OVERDUE: "#b71c1c",
                StepState.WAITING: "#4e342e", StepState.LAPSED: "#4a148c"}  # fmt: skip
"""Text colours with at least 4.5:1 contrast on white (checked in tests/reminders/test_timeline_ui.py)."""


def state_text(state: StepState) -> str:
    t = QCoreApplication.translate
    return {
        StepState.DONE: t(_C, "done"),
        StepState.DUE: t(_C, "due"),
        StepState.OVERDUE: t(_C, "overdue"),
        StepState.WAITING: t(_C, "waiting"),
        StepState.LAPSED: t(_C, "passed unanswered: held as notified (art. 11 p.1)"),
    }[state]
