"""Use cases of the decision workflow: decide, record the organizer's answer to a proposal, dispatch the
letter and record its delivery. The law's rules are enforced here (domain.decisions), not only in the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from akimat_desk.domain.deadlines import DeadlineKind, proposal_answer_deadline
from akimat_desk.domain.decisions import (
    DecisionKind,
    DecisionRequest,
    DispatchChannel,
    ProposalAnswer,
    check_decision,
    check_dispatch,
    check_proposal_answer,
    outcome_of,
    status_after,
)
from akimat_desk.domain.errors import InvalidInput, NotFound
from akimat_desk.domain.filing import EventAction, FilingRecord, StoredDeadline
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings import apply_status, load_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.office import decision_digest_of
from akimat_desk.storage.decisions.repositories import DecisionRecord, DecisionRepository, DispatchRecord, LetterRecord
from akimat_desk.storage.filings import NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Decided:
    decision: DecisionRecord
    filing: FilingRecord
    changes: Changes


@dataclass(frozen=True, slots=True)
class Answered:
    """The organizer's answer to a proposal was recorded; ``filing`` is the filing with its new status."""

    filing: FilingRecord
    changes: Changes


@dataclass(frozen=True, slots=True)
class Dispatched:
    """The letter went out: one dispatch record per channel."""

    dispatches: list[DispatchRecord]
    changes: Changes


@dataclass(frozen=True, slots=True)
class Delivered:
    """The acknowledgment of delivery of a registered letter was recorded."""

    dispatch: DispatchRecord
    changes: Changes


# a dispatch or delivery adds a history event (the filing); when it starts the proposal's answer clock, the
# filing has a new deadline, which the register's list shows too
_SENT = Changes.FILING
_CLOCK_STARTED = Changes.FILING | Changes.REGISTER


def _closes(ctx: ServiceContext, day: date) -> datetime:
    return ctx.settings.office_hours.closes_at(day)


def _deadline(uow: UnitOfWork, filing_id: int, kind: DeadlineKind) -> StoredDeadline | None:
    return next((d for d in uow.deadlines.for_filing(filing_id) if d.kind == kind.value), None)  # type: ignore[arg-type]


def decide(ctx: ServiceContext, reference: str | int, request: DecisionRequest) -> Decided:
    """Take a decision; a decision after the review deadline is allowed but marked late."""
    ctx.require(Permission.PREPARE_DECISION)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        check_decision(record.kind, record.status, record.outcome, request)
        review = _deadline(uow, record.id, DeadlineKind.REVIEW)
        first_answer = record.status in (Status.REGISTERED, Status.UNDER_REVIEW)
        late = bool(review and first_answer and now > _closes(ctx, review.due_on))
        grounds = [{"code": g.ground.value, "reason": g.reason.strip()} for g in request.grounds]
        proposal = {"text": request.proposal.strip()} if request.proposal else None
        decision = uow.repo(DecisionRepository).add_decision(
            filing_id=record.id,
            kind=request.kind.value,
            outcome=_value(outcome_of(request.kind)),
            grounds=grounds,
            proposal=proposal,
            conditions=request.conditions,
            remarks=request.remarks,
            texts=_texts(request),
            review_deadline=review.due_on if review else None,
            late=late,
            decided_at=now,
            decided_by=ctx.actor,
        )
        extra = {
            "decision": {
                "id": decision.id,
                "kind": decision.kind,
                "grounds": [g["code"] for g in grounds],
                "late": late,
                "digest": decision_digest_of(decision),
            }
        }
        reason = "; ".join(f"{g['code']}: {g['reason']}" for g in grounds) or request.remarks
        updated = apply_status(
            uow, ctx, record, status_after(request.kind), outcome_of(request.kind), reason, EventAction.DECIDED, extra
        )
        uow.commit()
    return Decided(decision, updated, Changes.FILING | Changes.REGISTER)


def _texts(request: DecisionRequest) -> dict[str, dict[str, str]] | None:
    """The clerk's words per language, stripped; empty entries and unknown languages dropped."""
    kept = {
        lang: {key: text.strip() for key, text in fields.items() if text and text.strip()}
        for lang, fields in (request.texts or {}).items()
        if lang in ("kk", "ru", "en")
    }
    return {lang: fields for lang, fields in kept.items() if fields} or None


