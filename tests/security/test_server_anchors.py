"""A PostgreSQL register has its anchors file too (issue 16, item 2): in the seat's backups folder, named after
the server and database; ``audit seal`` appends to it and ``audit verify`` finds a rollback against it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.anchors import anchors_file
from akimat_desk.services.office.audit import break_message, issue_seal, verify_history
from tests.conftest import EXAMPLES, FIXED_NOW
from tests.intruder import drop_guards

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
pytestmark = pytest.mark.postgres


def test_a_server_register_seals_into_the_backups_folder_and_a_cut_is_found(postgres_url: str, tmp_path: Path) -> None:
    reg = open_register(postgres_url, tmp_path / "backups", actor="tester")
    try:
        ctx = replace(reg.context, clock=lambda: FIXED_NOW)
        register_filing(ctx, PICKET)
        register_filing(ctx, PICKET)
        seal, path = issue_seal(ctx, "seal")
        database = sa.engine.make_url(postgres_url).database
        assert path is not None and path.parent == tmp_path / "backups" and path.name.endswith(f"-{database}.anchors")
        assert path == anchors_file(reg.engine) and seal.startswith("filing_events:2:")
        assert json.loads(path.read_text("utf-8").splitlines()[-1])["heads"]["filing_events"][0] == 2
        assert verify_history(ctx).intact
        with reg.engine.begin() as conn:  # the newest entry cut off, its head recomputed by the intruder
            drop_guards(conn)
            newest = conn.execute(sa.text("SELECT max(id) FROM filing_events")).scalar_one()
            conn.execute(sa.text(f"DELETE FROM filing_events WHERE id = {newest}"))
            conn.execute(
                sa.text(
                    "UPDATE audit_heads SET last_seq = 1, last_hash = (SELECT entry_hash FROM "
                    f"filing_events WHERE id = {newest - 1}) WHERE chain = 'filing_events'"
                )
            )
        found = verify_history(ctx).first_break
        assert found is not None and (found.chain, found.kind) == ("anchors", "rollback"), found
        assert "sealed at position 2" in break_message(found, "en") and "now ends at 1" in break_message(found, "en")
    finally:
        reg.close()


def test_a_server_register_reopened_finds_the_same_file(postgres_url: str, tmp_path: Path) -> None:
    first = open_register(postgres_url, tmp_path / "backups", actor="tester")
    try:
        register_filing(replace(first.context, clock=lambda: FIXED_NOW), PICKET)
        _, path = issue_seal(first.context, "seal")
    finally:
        first.close()
    again = open_register(postgres_url, tmp_path / "backups", actor="tester")
    try:
        assert anchors_file(again.engine) == path
        anchors = next(c for c in verify_history(again.context).chains if c.chain == "anchors")
        assert anchors.intact and anchors.entries >= 1
    finally:
        again.close()
