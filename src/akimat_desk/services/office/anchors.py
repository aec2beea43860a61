"""Heads anchored outside the database: the register seal and the anchors file.

A seal names, for each history chain, its position and the first 16 hex digits of its head, e.g.
``filing_events:42:1a2b3c4d5e6f7a8b``. Each seal the application issues (``audit seal``, every verified
backup) is appended as one JSON line to the anchors file beside the register (``register.db.anchors``; for a
PostgreSQL register ``<host>-<port>-<database>.anchors`` in the seat's backups folder) and, for a backup, to
the anchors file of the backup folder. ``check_anchors`` compares the database with the
latest anchor of each chain: a chain now shorter than a seal issued for it is a rollback (a restored older
copy, or the newest entries cut off together with their head), a chain whose entry at the sealed position
carries another hash was rewritten. An in-application restore appends a ``restore`` line: anchors before it
no longer bind (the restore itself is in the administration log); the same after the chains were re-chained
with the register's key (``chain_keyed``).
"""

from __future__ import annotations

import json
import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from akimat_desk.storage.kernel.audit_chain import ChainBreak, ChainHead, ChainReport
from akimat_desk.storage.kernel.engine import is_sqlite
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork, UnitOfWorkFactory
from akimat_desk.storage.office.repositories import AuditRepository

ANCHORS = "anchors"
SUFFIX = ".anchors"
FOLDER_ANCHORS = "register.anchors"
RESETS = ("restore", "chain_keyed")
"""Lines after which older seals no longer bind: an in-application restore, the re-chaining with a key (both are
in the administration log); the keying line carries the new heads."""
"""The anchors file of a backup folder: the seal of every verified copy made into it."""
PREFIX_LEN = 16


@dataclass(frozen=True, slots=True)
class Anchor:
    chain: str
    position: int
    prefix: str
    at: datetime
    source: str


_SERVER_ANCHORS: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()
"""The anchors file of each open server register (set by ``place_server_anchors`` when it is opened)."""


def server_anchors_name(engine: Engine) -> str:
    """The file name of a server register's anchors: its host, port and database, e.g.
    ``10.0.0.5-5432-akimat_register.anchors`` (one file per register, several registers in one folder)."""
    url = engine.url
    parts = (url.host or "localhost", str(url.port or 5432), url.database or "register")
    return "-".join(re.sub(r"[^A-Za-z0-9._]", "_", part) for part in parts) + SUFFIX


def place_server_anchors(engine: Engine, folder: Path | None) -> Path | None:
    """Give a server (PostgreSQL) register its anchors file in ``folder`` (the seat's backups folder, outside
    the database server); a SQLite register keeps its file beside itself. Returns the path chosen."""
    if is_sqlite(engine) or folder is None:
        return None
    path = Path(folder) / server_anchors_name(engine)
    _SERVER_ANCHORS[engine] = path
    return path


def anchors_file(engine: Engine) -> Path | None:
    """The anchors file beside a SQLite register; for a server register the one ``place_server_anchors`` gave
    it (None when it was opened without a folder, or a SQLite register in memory)."""
    database = engine.url.database
    if not is_sqlite(engine):
        return _SERVER_ANCHORS.get(engine)
    if database in (None, "", ":memory:"):
        return None
    path = Path(str(database))
    return path.with_name(path.name + SUFFIX)


def seal_of(heads: Mapping[str, ChainHead]) -> str:
    """The printable seal: ``chain:position:hash16`` for every chain with entries, space-separated."""
    return " ".join(
        f"{chain}:{h.last_seq}:{h.last_hash[:PREFIX_LEN]}" for chain, h in sorted(heads.items()) if h.last_seq > 0
    )


def current_heads(uow: UnitOfWorkFactory) -> dict[str, ChainHead]:
    with uow() as u:
        return u.repo(AuditRepository).heads()


