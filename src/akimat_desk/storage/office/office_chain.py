"""The office chain: places, no-picket zones, bookings and office settings, each change an appended entry.

Every create, update and cancel of one of these records appends an entry to the office's administration
chain (``security_events``, keyed and guarded like the other chains) whose action is ``office_<kind>`` and
whose details carry the record's kind, id and the values it changed (``changes``, canonical JSON form).
``OfficeRowsRepository`` reads the current rows back so that ``services.office.audit_office`` can replay the
entries against them. Rows are read through the shared metadata (no other area's ORM classes imported).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from akimat_desk.storage.kernel.audit_chain import SECURITY_EVENTS, canonical_value
from akimat_desk.storage.kernel.tables import Base, load_all
from akimat_desk.storage.office.orm import SecurityEventRow
from akimat_desk.storage.office.repositories import append_link, security_event_content

OFFICE_ACTION = "office_"
"""Prefix of the action of an office-chain entry: ``office_created``, ``office_updated``, ``office_cancelled``."""

OFFICE_RECORDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "place": (
        "places",
        (
            "kind",
            "name_kk",
            "name_ru",
            "name_en",
            "district",
            "address",
            "route_length_km",
            "max_occupancy",
            "rules",
            "decision_number",
            "decision_date",
            "valid_from",
            "valid_to",
            "created_at",
            "created_by",
        ),
    ),
    "zone": (
        "no_picket_zones",
        (
            "category",
            "name_kk",
            "name_ru",
            "name_en",
            "district",
            "description",
            "keywords",
            "decision_number",
            "valid_from",
            "valid_to",
            "created_at",
            "created_by",
        ),
    ),
    "booking": (
        "place_bookings",
        (
            "place_id",
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "expected_participants",
            "note",
            "cancelled_at",
            "created_at",
            "created_by",
        ),
    ),
    "setting": ("settings", ("value",)),
}
"""Kind of record -> (table, the columns the office chain determines)."""

BOOKKEEPING_SETTINGS = ("audit_", "backup_last", "report_upward_sent", "reminders_fired:")
"""Prefixes of settings the application keeps for itself (the verification checkpoint, the chain key's
fingerprint, the time of the last backup, reminders shown): not office settings, not chained."""


def chained_setting(key: str) -> bool:
    """Whether the office chain covers the setting ``key`` (every office setting, no bookkeeping)."""
    return not key.startswith(BOOKKEEPING_SETTINGS)


def office_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The form values take in an office-chain entry (dates ISO, instants naive-UTC ISO, JSON round-tripped)."""
    return {name: canonical_value(value) for name, value in values.items()}


def append_office_entry(
    session: Session, kind: str, record_id: int | str, action: str, changes: Mapping[str, Any], actor: str = ""
) -> None:
    """Append what one create/update/cancel of an office record changed (``action``: created, updated,
    cancelled) to the office chain, in the writer's transaction."""
    at = datetime.now(UTC)
    details = {"record": kind, "id": record_id, "changes": office_values(changes)}
    subject = f"{kind}:{record_id}"[:128]
    content = security_event_content(at, actor or "-", OFFICE_ACTION + action, subject, details)
    seq, prev, own = append_link(session, SECURITY_EVENTS, content)
    session.add(
        SecurityEventRow(
            chain_seq=seq,
            prev_hash=prev,
            entry_hash=own,
            at=at,
            actor=actor or "-",
            action=OFFICE_ACTION + action,
            subject=subject,
            details=details,
        )
    )
    session.flush()


class OfficeRowsRepository:
    """Reads the office chain's entries and the current office rows; never writes."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def entries(self) -> Iterator[dict[str, Any]]:
        """The office-chain entries in the order appended: position, action, details."""
        s = SecurityEventRow
        stmt = select(s.chain_seq, s.action, s.details).where(s.action.like(OFFICE_ACTION + "%")).order_by(s.id)
        for row in self._s.execute(stmt):
            yield {"position": row.chain_seq, "action": row.action, "details": row.details or {}}

    def rows(self, kind: str) -> dict[str, dict[str, Any]]:
        """The current rows of ``kind`` by record id (as text), columns in the chain's form."""
        table_name, columns = OFFICE_RECORDS[kind]
        load_all()
        table: Table = Base.metadata.tables[table_name]
        key = table.c.key if kind == "setting" else table.c.id
        stmt = select(key.label("record_id"), *(table.c[name] for name in columns))
        found = {str(r.record_id): office_values({c: getattr(r, c) for c in columns}) for r in self._s.execute(stmt)}
        return {k: v for k, v in found.items() if kind != "setting" or chained_setting(k)}
