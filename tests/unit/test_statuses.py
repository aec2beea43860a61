"""Every allowed and every forbidden status transition, against a table written from the law."""

from __future__ import annotations

import itertools

import pytest

from akimat_desk.domain.assemblies import FilingKind
from akimat_desk.domain.errors import InvalidTransition
from akimat_desk.domain.statuses import Outcome, Status, allowed_next, check_transition

S, OC, K = Status, Outcome, FilingKind
N, A = K.NOTIFICATION, K.APPLICATION
EVENTS = {S.HELD, S.NOT_HELD, S.SUSPENDED, S.TERMINATED}
POSITIVE = {
    N: {OC.INFORMED, OC.INFORMED_WITH_CONDITIONS},
    A: {OC.APPROVED, OC.APPROVED_WITHOUT_SOUND_AND_VEHICLES},
}
ALL_OUTCOMES = {N: POSITIVE[N] | {OC.REFUSED, OC.OUT_OF_SCOPE}, A: POSITIVE[A] | {OC.REFUSED, OC.OUT_OF_SCOPE}}


def expected(kind: K, current: S, outcome: OC | None) -> set[tuple[S, OC | None]]:
    """The transitions the law allows, written independently of the implementation."""
    decide_any = {(S.DECIDED, o) for o in ALL_OUTCOMES[kind]}
    if current in (S.REGISTERED, S.UNDER_REVIEW):
        # a notification may go ahead without an answer (art. 11 p.1); an application needs approval
        events = {(e, None) for e in EVENTS} if kind is N else {(S.NOT_HELD, None)}
        review = {(S.UNDER_REVIEW, None)} if current is S.REGISTERED else set()
        return review | decide_any | {(S.PROPOSAL_SENT, None), (S.WITHDRAWN, None)} | events
    if current is S.PROPOSAL_SENT:
        return {
            (S.PROPOSAL_ACCEPTED, None),
            (S.PROPOSAL_DECLINED, None),
            (S.PROPOSAL_UNANSWERED, None),
            (S.WITHDRAWN, None),
        }
    if current is S.PROPOSAL_ACCEPTED:  # the akimat may not refuse (art. 11 p.3)
        decide = {(S.DECIDED, o) for o in ALL_OUTCOMES[kind] - {OC.REFUSED}}
        return decide | {(S.WITHDRAWN, None)} | {(e, None) for e in EVENTS}
    if current in (S.PROPOSAL_DECLINED, S.PROPOSAL_UNANSWERED):  # only the refusal of art. 11 p.3 / 13 p.3
        return {(S.DECIDED, OC.REFUSED), (S.WITHDRAWN, None)}
    if current is S.DECIDED:
        if outcome in POSITIVE[kind]:
            return {(S.WITHDRAWN, None)} | {(e, None) for e in EVENTS}
        return set()  # refused or outside the law: final
    if current is S.SUSPENDED:
        return {(S.HELD, None), (S.TERMINATED, None)}
    return set()  # withdrawn, held, not held, terminated are final


def starting_points(kind: K) -> list[tuple[S, OC | None]]:
    points: list[tuple[S, OC | None]] = [(s, None) for s in S if s is not S.DECIDED]
    return points + [(S.DECIDED, o) for o in OC if o in ALL_OUTCOMES[kind]]  # enum order: same on every worker


CASES = [
    (kind, cur, cur_outcome, new, new_outcome)
    for kind in (N, A)
    for (cur, cur_outcome) in starting_points(kind)
    for new, new_outcome in itertools.product(S, [None, *OC])
]


@pytest.mark.parametrize(("kind", "current", "current_outcome", "new", "new_outcome"), CASES)
def test_transition_matches_the_law(
    kind: K, current: S, current_outcome: OC | None, new: S, new_outcome: OC | None
) -> None:
    allowed = (new, new_outcome) in expected(kind, current, current_outcome)
    if allowed:
        check_transition(kind, current, current_outcome, new, new_outcome)
    else:
        with pytest.raises(InvalidTransition):
            check_transition(kind, current, current_outcome, new, new_outcome)


def test_specific_refusal_codes() -> None:
    with pytest.raises(InvalidTransition) as info:
        check_transition(N, S.PROPOSAL_ACCEPTED, None, S.DECIDED, OC.REFUSED)
    assert info.value.code == "refusal_after_accepted_proposal"
    with pytest.raises(InvalidTransition) as info:
        check_transition(A, S.PROPOSAL_DECLINED, None, S.DECIDED, OC.APPROVED)
    assert info.value.code == "only_refusal_after_declined_proposal"
    with pytest.raises(InvalidTransition) as info:
        check_transition(A, S.REGISTERED, None, S.HELD)
    assert info.value.code == "application_needs_approval"
    with pytest.raises(InvalidTransition) as info:
        check_transition(N, S.REGISTERED, None, S.DECIDED, OC.APPROVED)
    assert info.value.code == "outcome_not_for_kind"


def test_allowed_next_lists_menu_entries() -> None:
    assert allowed_next(N, S.PROPOSAL_DECLINED, None) == [S.DECIDED, S.WITHDRAWN]
    assert allowed_next(A, S.DECIDED, OC.REFUSED) == []
