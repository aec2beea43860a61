"""Use cases of backups: copy the register with SQLite's online backup API, verify each copy, keep a number of
them, restore one (keeping a copy of what it replaces), and the automatic policy (daily, on exit). A restore
accepts only a register of this application (its tables, known migration revisions and history chain), checked
before anything is replaced.

A copy is verified by opening it (with the register's key when encrypted): ``PRAGMA integrity_check`` must say
``ok`` and every history chain must be intact. A copy that fails is not kept under a backup's name.
A PostgreSQL register is backed up by the server's own tools (pg_dump); these use cases refuse it clearly.
"""

from __future__ import annotations

import errno
import os
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.office.anchors import FOLDER_ANCHORS, anchors_file, append_anchor, current_heads, seal_of
from akimat_desk.services.office.audit import AuditReport, verify_store
from akimat_desk.services.office.chain_key import copy_is_keyed
from akimat_desk.storage.kernel.engine import (
    StorageFault,
    check_readable,
    connect_file,
    integrity_check,
    is_encrypted_engine,
    is_sqlite,
    make_engine,
    online_backup,
    sqlite_url,
)
from akimat_desk.storage.kernel.register_shape import register_shape
from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory
from akimat_desk.storage.office.repositories import SecurityLogRepository

PREFIX = "register-"
REASONS = ("manual", "daily", "exit")
POLICY_KEY = "backup_policy"
LAST_KEY = "backup_last"


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """Set by the administrator: where copies go ("" = the register's own backups folder), how many to keep,
    whether to copy once a day and when the window closes."""

    folder: str = ""
    keep: int = 30
    daily: bool = True
    on_exit: bool = True


@dataclass(frozen=True, slots=True)
class CopyCheck:
    """The verification of one copy. ``audit`` is None for a copy older than the history chain."""

    path: Path
    integrity: str
    audit: AuditReport | None

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and (self.audit is None or self.audit.intact)


@dataclass(frozen=True, slots=True)
class BackupResult:
    """``seal``: the register seal of the copy, appended to the anchors files beside the register and in the
    backup folder (see services/office/anchors.py)."""

    path: Path
    size: int
    check: CopyCheck
    removed: tuple[Path, ...]
    seal: str = ""


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    kept_copy: Path
    check: CopyCheck


def _engine(ctx: ServiceContext) -> Engine:
    engine = ctx.uow.engine
    if not is_sqlite(engine) or engine.url.database in (None, "", ":memory:"):
        raise InvalidInput("backup_server_database", field="database")
    return engine


def _key(engine: Engine) -> str | None:
    return engine.url.password if is_encrypted_engine(engine) else None


def load_policy(ctx: ServiceContext) -> BackupPolicy:
    with ctx.uow() as uow:
        stored = uow.settings.get(POLICY_KEY) or {}
    known = {f.name for f in fields(BackupPolicy)}
    return BackupPolicy(**{k: v for k, v in stored.items() if k in known})


def save_policy(ctx: ServiceContext, policy: BackupPolicy) -> BackupPolicy:
    """Store the policy (administrator); the folder must exist or be creatable, ``keep`` at least 1."""
    ctx.require(Permission.BACKUP)
    if not 1 <= policy.keep <= 1000:
        raise InvalidInput("backup_keep_invalid", field="keep", value=policy.keep)
    if policy.folder:
        _usable_folder(Path(policy.folder))
    with ctx.uow(write=True) as uow:
        uow.settings.set(POLICY_KEY, asdict(policy))
        uow.commit()
    return policy


def _usable_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput("backup_folder_unusable", field="folder", path=str(folder), detail=exc) from None
    if not os.access(folder, os.W_OK):
        denied = PermissionError(errno.EACCES, "not writable", str(folder))
        raise InvalidInput("backup_folder_unusable", field="folder", path=str(folder), detail=denied)
    return folder


def verify_copy(path: Path, key: str | None, chain_key: bytes | None = None) -> CopyCheck:
    """Open ``path`` (with ``key``) and check its pages and its history chains (with ``chain_key`` when the copy
    says it is keyed; a copy made before the register was keyed is checked unkeyed)."""
    engine = make_engine(sqlite_url(path), key=key)
    try:
        check_readable(engine)
        integrity = integrity_check(engine)
        chained = "audit_heads" in inspect(engine).get_table_names()
        uow = UnitOfWorkFactory(engine, chain_key if chained and copy_is_keyed(engine) else None)
        audit = verify_store(uow) if chained and integrity == "ok" else None
    finally:
        engine.dispose()
    return CopyCheck(path, integrity, audit)


def _check_candidate(source: Path, key: str | None, chain_key: bytes | None = None) -> CopyCheck:
    """Verify a file offered for restore: a non-empty register of this application (tables, known migration
    revisions, history chain from 0007 on), whole pages, intact chains. InvalidInput (field FILE) otherwise."""
    if not source.is_file():
        raise InvalidInput("restore_file_missing", field="FILE", path=str(source))
    if source.stat().st_size == 0:
        raise InvalidInput("restore_not_a_register", field="FILE", path=str(source), detail="empty file (0 bytes)")
    try:
        candidate = verify_copy(source, key, chain_key)
        if candidate.integrity == "ok":
            engine = make_engine(sqlite_url(source), key=key)
            try:
                shape = register_shape(engine)
            finally:
                engine.dispose()
            if shape.problem is not None:
                raise InvalidInput("restore_not_a_register", field="FILE", path=str(source), detail=shape.problem)
    except StorageFault as exc:
        raise InvalidInput("restore_not_a_backup", field="FILE", path=str(source), detail=exc.code) from None
    except DatabaseError as exc:  # a truncated or damaged file: SQLite says so while reading it
        detail = str(exc.orig)[:120]
        raise InvalidInput("restore_not_verified", field="FILE", path=str(source), integrity=detail) from None
    if not candidate.ok:
        raise InvalidInput("restore_not_verified", field="FILE", path=str(source), integrity=candidate.integrity)
    return candidate


