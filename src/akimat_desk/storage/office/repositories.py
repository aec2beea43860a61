"""Repositories of the trust area: the history chains (append and read back), user accounts, the
administration log. They return frozen records; ORM rows never leave this module."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from akimat_desk.domain.records import record_from
from akimat_desk.storage.deadlines import CalendarOverrideRow
from akimat_desk.storage.filings import FilingEventRow, FilingRow
from akimat_desk.storage.kernel.audit_chain import (
    CALENDAR_OVERRIDES,
    FILING_EVENTS,
    GENESIS,
    KEY_INFO,
    SECURITY_EVENTS,
    ChainBreak,
    ChainEntry,
    ChainHead,
    ChainReport,
    calendar_override_content,
    filing_event_content,
    link,
    verify_chain,
)
from akimat_desk.storage.office.orm import AuditHeadRow, SecurityEventRow, UserRow

CHAINS = (FILING_EVENTS, CALENDAR_OVERRIDES, SECURITY_EVENTS)


def append_link(session: Session, chain: str, content: Mapping[str, Any]) -> tuple[int, str, str]:
    """Take the next position of ``chain`` for an entry with ``content``: (chain_seq, prev_hash, entry_hash).

    The head row is read FOR UPDATE (PostgreSQL) inside the writer's transaction (SQLite writers already
    hold the database's write lock), so concurrent appends queue and the chain never forks.
    """
    head = session.scalar(select(AuditHeadRow).where(AuditHeadRow.chain == chain).with_for_update())
    if head is None:
        head = AuditHeadRow(chain=chain, last_seq=0, last_hash=GENESIS)
        session.add(head)
    position, prev_hash, new_hash = link(head.last_seq, head.last_hash, content, chain_key(session))
    head.last_seq, head.last_hash = position, new_hash
    return position, prev_hash, new_hash


def chain_key(session: Session) -> bytes | None:
    """The register's chain key the unit of work put on ``session`` (None: the register is not keyed)."""
    key = session.info.get(KEY_INFO)
    return key if isinstance(key, bytes) else None


