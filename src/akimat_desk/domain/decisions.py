"""Decisions on filings and the rules that bind them (art. 11, 13, 14; Constitutional Court 61-NP).

A notification (art. 11 p.1) is answered by informing (as notified, or with the conditions of sub. 1), by a
refusal on art. 14 grounds, or by a proposal of another place and/or time. An application (art. 13 p.1) is
approved, approved without sound-amplifying equipment and vehicles, refused, or met with a proposal of another
place, route and/or time. After a proposal the organizer has one working day to answer: if he agrees the
akimat may not refuse; if he declines or does not answer, the akimat refuses on art. 11 p.3 / 13 p.3 (its own
reason, not art. 14). Ground 10) (the place is booked) may be used only after a proposal was made and not
accepted (61-NP, 2025). Every refusal is reasoned (art. 14 p.2): each ground carries the clerk's reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from akimat_desk.domain.assemblies import FilingKind
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.statuses import Outcome, Status, check_transition


class DecisionKind(StrEnum):
    INFORM = "inform"
    INFORM_WITH_CONDITIONS = "inform_with_conditions"
    APPROVE = "approve"
    APPROVE_WITHOUT_SOUND_AND_VEHICLES = "approve_without_sound_and_vehicles"
    PROPOSE = "propose"
    REFUSE = "refuse"
    OUT_OF_SCOPE = "out_of_scope"


class Ground(StrEnum):
    """Refusal grounds: art. 14 p.1 sub. 1)-10), and the refusal after a proposal not accepted."""

    A14_1 = "A14-1"
    A14_2 = "A14-2"
    A14_3 = "A14-3"
    A14_4 = "A14-4"
    A14_5 = "A14-5"
    A14_6 = "A14-6"
    A14_7 = "A14-7"
    A14_8 = "A14-8"
    A14_9 = "A14-9"
    A14_10 = "A14-10"
    A11_3 = "A11-3"
    A13_3 = "A13-3"


class DispatchChannel(StrEnum):
    """The channels of art. 11 p.2 / art. 13 p.2."""

    BY_HAND = "by_hand"
    REGISTERED_MAIL = "registered_mail"
    EDS_DOCUMENT = "eds_document"
    EMAIL = "email"
    MOBILE = "mobile"


NEEDS_REGISTERED_MAIL = frozenset({DispatchChannel.EMAIL, DispatchChannel.MOBILE})
"""E-mail and the mobile number must be duplicated by registered mail with acknowledgment of delivery."""


class ProposalAnswer(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NONE = "none"  # no answer within one working day


KINDS_BY_FILING: dict[FilingKind, frozenset[DecisionKind]] = {
    FilingKind.NOTIFICATION: frozenset(
        {
            DecisionKind.INFORM,
            DecisionKind.INFORM_WITH_CONDITIONS,
            DecisionKind.PROPOSE,
            DecisionKind.REFUSE,
            DecisionKind.OUT_OF_SCOPE,
        }
    ),
    FilingKind.APPLICATION: frozenset(
        {
            DecisionKind.APPROVE,
            DecisionKind.APPROVE_WITHOUT_SOUND_AND_VEHICLES,
            DecisionKind.PROPOSE,
            DecisionKind.REFUSE,
            DecisionKind.OUT_OF_SCOPE,
        }
    ),
}

_OUTCOMES = {
    DecisionKind.INFORM: Outcome.INFORMED,
    DecisionKind.INFORM_WITH_CONDITIONS: Outcome.INFORMED_WITH_CONDITIONS,
    DecisionKind.APPROVE: Outcome.APPROVED,
    DecisionKind.APPROVE_WITHOUT_SOUND_AND_VEHICLES: Outcome.APPROVED_WITHOUT_SOUND_AND_VEHICLES,
    DecisionKind.REFUSE: Outcome.REFUSED,
    DecisionKind.OUT_OF_SCOPE: Outcome.OUT_OF_SCOPE,
}
_AFTER_PROPOSAL_REFUSAL = {FilingKind.NOTIFICATION: Ground.A11_3, FilingKind.APPLICATION: Ground.A13_3}
_PROPOSAL_NOT_ACCEPTED = frozenset({Status.PROPOSAL_DECLINED, Status.PROPOSAL_UNANSWERED})


@dataclass(frozen=True, slots=True)
class GroundReason:
    ground: Ground
    reason: str


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """What the executor decided; ``proposal`` is the other place / route / time in words.

    ``texts`` holds the clerk's words in each language the letters are printed in: ``{"kk": {"reason:A14-5":
    "...", "proposal": "...", "conditions": "...", "remarks": "..."}, "ru": {...}, "en": {...}}``. The single
    fields above are the text as first written (kept for the register and the history)."""

    kind: DecisionKind
    grounds: tuple[GroundReason, ...] = ()
    proposal: str | None = None
    conditions: str | None = None
    remarks: str | None = None
    texts: Mapping[str, Mapping[str, str]] | None = None


def outcome_of(kind: DecisionKind) -> Outcome | None:
    """The filing's outcome after this decision; a proposal has none (the status is proposal_sent)."""
    return _OUTCOMES.get(kind)


