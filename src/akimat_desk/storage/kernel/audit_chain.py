"""The tamper-evident history: pure functions that hash and verify a chain of appended entries.

Every append-only table of the register (filing history, calendar overrides, user administration) is one
chain: entry ``n`` stores its position ``chain_seq = n``, the hash of entry ``n - 1`` (``prev_hash``) and its
own hash ``entry_hash = sha256(version | n | prev_hash | canonical JSON of its content)``. A head row keeps the
last position and hash, so that deleting the newest entries is detected as well.

Verification walks the rows in the order they were inserted (primary key) and names the first entry that was
altered (its content no longer gives its hash), deleted (a position is missing), reordered (positions out of
order or a link that does not match) or inserted behind the application's back (no position at all).

These functions are pure (hashlib and json only) so that migrations, the repositories and the tests use the
very same definition. Changing the hashed form requires a new ``HASH_VERSION``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

HASH_VERSION = "v1"
KEYED_VERSION = "k1"
GENESIS = "0" * 64
KEY_INFO = "chain_key"
"""Where a Session carries the register's chain key (``Session.info``): set by the unit of work."""


def canonical_value(value: Any) -> Any:
    """The form of ``value`` as the database gives it back: instants as naive-UTC ISO text, JSON round-tripped."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return json.loads(json.dumps(value, ensure_ascii=False, default=str))
    return value


def canonical_json(content: Mapping[str, Any]) -> str:
    data = {key: canonical_value(value) for key, value in content.items()}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def record_digest(content: Mapping[str, Any]) -> str:
    """SHA-256 of a record's canonical JSON: what a history entry keeps of a row it created (a decision)."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def entry_hash(chain_seq: int, prev_hash: str, content: Mapping[str, Any], key: bytes | None = None) -> str:
    """The hash an entry at ``chain_seq`` with ``content`` must carry after ``prev_hash``: HMAC-SHA256 with the
    register's secret ``key`` (a keyed register), plain SHA-256 without one (a register not keyed yet)."""
    if key is not None:
        text = f"{KEYED_VERSION}|{chain_seq}|{prev_hash}|{canonical_json(content)}"
        return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
    text = f"{HASH_VERSION}|{chain_seq}|{prev_hash}|{canonical_json(content)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def key_id(key: bytes) -> str:
    """A public fingerprint of a chain key (which key a register was chained with), not the key itself."""
    return hmac.new(key, b"akimat_desk chain key id", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ChainEntry:
    """One stored row as verification sees it; ``label`` tells a person which record it is."""

    row_id: int
    chain_seq: int | None
    prev_hash: str | None
    entry_hash: str | None
    content: Mapping[str, Any]
    label: str = ""


@dataclass(frozen=True, slots=True)
class ChainHead:
    last_seq: int
    last_hash: str


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first place where the chain does not hold. ``kind``: altered, deleted, reordered, inserted,
    head_missing (entries and no head), head_behind (the head names an earlier entry than the last); the
    replay checks add their own kinds (see services/audit_replay.py) with ``field``, ``expected`` and ``found``
    naming what differs."""

    chain: str
    kind: str
    position: int
    row_id: int | None
    label: str
    field: str = ""
    expected: str = ""
    found: str = ""


@dataclass(frozen=True, slots=True)
class ChainReport:
    """``uncovered``: records the check could not judge (filings registered before the history carried
    their whole content); they are counted, never silently passed."""

    chain: str
    entries: int
    first_break: ChainBreak | None
    uncovered: int = 0

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify_chain(
    chain: str,
    entries: Iterable[ChainEntry],
    head: ChainHead | None,
    key: bytes | None = None,
    start: ChainHead | None = None,
) -> ChainReport:
    """Recompute the chain over ``entries`` (in insertion order, with ``key`` when keyed) and compare with ``head``.
    ``start``: a verified checkpoint (position and hash) the entries follow; None for the whole chain."""
    rows = list(entries)
    positions = {e.chain_seq for e in rows}
    expected_seq, expected_prev, count = 1, GENESIS, 0
    if start is not None:
        expected_seq, expected_prev = start.last_seq + 1, start.last_hash
    for entry in rows:
        count += 1
        found = _check_entry(chain, entry, expected_seq, expected_prev, positions, key)
        if found is not None:
            return ChainReport(chain, count, found)
        expected_seq, expected_prev = expected_seq + 1, str(entry.entry_hash)
    last_seq, last_hash = expected_seq - 1, expected_prev
    if head is None:
        if count or start is not None:  # entries with no head: the head row was deleted to hide a cut
            return ChainReport(chain, count, ChainBreak(chain, "head_missing", last_seq, None, ""))
        return ChainReport(chain, count, None)
    if (head.last_seq, head.last_hash) != (last_seq, last_hash):
        if head.last_seq > last_seq:
            kind = "deleted"
        elif head.last_seq < last_seq:
            kind = "head_behind"
        else:
            kind = "altered"
        return ChainReport(chain, count, ChainBreak(chain, kind, min(head.last_seq, last_seq) + 1, None, ""))
    return ChainReport(chain, count, None)


def _check_entry(
    chain: str,
    entry: ChainEntry,
    expected_seq: int,
    expected_prev: str,
    positions: set[int | None],
    key: bytes | None,
) -> ChainBreak | None:
    def broken(kind: str, position: int) -> ChainBreak:
        return ChainBreak(chain, kind, position, entry.row_id, entry.label)

    if entry.chain_seq is None or entry.prev_hash is None or entry.entry_hash is None:
        return broken("inserted", expected_seq)
    if entry_hash(entry.chain_seq, entry.prev_hash, entry.content, key) != entry.entry_hash:
        return broken("altered", entry.chain_seq)
    if entry.chain_seq > expected_seq:
        return broken("reordered" if expected_seq in positions else "deleted", expected_seq)
    if entry.chain_seq < expected_seq or entry.prev_hash != expected_prev:
        return broken("reordered", entry.chain_seq)
    return None


def link(
    chain_seq_before: int, hash_before: str, content: Mapping[str, Any], key: bytes | None = None
) -> tuple[int, str, str]:
    """(chain_seq, prev_hash, entry_hash) of a new entry appended after the given head."""
    position = chain_seq_before + 1
    return position, hash_before, entry_hash(position, hash_before, content, key)


FILING_EVENTS = "filing_events"
CALENDAR_OVERRIDES = "calendar_overrides"
SECURITY_EVENTS = "security_events"


def filing_event_content(
    filing_id: int, seq: int, at: datetime, actor: str, action: str, changes: Any, reason: str | None
) -> dict[str, Any]:
    """What of a filing-history entry the chain protects: every column but the chain's own."""
    return {
        "filing_id": filing_id,
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "changes": changes,
        "reason": reason,
    }


def calendar_override_content(row: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("kind", "day", "paired_day", "year", "act", "created_at", "created_by")
    return {key: row.get(key) for key in keys}