def _value(item: Any) -> str | None:
    return None if item is None else str(item)


def decisions_of(ctx: ServiceContext, reference: str | int) -> list[DecisionRecord]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(DecisionRepository).decisions(load_filing(uow, reference).id)


def record_proposal_answer(
    ctx: ServiceContext,
    reference: str | int,
    answer: ProposalAnswer,
    channel: DispatchChannel | None = None,
    received_at: datetime | None = None,
) -> Answered:
    """The organizer agreed, declined, or did not answer within one working day of receiving the proposal."""
    ctx.require(Permission.REGISTER)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        deadline = _deadline(uow, record.id, DeadlineKind.PROPOSAL_ANSWER)
        if answer is ProposalAnswer.NONE and deadline is None:
            raise InvalidInput("proposal_not_delivered", field="answer", rule="art. 11 p.3")
        over = deadline is not None and now > _closes(ctx, deadline.due_on)
        new_status = check_proposal_answer(record.status, answer, over)
        decision = uow.repo(DecisionRepository).decisions(record.id)[-1]
        uow.repo(DecisionRepository).add_answer(
            filing_id=record.id,
            decision_id=decision.id,
            answer=answer.value,
            channel=_value(channel),
            received_at=received_at,
            recorded_at=now,
            recorded_by=ctx.actor,
        )
        extra = {
            "answer": {
                "answer": answer.value,
                "channel": _value(channel),
                "received_at": received_at and received_at.isoformat(),
            }
        }
        updated = apply_status(uow, ctx, record, new_status, None, None, EventAction.PROPOSAL_ANSWERED, extra)
        uow.commit()
    return Answered(updated, Changes.FILING | Changes.REGISTER)  # a new status: the card and the list


def dispatch_letter(
    ctx: ServiceContext,
    reference: str | int,
    channels: list[DispatchChannel],
    tracking_number: str | None = None,
    address: str | None = None,
    delivered_on: date | None = None,
    letter_id: int | None = None,
    registered_copy_follows: bool = False,
) -> Dispatched:
    """Record that the (latest) letter went out by ``channels``; e-mail and mobile need registered mail too,
    in the same dispatch or, with ``registered_copy_follows``, recorded later (the register reminds of it)."""
    ctx.require(Permission.DISPATCH)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        repo = uow.repo(DecisionRepository)
        letter = _letter(repo, record, letter_id)
        sent_before = {DispatchChannel(d.channel) for d in repo.dispatches([letter.id]) if d.sent}
        check_dispatch(set(channels), sent_before, registered_copy_follows)
        if DispatchChannel.REGISTERED_MAIL in channels and not (tracking_number or "").strip():
            raise InvalidInput("tracking_number_required", field="tracking")
        records = [
            repo.add_dispatch(
                letter_id=letter.id,
                channel=c.value,
                sent_at=now,
                address=address,
                tracking_number=tracking_number if c is DispatchChannel.REGISTERED_MAIL else None,
                delivered_on=delivered_on if c is DispatchChannel.REGISTERED_MAIL else None,
                recorded_at=now,
                recorded_by=ctx.actor,
            )
            for c in channels
        ]
        change = {
            "letter": letter.outgoing_number,
            "channels": [c.value for c in channels],
            "tracking_number": tracking_number,
        }
        uow.filings.append_event(record.id, NewEvent(now, ctx.actor, EventAction.DISPATCHED, change))
        started = _start_answer_clock(ctx, uow, record, letter, records)
        uow.commit()
    return Dispatched(records, _CLOCK_STARTED if started else _SENT)


