"""A record a court would trust (issue 16, items 6 and 7 of issue 21): SQL done on a register behind the
application's back is found and named by ``audit verify``, on SQLite and PostgreSQL: a column of a filing the
history determines, a deadline, a decision, an outgoing letter's bytes, an attachment's bytes with its hash,
the newest entries cut off with or without their head, the users table against the administration log, and a
register rolled back behind the seals of its anchors file."""

from __future__ import annotations

import copy
import json
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from akimat_desk.app import main
from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings import registered as filings
from akimat_desk.services.filings.attachments import attach_bytes
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.messages import error_message
from akimat_desk.services.kernel.opening import needs_login, open_register
from akimat_desk.services.office import backup, users
from akimat_desk.services.office.audit import AuditReport, break_message, issue_seal, report_lines, verify_history
from akimat_desk.services.office.settings import update_settings
from akimat_desk.storage.deadlines.orm import FilingDeadlineRow
from akimat_desk.storage.filings.orm import FilingRow
from akimat_desk.storage.office.audit_replay import FILING_COLUMNS
from tests.conftest import EXAMPLES, FIXED_NOW
from tests.decisions.conftest import LETTERHEAD
from tests.intruder import drop_guards

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))


def _ctx(reg: Any) -> Any:
    return replace(reg.context, clock=lambda: FIXED_NOW)


def _two_filings(reg: Any) -> Any:
    ctx = _ctx(reg)
    register_filing(ctx, PICKET)
    number = register_filing(ctx, PICKET).filing.incoming_number
    filings.correct_filing(ctx, number, {"participants": 12}, "typo in the count")
    return ctx


def _sql(reg: Any, *statements: Any) -> None:
    with reg.engine.begin() as conn:
        drop_guards(conn)
        for statement in statements:
            conn.execute(sa.text(statement) if isinstance(statement, str) else statement)


def _found(report: AuditReport) -> Any:
    assert not report.intact
    found = report.first_break
    assert found is not None
    return found


def _tampered(column: str, current: Any) -> Any:
    """Another value of ``column`` than ``current``, of the column's type."""
    if column == "received_at":
        return current - timedelta(days=3)
    if column == "registered_on":
        return current - timedelta(days=3)
    if column in ("starts_at", "ends_at"):
        return (current or datetime(2026, 4, 1, 12, 0)) + timedelta(hours=5)
    if column == "participants":
        return (current or 0) + 500
    if column == "document":
        changed = copy.deepcopy(current)
        changed["purpose"] = "другое"
        return changed
    if column == "status":
        return "refused"
    if column == "outcome":
        return "refused"
    if column == "language":
        return "kk" if current != "kk" else "ru"
    if column == "form":
        return "march" if current != "march" else "picket"
    if column == "kind":
        return "permission" if current != "permission" else "notification"
    return f"{current or ''} (подделка)"


@pytest.mark.parametrize("column", FILING_COLUMNS)
def test_an_update_of_any_determined_column_of_a_filing_is_named(any_register: Any, column: str) -> None:
    ctx = _two_filings(any_register)
    with any_register.engine.connect() as conn:
        current = conn.execute(sa.select(getattr(FilingRow, column)).where(FilingRow.id == 2)).scalar_one()
    _sql(any_register, sa.update(FilingRow).where(FilingRow.id == 2).values({column: _tampered(column, current)}))
    found = _found(verify_history(ctx))
    assert (found.chain, found.kind, found.field, found.label) == ("filings", "differs", column, "01-2026/0002")
    assert column in break_message(found, "kk") and "01-2026/0002" in break_message(found, "ru")


def test_the_time_of_receipt_moved_three_days_back_is_named_with_both_values(any_register: Any) -> None:
    ctx = _two_filings(any_register)
    _sql(
        any_register,
        sa.update(FilingRow).where(FilingRow.id == 1).values(received_at=datetime(2026, 3, 13, 5, 0, tzinfo=UTC)),
    )
    found = _found(verify_history(ctx))
    assert (found.field, found.found) == ("received_at", "2026-03-13T05:00:00.000000")
    assert found.expected != found.found
    assert "received_at" in break_message(found, "en") and "2026-03-13T05:00" in break_message(found, "en")


def test_an_update_of_a_deadline_is_named(any_register: Any) -> None:
    ctx = _two_filings(any_register)
    _sql(
        any_register,
        sa.update(FilingDeadlineRow).where(FilingDeadlineRow.filing_id == 1).values(due_on=date(2026, 4, 30)),
    )
    found = _found(verify_history(ctx))
    assert (found.label, found.field, found.found) == ("01-2026/0001", "deadline.review", "2026-04-30")


