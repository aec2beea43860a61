"""Keyed chains and append-only tables (issue 16 items 3 and 4): a chain recomputed without the key is found, an
existing register is re-chained once, a keyed register opens only with its key (the keyring, or the passphrase
where there is none); a clerk's connection cannot UPDATE or DELETE the history, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
import sqlalchemy as sa

from akimat_desk.security.secrets import MemorySecretStore, SecretStoreUnavailable
from akimat_desk.services.deadlines import calendar
from akimat_desk.services.filings import registered as filings
from akimat_desk.services.filings.attachments import attach_bytes
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office import audit, users
from akimat_desk.services.office.chain_key import ChainKeySource, location_of
from akimat_desk.storage.kernel.audit_chain import GENESIS, entry_hash, filing_event_content
from akimat_desk.storage.kernel.engine import StorageFault
from akimat_desk.storage.office.repositories import SecurityLogRepository
from tests.conftest import EXAMPLES, FIXED_NOW
from tests.intruder import drop_guards

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))


class NoKeyring:
    """A computer without a keyring backend."""

    def get(self, name: str) -> str | None:
        raise SecretStoreUnavailable("no backend")

    def set(self, name: str, secret: str) -> None:
        raise SecretStoreUnavailable("no backend")

    def delete(self, name: str) -> None:
        raise SecretStoreUnavailable("no backend")


def _open(database: str, tmp_path: Any, source: ChainKeySource | None) -> Any:
    return open_register(database, tmp_path / "backups", actor="tester", chain_keys=source)


def _history(reg: Any) -> Any:
    ctx = replace(reg.context, clock=lambda: FIXED_NOW)
    for _ in range(3):
        number = register_filing(ctx, PICKET).filing.incoming_number
    filings.correct_filing(ctx, number, {"participants": 12}, "count")
    return ctx


def _recompute_without_the_key(reg: Any) -> None:
    """What a database administrator can do: alter an entry and rebuild the whole chain and its head."""
    with reg.engine.begin() as conn:
        drop_guards(conn)
        conn.execute(sa.text("UPDATE filing_events SET actor = 'forger' WHERE id = 2"))
        rows = (
            conn.execute(
                sa.text("SELECT id, filing_id, seq, at, actor, action, changes, reason FROM filing_events ORDER BY id")
            )
            .mappings()
            .all()
        )
        prev, seq = GENESIS, 0
        for r in rows:
            seq += 1
            changes = r["changes"] if isinstance(r["changes"], dict) else json.loads(r["changes"])
            at = r["at"] if not isinstance(r["at"], str) else datetime.fromisoformat(r["at"])
            content = filing_event_content(r["filing_id"], r["seq"], at, r["actor"], r["action"], changes, r["reason"])
            own = entry_hash(seq, prev, content)
            conn.execute(
                sa.text("UPDATE filing_events SET chain_seq = :s, prev_hash = :p, entry_hash = :h WHERE id = :i"),
                {"s": seq, "p": prev, "h": own, "i": r["id"]},
            )
            prev = own
        conn.execute(
            sa.text("UPDATE audit_heads SET last_seq = :s, last_hash = :h WHERE chain = 'filing_events'"),
            {"s": seq, "h": prev},
        )


def test_a_chain_recomputed_without_the_key_is_found(database: str, tmp_path: Any) -> None:
    source = ChainKeySource(MemorySecretStore(), location_of(database))
    reg = _open(database, tmp_path, source)
    try:
        ctx = _history(reg)
        report = audit.verify_history(ctx)
        assert report.intact and report.key is not None
        _recompute_without_the_key(reg)
        found = audit.verify_history(ctx).first_break
        assert found is not None and (found.chain, found.kind, found.position) == ("filing_events", "altered", 1)
    finally:
        reg.close()


def test_an_existing_register_is_rechained_once_and_then_needs_its_key(database: str, tmp_path: Any) -> None:
    reg = _open(database, tmp_path, None)
    _history(reg)
    assert audit.verify_history(reg.context).key is None
    reg.close()
    store = MemorySecretStore()
    source = ChainKeySource(store, location_of(database))
    reg = _open(database, tmp_path, source)
    try:
        report = audit.verify_history(reg.context)
        assert report.intact and report.key is not None
        with reg.context.uow() as uow:
            assert [e["action"] for e in uow.repo(SecurityLogRepository).replay()] == ["chain_keyed"]
        assert "keyed (HMAC-SHA256" in audit.report_lines(report, "en")[-1]
    finally:
        reg.close()
    reg = _open(database, tmp_path, source)  # once: opening again re-chains nothing
    reg.close()
    with pytest.raises(StorageFault) as missing:
        _open(database, tmp_path, None)
    assert missing.value.code == "chain_key_missing"
    with pytest.raises(StorageFault) as wrong:
        _open(database, tmp_path, ChainKeySource(MemorySecretStore(), location_of(database), "another passphrase"))
    assert wrong.value.code == "chain_key_wrong"


def test_without_a_keyring_the_passphrase_keys_the_register(tmp_path: Any) -> None:
    database = str(tmp_path / "register.db")
    source = ChainKeySource(NoKeyring(), location_of(database), "a long office passphrase")
    reg = _open(database, tmp_path, source)
    _history(reg)
    assert audit.verify_history(reg.context).key is not None
    reg.close()
    assert ChainKeySource(NoKeyring(), location_of(database)).new() is None  # no keyring, no passphrase: no key
    reg = _open(database, tmp_path, source)
    assert audit.verify_history(reg.context).intact
    reg.close()


def test_deleting_the_keys_fingerprint_does_not_unkey_the_register(tmp_path: Any) -> None:
    database = str(tmp_path / "register.db")
    source = ChainKeySource(MemorySecretStore(), location_of(database))
    reg = _open(database, tmp_path, source)
    with reg.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM settings WHERE key = 'audit_chain_key_id'"))
    reg.close()
    with pytest.raises(StorageFault) as info:
        _open(database, tmp_path, source)
    assert info.value.code == "chain_key_marker_missing"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE filing_events SET actor = 'forger'",
        "DELETE FROM filing_events",
        "UPDATE security_events SET actor = 'x'",
        "DELETE FROM attachments",
        "UPDATE calendar_overrides SET act = 'x'",
    ],
)
def test_a_clerks_connection_cannot_change_the_history(any_register: Any, statement: str) -> None:
    ctx = _history(any_register)
    attach_bytes(ctx, 1, "scan.pdf", b"%PDF-1.4 scan")
    calendar.add_day_off(ctx, date(2026, 3, 24), "Жарлық №1")
    users.add_user(ctx, "boss", ["administrator"], "boss-password-1")
    with pytest.raises(sa.exc.DBAPIError) as refused, any_register.engine.begin() as conn:
        conn.execute(sa.text(statement))
    assert "history is append-only" in str(refused.value)
    assert audit.verify_history(replace(any_register.context, clock=lambda: FIXED_NOW)).intact


def test_the_start_up_check_verifies_only_what_follows_the_checkpoint(tmp_path: Any) -> None:
    reg = _open(str(tmp_path / "register.db"), tmp_path, ChainKeySource(MemorySecretStore(), "x"))
    try:
        ctx = _history(reg)
        assert audit.verify_history(ctx).intact  # the full check leaves the checkpoint
        quick = audit.verify_store(ctx.uow, since_checkpoint=True)
        assert quick.intact and next(c for c in quick.chains if c.chain == "filing_events").entries == 0
        register_filing(ctx, PICKET)
        with reg.engine.begin() as conn:
            drop_guards(conn)
            conn.execute(
                sa.text("UPDATE filing_events SET actor = 'forger' WHERE id = (SELECT max(id) FROM filing_events)")
            )
        found = audit.verify_store(ctx.uow, since_checkpoint=True).first_break
        assert found is not None and (found.kind, found.position) == ("altered", 5)
        with reg.engine.begin() as conn:  # a forged checkpoint (no key): ignored, the whole chain is verified
            forged = json.dumps({"points": {}, "mac": "0"})
            conn.execute(sa.text("UPDATE settings SET value = :v WHERE key = 'audit_checkpoint'"), {"v": forged})
        assert (
            next(
                c for c in audit.verify_store(ctx.uow, since_checkpoint=True).chains if c.chain == "filing_events"
            ).entries
            == 5
        )
    finally:
        reg.close()
