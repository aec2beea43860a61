"""Statuses of a filing and the transitions the law's procedure allows (arts 11, 13, 17, 18).

A decision is the status ``decided`` together with an ``Outcome``; which outcomes exist depends on the kind
(art. 11 p.1 for notifications, art. 13 p.1 for applications). A proposal of another place, route or time
(art. 11 p.1 sub. 3, art. 13 p.1 sub. 4) is the status ``proposal_sent``; the organizer then has one working
day to agree (art. 11 p.3, 13 p.3). If he agrees the akimat may not refuse; if he declines or does not answer,
the only decision left is a refusal.
"""

from __future__ import annotations

from enum import StrEnum

from akimat_desk.domain.assemblies import FilingKind
from akimat_desk.domain.errors import InvalidTransition


class Status(StrEnum):
    REGISTERED = "registered"
    UNDER_REVIEW = "under_review"
    DECIDED = "decided"
    PROPOSAL_SENT = "proposal_sent"
    PROPOSAL_ACCEPTED = "proposal_accepted"
    PROPOSAL_DECLINED = "proposal_declined"
    PROPOSAL_UNANSWERED = "proposal_unanswered"
    WITHDRAWN = "withdrawn"
    HELD = "held"
    NOT_HELD = "not_held"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class Outcome(StrEnum):
    """What a decision says. ``refused`` is on art. 14 grounds or, after a proposal, on art. 11/13 p.3."""

    INFORMED = "informed"  # art. 11 p.1 sub. 1: held as notified
    INFORMED_WITH_CONDITIONS = "informed_with_conditions"  # sub. 1: without structures / sound equipment
    APPROVED = "approved"  # art. 13 p.1 sub. 1
    APPROVED_WITHOUT_SOUND_AND_VEHICLES = "approved_without_sound_and_vehicles"  # art. 13 p.1 sub. 2
    REFUSED = "refused"  # art. 11 p.1 sub. 2 / art. 13 p.1 sub. 3, or art. 11 p.3 / 13 p.3
    OUT_OF_SCOPE = "out_of_scope"  # art. 2 p.5: the law does not apply


OUTCOMES_BY_KIND: dict[FilingKind, frozenset[Outcome]] = {
    FilingKind.NOTIFICATION: frozenset(
        {Outcome.INFORMED, Outcome.INFORMED_WITH_CONDITIONS, Outcome.REFUSED, Outcome.OUT_OF_SCOPE}
    ),
    FilingKind.APPLICATION: frozenset(
        {Outcome.APPROVED, Outcome.APPROVED_WITHOUT_SOUND_AND_VEHICLES, Outcome.REFUSED, Outcome.OUT_OF_SCOPE}
    ),
}

POSITIVE_OUTCOMES = frozenset(
    {
        Outcome.INFORMED,
        Outcome.INFORMED_WITH_CONDITIONS,
        Outcome.APPROVED,
        Outcome.APPROVED_WITHOUT_SOUND_AND_VEHICLES,
    }
)

FINAL_STATUSES = frozenset({Status.WITHDRAWN, Status.HELD, Status.NOT_HELD, Status.TERMINATED})
"""No transition leaves these."""

OPEN_STATUSES = frozenset(
    {
        Status.REGISTERED,
        Status.UNDER_REVIEW,
        Status.PROPOSAL_SENT,
        Status.PROPOSAL_DECLINED,
        Status.PROPOSAL_UNANSWERED,
    }
)
"""Statuses in which the akimat still owes the organizer an answer."""

_EVENT_STATUSES = frozenset({Status.HELD, Status.NOT_HELD, Status.SUSPENDED, Status.TERMINATED})
_AWAITING = frozenset({Status.REGISTERED, Status.UNDER_REVIEW})

_TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.REGISTERED: frozenset(
        {Status.UNDER_REVIEW, Status.DECIDED, Status.PROPOSAL_SENT, Status.WITHDRAWN} | _EVENT_STATUSES
    ),
    Status.UNDER_REVIEW: frozenset({Status.DECIDED, Status.PROPOSAL_SENT, Status.WITHDRAWN} | _EVENT_STATUSES),
    Status.PROPOSAL_SENT: frozenset(
        {Status.PROPOSAL_ACCEPTED, Status.PROPOSAL_DECLINED, Status.PROPOSAL_UNANSWERED, Status.WITHDRAWN}
    ),
    Status.PROPOSAL_ACCEPTED: frozenset({Status.DECIDED, Status.WITHDRAWN} | _EVENT_STATUSES),
    Status.PROPOSAL_DECLINED: frozenset({Status.DECIDED, Status.WITHDRAWN}),
    Status.PROPOSAL_UNANSWERED: frozenset({Status.DECIDED, Status.WITHDRAWN}),
    Status.DECIDED: frozenset({Status.WITHDRAWN} | _EVENT_STATUSES),
    Status.SUSPENDED: frozenset({Status.HELD, Status.TERMINATED}),
    Status.WITHDRAWN: frozenset(),
    Status.HELD: frozenset(),
    Status.NOT_HELD: frozenset(),
    Status.TERMINATED: frozenset(),
}


def check_transition(
    kind: FilingKind,
    current: Status,
    current_outcome: Outcome | None,
    new: Status,
    new_outcome: Outcome | None = None,
) -> None:
    """Raise ``InvalidTransition`` (with a specific code) unless the change is allowed by the procedure."""
    if new not in _TRANSITIONS[current]:
        raise InvalidTransition("transition_not_allowed", field="status", current=current.value, new=new.value)
    if new is Status.DECIDED:
        _check_decision(kind, current, new_outcome)
    elif new_outcome is not None:
        raise InvalidTransition("outcome_without_decision", field="outcome", new=new.value)
    if new in _EVENT_STATUSES and new is not Status.NOT_HELD:
        _check_event_may_happen(kind, current, current_outcome, new)
    if current is Status.DECIDED and current_outcome not in POSITIVE_OUTCOMES:
        raise InvalidTransition("event_after_refusal", field="status", current=current.value, new=new.value)


def check_undo(
    kind: FilingKind,
    restored: Status,
    restored_outcome: Outcome | None,
    undone: Status,
    undone_outcome: Outcome | None,
) -> None:
    """An undo goes back exactly one step: from ``undone`` to the status it was taken from, and only when the
    procedure allows that step forward (so the undo returns to a status the filing lawfully had)."""
    try:
        check_transition(kind, restored, restored_outcome, undone, undone_outcome)
    except InvalidTransition:
        raise InvalidTransition("undo_not_allowed", field="status", current=undone.value, new=restored.value) from None


def _check_decision(kind: FilingKind, current: Status, outcome: Outcome | None) -> None:
    if outcome is None:
        raise InvalidTransition("decision_needs_outcome", field="outcome")
    if outcome not in OUTCOMES_BY_KIND[kind]:
        raise InvalidTransition("outcome_not_for_kind", field="outcome", outcome=outcome.value, kind=kind.value)
    if current is Status.PROPOSAL_ACCEPTED and outcome is Outcome.REFUSED:
        raise InvalidTransition("refusal_after_accepted_proposal", field="outcome", rule="art. 11 p.3")
    if current in {Status.PROPOSAL_DECLINED, Status.PROPOSAL_UNANSWERED} and outcome is not Outcome.REFUSED:
        raise InvalidTransition("only_refusal_after_declined_proposal", field="outcome", rule="art. 11 p.3")


def _check_event_may_happen(kind: FilingKind, current: Status, outcome: Outcome | None, new: Status) -> None:
    """Without a decision only a notification may be held (art. 11 p.1 part 2: the organizer holds it as notified)."""
    if current in _AWAITING and kind is FilingKind.APPLICATION:
        raise InvalidTransition("application_needs_approval", field="status", rule="art. 13 p.1", new=new.value)


def allowed_next(kind: FilingKind, current: Status, current_outcome: Outcome | None) -> list[Status]:
    """Statuses reachable from ``current`` with at least one outcome, in enum order (for menus and tests)."""
    result = []
    for candidate in Status:
        outcomes: list[Outcome | None] = list(Outcome) if candidate is Status.DECIDED else [None]
        for outcome in outcomes:
            try:
                check_transition(kind, current, current_outcome, candidate, outcome)
            except InvalidTransition:
                continue
            result.append(candidate)
            break
    return result