def _decided(reg: Any) -> Any:
    ctx = _ctx(reg)
    ctx = replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))
    record = register_filing(ctx, PICKET).filing
    decide(ctx, record.id, DecisionRequest(DecisionKind.INFORM))
    issue_letter(ctx, record.id, "ru")
    attach_bytes(ctx, record.id, "scan.pdf", b"%PDF-1.4 the organizer's scan")
    assert verify_history(ctx).intact
    return ctx


def test_a_decision_a_letters_bytes_and_an_attachment_changed_in_sql_are_named(any_register: Any) -> None:
    ctx = _decided(any_register)
    _sql(any_register, "UPDATE decisions SET remarks = 'added later'")
    assert _found(verify_history(ctx)).field == "decision.1"
    _sql(any_register, "UPDATE decisions SET remarks = NULL")
    assert verify_history(ctx).intact
    letter_file = "(SELECT attachment_id FROM outgoing_letters)"
    _sql(
        any_register,
        sa.text(f"UPDATE attachments SET content = :c WHERE id = {letter_file}").bindparams(
            c=b"%PDF-1.4 another letter"
        ),
    )
    found = _found(verify_history(ctx))
    assert found.field.startswith("letter.") and found.field.endswith(".pdf")


def test_an_attachment_replaced_with_its_hash_and_size_is_named(any_register: Any) -> None:
    """Issue 21 item 7: bytes, hash and size replaced together; the history still holds the original hash."""
    import hashlib

    ctx = _decided(any_register)
    forged = b"%PDF-1.4 a forged scan"
    _sql(
        any_register,
        sa.text("UPDATE attachments SET content = :c, sha256 = :h, size = :n WHERE name = 'scan.pdf'").bindparams(
            c=forged, h=hashlib.sha256(forged).hexdigest(), n=len(forged)
        ),
    )
    found = _found(verify_history(ctx))
    assert found.field.startswith("attachment.") and found.field.endswith(".sha256")
    assert found.found == hashlib.sha256(forged).hexdigest()[:80]


def test_bytes_changed_under_an_unchanged_hash_are_named(any_register: Any) -> None:
    ctx = _decided(any_register)
    _sql(any_register, sa.text("UPDATE attachments SET content = :c WHERE name = 'scan.pdf'").bindparams(c=b"x"))
    assert _found(verify_history(ctx)).field.endswith(".bytes")


@pytest.mark.parametrize("count", [1, 10])
def test_the_newest_entries_deleted_with_and_without_the_head_are_found(any_register: Any, count: int) -> None:
    ctx = _ctx(any_register)
    for _ in range(6):
        number = register_filing(ctx, PICKET).filing.incoming_number
        filings.correct_filing(ctx, number, {"participants": 12}, "count")
    newest = f"SELECT id FROM filing_events ORDER BY id DESC LIMIT {count}"
    _sql(any_register, f"DELETE FROM filing_events WHERE id IN (SELECT id FROM ({newest}) AS newest)")
    assert _found(verify_history(ctx)).kind == "deleted"  # the head is ahead of the entries
    _sql(any_register, "DELETE FROM audit_heads WHERE chain = 'filing_events'")
    found = _found(verify_history(ctx))
    assert (found.chain, found.kind, found.position) == ("filing_events", "head_missing", 12 - count)


def test_a_cut_with_the_head_recomputed_is_found_against_the_anchors_file(tmp_path: Path) -> None:
    reg = open_register(tmp_path / "register.db", tmp_path / "backups", actor="tester")
    try:
        ctx = _two_filings(reg)
        seal, path = issue_seal(ctx, "seal")
        assert path == tmp_path / "register.db.anchors" and seal.startswith("calendar_overrides") is False
        assert "filing_events:3:" in seal and verify_history(ctx).intact
        _sql(
            reg,
            "DELETE FROM filing_events WHERE id = 3",
            "UPDATE audit_heads SET last_seq = 2, last_hash = (SELECT entry_hash FROM filing_events WHERE id = 2) "
            "WHERE chain = 'filing_events'",
        )
        found = _found(verify_history(ctx))
        assert (found.chain, found.kind, found.expected.split(" ")[0], found.found) == ("anchors", "rollback", "3", "2")
    finally:
        reg.close()