def record_delivery(ctx: ServiceContext, reference: str | int, tracking_number: str, delivered_on: date) -> Delivered:
    """The acknowledgment of delivery of a registered letter came back."""
    ctx.require(Permission.DISPATCH)
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        repo = uow.repo(DecisionRepository)
        letters = repo.letters(record.id)
        match = [d for d in repo.dispatches([x.id for x in letters]) if d.tracking_number == tracking_number.strip()]
        if not match:
            raise NotFound(field="tracking", reference=tracking_number)
        updated = repo.mark_delivered(match[-1].id, delivered_on)
        change = {"tracking_number": tracking_number, "delivered_on": delivered_on.isoformat()}
        uow.filings.append_event(record.id, NewEvent(ctx.clock(), ctx.actor, EventAction.DELIVERED, change))
        letter = next(x for x in letters if x.id == updated.letter_id)
        started = _start_answer_clock(ctx, uow, record, letter, [updated])
        uow.commit()
    return Delivered(updated, _CLOCK_STARTED if started else _SENT)


def _letter(repo: DecisionRepository, record: FilingRecord, letter_id: int | None) -> LetterRecord:
    letters = repo.letters(record.id)
    chosen = [x for x in letters if letter_id is None or x.id == letter_id]
    if not chosen:
        raise InvalidInput("no_letter_to_dispatch", field="letter", reference=record.incoming_number)
    return chosen[-1]


def _received_on(ctx: ServiceContext, d: DispatchRecord) -> date | None:
    """When the organizer received the letter: the day it was handed over or sent electronically, or the
    delivery date of registered mail."""
    if d.channel == DispatchChannel.REGISTERED_MAIL:
        return d.delivered_on
    return d.sent_at.astimezone(ctx.settings.tz).date()


def _start_answer_clock(
    ctx: ServiceContext, uow: UnitOfWork, record: FilingRecord, letter: LetterRecord, sent: list[DispatchRecord]
) -> bool:
    """A proposal's one working day (art. 11 p.3 / 13 p.3) runs from the earliest receipt. True when the
    answer deadline was set or moved earlier."""
    if letter.kind != DecisionKind.PROPOSE.value:
        return False
    days = [day for d in sent if (day := _received_on(ctx, d)) is not None]
    if not days:
        return False
    cal = ctx.calendar.get(uow)
    due = proposal_answer_deadline(min(days), cal)
    current = _deadline(uow, record.id, DeadlineKind.PROPOSAL_ANSWER)
    if current is None or due < current.due_on:
        uow.deadlines.put(record.id, StoredDeadline(DeadlineKind.PROPOSAL_ANSWER.value, due, cal.version, ctx.clock()))
        return True
    return False


def answers_json(ctx: ServiceContext, record: FilingRecord) -> dict[str, Any]:
    """Decisions, letters and their dispatch for ``show``; whether the answer went out within the review
    deadline (the first dispatch of a letter before the close of the deadline day)."""
    with ctx.uow() as uow:
        repo = uow.repo(DecisionRepository)
        decisions, letters = repo.decisions(record.id), repo.letters(record.id)
        dispatches = repo.dispatches([x.id for x in letters])
        review = _deadline(uow, record.id, DeadlineKind.REVIEW)
    first_sent = min((d.sent_at for d in dispatches if d.sent), default=None)
    within = None
    if first_sent is not None and review is not None:
        within = first_sent <= _closes(ctx, review.due_on)
    return {
        "decisions": [
            {
                "id": d.id,
                "kind": d.kind,
                "outcome": d.outcome,
                "grounds": list(d.grounds),
                "proposal": d.proposal,
                "late": d.late,
                "decided_at": d.decided_at.isoformat(),
                "decided_by": d.decided_by,
            }
            for d in decisions
        ],
        "letters": [
            {
                "id": x.id,
                "outgoing_number": x.outgoing_number,
                "outgoing_date": x.outgoing_date.isoformat(),
                "language": x.language,
                "kind": x.kind,
                "sha256": x.sha256,
                "dispatches": [
                    {
                        "channel": d.channel,
                        "sent_at": d.sent_at.isoformat(),
                        "tracking_number": d.tracking_number,
                        "delivered_on": d.delivered_on and d.delivered_on.isoformat(),
                        "bounced_at": d.bounced_at and d.bounced_at.isoformat(),
                        "bounce_reason": d.bounce_reason,
                    }
                    for d in dispatches
                    if d.letter_id == x.id
                ],
            }
            for x in letters
        ],
        "answer_sent_within_review_deadline": within,
    }
