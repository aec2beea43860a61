"""The whole legal clock of a filing as one chain of steps (pure Python, no I/O).

registration -> review (3 / 7 working days, art. 11 p.1 / 13 p.1) -> [a proposal -> the organizer's one working
day from receipt (art. 11 p.3 / 13 p.3) -> the refusal the law then requires] -> the dispatch of the decision by
the channels chosen (art. 11 p.2 / 13 p.2) -> the registered-mail copy after an e-mail or SMS answer -> the event day.

Each step carries the day it is due (or None while it cannot be known yet, e.g. the answer period before the
proposal reached the organizer), the day it was done, and a state. The chain names the one thing the clerk must
do next (``NextAction``). Codes only; the words live in the message catalogue and the Qt translations.

Rules chosen where the law is silent (documented in docs/reminders.md):
* the refusal after a declined or unanswered proposal is due on the review deadline, or, when that has
  passed, on the first working day after the answer (or after the answer period ended);
* the decision letter is due to be sent by the review deadline (or the refusal's due day);
* the registered-mail copy of an e-mail / SMS answer is due on the next working day after it went out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from akimat_desk.domain.deadlines import NOTIFICATION, WorkCalendar


class StepKind(StrEnum):
    REGISTERED = "registered"
    REVIEW = "review"
    PROPOSAL_ANSWER = "proposal_answer"
    REFUSAL_AFTER_PROPOSAL = "refusal_after_proposal"
    DISPATCH = "dispatch"
    REGISTERED_MAIL_COPY = "registered_mail_copy"
    EVENT = "event"


class StepState(StrEnum):
    DONE = "done"
    DUE = "due"  # pending, its day is today or later
    OVERDUE = "overdue"  # pending, its day has passed
    WAITING = "waiting"  # pending on the organizer or the post, no day yet
    LAPSED = "lapsed"  # a notification's review passed without an answer: held as notified (art. 11 p.1)


class NextAction(StrEnum):
    DECIDE = "decide"
    DELIVER_PROPOSAL = "deliver_proposal"
    AWAIT_ANSWER = "await_answer"
    RECORD_ANSWER = "record_answer"
    REFUSE_AFTER_PROPOSAL = "refuse_after_proposal"
    DECIDE_AFTER_AGREEMENT = "decide_after_agreement"
    DISPATCH = "dispatch"
    SEND_REGISTERED_COPY = "send_registered_copy"
    AWAIT_EVENT = "await_event"
    RECORD_EVENT = "record_event"
    NONE = "none"


ARTICLES: dict[StepKind, str] = {
    StepKind.REGISTERED: "art. 10 / 12",
    StepKind.REVIEW: "art. 11 p.1 / 13 p.1",
    StepKind.PROPOSAL_ANSWER: "art. 11 p.3 / 13 p.3",
    StepKind.REFUSAL_AFTER_PROPOSAL: "art. 11 p.3 / 13 p.3",
    StepKind.DISPATCH: "art. 11 p.2 / 13 p.2",
    StepKind.REGISTERED_MAIL_COPY: "art. 11 p.2 / 13 p.2",
    StepKind.EVENT: "art. 10 / 12",
}

ELECTRONIC_CHANNELS = frozenset({"email", "mobile"})
REGISTERED_MAIL = "registered_mail"


@dataclass(frozen=True, slots=True)
class Dispatch:
    """One channel a letter went out by, and the office-local day it went."""

    channel: str
    day: date


@dataclass(frozen=True, slots=True)
class ClockFacts:
    """What the register knows of a filing, reduced to days (office-local).

    ``proposed_on``: the day a proposal was decided; ``proposal_dispatches``: how its letter went out;
    ``answer_due``: the stored end of the organizer's day (None until the proposal reached him); ``answer``:
    "accepted" | "declined" | "none" once recorded, on ``answered_on``; ``decided_on``: the final decision's
    day (not the proposal), ``final_outcome`` its outcome; ``dispatches``: the final letter's channels;
    ``event_closed``: the event was recorded as held / not held / terminated / withdrawn;
    ``decided_unrecorded``: the status was set to decided (or beyond) without a decision record, e.g. by an
    import: the review counts as answered on an unknown day and no letter is asked for.
    """

    kind: str
    registered_on: date
    review_due: date
    event_day: date | None = None
    proposed_on: date | None = None
    proposal_dispatches: tuple[Dispatch, ...] = ()
    answer_due: date | None = None
    answer: str | None = None
    answered_on: date | None = None
    decided_on: date | None = None
    final_outcome: str | None = None
    dispatches: tuple[Dispatch, ...] = ()
    event_closed: bool = False
    withdrawn: bool = False
    decided_unrecorded: bool = False  # the status says decided, but no decision was recorded (old registers)


@dataclass(frozen=True, slots=True)
class Step:
    kind: StepKind
    state: StepState
    due_on: date | None
    done_on: date | None = None
    detail: str | None = None  # a code: the answer, the outcome, the channels joined by "+"

    @property
    def article(self) -> str:
        return ARTICLES[self.kind]

    @property
    def pending(self) -> bool:
        return self.state in (StepState.DUE, StepState.OVERDUE, StepState.WAITING)


@dataclass(frozen=True, slots=True)
class LegalChain:
    steps: tuple[Step, ...]
    next_action: NextAction
    next_due: date | None  # the day the next action is due (None: no day, e.g. waiting for the post)

    def step(self, kind: StepKind) -> Step | None:
        return next((s for s in self.steps if s.kind is kind), None)

    @property
    def overdue(self) -> bool:
        return any(s.state is StepState.OVERDUE for s in self.steps)


def _pending(kind: StepKind, due: date | None, today: date, detail: str | None = None) -> Step:
    if due is None:
        return Step(kind, StepState.WAITING, None, detail=detail)
    return Step(kind, StepState.OVERDUE if due < today else StepState.DUE, due, detail=detail)


def _channels(dispatches: tuple[Dispatch, ...]) -> str:
    return "+".join(sorted({d.channel for d in dispatches}))


def _review_step(f: ClockFacts, today: date) -> Step:
    first = f.proposed_on or f.decided_on
    if f.decided_unrecorded and first is None:
        return Step(StepKind.REVIEW, StepState.DONE, f.review_due, None, f.final_outcome)
    if first is not None:
        return Step(StepKind.REVIEW, StepState.DONE, f.review_due, first, "propose" if f.proposed_on else None)
    if f.kind == NOTIFICATION and f.review_due < today:
        return Step(StepKind.REVIEW, StepState.LAPSED, f.review_due)
    return _pending(StepKind.REVIEW, f.review_due, today)


def _proposal_steps(f: ClockFacts, today: date, cal: WorkCalendar) -> list[Step]:
    if f.proposed_on is None:
        return []
    if f.answer is not None:
        steps = [Step(StepKind.PROPOSAL_ANSWER, StepState.DONE, f.answer_due, f.answered_on, f.answer)]
    else:
        steps = [_pending(StepKind.PROPOSAL_ANSWER, f.answer_due, today)]
    if f.answer in ("declined", "none"):
        after = f.answered_on or f.answer_due or today
        due = f.review_due if f.review_due >= after else cal.add_working_days(after, 1)
        if f.decided_on is not None:
            steps.append(Step(StepKind.REFUSAL_AFTER_PROPOSAL, StepState.DONE, due, f.decided_on, f.final_outcome))
        else:
            steps.append(_pending(StepKind.REFUSAL_AFTER_PROPOSAL, due, today))
    return steps


def _dispatch_steps(f: ClockFacts, today: date, cal: WorkCalendar, due: date) -> list[Step]:
    if f.decided_on is None:
        return []
    if not f.dispatches:
        return [_pending(StepKind.DISPATCH, max(due, f.decided_on), today, f.final_outcome)]
    first = min(d.day for d in f.dispatches)
    steps = [Step(StepKind.DISPATCH, StepState.DONE, max(due, f.decided_on), first, _channels(f.dispatches))]
    electronic = [d.day for d in f.dispatches if d.channel in ELECTRONIC_CHANNELS]
    if electronic:
        copy_due = cal.add_working_days(min(electronic), 1)
        mailed = [d.day for d in f.dispatches if d.channel == REGISTERED_MAIL]
        if mailed:
            steps.append(Step(StepKind.REGISTERED_MAIL_COPY, StepState.DONE, copy_due, min(mailed)))
        else:
            steps.append(_pending(StepKind.REGISTERED_MAIL_COPY, copy_due, today))
    return steps


def _event_step(f: ClockFacts, today: date) -> Step | None:
    if f.event_day is None:
        return None
    if f.event_closed:
        return Step(StepKind.EVENT, StepState.DONE, f.event_day, f.event_day)
    return Step(StepKind.EVENT, StepState.OVERDUE if f.event_day < today else StepState.DUE, f.event_day)


def legal_chain(facts: ClockFacts, today: date, cal: WorkCalendar) -> LegalChain:
    """The chain of ``facts`` seen on the office-local day ``today``, and what the clerk must do next."""
    review = _review_step(facts, today)
    steps = [Step(StepKind.REGISTERED, StepState.DONE, facts.registered_on, facts.registered_on), review]
    steps += _proposal_steps(facts, today, cal)
    refusal = next((s for s in steps if s.kind is StepKind.REFUSAL_AFTER_PROPOSAL), None)
    steps += _dispatch_steps(facts, today, cal, refusal.due_on if refusal and refusal.due_on else facts.review_due)
    event = _event_step(facts, today)
    if event is not None:
        steps.append(event)
    action, due = _next_action(facts, steps, today)
    return LegalChain(tuple(steps), action, due)


_ACTION_OF: dict[StepKind, NextAction] = {
    StepKind.REVIEW: NextAction.DECIDE,
    StepKind.REFUSAL_AFTER_PROPOSAL: NextAction.REFUSE_AFTER_PROPOSAL,
    StepKind.DISPATCH: NextAction.DISPATCH,
    StepKind.REGISTERED_MAIL_COPY: NextAction.SEND_REGISTERED_COPY,
}


def _next_action(f: ClockFacts, steps: list[Step], today: date) -> tuple[NextAction, date | None]:
    if f.withdrawn:
        return NextAction.NONE, None
    for step in steps:
        if step.kind is StepKind.PROPOSAL_ANSWER and step.pending:
            if step.due_on is None:
                return NextAction.DELIVER_PROPOSAL, None
            late = step.state is StepState.OVERDUE
            return (NextAction.RECORD_ANSWER if late else NextAction.AWAIT_ANSWER), step.due_on
        owed = step.pending or step.state is StepState.LAPSED  # a late decision is still owed
        if owed and step.kind in _ACTION_OF:
            return _ACTION_OF[step.kind], step.due_on
    if f.answer == "accepted" and f.decided_on is None:
        return NextAction.DECIDE_AFTER_AGREEMENT, f.review_due
    event = next((s for s in steps if s.kind is StepKind.EVENT), None)
    if event is not None and event.pending:
        if f.final_outcome in ("refused", "out_of_scope"):
            return NextAction.NONE, None
        return (
            NextAction.RECORD_EVENT if event.due_on and event.due_on < today else NextAction.AWAIT_EVENT
        ), event.due_on
    return NextAction.NONE, None