def test_a_register_restored_from_an_older_copy_is_reported_as_a_rollback_with_the_dates(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert main(["--home", str(home), "register", str(EXAMPLES / "picket.json")]) == 0
    shutil.copy(home / "register.db", tmp_path / "older.db")
    assert main(["--home", str(home), "register", str(EXAMPLES / "picket.json")]) == 0
    assert main(["--home", str(home), "audit", "seal"]) == 0
    shutil.copy(tmp_path / "older.db", home / "register.db")  # a restore outside the application
    reg = open_register(home / "register.db", None)
    try:
        found = _found(verify_history(reg.context))
        assert (found.chain, found.kind) == ("anchors", "rollback")
        text = break_message(found, "en")
        assert "sealed at position 2" in text and "now ends at 1" in text and " UTC)" in text
    finally:
        reg.close()


def test_cli_seal_and_verify_name_the_field(tmp_path: Path, capsys: Any) -> None:
    home = str(tmp_path / "home")
    assert main(["--home", home, "register", str(EXAMPLES / "picket.json")]) == 0
    capsys.readouterr()
    assert main(["--home", home, "audit", "seal", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Register seal: filing_events:1:") and "register.db.anchors" in out
    reg = open_register(Path(home) / "register.db", None)
    _sql(reg, "UPDATE filings SET status = 'refused'")
    reg.close()
    assert main(["--home", home, "audit", "verify", "--full", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "01-2026/0001, field «status (status)»: the table holds refused, the history says registered." in out
    assert "Full verification took" in out


def test_deleting_the_users_keeps_the_register_out_of_single_clerk_mode(
    any_register: Any, database: str, tmp_path: Path
) -> None:
    """Issue 21 item 6: ``DELETE FROM users`` is named and never brings back single-clerk mode."""
    ctx = _ctx(any_register)
    users.add_user(ctx, "boss", ["administrator"], "boss-password-1")
    _sql(any_register, "DELETE FROM users")
    found = _found(verify_history(_reader(any_register)))
    assert (found.chain, found.label, found.field) == ("accounts", "boss", "account")
    reopened = open_register(database, tmp_path / "backups2", actor="intruder")
    try:
        assert needs_login(reopened)
        with pytest.raises(InvalidInput) as refused:
            users.add_user(reopened.context, "intruder", ["administrator"], "intruder-password-1")
        assert "1" in error_message(refused.value, "ru") and "single" in error_message(refused.value, "en")
    finally:
        reopened.close()


def _reader(reg: Any) -> Any:
    """A context that may read (single-clerk principal) on the same register, for the check itself."""
    from akimat_desk.security.roles import single_clerk

    return replace(reg.context, principal=single_clerk("auditor"), clock=lambda: FIXED_NOW)


def test_a_role_raised_or_a_password_hash_replaced_in_sql_is_named(any_register: Any) -> None:
    ctx = _ctx(any_register)
    users.add_user(ctx, "boss", ["administrator"], "boss-password-1")
    admin = users.login(ctx, "boss", "boss-password-1")
    users.add_user(admin, "clerk", ["registrar"], "clerk-password-1")
    assert verify_history(admin).intact
    _sql(any_register, "UPDATE users SET roles = '[\"registrar\", \"administrator\"]' WHERE name = 'clerk'")
    found = _found(verify_history(admin))
    assert (found.label, found.field, found.expected) == ("clerk", "roles", "registrar")
    _sql(any_register, "UPDATE users SET roles = '[\"registrar\"]' WHERE name = 'clerk'")
    boss_hash = "(SELECT password_hash FROM users WHERE name = 'boss')"
    _sql(any_register, f"UPDATE users SET password_hash = {boss_hash} WHERE name = 'clerk'")
    assert _found(verify_history(admin)).field == "credential"


def test_an_untouched_register_reports_every_check(any_register: Any) -> None:
    ctx = _decided(any_register)
    lines = report_lines(verify_history(ctx), "en")
    assert "filings against their history: 1 filings replayed, rows match the history." in lines
    assert "user accounts against the administration log: 0 accounts match the log." in lines


def test_every_verified_backup_carries_a_seal_beside_the_register_and_its_folder(
    ctx: Any, tmp_path: Path, register: Any
) -> None:
    _two_filings(register)
    result = backup.backup_register(ctx, tmp_path / "copies")
    assert result.seal.startswith("filing_events:3:")
    beside = Path(str(register.engine.url.database) + ".anchors").read_text("utf-8")
    in_folder = (tmp_path / "copies" / "register.anchors").read_text("utf-8")
    assert result.seal.split(":")[2] in beside and result.seal.split(":")[2] in in_folder
    _sql(
        register,
        "DELETE FROM filing_events WHERE id = 3",
        "UPDATE audit_heads SET last_seq = 2, last_hash = (SELECT entry_hash FROM filing_events WHERE id = 2) "
        "WHERE chain = 'filing_events'",
    )
    found = _found(verify_history(ctx))
    assert (found.kind, found.field) == ("rollback", f"backup {result.path.name}")
