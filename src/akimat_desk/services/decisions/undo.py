"""Undo a decision or a dispatch within the minute it was recorded (issue 22): a slip of the hand is put right
by a correcting history entry with its reason; nothing is deleted. The decision (or dispatch) row stays, marked
undone, and every reader of the current decision and dispatch passes over it.

After the minute, or once the decision's letter has an outgoing number (it is then in the outgoing register),
the way to correct is the ordinary one: a new decision, or a correction of the filing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from akimat_desk.domain.deadlines import DeadlineKind, proposal_answer_deadline
from akimat_desk.domain.decisions import DecisionKind
from akimat_desk.domain.errors import InvalidInput, NotFound, PermissionDenied
from akimat_desk.domain.filing import EventAction, FilingEvent, FilingRecord, StoredDeadline
from akimat_desk.domain.statuses import Outcome, Status, check_undo
from akimat_desk.security.roles import Permission, Role
from akimat_desk.services.filings import apply_status, load_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.decisions.repositories import DecisionRecord, DecisionRepository, DispatchRecord
from akimat_desk.storage.filings import NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Undone:
    """What an undo did: the filing as it is now and what the window must refresh."""

    filing: FilingRecord
    changes: Changes


def undo_window_open(ctx: ServiceContext, recorded_at: datetime) -> bool:
    """True while ctx's clock is in the same calendar minute (office time zone) as ``recorded_at``."""
    tz = ctx.settings.tz
    now, then = ctx.clock().astimezone(tz), recorded_at.astimezone(tz)
    return now.replace(second=0, microsecond=0) == then.replace(second=0, microsecond=0) and now >= then


def undo_decision(ctx: ServiceContext, reference: str | int, decision_id: int, reason: str) -> Undone:
    """Undo the filing's current decision taken this minute: the filing goes back to the status it had before."""
    ctx.require(Permission.PREPARE_DECISION)
    why = _reason(reason)
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        repo = uow.repo(DecisionRepository)
        decision = repo.decision(decision_id)
        if decision is None or decision.filing_id != record.id or decision.undone_at is not None:
            raise NotFound("undo_nothing", field="decision", reference=str(decision_id))
        _check_may_undo(ctx, decision.decided_by, decision.decided_at, "decision")
        _check_decision_is_current(uow, record, decision)
        decided = _decided_entry(record, decision_id)
        restored, restored_outcome = _status_before(decided)
        check_undo(
            record.kind, restored, restored_outcome, record.status, Outcome(record.outcome) if record.outcome else None
        )
        repo.mark_decision_undone(decision_id, ctx.clock(), ctx.actor, why)
        extra = {"undoes": {"decision": decision_id, "kind": decision.kind}}
        updated = apply_status(uow, ctx, record, restored, restored_outcome, why, EventAction.DECISION_UNDONE, extra)
        uow.commit()
    return Undone(updated, Changes.FILING | Changes.REGISTER)


def undo_dispatch(ctx: ServiceContext, reference: str | int, dispatch_id: int, reason: str) -> Undone:
    """Undo a dispatch recorded this minute: every channel recorded with it (one "Record dispatch") is undone
    together; a proposal's answer clock it started runs again from what is left, or not at all."""
    ctx.require(Permission.DISPATCH)
    why = _reason(reason)
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        repo = uow.repo(DecisionRepository)
        letters = repo.letters(record.id)
        dispatch = repo.dispatch(dispatch_id)
        if dispatch is None or dispatch.letter_id not in {x.id for x in letters} or dispatch.undone_at is not None:
            raise NotFound("undo_nothing", field="dispatch", reference=str(dispatch_id))
        _check_may_undo(ctx, dispatch.recorded_by, dispatch.recorded_at, "dispatch")
        together = [d for d in repo.dispatches([dispatch.letter_id]) if _recorded_together(d, dispatch)]
        now = ctx.clock()
        for d in together:
            repo.mark_dispatch_undone(d.id, now, ctx.actor, why)
        letter = next(x for x in letters if x.id == dispatch.letter_id)
        extra = {
            "undoes": {
                "dispatches": [d.id for d in together],
                "letter": letter.outgoing_number,
                "channels": [d.channel for d in together],
            }
        }
        uow.filings.append_event(record.id, NewEvent(now, ctx.actor, EventAction.DISPATCH_UNDONE, extra, why))
        moved = _rewind_answer_clock(ctx, uow, record, repo)
        uow.commit()
        updated = load_filing(uow, record.id)
    return Undone(updated, Changes.FILING | Changes.REGISTER if moved else Changes.FILING)


