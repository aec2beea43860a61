"""The checkpoint of the incremental verification: where each chain was last verified whole.

An intact full verification (``audit verify``, the window at start) saves, per chain, the position, row id and
hash of its newest entry in the settings (``audit_checkpoint``), with a MAC made with the register's chain key, and
appends the same heads to the anchors file. The checks every command runs when it opens the register then verify
only the entries stored after the checkpoint and that the entry at the checkpoint still carries its hash, so their
cost does not grow with the register. A checkpoint whose MAC does not hold is ignored (the whole chain is verified).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from akimat_desk.storage.kernel.audit_chain import ChainHead
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork, UnitOfWorkFactory
from akimat_desk.storage.office.repositories import CHAINS, AuditRepository, Checkpoint

SETTING = "audit_checkpoint"


def _mac(points: dict[str, list[Any]], key: bytes | None) -> str:
    text = json.dumps(points, sort_keys=True, separators=(",", ":")).encode("utf-8")
    if key is None:
        return hashlib.sha256(b"checkpoint|" + text).hexdigest()
    return hmac.new(key, b"checkpoint|" + text, hashlib.sha256).hexdigest()


def save_checkpoint(uow: UnitOfWorkFactory) -> dict[str, ChainHead]:
    """Record the newest entry of every chain as verified; returns the heads recorded (for the anchors file)."""
    with uow(write=True) as u:
        audit = u.repo(AuditRepository)
        points: dict[str, list[Any]] = {}
        for chain in CHAINS:
            point = audit.checkpoint_here(chain)
            if point is not None:
                points[chain] = [point.position, point.row_id, point.entry_hash]
        u.settings.set(SETTING, {"points": points, "mac": _mac(points, uow.chain_key)})
        u.commit()
    return {chain: ChainHead(int(p[0]), str(p[2])) for chain, p in points.items()}


def clear_checkpoint(uow: UnitOfWorkFactory) -> None:
    """Forget the checkpoint (a full verification found a break): the start-up checks verify whole chains."""
    with uow(write=True) as u:
        u.settings.set(SETTING, {})
        u.commit()


def read_checkpoint(u: UnitOfWork, key: bytes | None) -> dict[str, Checkpoint]:
    """The checkpoints saved by the last intact full verification; {} when there are none or the MAC fails."""
    stored = u.settings.get(SETTING)
    if not isinstance(stored, dict) or not isinstance(stored.get("points"), dict):
        return {}
    points = stored["points"]
    if not hmac.compare_digest(str(stored.get("mac", "")), _mac(points, key)):
        return {}
    try:
        return {str(c): Checkpoint(int(p[0]), int(p[1]), str(p[2])) for c, p in points.items()}
    except (TypeError, ValueError, IndexError):
        return {}
