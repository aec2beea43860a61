"""Use cases on registered filings: read, list, correct, change status, withdraw.

Nothing is overwritten silently: every change appends an event with who, when, what (old and new values)
and why; a correction or a withdrawal without a reason is refused.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from akimat_desk.domain.assemblies import kind_of
from akimat_desk.domain.document import KNOWN_FIELDS
from akimat_desk.domain.errors import InvalidInput, NotFound
from akimat_desk.domain.filing import EventAction, FilingId, FilingRecord
from akimat_desk.domain.statuses import Outcome, Status, check_transition
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings.projection import filing_values, refuse_future_receipt, same_day
from akimat_desk.services.filings.registration import store_review_deadline
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.filings.values import FilingQuery, FilingValues, NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork

# The fields one level below a top-level field, as docs/filing-schema.md defines them (route is text only).
_PERSON = frozenset({"surname", "given_name", "patronymic", "iin", "address", "email", "phone"})
_INTENTION = frozenset({"used", "description"})
_NESTED: dict[str, frozenset[str]] = {
    "organizer": _PERSON | {"type", "name", "bin"},
    "representative": _PERSON,
    "contacts": frozenset({"email", "phone"}),
    "vehicles": frozenset({"count", "categories", "route_length_km", "start_point", "end_point"}),
    "structures": _INTENTION,
    "sound_equipment": _INTENTION,
    "visual_materials": _INTENTION,
    "place": frozenset({"name", "address", "description"}),
}


@dataclass(frozen=True, slots=True)
class Changed:
    filing: FilingRecord
    changes: Changes


def _resolve(uow: UnitOfWork, reference: str | int) -> FilingId:
    found = uow.filings.find_id(str(reference))
    if found is None:
        raise NotFound(field="id", reference=str(reference))
    return found


def load_filing(uow: UnitOfWork, reference: str | int) -> FilingRecord:
    record = uow.filings.get(_resolve(uow, reference))
    assert record is not None
    return record


def get_filing(ctx: ServiceContext, reference: str | int) -> FilingRecord:
    """The filing by numeric id or incoming number, with its full history."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return load_filing(uow, reference)


def list_filings(ctx: ServiceContext, query: FilingQuery) -> list[FilingRecord]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.filings.search(query)


def count_filings(ctx: ServiceContext, query: FilingQuery) -> int:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.filings.count(query)


def _require_reason(reason: str | None) -> str:
    if reason is None or not reason.strip():
        raise InvalidInput("reason_required", field="reason")
    return reason.strip()


def _set_path(document: dict[str, Any], path: str, value: Any) -> Any:
    """Set ``a.b`` in ``document``; returns the old value. ``None`` removes the field."""
    parts = path.split(".")
    if parts[0] not in KNOWN_FIELDS or len(parts) > 2:
        raise InvalidInput("field_unknown", field=path)
    if len(parts) == 2 and parts[1] not in _NESTED.get(parts[0], ()):
        raise InvalidInput("field_unknown", field=path)
    target = document
    if len(parts) == 2:
        nested = document.get(parts[0])
        if nested is not None and not isinstance(nested, dict):  # text or yes/no: a sub-field would destroy it
            raise InvalidInput("field_holds_value", field=path, parent=parts[0], value=_shown(nested))
        target = nested if isinstance(nested, dict) else {}
        document[parts[0]] = target
    old = target.get(parts[-1])
    if value is None:
        target.pop(parts[-1], None)
    else:
        target[parts[-1]] = value
    return old


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def correct_filing(ctx: ServiceContext, reference: str | int, sets: Mapping[str, Any], reason: str | None) -> Changed:
    """Apply field corrections (dotted paths, ``None`` removes) as one new history event.

    The incoming number never changes. A form may change only within its kind (a notification stays a
    notification). Defects and projections are recomputed from the corrected document.
    """
    ctx.require(Permission.CORRECT)
    why = _require_reason(reason)
    if not sets:
        raise InvalidInput("nothing_changed", field=None)
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        document = copy.deepcopy(dict(record.document))
        diff: dict[str, Any] = {}
        for path, value in sets.items():
            old = _set_path(document, path, value)
            if old != value:
                diff[path] = {"old": old, "new": value}
        if not diff:
            raise InvalidInput("nothing_changed", field=None)
        cal = ctx.calendar.get(uow)
        registration_day = cal.next_working_day_on_or_after
        values, doc = filing_values(document, ctx.settings.tz, registration_day, record.status, record.outcome)
        if kind_of(doc.form) is not record.kind:
            raise InvalidInput("form_changes_kind", field="form")
        if values.received_at != record.received_at:
            refuse_future_receipt(values.received_at, ctx.clock(), ctx.settings.tz)
        if "received_at" not in diff:
            values = _keep_registration(values, record)
        elif values.registered_on.year != record.registered_on.year:
            raise InvalidInput(
                "received_at_other_year",
                field="received_at",
                number=record.incoming_number,
                year=record.registered_on.year,
                new=values.registered_on.isoformat(),
            )
        elif values.registered_on != record.registered_on:
            deadline = store_review_deadline(uow, record.id, values, cal, ctx.clock())
            diff["registered_on"] = {"old": record.registered_on.isoformat(), "new": values.registered_on.isoformat()}
            diff["review_deadline"] = {"new": deadline.due_on.isoformat()}
        diff.update(_defect_diff(record, values.defects))
        event = NewEvent(ctx.clock(), ctx.actor, EventAction.CORRECTED, diff, why)
        updated = uow.filings.update(record.id, record.version, values, event)
        uow.commit()
    return Changed(updated, Changes.FILING | Changes.REGISTER)


