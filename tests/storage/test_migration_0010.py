"""Migration 0010: a register whose decision took one number per language keeps those numbers, says so in the
filing's history (chained like every entry), and from then on shares one number per decision."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from alembic import command

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
from akimat_desk.services.decisions.outgoing import issue_letter, letters_of
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings import update_settings
from akimat_desk.storage.kernel.migrate import _config
from akimat_desk.storage.office.repositories import AuditRepository
from tests.conftest import EXAMPLES
from tests.decisions.conftest import LETTERHEAD

NOW = datetime(2026, 11, 17, 6, 0, tzinfo=UTC)


def _old_register_with_three_numbers(tmp_path: Path) -> tuple[Path, int]:
    """A register at 0009 where one decision's kk, ru and en letters were numbered 0001, 0002 and 0003."""
    db = tmp_path / "register.db"
    reg = open_register(db, tmp_path / "backups", actor="tester")
    ctx = replace(reg.context, settings=update_settings(reg.context.uow, **LETTERHEAD), clock=lambda: NOW)
    data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
    data["received_at"] = "2026-11-16T10:00:00+05:00"
    fid = register_filing(ctx, data).filing.id
    decide(ctx, fid, DecisionRequest(DecisionKind.INFORM))
    issue_letter(ctx, fid, "kk")
    with reg.engine.connect() as conn:
        config = _config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
        conn.commit()
    reg.close()
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT * FROM outgoing_letters").fetchone()
        columns = [c[1] for c in conn.execute("PRAGMA table_info(outgoing_letters)")]
        old = dict(zip(columns, row, strict=True))
        for seq, lang in ((2, "ru"), (3, "en")):
            values = {**old, "id": None, "seq": seq, "language": lang, "outgoing_number": f"01-2026/000{seq}-ш"}
            names = ", ".join(values)
            conn.execute(
                f"INSERT INTO outgoing_letters ({names}) VALUES ({', '.join('?' * len(values))})", list(values.values())
            )
    return db, fid


def test_numbers_issued_per_language_are_kept_and_the_history_says_so(tmp_path: Path) -> None:
    db, fid = _old_register_with_three_numbers(tmp_path)
    reg = open_register(db, tmp_path / "backups", actor="tester")
    try:
        ctx = replace(reg.context, clock=lambda: NOW)
        numbers = {x.language: x.outgoing_number for x in letters_of(ctx, fid)}
        assert numbers == {"kk": "01-2026/0001-ш", "ru": "01-2026/0002-ш", "en": "01-2026/0003-ш"}
        kept = [e for e in get_filing(ctx, fid).history if e.action == "letter_numbers_kept"]
        assert len(kept) == 1 and [x["outgoing_number"] for x in kept[0].changes["letters"]] == list(numbers.values())
        with reg.context.uow() as uow:
            reports = uow.repo(AuditRepository).verify()
        assert all(r.intact for r in reports), reports  # the note is a proper link of the history chain
        assert issue_letter(ctx, fid, "ru").new is False  # reprinting takes no number
    finally:
        reg.close()