def heads_in(uow: UnitOfWork) -> dict[str, ChainHead]:
    """The heads as this unit of work sees them: the seal of a paper issued inside it (a letter, a journal)."""
    return uow.repo(AuditRepository).heads()


def record_seal(engine: Engine, heads: Mapping[str, ChainHead], at: datetime, source: str) -> str:
    """Append the seal of ``heads``, issued on paper (``source`` says which), to the register's anchors file
    (none for a server register without a file of its own); returns the printable seal."""
    path = anchors_file(engine)
    return seal_of(heads) if path is None else append_anchor(path, heads, at, source)


def append_anchor(path: Path, heads: Mapping[str, ChainHead], at: datetime, source: str) -> str:
    """Append the seal of ``heads`` to the anchors file at ``path`` (created when missing); returns the seal."""
    line = {
        "at": at.astimezone(UTC).isoformat(),
        "source": source,
        "heads": {c: [h.last_seq, h.last_hash[:PREFIX_LEN]] for c, h in sorted(heads.items()) if h.last_seq > 0},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return seal_of(heads)


def read_anchors(path: Path) -> list[Anchor]:
    """The binding anchors of the file: those after its last ``restore`` line; unreadable lines are skipped."""
    if not path.is_file():
        return []
    found: list[Anchor] = []
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        try:
            line = json.loads(raw)
            at = datetime.fromisoformat(line["at"])
            heads = line["heads"]
            source = str(line.get("source", ""))
        except (ValueError, KeyError, TypeError):
            continue
        if source in RESETS:
            found = (
                []
                if source == "restore"
                else [Anchor(str(c), int(v[0]), str(v[1]), at, source) for c, v in _items(heads)]
            )
            continue
        found += [Anchor(str(c), int(v[0]), str(v[1]), at, source) for c, v in _items(heads)]
    return found


def _items(heads: Any) -> Iterable[tuple[str, list[Any]]]:
    if not isinstance(heads, dict):
        return []
    return [(c, v) for c, v in heads.items() if isinstance(v, list) and len(v) == 2]


def latest(anchors: Iterable[Anchor]) -> dict[str, Anchor]:
    """The furthest anchor of each chain (of equal ones, the newest)."""
    best: dict[str, Anchor] = {}
    for a in anchors:
        if a.position <= 0:
            continue
        if a.chain not in best or a.position >= best[a.chain].position:  # the newest paper on a tie
            best[a.chain] = a
    return best


def check_anchors(uow: UnitOfWorkFactory, anchors: Iterable[Anchor]) -> ChainReport:
    """Compare the database with the furthest anchor of each chain (a rollback or a rewritten chain)."""
    best = latest(anchors)
    with uow() as u:
        repo = u.repo(AuditRepository)
        heads = repo.heads()
        for chain, anchor in sorted(best.items()):
            head = heads.get(chain)
            have = head.last_seq if head is not None else 0
            if have < anchor.position:
                return ChainReport(ANCHORS, len(best), _rollback(chain, anchor, have))
            stored = repo.hash_at(chain, anchor.position) if chain in _CHAINS else None
            if chain in _CHAINS and (stored is None or stored[:PREFIX_LEN] != anchor.prefix):
                return ChainReport(
                    ANCHORS,
                    len(best),
                    ChainBreak(
                        ANCHORS,
                        "rewritten",
                        anchor.position,
                        None,
                        chain,
                        chain,
                        anchor.prefix,
                        (stored or "-")[:PREFIX_LEN],
                    ),
                )
    return ChainReport(ANCHORS, len(best), None)


def _rollback(chain: str, anchor: Anchor, have: int) -> ChainBreak:
    when = anchor.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return ChainBreak(
        ANCHORS,
        "rollback",
        anchor.position,
        None,
        chain,
        anchor.source or chain,
        f"{anchor.position} ({when})",
        str(have),
    )


_CHAINS = ("filing_events", "calendar_overrides", "security_events")
