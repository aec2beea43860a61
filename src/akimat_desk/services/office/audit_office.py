"""Replay the office chain (places, no-picket zones, bookings, office settings) against the current rows.

Each office record's entries (``storage/office/office_chain.py``) are folded in the order appended: the
creation carries every column, an update or a cancellation what it changed. The result must equal the row:
the report names the first record and field that differ, a record the chain knows whose row is gone
(``record``: deleted). Records made before the office
chain existed (no entry at all) are counted as ``uncovered``, never passed silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from akimat_desk.storage.kernel.audit_chain import ChainBreak, ChainReport
from akimat_desk.storage.office.office_chain import OFFICE_RECORDS

OFFICE = "office"


Rows = Mapping[str, Mapping[str, Mapping[str, Any]]]
"""Kind of office record -> record id (as text) -> its current columns in the chain's form."""


def replay_office(entries: Iterable[Mapping[str, Any]], rows: Rows) -> ChainReport:
    """``entries``: the office-chain entries in order; ``rows``: kind -> record id -> current columns."""
    expected: dict[tuple[str, str], dict[str, Any]] = {}
    positions: dict[tuple[str, str], int] = {}
    for entry in entries:
        details = entry.get("details") or {}
        kind, changes = details.get("record"), details.get("changes")
        if kind not in OFFICE_RECORDS or not isinstance(changes, dict):
            continue
        key = (str(kind), str(details.get("id")))
        expected.setdefault(key, {}).update(changes)
        positions[key] = int(entry.get("position") or 0)
    uncovered = count = 0
    for kind in OFFICE_RECORDS:
        current = rows.get(kind, {})
        for record_id in sorted(current, key=_order):
            count += 1
            state = expected.get((kind, record_id))
            if state is None:
                uncovered += 1
                continue
            found = _compare(kind, record_id, state, current[record_id], positions[(kind, record_id)])
            if found is not None:
                return ChainReport(OFFICE, count, found, uncovered)
        for k, record_id in expected:
            if k == kind and record_id not in current:
                return ChainReport(
                    OFFICE, count, _break(kind, record_id, positions[(k, record_id)], "record", "recorded", None)
                )
    return ChainReport(OFFICE, count, None, uncovered)


def _compare(
    kind: str, record_id: str, state: Mapping[str, Any], row: Mapping[str, Any], position: int
) -> ChainBreak | None:
    for name in OFFICE_RECORDS[kind][1]:
        if name in state and state[name] != row.get(name):
            return _break(kind, record_id, position, name, state[name], row.get(name))
    return None


def _order(record_id: str) -> tuple[int, str]:
    return (int(record_id), "") if record_id.isdigit() else (0, record_id)


def _break(kind: str, record_id: str, position: int, name: str, expected: Any, found: Any) -> ChainBreak:
    return ChainBreak(OFFICE, "differs", position, None, f"{kind} {record_id}", name, _shown(expected), _shown(found))


def _shown(value: Any, limit: int = 80) -> str:
    text = "-" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