def status_after(kind: DecisionKind) -> Status:
    return Status.PROPOSAL_SENT if kind is DecisionKind.PROPOSE else Status.DECIDED


def after_proposal_ground(kind: FilingKind) -> Ground:
    """A11-3 for a notification, A13-3 for an application."""
    return _AFTER_PROPOSAL_REFUSAL[kind]


def check_decision(filing_kind: FilingKind, status: Status, outcome: Outcome | None, request: DecisionRequest) -> None:
    """Raise ``InvalidInput`` / ``InvalidTransition`` with a specific code unless the law allows the decision."""
    if request.kind not in KINDS_BY_FILING[filing_kind]:
        raise InvalidInput("decision_not_for_kind", field="outcome", outcome=request.kind.value, kind=filing_kind.value)
    check_transition(filing_kind, status, outcome, status_after(request.kind), outcome_of(request.kind))
    _check_payload(request)
    if request.kind is DecisionKind.REFUSE:
        _check_grounds(filing_kind, status, request.grounds)


def _check_payload(request: DecisionRequest) -> None:
    proposing = request.kind is DecisionKind.PROPOSE
    if proposing and not (request.proposal or "").strip():
        raise InvalidInput("proposal_text_required", field="proposal", rule="art. 11 p.1")
    if not proposing and request.proposal:
        raise InvalidInput("proposal_only_with_propose", field="proposal")
    if request.kind is not DecisionKind.REFUSE and request.grounds:
        raise InvalidInput("grounds_only_with_refusal", field="ground")
    if request.kind is DecisionKind.OUT_OF_SCOPE and not (request.remarks or "").strip():
        raise InvalidInput("out_of_scope_needs_remarks", field="remarks", rule="art. 2 p.5")


def _check_grounds(filing_kind: FilingKind, status: Status, grounds: tuple[GroundReason, ...]) -> None:
    if not grounds:
        raise InvalidInput("refusal_needs_ground", field="ground", rule="art. 14 p.2")
    codes = [g.ground for g in grounds]
    if len(set(codes)) != len(codes):
        raise InvalidInput("ground_repeated", field="ground")
    for g in grounds:
        if not g.reason.strip():
            raise InvalidInput("ground_reason_missing", field="reason", ground=g.ground.value, rule="art. 14 p.2")
    own = after_proposal_ground(filing_kind)
    other = Ground.A13_3 if own is Ground.A11_3 else Ground.A11_3
    if other in codes:
        raise InvalidInput("ground_not_for_kind", field="ground", ground=other.value, kind=filing_kind.value)
    not_accepted = status in _PROPOSAL_NOT_ACCEPTED
    if own in codes and not not_accepted:
        raise InvalidInput("ground_needs_declined_proposal", field="ground", ground=own.value, rule=_rule(own))
    if not_accepted and own not in codes:
        raise InvalidInput("refusal_after_proposal_cites_p3", field="ground", ground=own.value, rule=_rule(own))
    if Ground.A14_10 in codes and not not_accepted:
        raise InvalidInput("ground_10_needs_proposal", field="ground", ground="A14-10", rule="art. 14 p.1")


def ground_rule(ground: Ground | str) -> str:
    """The article and sub-point of the law a ground stands on: ``A14-4`` -> ``art. 14 p.1 sub. 4``."""
    ground = Ground(ground)
    if ground is Ground.A11_3:
        return "art. 11 p.3"
    if ground is Ground.A13_3:
        return "art. 13 p.3"
    return f"art. 14 p.1 sub. {ground.value.split('-')[1]}"


def _rule(ground: Ground) -> str:
    return "art. 11 p.3" if ground is Ground.A11_3 else "art. 13 p.3"


def check_dispatch(
    channels: set[DispatchChannel], already_sent: set[DispatchChannel], copy_follows: bool = False
) -> None:
    """E-mail or mobile only together with (or after) registered mail with acknowledgment of delivery, unless
    the clerk says the registered-mail copy follows (``copy_follows``): the register then reminds of it until
    it is recorded (due the next working day, see ``domain.legal_clock``)."""
    if not channels:
        raise InvalidInput("dispatch_channel_missing", field="channel")
    if copy_follows:
        return
    if channels & NEEDS_REGISTERED_MAIL and DispatchChannel.REGISTERED_MAIL not in channels | already_sent:
        raise InvalidInput("registered_mail_required", field="channel", rule="art. 11 p.2")


def check_proposal_answer(status: Status, answer: ProposalAnswer, answer_period_over: bool) -> Status:
    """The status after the organizer's answer; "no answer" only once the one working day has passed."""
    if status is not Status.PROPOSAL_SENT:
        raise InvalidInput("no_proposal_pending", field="answer", status=status.value)
    if answer is ProposalAnswer.NONE and not answer_period_over:
        raise InvalidInput("answer_period_running", field="answer", rule="art. 11 p.3")
    return {
        ProposalAnswer.ACCEPTED: Status.PROPOSAL_ACCEPTED,
        ProposalAnswer.DECLINED: Status.PROPOSAL_DECLINED,
        ProposalAnswer.NONE: Status.PROPOSAL_UNANSWERED,
    }[answer]