def backup_register(ctx: ServiceContext, folder: Path, keep: int | None = None, reason: str = "manual") -> BackupResult:
    """Copy the register into ``folder``, verify the copy, then keep only the newest ``keep`` copies."""
    ctx.require(Permission.BACKUP)
    return _backup(ctx, folder, keep, reason)


def _backup(ctx: ServiceContext, folder: Path, keep: int | None, reason: str) -> BackupResult:
    engine = _engine(ctx)
    folder = _usable_folder(folder)
    now = ctx.clock()
    target = folder / f"{PREFIX}{now.astimezone(UTC).strftime('%Y%m%dT%H%M%S%fZ')}-{reason}.db"
    partial = target.with_suffix(".partial")
    online_backup(engine, partial)
    check = verify_copy(partial, _key(engine), ctx.uow.chain_key)
    if not check.ok:
        partial.replace(target.with_suffix(".failed"))
        raise InvalidInput("backup_not_verified", field="folder", path=str(target), integrity=check.integrity)
    partial.replace(target)
    check = CopyCheck(target, check.integrity, check.audit)
    seal = _seal_copy(target, _key(engine), engine, folder, now)
    removed = _prune(folder, keep if keep is not None else load_policy(ctx).keep)
    with ctx.uow(write=True) as uow:
        uow.settings.set(LAST_KEY, now.astimezone(UTC).isoformat())
        uow.repo(SecurityLogRepository).append(now, ctx.user.name, "backup", target.name, {"reason": reason})
        uow.commit()
    return BackupResult(target, target.stat().st_size, check, removed, seal)


def _seal_copy(copy: Path, key: str | None, engine: Engine, folder: Path, now: datetime) -> str:
    """Append the seal of the verified copy (its heads) beside the register and in the backup folder."""
    copy_engine = make_engine(sqlite_url(copy), key=key)
    try:
        heads = current_heads(UnitOfWorkFactory(copy_engine))
    finally:
        copy_engine.dispose()
    seal = seal_of(heads)
    for path in (anchors_file(engine), folder / FOLDER_ANCHORS):
        if path is not None:
            append_anchor(path, heads, now, f"backup {copy.name}")
    return seal


def list_backups(folder: Path) -> list[Path]:
    """The verified copies this application made in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{PREFIX}*.db") if p.stem.rsplit("-", 1)[-1] in REASONS)


def _prune(folder: Path, keep: int) -> tuple[Path, ...]:
    """Remove the oldest of this application's copies beyond ``keep`` (copies before upgrades and restores stay)."""
    old = list_backups(folder)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return tuple(old)


def last_backup_at(ctx: ServiceContext) -> datetime | None:
    with ctx.uow() as uow:
        value: Any = uow.settings.get(LAST_KEY)
    return datetime.fromisoformat(value) if value else None


def automatic_backup(ctx: ServiceContext, default_folder: Path, reason: str) -> BackupResult | None:
    """The policy the window applies: ``reason`` "daily" (at start and every hour: copies when the last copy is
    a day old) or "exit" (when the window closes). Runs whoever is logged in; None when the policy says no or
    the register lives on a server."""
    policy = load_policy(ctx)
    if not is_sqlite(ctx.uow.engine) or (reason == "exit" and not policy.on_exit):
        return None
    if reason == "daily":
        last = last_backup_at(ctx)
        if not policy.daily or (last is not None and ctx.clock() - last < timedelta(days=1)):
            return None
    return _backup(ctx, Path(policy.folder) if policy.folder else default_folder, policy.keep, reason)


def restore_register(ctx: ServiceContext, source: Path, keep_folder: Path) -> RestoreResult:
    """Replace the register's content with the copy ``source``: the copy is verified first, the current content
    is kept in ``keep_folder``, the result is verified again. The caller reopens the register afterwards (the
    copy may be of an older schema; opening migrates it)."""
    ctx.require(Permission.BACKUP)
    engine = _engine(ctx)
    key = _key(engine)
    _check_candidate(source, key, ctx.uow.chain_key)
    stamp = ctx.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = _usable_folder(keep_folder) / f"{PREFIX}{stamp}-before-restore.db"
    online_backup(engine, kept)
    engine.dispose()
    src, raw = connect_file(source, key), engine.raw_connection()
    try:
        src.backup(raw.driver_connection)
    finally:
        src.close()
        raw.close()
    engine.dispose()
    restored = Path(str(engine.url.database))
    anchors = anchors_file(engine)
    if anchors is not None:  # the seals issued before no longer bind the register put in place on purpose
        append_anchor(anchors, {}, ctx.clock(), "restore")
    return RestoreResult(source, kept, verify_copy(restored, key, ctx.uow.chain_key))