def append_links(session: Session, chain: str, contents: Sequence[Mapping[str, Any]]) -> list[tuple[int, str, str]]:
    """``append_link`` for many entries in order, reading and writing the head row once."""
    head = session.scalar(select(AuditHeadRow).where(AuditHeadRow.chain == chain).with_for_update())
    if head is None:
        head = AuditHeadRow(chain=chain, last_seq=0, last_hash=GENESIS)
        session.add(head)
    links = []
    last_seq, last_hash = head.last_seq, head.last_hash
    key = chain_key(session)
    for content in contents:
        position, prev_hash, new_hash = link(last_seq, last_hash, content, key)
        links.append((position, prev_hash, new_hash))
        last_seq, last_hash = position, new_hash
    head.last_seq, head.last_hash = last_seq, last_hash
    return links


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A verified place of a chain: everything up to ``position`` (stored at ``row_id``) was checked whole."""

    position: int
    row_id: int
    entry_hash: str


_TABLES: dict[str, Any] = {
    FILING_EVENTS: FilingEventRow,
    CALENDAR_OVERRIDES: CalendarOverrideRow,
    SECURITY_EVENTS: SecurityEventRow,
}


def security_event_content(at: datetime, actor: str, action: str, subject: str, details: Any) -> dict[str, Any]:
    return {"at": at, "actor": actor, "action": action, "subject": subject, "details": details}


class AuditRepository:
    """Reads the chains back and verifies them."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def head(self, chain: str) -> ChainHead | None:
        row = self._s.get(AuditHeadRow, chain)
        return None if row is None else ChainHead(row.last_seq, row.last_hash)

    def entries(self, chain: str, after_row: int = 0) -> Iterator[ChainEntry]:
        """The entries of ``chain`` in insertion order; ``after_row``: only those stored after that row id."""
        if chain == FILING_EVENTS:
            yield from self._filing_entries(after_row)
        elif chain == CALENDAR_OVERRIDES:
            c_ = CalendarOverrideRow
            for c in self._s.scalars(select(c_).where(c_.id > after_row).order_by(c_.id)):
                content = calendar_override_content(vars(c))
                label = f"{c.kind} {c.day or c.year or ''}".strip()
                yield ChainEntry(c.id, c.chain_seq, c.prev_hash, c.entry_hash, content, label)
        elif chain == SECURITY_EVENTS:
            s_ = SecurityEventRow
            for s in self._s.scalars(select(s_).where(s_.id > after_row).order_by(s_.id)):
                content = security_event_content(s.at, s.actor, s.action, s.subject, s.details)
                yield ChainEntry(s.id, s.chain_seq, s.prev_hash, s.entry_hash, content, f"{s.action} {s.subject}")
        else:
            raise ValueError(chain)

    def _filing_entries(self, after_row: int = 0) -> Iterator[ChainEntry]:
        e_ = FilingEventRow
        stmt = (
            select(
                e_.id,
                e_.chain_seq,
                e_.prev_hash,
                e_.entry_hash,
                e_.filing_id,
                e_.seq,
                e_.at,
                e_.actor,
                e_.action,
                e_.changes,
                e_.reason,
                FilingRow.incoming_number,
            )
            .outerjoin(FilingRow, FilingRow.id == e_.filing_id)
            .where(e_.id > after_row)
            .order_by(e_.id)
        )
        for e in self._s.execute(stmt):  # plain rows, not ORM objects: verification reads every entry
            number = e.incoming_number
            content = filing_event_content(e.filing_id, e.seq, e.at, e.actor, e.action, e.changes, e.reason)
            label = f"{number or e.filing_id} #{e.seq}"
            yield ChainEntry(e.id, e.chain_seq, e.prev_hash, e.entry_hash, content, label)

    def heads(self) -> dict[str, ChainHead]:
        return {row.chain: ChainHead(row.last_seq, row.last_hash) for row in self._s.scalars(select(AuditHeadRow))}

    def checkpoint_here(self, chain: str) -> Checkpoint | None:
        """The newest entry of ``chain`` as a checkpoint (position, row id, hash); None for an empty chain."""
        table = _TABLES[chain]
        row = self._s.execute(
            select(table.chain_seq, table.id, table.entry_hash)
            .where(table.chain_seq.is_not(None))
            .order_by(table.id.desc())
            .limit(1)
        ).first()
        return None if row is None else Checkpoint(int(row[0]), int(row[1]), str(row[2]))

    def row_at(self, chain: str, position: int) -> tuple[int, str] | None:
        """(row id, stored hash) of the entry at ``position`` of ``chain``."""
        table = _TABLES[chain]
        row = self._s.execute(select(table.id, table.entry_hash).where(table.chain_seq == position)).first()
        return None if row is None else (int(row[0]), str(row[1]))

    def verify_since(self, checkpoints: Mapping[str, Checkpoint], chains: Sequence[str] = CHAINS) -> list[ChainReport]:
        """Verify only what was appended after each chain's checkpoint (the entry at the checkpoint must still be
        there with its hash); a chain without a checkpoint is verified whole."""
        key = chain_key(self._s)
        reports = []
        for chain in chains:
            point = checkpoints.get(chain)
            if point is None:
                reports.append(verify_chain(chain, self.entries(chain), self.head(chain), key))
                continue
            if self.row_at(chain, point.position) != (point.row_id, point.entry_hash):
                found = ChainBreak(chain, "altered", point.position, point.row_id, "checkpoint")
                reports.append(ChainReport(chain, 0, found))
                continue
            start = ChainHead(point.position, point.entry_hash)
            reports.append(verify_chain(chain, self.entries(chain, point.row_id), self.head(chain), key, start))
        return reports

    def hash_at(self, chain: str, position: int) -> str | None:
        """The stored hash of the entry at ``position`` of ``chain`` (None when there is none)."""
        table: Any = {
            FILING_EVENTS: FilingEventRow,
            CALENDAR_OVERRIDES: CalendarOverrideRow,
            SECURITY_EVENTS: SecurityEventRow,
        }[chain]
        found: str | None = self._s.scalar(select(table.entry_hash).where(table.chain_seq == position))
        return found

    def rechain(self, key: bytes, chains: Sequence[str] = CHAINS) -> dict[str, int]:
        """Recompute every link of ``chains`` with ``key`` (only the chain's own columns change) and the heads;
        the caller verified the chains first. Returns the number of entries re-chained per chain."""
        tables: dict[str, Any] = {
            FILING_EVENTS: FilingEventRow,
            CALENDAR_OVERRIDES: CalendarOverrideRow,
            SECURITY_EVENTS: SecurityEventRow,
        }
        done = {}
        for chain in chains:
            seq, last, rows = 0, GENESIS, []
            for entry in list(self.entries(chain)):
                seq, prev, last = link(seq, last, entry.content, key)
                rows.append({"id": entry.row_id, "chain_seq": seq, "prev_hash": prev, "entry_hash": last})
            if rows:
                self._s.execute(update(tables[chain]), rows)
            head = self._s.get(AuditHeadRow, chain)
            if head is None and rows:
                self._s.add(AuditHeadRow(chain=chain, last_seq=seq, last_hash=last))
            elif head is not None:
                head.last_seq, head.last_hash = seq, last
            done[chain] = len(rows)
        self._s.flush()
        return done

    def verify(self, chains: Sequence[str] = CHAINS) -> list[ChainReport]:
        key = chain_key(self._s)
        return [verify_chain(chain, self.entries(chain), self.head(chain), key) for chain in chains]