def _defect_diff(record: FilingRecord, new_defects: tuple[Any, ...]) -> dict[str, Any]:
    before = sorted(f"{d.item}:{d.code}" for d in record.defects)
    after = sorted(f"{d.item}:{d.code}" for d in new_defects)
    return {} if before == after else {"defects": {"old": before, "new": after}}


def change_status(
    ctx: ServiceContext,
    reference: str | int,
    new_status: Status,
    outcome: Outcome | None = None,
    reason: str | None = None,
    action: EventAction = EventAction.STATUS_CHANGED,
) -> Changed:
    """Move a filing to ``new_status`` if the procedure allows it (see ``domain.statuses``)."""
    ctx.require(Permission.WITHDRAW if new_status is Status.WITHDRAWN else Permission.CHANGE_STATUS)
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        check_transition(record.kind, record.status, record.outcome, new_status, outcome)
        updated = apply_status(uow, ctx, record, new_status, outcome, reason, action)
        uow.commit()
    return Changed(updated, Changes.FILING | Changes.REGISTER)


def apply_status(
    uow: UnitOfWork,
    ctx: ServiceContext,
    record: FilingRecord,
    new_status: Status,
    outcome: Outcome | None,
    reason: str | None,
    action: EventAction,
    extra: Mapping[str, Any] | None = None,
) -> FilingRecord:
    """Within ``uow``: store the new status and outcome and append one history event (``extra`` joins its
    changes). The caller has checked the transition."""
    values, _ = filing_values(record.document, ctx.settings.tz, same_day, new_status, outcome)
    values = _keep_registration(values, record)
    diff: dict[str, Any] = {"status": {"old": str(record.status), "new": str(new_status)}}
    if outcome is not None or record.outcome is not None:
        diff["outcome"] = {"old": record.outcome and str(record.outcome), "new": outcome and str(outcome)}
    diff.update(extra or {})
    event = NewEvent(ctx.clock(), ctx.actor, action, diff, reason.strip() if reason else None)
    return uow.filings.update(record.id, record.version, values, event)


def _keep_registration(values: FilingValues, record: FilingRecord) -> FilingValues:
    """Only a corrected time of receipt moves the registration date recorded at registration."""
    return replace(values, registered_on=record.registered_on)


def withdraw_filing(ctx: ServiceContext, reference: str | int, reason: str | None) -> Changed:
    """The organizer withdrew (cancelled) the filing; the reason is required and kept in the history."""
    why = _require_reason(reason)
    return change_status(ctx, reference, Status.WITHDRAWN, None, why, EventAction.WITHDRAWN)
