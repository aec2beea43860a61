"""Faults of the storage say what happened and what to do, and leave the register as it was: a full disk, a
read-only register, a register locked by another program, a lost or unreachable PostgreSQL server."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import DBAPIError

from akimat_desk.app import main
from akimat_desk.domain.input_limits import MAX_TEXT
from akimat_desk.services.filings.registered import count_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import fault_message, open_register
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.storage.kernel import engine as engine_module
from akimat_desk.storage.kernel.engine import StorageFault, classify_fault
from tests.conftest import EXAMPLES, FIXED_NOW

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))


def _refused_with(ctx: Any, code: str, lang: str, words: str) -> None:
    before = count_filings(ctx, FilingQuery())
    with pytest.raises(DBAPIError) as info:
        register_filing(ctx, PICKET)
    assert classify_fault(info.value) == code
    assert words in (fault_message(info.value, lang) or "")
    assert count_filings(ctx, FilingQuery()) == before  # nothing half-written


def test_a_full_disk(ctx: Any) -> None:
    register_filing(ctx, PICKET)

    @event.listens_for(ctx.uow.engine, "connect")
    def _tiny(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    ctx.uow.engine.dispose()
    big = dict(PICKET, purpose="ы" * MAX_TEXT)  # the longest text allowed: 20 KB more than the file may hold
    before = count_filings(ctx, FilingQuery())
    with pytest.raises(DBAPIError) as info:
        register_filing(ctx, big)
    assert classify_fault(info.value) == "disk_full"
    assert "free some space" in (fault_message(info.value, "en") or "")
    assert count_filings(ctx, FilingQuery()) == before


def test_a_read_only_register(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    open_register(db, None).close()
    reg = open_register(f"sqlite:///file:{db}?mode=ro&uri=true", None)
    try:
        _refused_with(replace(reg.context, clock=lambda: FIXED_NOW), "read_only", "ru", "только для чтения")
    finally:
        reg.close()


def test_a_register_locked_by_another_program(
    ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)
    home = tmp_path / "home"
    assert main(["--home", str(home), "register", str(EXAMPLES / "picket.json")]) == 0
    other = sqlite3.connect(home / "register.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # e.g. a database browser with a transaction open
    try:
        reg = open_register(home / "register.db", None)
        _refused_with(replace(reg.context, clock=lambda: FIXED_NOW), "locked", "en", "close the other program")
        reg.close()
        capsys.readouterr()
        assert main(["--home", str(home), "register", str(EXAMPLES / "picket.json"), "--lang", "kk"]) == 1
        assert "басқа бағдарлама" in capsys.readouterr().err
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert main(["--home", str(home), "register", str(EXAMPLES / "picket.json")]) == 0  # and works again


@pytest.mark.postgres
def test_a_lost_postgresql_connection(postgres_url: str, postgres_server: str) -> None:
    reg = open_register(postgres_url, None)
    ctx = replace(reg.context, clock=lambda: FIXED_NOW)
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    try:
        register_filing(ctx, PICKET)
        with reg.engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.connect() as a:
                a.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(DBAPIError) as info:
                conn.execute(text("SELECT count(*) FROM filings"))
        assert classify_fault(info.value) == "connection_lost"
        assert "check the network" in (fault_message(info.value, "en") or "")
        reg.engine.dispose()
        assert register_filing(ctx, PICKET).filing.incoming_number == "01-2026/0002"  # reconnects, nothing lost
    finally:
        admin.dispose()
        reg.close()


def test_an_unreachable_server_is_said_plainly() -> None:
    with pytest.raises(StorageFault) as info:
        open_register("postgresql+psycopg://akimat@127.0.0.1:1/register", None)
    assert info.value.code == "connection_lost"
    assert "PostgreSQL" in (fault_message(info.value, "ru") or "")


def test_a_file_that_is_not_a_register(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    db.write_bytes(b"%PDF-1.7 not a register" * 50)
    with pytest.raises(StorageFault) as info:
        open_register(db, None)
    assert info.value.code == "encrypted_no_key"  # a foreign file looks like an encrypted one: ask for the key