def _reason(reason: str | None) -> str:
    why = (reason or "").strip()
    if not why:
        raise InvalidInput("undo_reason_required", field="reason")
    return why


def _check_may_undo(ctx: ServiceContext, recorded_by: str, recorded_at: datetime, what: str) -> None:
    """Only who recorded it (or the administrator) may undo it, and only within the minute it was recorded."""
    user = ctx.user
    if recorded_by != ctx.actor and not (user.single_clerk or Role.ADMINISTRATOR in user.roles):
        raise PermissionDenied("undo_not_yours", field=what, user=user.name, recorded_by=recorded_by)
    if not undo_window_open(ctx, recorded_at):
        local = recorded_at.astimezone(ctx.settings.tz)
        raise InvalidInput(f"undo_{what}_too_late", field=what, recorded=f"{local:%d.%m.%Y %H:%M}")


def _check_decision_is_current(uow: UnitOfWork, record: FilingRecord, decision: DecisionRecord) -> None:
    """The undone decision must be the filing's latest, without a numbered letter (the outgoing register
    keeps a number for good) and without an organizer's answer to it."""
    repo = uow.repo(DecisionRepository)
    current = repo.decisions(record.id)
    if not current or current[-1].id != decision.id:
        raise InvalidInput("undo_decision_not_latest", field="decision")
    numbered = [x.outgoing_number for x in repo.letters(record.id) if x.decision_id == decision.id]
    if numbered:
        raise InvalidInput("undo_decision_letter_issued", field="decision", number=numbered[0])


def _decided_entry(record: FilingRecord, decision_id: int) -> FilingEvent:
    for event in reversed(record.history):
        found = event.changes.get("decision")
        if event.action is EventAction.DECIDED and isinstance(found, dict) and found.get("id") == decision_id:
            return event
    raise NotFound("undo_nothing", field="decision", reference=str(decision_id))


def _status_before(decided: FilingEvent) -> tuple[Status, Outcome | None]:
    """The status and outcome the ``decided`` entry changed from."""
    status = decided.changes["status"]["old"]
    outcome = (decided.changes.get("outcome") or {}).get("old")
    return Status(status), Outcome(outcome) if outcome else None


def _recorded_together(d: DispatchRecord, one: DispatchRecord) -> bool:
    return (d.recorded_at, d.recorded_by, d.letter_id) == (one.recorded_at, one.recorded_by, one.letter_id)


def _rewind_answer_clock(ctx: ServiceContext, uow: UnitOfWork, record: FilingRecord, repo: DecisionRepository) -> bool:
    """After an undone dispatch, the proposal's one working day runs from the earliest receipt still on
    record, and without one it does not run. True when the stored deadline changed."""
    from akimat_desk.services.decisions.workflow import _received_on

    proposals = [x.id for x in repo.letters(record.id) if x.kind == DecisionKind.PROPOSE.value]
    days = [day for d in repo.dispatches(proposals) if d.sent and (day := _received_on(ctx, d)) is not None]
    current = next((d for d in uow.deadlines.for_filing(record.id) if d.kind == DeadlineKind.PROPOSAL_ANSWER), None)
    if not days:
        return uow.deadlines.drop(record.id, DeadlineKind.PROPOSAL_ANSWER.value) if current else False
    cal = ctx.calendar.get(uow)
    due = proposal_answer_deadline(min(days), cal)
    if current is not None and current.due_on == due:
        return False
    uow.deadlines.put(record.id, StoredDeadline(DeadlineKind.PROPOSAL_ANSWER.value, due, cal.version, ctx.clock()))
    return True
