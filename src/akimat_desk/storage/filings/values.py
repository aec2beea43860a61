"""The values of a filing as the repositories store them: its columns, a history event to append, a bulk
registration's item, and a query of the register."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from akimat_desk.domain.assemblies import Channel, FilingKind, Form, Language
from akimat_desk.domain.content import Defect
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Outcome, Status


@dataclass(frozen=True, slots=True)
class FilingValues:
    """Every column of a filing that registration sets and a correction or status change may replace."""

    received_at: datetime
    registered_on: date
    form: Form
    kind: FilingKind
    channel: Channel
    language: Language
    status: Status
    outcome: Outcome | None
    document: dict[str, Any]
    defects: tuple[Defect, ...]
    organizer_name: str
    purpose: str | None
    place: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    participants: int | None
    search_text: str


@dataclass(frozen=True, slots=True)
class NewEvent:
    at: datetime
    actor: str
    action: EventAction
    changes: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class FilingQuery:
    """Filters for listing the register; ``search`` is matched against the casefolded search text."""

    form: Form | None = None
    status: Status | None = None
    search: str | None = None
    received_from: date | None = None
    received_to: date | None = None
    limit: int | None = None
    offset: int = 0


def defects_to_json(defects: Sequence[Defect]) -> list[dict[str, Any]]:
    """As ``dataclasses.asdict`` would give them (same keys, same order), without its deep copies: the fields
    are text and numbers, ``params`` a flat mapping of them."""
    return [
        {"item": d.item, "code": d.code, "field": d.field, "rule": d.rule, "params": dict(d.params)} for d in defects
    ]


def defects_from_json(rows: Sequence[dict[str, Any]]) -> tuple[Defect, ...]:
    return tuple(Defect(r["item"], r["code"], r["field"], r["rule"], r.get("params", {})) for r in rows)


def values_dict(values: FilingValues, *, with_defects: bool = True) -> dict[str, Any]:
    """The column values of ``values`` as stored (enums as text, defects as JSON unless left out)."""
    data: dict[str, Any] = {}
    for name in FilingValues.__slots__:
        value = getattr(values, name)
        if name == "defects":
            if not with_defects:
                continue
            value = defects_to_json(value)
        elif name in {"form", "kind", "channel", "language", "status", "outcome"} and value is not None:
            value = str(value)
        data[name] = value
    return data


@dataclass(frozen=True, slots=True)
class NewFiling:
    """One filing of a bulk registration (a legacy journal import): its number and first history event."""

    akimat_code: str
    year: int
    seq: int
    number: str
    values: FilingValues
    event: NewEvent
