"""Use cases of the tamper-evident history: verify every chain of the register and say what broke.

The window runs ``verify_history`` at start and after a restore and shows ``break_message`` as a warning;
``akimat-desk audit verify`` prints it. A broken chain does not stop work: the register stays usable, the
administrator is told which entry was altered, deleted, reordered or inserted outside the application.
"""

from __future__ import annotations

from dataclasses import dataclass

from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.kernel.audit_chain import ChainBreak, ChainReport
from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory
from akimat_desk.storage.office.repositories import AuditRepository, SecurityLogRepository


@dataclass(frozen=True, slots=True)
class AuditReport:
    chains: tuple[ChainReport, ...]

    @property
    def intact(self) -> bool:
        return all(c.intact for c in self.chains)

    @property
    def first_break(self) -> ChainBreak | None:
        return next((c.first_break for c in self.chains if c.first_break is not None), None)


def verify_store(uow: UnitOfWorkFactory) -> AuditReport:
    """Verify the chains of any register (also a backup copy being checked); no permission involved."""
    with uow() as u:
        return AuditReport(tuple(u.repo(AuditRepository).verify()))


def verify_history(ctx: ServiceContext) -> AuditReport:
    """Recompute every history chain of the open register."""
    ctx.require(Permission.READ)
    return verify_store(ctx.uow)


def break_message(found: ChainBreak, lang: str) -> str:
    """One sentence naming the first broken entry, e.g. 'history entry 7 (01-2026/0003 #2) was altered'."""
    table = message(f"audit.chain.{found.chain}", lang)
    what = message(f"audit.break.{found.kind}", lang)
    return message("audit.broken", lang, chain=table, position=found.position, label=found.label or "-",
                   row=found.row_id if found.row_id is not None else "-", what=what)  # fmt: skip


def report_lines(report: AuditReport, lang: str) -> list[str]:
    lines = []
    for chain in report.chains:
        name = message(f"audit.chain.{chain.chain}", lang)
        if chain.first_break is None:
            lines.append(message("audit.chain_ok", lang, chain=name, entries=chain.entries))
        else:
            lines.append(break_message(chain.first_break, lang))
    return lines


def administration_log(ctx: ServiceContext, limit: int = 100) -> list[dict[str, object]]:
    """The newest entries of the administration log (users, logins refused, restores)."""
    ctx.require(Permission.MANAGE_USERS)
    with ctx.uow() as uow:
        return list(uow.repo(SecurityLogRepository).recent(limit))