@dataclass(frozen=True, slots=True)
class UserRecord:
    name: str
    full_name: str
    roles: tuple[str, ...]
    password_hash: str
    failed_logins: int
    locked_until: datetime | None
    active: bool
    created_at: datetime
    created_by: str
    password_changed_at: datetime


def _user(row: UserRow) -> UserRecord:
    return record_from(UserRecord, row, roles=tuple(row.roles))


class UserRepository:
    """User accounts by name (names are compared exactly; the services normalise them)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def count(self) -> int:
        return int(self._s.scalar(select(func.count(UserRow.id))) or 0)

    def get(self, name: str) -> UserRecord | None:
        row = self._row(name)
        return None if row is None else _user(row)

    def all(self) -> list[UserRecord]:
        return [_user(r) for r in self._s.scalars(select(UserRow).order_by(UserRow.name))]

    def add(self, name: str, full_name: str, roles: Sequence[str], password_hash: str, at: datetime, by: str) -> None:
        self._s.add(
            UserRow(
                name=name,
                full_name=full_name,
                roles=list(roles),
                password_hash=password_hash,
                failed_logins=0,
                locked_until=None,
                active=True,
                created_at=at,
                created_by=by,
                password_changed_at=at,
            )
        )
        self._s.flush()

    def update(self, name: str, **values: Any) -> None:
        """Set columns of the account (roles, password_hash, failed_logins, locked_until, active...)."""
        row = self._row(name)
        assert row is not None
        for key, value in values.items():
            if not hasattr(UserRow, key) or key in ("id", "name"):
                raise ValueError(key)
            setattr(row, key, list(value) if key == "roles" else value)
        self._s.flush()

    def _row(self, name: str) -> UserRow | None:
        return self._s.scalar(select(UserRow).where(UserRow.name == name))


class SecurityLogRepository:
    """The administration log, appended to the ``security_events`` chain."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def append(self, at: datetime, actor: str, action: str, subject: str = "", details: Any = None) -> None:
        details = details or {}
        content = security_event_content(at, actor, action, subject, details)
        seq, prev, own = append_link(self._s, SECURITY_EVENTS, content)
        self._s.add(
            SecurityEventRow(
                chain_seq=seq,
                prev_hash=prev,
                entry_hash=own,
                at=at,
                actor=actor,
                action=action,
                subject=subject,
                details=details,
            )
        )
        self._s.flush()

    def replay(self) -> Iterator[dict[str, Any]]:
        """Every entry in the order appended (action, subject, details): what the accounts check replays."""
        stmt = select(SecurityEventRow.action, SecurityEventRow.subject, SecurityEventRow.details, SecurityEventRow.at)
        for r in self._s.execute(stmt.order_by(SecurityEventRow.id)):
            yield {"action": r.action, "subject": r.subject, "details": r.details or {}, "at": r.at}

    def recent(self, limit: int = 100) -> list[dict[str, Any]]:
        stmt = select(SecurityEventRow).order_by(SecurityEventRow.id.desc()).limit(limit)
        return [
            {"at": r.at, "actor": r.actor, "action": r.action, "subject": r.subject, "details": r.details}
            for r in self._s.scalars(stmt)
        ]
