"""Use cases of the tamper-evident history: verify every chain of the register and say what broke.

Checks, in order: each hash chain (an entry altered, deleted, reordered, inserted; a head missing or behind),
the accounts against the administration log, the heads against the anchors file (a rollback), and with
``full`` the replay of every filing's history against its rows (services/office/audit_replay.py), attachments
hashed byte for byte, and of the office chain against places, zones, bookings and settings
(services/office/audit_office.py). Every CLI command runs the cheap checks at start; ``audit verify`` and the window run
them all. A broken check does not stop work: the administrator is told what differs and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.office.anchors import (
    anchors_file,
    append_anchor,
    check_anchors,
    current_heads,
    read_anchors,
    seal_of,
)
from akimat_desk.services.office.audit_accounts import replay_accounts
from akimat_desk.services.office.checkpoint import clear_checkpoint, read_checkpoint, save_checkpoint
from akimat_desk.storage.kernel.audit_chain import ChainBreak, ChainReport, key_id
from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory
from akimat_desk.storage.office.repositories import AuditRepository, SecurityLogRepository, UserRepository

SENTENCES = ("differs", "rollback", "rewritten", "head_missing", "head_behind")
"""Breaks told in a sentence of their own (``audit.<kind>``), with the field and both values."""
CHECKS = ("accounts", "anchors", "filings", "office")


@dataclass(frozen=True, slots=True)
class AuditReport:
    """``key``: the public fingerprint of the key the chains were verified with (None: not keyed)."""

    chains: tuple[ChainReport, ...]
    key: str | None = None

    @property
    def intact(self) -> bool:
        return all(c.intact for c in self.chains)

    @property
    def first_break(self) -> ChainBreak | None:
        return next((c.first_break for c in self.chains if c.first_break is not None), None)


def verify_store(
    uow: UnitOfWorkFactory, *, full: bool = False, anchors: Path | None = None, since_checkpoint: bool = False
) -> AuditReport:
    """Verify any register (also a backup copy being checked); no permission involved.

    The chains and the accounts always; the anchors file at ``anchors`` (default: the one beside a SQLite
    register); with ``full`` the replay of every filing against its rows, attachments hashed. With
    ``since_checkpoint`` (what every command runs at start) the chains are verified only after the checkpoint
    the last intact full verification left (services/office/checkpoint.py)."""
    with uow() as u:
        audit = u.repo(AuditRepository)
        points = read_checkpoint(u, uow.chain_key) if since_checkpoint else {}
        reports = list(audit.verify_since(points) if points else audit.verify())
        reports.append(replay_accounts(u.repo(SecurityLogRepository).replay(), u.repo(UserRepository).all()))
    path = anchors if anchors is not None else anchors_file(uow.engine)
    if path is not None:
        reports.append(check_anchors(uow, read_anchors(path)))
    if full:  # the replays' modules load only for a full verification, not for every command's start-up check
        from akimat_desk.services.office.audit_office import replay_office
        from akimat_desk.services.office.audit_replay import replay_filings
        from akimat_desk.services.office.settings import load_settings
        from akimat_desk.storage.office.audit_replay import AuditReplayRepository
        from akimat_desk.storage.office.office_chain import OFFICE_RECORDS, OfficeRowsRepository

        tz = load_settings(uow).tz
        with uow() as u:
            reports.append(replay_filings(u.repo(AuditReplayRepository).filings(), tz))
            office = u.repo(OfficeRowsRepository)
            reports.append(replay_office(office.entries(), {kind: office.rows(kind) for kind in OFFICE_RECORDS}))
    return AuditReport(tuple(reports), key_id(uow.chain_key) if uow.chain_key is not None else None)


def verify_history(ctx: ServiceContext, *, full: bool = True) -> AuditReport:
    """Verify the open register: every check with ``full`` (the default), the cheap ones without. An intact
    full verification leaves a checkpoint (and its seal in the anchors file) for the start-up checks."""
    ctx.require(Permission.READ)
    report = verify_store(ctx.uow, full=full)
    if full and report.intact:
        heads = save_checkpoint(ctx.uow)
        path = anchors_file(ctx.uow.engine)
        if path is not None and heads:
            append_anchor(path, heads, ctx.clock(), "checkpoint")
    elif full:  # a break found: every start-up check verifies the whole chains again, so the warning stays
        clear_checkpoint(ctx.uow)
    return report


def field_label(field: str, lang: str) -> str:
    """``received_at`` -> 'time of receipt (received_at)'; ``attachment.5.bytes`` -> 'attachment (...)'."""
    base = field.split(".", 1)[0]
    label = message(f"audit.field.{base}", lang)
    return field if not field or label == f"audit.field.{base}" else f"{label} ({field})"


def break_message(found: ChainBreak, lang: str) -> str:
    """One sentence naming the first broken entry, e.g. 'history entry 7 (01-2026/0003 #2) was altered'."""
    table = message(f"audit.chain.{found.chain}", lang)
    if found.kind in SENTENCES:
        field = field_label(found.field, lang)
        return message(
            f"audit.{found.kind}",
            lang,
            chain=table,
            label=found.label or "-",
            field=field,
            expected=found.expected or "-",
            found=found.found or "-",
            position=found.position,
        )
    what = message(f"audit.break.{found.kind}", lang)
    return message(
        "audit.broken",
        lang,
        chain=table,
        position=found.position,
        label=found.label or "-",
        row=found.row_id if found.row_id is not None else "-",
        what=what,
    )


def report_lines(report: AuditReport, lang: str) -> list[str]:
    """One line per check, then whether the chains are keyed."""
    lines = []
    for chain in report.chains:
        name = message(f"audit.chain.{chain.chain}", lang)
        if chain.first_break is None:
            lines.append(
                message(
                    f"audit.ok.{chain.chain}" if chain.chain in CHECKS else "audit.chain_ok",
                    lang,
                    chain=name,
                    entries=chain.entries,
                )
            )
            if chain.uncovered:
                uncovered = "audit.uncovered.office" if chain.chain == "office" else "audit.uncovered"
                lines.append(message(uncovered, lang, chain=name, count=chain.uncovered))
        else:
            lines.append(break_message(chain.first_break, lang))
    keyed = message("audit.keyed", lang, fingerprint=report.key) if report.key else message("audit.not_keyed", lang)
    lines.append(keyed)
    return lines


def administration_log(ctx: ServiceContext, limit: int = 100) -> list[dict[str, object]]:
    """The newest entries of the administration log (users, logins refused, restores)."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.uow() as uow:
        return list(uow.repo(SecurityLogRepository).recent(limit))


def issue_seal(ctx: ServiceContext, source: str) -> tuple[str, Path | None]:
    """The current register seal, appended to the register's anchors file (beside a SQLite register, in the seat's
    backups folder for a PostgreSQL one; returned too)."""
    ctx.require(Permission.READ)
    heads = current_heads(ctx.uow)
    path = anchors_file(ctx.uow.engine)
    if path is None:
        return seal_of(heads), None
    return append_anchor(path, heads, ctx.clock(), source), path
