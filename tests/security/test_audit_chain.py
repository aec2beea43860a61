"""The tamper-evident history: an UPDATE, a DELETE, a swap or an INSERT done directly in SQL is found and the
first broken entry named, on SQLite and PostgreSQL; migration 0007 chains the rows of an older register."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command

from akimat_desk.app import main
from akimat_desk.services.deadlines import calendar
from akimat_desk.services.filings import registered as filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.audit import AuditReport, break_message, verify_history
from akimat_desk.storage.kernel.audit_chain import GENESIS, ChainEntry, ChainHead, entry_hash, link, verify_chain
from akimat_desk.storage.kernel.engine import make_engine, sqlite_url
from akimat_desk.storage.kernel.migrate import _config
from tests.conftest import EXAMPLES, FIXED_NOW
from tests.intruder import drop_guards

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))


def _history(reg: Any) -> Any:
    """Three filings with corrections and a calendar override: 6 history entries, 1 override."""
    ctx = replace(reg.context, clock=lambda: FIXED_NOW)
    numbers = [register_filing(ctx, PICKET).filing.incoming_number for _ in range(3)]
    filings.correct_filing(ctx, numbers[0], {"participants": 12}, "typo in the count")
    filings.correct_filing(ctx, numbers[1], {"purpose": "Экология"}, "organizer's letter")
    filings.withdraw_filing(ctx, numbers[2], "отозвано")
    calendar.add_day_off(ctx, date(2026, 3, 24), "Жарлық №1")
    return ctx


def _sql(reg: Any, *statements: str) -> None:
    with reg.engine.begin() as conn:
        drop_guards(conn)
        for statement in statements:
            conn.execute(sa.text(statement))


def _first_break(report: AuditReport) -> tuple[str, str, int, int | None]:
    found = report.first_break
    assert found is not None
    return found.chain, found.kind, found.position, found.row_id


def test_an_untouched_history_verifies(any_register: Any) -> None:
    report = verify_history(_history(any_register))
    assert report.intact
    entries = {c.chain: c.entries for c in report.chains if c.chain != "anchors"}  # a server has no anchors file
    assert entries == {
        "filing_events": 6,
        "calendar_overrides": 1,
        "security_events": 0,
        "accounts": 0,
        "filings": 3,
        "office": 0,
    }


def test_an_update_in_sql_is_named(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(any_register, "UPDATE filing_events SET reason = 'nothing to see' WHERE id = 4")
    report = verify_history(ctx)
    assert _first_break(report) == ("filing_events", "altered", 4, 4)
    assert report.first_break is not None and report.first_break.label == "01-2026/0001 #2"
    assert "01-2026/0001 #2" in break_message(report.first_break, "ru")


def test_a_delete_in_sql_is_named(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(any_register, "DELETE FROM filing_events WHERE id = 3")
    assert _first_break(verify_history(ctx)) == ("filing_events", "deleted", 3, 4)


def test_deleting_the_newest_entry_is_found_through_the_head(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(any_register, "DELETE FROM filing_events WHERE id = 6")
    assert _first_break(verify_history(ctx))[:3] == ("filing_events", "deleted", 6)


def test_a_swap_of_two_entries_in_sql_is_named(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(
        any_register,  # swap what two entries say
        "UPDATE filing_events SET actor = 'x' WHERE id = 2",
        "UPDATE filing_events SET reason = (SELECT reason FROM filing_events WHERE id = 5) WHERE id = 2",
        "UPDATE filing_events SET reason = NULL WHERE id = 5",
    )
    assert _first_break(verify_history(ctx)) == ("filing_events", "altered", 2, 2)


def test_swapping_whole_rows_is_found_as_reordered(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(
        any_register,  # exchange the rows' ids: each row still matches its own hash
        "UPDATE filing_events SET id = 1000 WHERE id = 2",
        "UPDATE filing_events SET id = 2 WHERE id = 3",
        "UPDATE filing_events SET id = 3 WHERE id = 1000",
    )
    assert _first_break(verify_history(ctx))[:3] == ("filing_events", "reordered", 2)


def test_an_insert_behind_the_applications_back_is_named(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(
        any_register,
        "INSERT INTO filing_events (filing_id, seq, at, actor, action, changes) "
        "VALUES (1, 9, '2026-03-18 10:00:00', 'ghost', 'corrected', '{}')",
    )
    assert _first_break(verify_history(ctx))[:2] == ("filing_events", "inserted")


def test_calendar_overrides_and_the_administration_log_are_chained_too(any_register: Any) -> None:
    ctx = _history(any_register)
    _sql(any_register, "UPDATE calendar_overrides SET act = 'another act'")
    assert _first_break(verify_history(ctx))[:2] == ("calendar_overrides", "altered")


def test_verify_chain_is_pure_and_checks_the_head() -> None:
    rows, seq, last = [], 0, GENESIS
    for i in range(3):
        seq, prev, last = link(seq, last, {"n": i})
        rows.append(ChainEntry(i + 1, seq, prev, last, {"n": i}, f"#{i}"))
    assert verify_chain("c", rows, ChainHead(3, last)).intact
    assert verify_chain("c", rows, ChainHead(4, "f" * 64)).first_break.kind == "deleted"  # type: ignore[union-attr]
    assert entry_hash(1, GENESIS, {"at": datetime(2026, 3, 18, 15, 0, tzinfo=UTC)}) == entry_hash(
        1, GENESIS, {"at": datetime(2026, 3, 18, 15, 0)}
    )


def test_cli_audit_verify_names_the_entry_and_every_command_warns(tmp_path: Path, capsys: Any) -> None:
    home = str(tmp_path / "home")
    assert main(["--home", home, "register", str(EXAMPLES / "picket.json")]) == 0
    assert main(["--home", home, "audit", "verify"]) == 0
    reg = open_register(Path(home) / "register.db", None)
    _sql(reg, "UPDATE filing_events SET actor = 'someone else'")
    reg.close()
    capsys.readouterr()
    assert main(["--home", home, "audit", "verify", "--lang", "en"]) == 1
    assert "filing history: entry 1 (01-2026/0001 #1, row 1) was altered." in capsys.readouterr().out
    assert main(["--home", home, "list", "--lang", "ru"]) == 0
    assert "ВНИМАНИЕ: история журнала изменена" in capsys.readouterr().err


def _old_register(database: str) -> Any:
    """A register at revision 0003 (before the chain) with two filings' history and an override."""
    engine = make_engine(database if "://" in database else sqlite_url(Path(database)))
    config = _config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.commit()
    meta = sa.MetaData()
    meta.reflect(engine, only=["filings", "filing_events", "calendar_overrides", "number_counters"])
    filings_t, events_t, overrides_t = (meta.tables[t] for t in ("filings", "filing_events", "calendar_overrides"))
    at = datetime(2026, 3, 2, 5, 30, 0, 123456)
    with engine.begin() as conn:
        for n in (1, 2):
            conn.execute(
                filings_t.insert().values(
                    akimat_code="01",
                    year=2026,
                    seq=n,
                    incoming_number=f"01-2026/{n:04d}",
                    received_at=at,
                    registered_on=date(2026, 3, 2),
                    form="picket",
                    kind="notification",
                    channel="paper",
                    language="ru",
                    status="registered",
                    organizer_name="Әлия",
                    search_text="",
                    document={"form": "picket"},
                    defects=[],
                    created_by="old",
                    version=1,
                )
            )
            conn.execute(
                events_t.insert().values(
                    filing_id=n,
                    seq=1,
                    at=at,
                    actor="old",
                    action="registered",
                    changes={"incoming_number": f"01-2026/{n:04d}"},
                )
            )
        change = {"participants": {"old": 5, "new": 6}}
        conn.execute(
            events_t.insert().values(
                filing_id=1, seq=2, at=at, actor="old", action="corrected", changes=change, reason="қате"
            )
        )
        conn.execute(meta.tables["number_counters"].insert().values(akimat_code="01", year=2026, last_value=2))
        conn.execute(
            overrides_t.insert().values(
                kind="extra_day_off", day=date(2026, 3, 24), act="Жарлық", created_at=at, created_by="old"
            )
        )
    engine.dispose()


def test_migration_0007_chains_an_older_registers_history(database: str, tmp_path: Path) -> None:
    _old_register(database)
    reg = open_register(database, tmp_path / "backups", actor="tester")
    try:
        report = verify_history(reg.context)
        assert report.intact, report
        assert [c.entries for c in report.chains][:3] == [3, 1, 0]
        # registered before the history carried the whole filing
        assert next(c for c in report.chains if c.chain == "filings").uncovered == 2
        new = register_filing(replace(reg.context, clock=lambda: FIXED_NOW), PICKET).filing  # continues the chain
        assert new.incoming_number == "01-2026/0003"
        assert verify_history(reg.context).intact
        _sql(reg, 'UPDATE filing_events SET changes = \'{"participants": {"old": 5, "new": 60}}\' WHERE id = 3')
        assert _first_break(verify_history(reg.context)) == ("filing_events", "altered", 3, 3)
    finally:
        reg.close()
