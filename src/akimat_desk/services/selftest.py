"""``akimat-desk self-test``: open and migrate a scratch register, register, read back, correct."""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from akimat_desk.services.demo import sample_filing
from akimat_desk.services.filings import correct_filing, get_filing, list_filings
from akimat_desk.services.register import OpenRegister, open_register
from akimat_desk.services.registration import register_filing
from akimat_desk.storage.repositories import FilingQuery


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    ok: bool
    detail: str


@dataclass
class SelfTestReport:
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "steps": [{"name": s.name, "ok": s.ok, "detail": s.detail} for s in self.steps],
        }


def _step(report: SelfTestReport, name: str, action: Callable[[], str]) -> bool:
    try:
        report.steps.append(Step(name, True, action()))
        return True
    except Exception as exc:
        last = traceback.format_exception_only(exc)[-1].strip()
        report.steps.append(Step(name, False, last))
        return False


def run_self_test() -> SelfTestReport:
    report = SelfTestReport()
    with tempfile.TemporaryDirectory(prefix="akimat-selftest-") as tmp:
        holder: dict[str, Any] = {}
        _run_steps(report, Path(tmp), holder)
        reg: OpenRegister | None = holder.get("reg")
        if reg is not None:
            reg.close()
    return report


def _run_steps(report: SelfTestReport, tmp: Path, holder: dict[str, Any]) -> None:
    def open_step() -> str:
        holder["reg"] = open_register(tmp / "register.db", tmp / "backups", actor="self-test")
        return f"schema at revision {holder['reg'].migration.to_revision}"

    def register_step() -> str:
        filing = register_filing(holder["reg"].context, sample_filing(0)).filing
        holder["filing"] = filing
        if filing.incoming_number != holder["reg"].context.settings.number_format.format(
            akimat=holder["reg"].context.settings.akimat_code, year=filing.registered_on.year, seq=1
        ):
            raise AssertionError(f"unexpected first number {filing.incoming_number}")
        return f"registered {filing.incoming_number}"

    def read_step() -> str:
        ctx = holder["reg"].context
        back = get_filing(ctx, holder["filing"].incoming_number)
        if back.document != holder["filing"].document or len(list_filings(ctx, FilingQuery())) != 1:
            raise AssertionError("the filing read back differs from the one registered")
        return f"read back {back.incoming_number} with {len(back.history)} history entry"

    def correct_step() -> str:
        ctx = holder["reg"].context
        after = correct_filing(ctx, holder["filing"].id, {"participants": 2}, "self-test correction").filing
        if len(after.history) != 2 or after.document.get("participants") != 2:
            raise AssertionError("the correction was not recorded as a new history event")
        return "correction kept as a second history event"

    for name, action in (("open", open_step), ("register", register_step), ("read", read_step),
                         ("correct", correct_step)):  # fmt: skip
        if not _step(report, name, action):
            return
