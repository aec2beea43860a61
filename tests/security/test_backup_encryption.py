"""Backups verified and restored (keeping what they replace), the automatic policy, the encrypted register that
no one opens without its key, and the keyring that may not exist."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from akimat_desk.app import main
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.secrets import KeyringSecretStore, MemorySecretStore, SecretStoreUnavailable, available
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import fault_message, open_register
from akimat_desk.services.office import backup
from akimat_desk.services.office.audit import verify_history
from akimat_desk.services.office.encryption import encrypt_register, is_encrypted
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.storage.kernel.engine import StorageFault
from tests.conftest import EXAMPLES, FIXED_NOW
from tests.intruder import drop_guards

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))


def _count(ctx: Any) -> int:
    return len(list_filings(ctx, FilingQuery()))


def test_backup_and_restore_round_trip_with_verification(ctx: Any, tmp_path: Path) -> None:
    register_filing(ctx, PICKET)
    copy = backup.backup_register(ctx, tmp_path / "usb")
    assert copy.check.ok and copy.check.integrity == "ok" and copy.check.audit is not None and copy.check.audit.intact
    assert copy.path.parent == tmp_path / "usb" and copy.path.name.endswith("-manual.db")
    register_filing(ctx, PICKET)
    assert _count(ctx) == 2
    restored = backup.restore_register(ctx, copy.path, tmp_path / "kept")
    assert restored.check.ok and restored.kept_copy.exists()
    assert _count(ctx) == 1
    with sqlite3.connect(restored.kept_copy) as kept:  # what the restore replaced is kept, whole
        assert kept.execute("SELECT count(*) FROM filings").fetchone() == (2,)
    assert verify_history(ctx).intact


def test_retention_keeps_the_newest_copies_only(ctx: Any, tmp_path: Path) -> None:
    made = []
    for minutes in range(4):
        at = FIXED_NOW + timedelta(minutes=minutes)
        made.append(backup.backup_register(replace(ctx, clock=lambda at=at: at), tmp_path / "b", keep=2))
    assert backup.list_backups(tmp_path / "b") == [made[2].path, made[3].path]
    assert made[3].removed == (made[1].path,)


def test_a_damaged_or_altered_copy_is_not_restored(ctx: Any, tmp_path: Path) -> None:
    register_filing(ctx, PICKET)
    copy = backup.backup_register(ctx, tmp_path / "b").path
    with sqlite3.connect(copy) as conn:
        drop_guards(conn)
        conn.execute("UPDATE filing_events SET actor = 'forger'")
    with pytest.raises(InvalidInput) as info:
        backup.restore_register(ctx, copy, tmp_path / "kept")
    assert info.value.code == "restore_not_verified"
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(InvalidInput) as info:
        backup.restore_register(ctx, garbage, tmp_path / "kept")
    assert info.value.code == "restore_not_a_backup"
    assert _count(ctx) == 1 and not list((tmp_path / "kept").glob("*"))


def test_automatic_backups_daily_and_on_exit(ctx: Any, tmp_path: Path) -> None:
    first = backup.automatic_backup(ctx, tmp_path / "auto", "daily")
    assert first is not None and first.path.name.endswith("-daily.db")
    assert backup.automatic_backup(ctx, tmp_path / "auto", "daily") is None  # not yet a day old
    tomorrow = replace(ctx, clock=lambda: FIXED_NOW + timedelta(days=1, minutes=1))
    assert backup.automatic_backup(tomorrow, tmp_path / "auto", "daily") is not None
    assert backup.automatic_backup(ctx, tmp_path / "auto", "exit") is not None
    backup.save_policy(ctx, backup.BackupPolicy(folder=str(tmp_path / "share"), keep=1, daily=False, on_exit=True))
    assert backup.automatic_backup(tomorrow, tmp_path / "auto", "daily") is None
    on_exit = backup.automatic_backup(ctx, tmp_path / "auto", "exit")
    assert on_exit is not None and on_exit.path.parent == tmp_path / "share"
    with pytest.raises(InvalidInput):
        backup.save_policy(ctx, backup.BackupPolicy(keep=0))


def test_a_postgresql_register_is_not_copied_by_file(postgres_url: str, tmp_path: Path) -> None:
    reg = open_register(postgres_url, None)
    try:
        with pytest.raises(InvalidInput) as info:
            backup.backup_register(reg.context, tmp_path)
        assert info.value.code == "backup_server_database"
        assert backup.automatic_backup(reg.context, tmp_path, "exit") is None
    finally:
        reg.close()


def test_the_encrypted_register_cannot_be_opened_without_its_key(tmp_path: Path) -> None:
    db, key = tmp_path / "secret.db", "x'" + "5a" * 32 + "'"
    reg = open_register(db, None, key=key)
    register_filing(replace(reg.context, clock=lambda: FIXED_NOW), PICKET)
    reg.close()
    assert is_encrypted(db)
    assert "Сәрсенбаев".encode() not in db.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db).execute("SELECT count(*) FROM filings").fetchone()
    with pytest.raises(StorageFault) as no_key:
        open_register(db, None)
    assert no_key.value.code == "encrypted_no_key"
    with pytest.raises(StorageFault) as wrong:
        open_register(db, None, key="x'" + "5b" * 32 + "'")
    assert wrong.value.code == "wrong_key"
    assert "Ключ или парольная фраза не подходят" in (fault_message(wrong.value, "ru") or "")
    again = open_register(db, None, key=key)
    assert _count(again.context) == 1
    copy = backup.backup_register(again.context, tmp_path / "b")  # copies stay encrypted, with the same key
    assert copy.check.ok and is_encrypted(copy.path)
    again.close()


def test_encrypting_an_existing_register_keeps_a_backup_and_the_key_in_the_keyring(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    reg = open_register(db, None)
    register_filing(replace(reg.context, clock=lambda: FIXED_NOW), PICKET)
    reg.close()
    store = MemorySecretStore()
    done = encrypt_register(db, tmp_path / "backups", store)
    assert done.key_in_keyring and done.check.ok and is_encrypted(db)
    assert done.plain_backup.exists() and not is_encrypted(done.plain_backup)
    (key,) = store.secrets.values()
    assert key.startswith("x'") and key not in db.read_bytes().decode("latin-1")
    reg = open_register(db, None, key=key)
    assert _count(reg.context) == 1 and verify_history(reg.context).intact
    reg.close()
    with pytest.raises(InvalidInput):
        encrypt_register(db, tmp_path / "backups", store)


def test_no_keyring_gives_a_clear_refusal_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail, null

    for backend in (fail.Keyring(), null.Keyring()):
        monkeypatch.setattr(keyring, "get_keyring", lambda backend=backend: backend)
        store = KeyringSecretStore()
        assert not available(store)
        with pytest.raises(SecretStoreUnavailable) as info:
            store.set("x", "y")
        assert info.value.code == "keyring_unavailable"
    db = tmp_path / "r.db"
    open_register(db, None).close()
    with pytest.raises(SecretStoreUnavailable):
        encrypt_register(db, tmp_path / "b", KeyringSecretStore())
    assert not is_encrypted(db)  # nothing happened


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


def test_cli_encrypt_with_the_keyring_then_with_the_passphrase_fallback(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = str(tmp_path / "home")
    # the history chain's key from the office passphrase, so that it does not depend on the keyring emptied below
    monkeypatch.setenv("AKIMAT_DESK_CHAIN_PASSPHRASE", "the office chain passphrase")
    assert main(["--home", home, "register", str(EXAMPLES / "picket.json")]) == 0
    ring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    assert main(["--home", home, "encrypt"]) == 0
    assert "keyring" in capsys.readouterr().out
    assert main(["--home", home, "list"]) == 0  # the key comes from the keyring
    assert "01-2026/0001" in capsys.readouterr().out
    ring.data.clear()  # another computer: no key in its keyring
    assert main(["--home", home, "list", "--lang", "en"]) == 1
    assert "encrypted and its key is not in this computer's keyring" in capsys.readouterr().err

    other = str(tmp_path / "other")
    assert main(["--home", other, "register", str(EXAMPLES / "picket.json")]) == 0
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setenv("AKIMAT_DESK_PASSPHRASE", "long enough passphrase")
    assert main(["--home", other, "encrypt"]) == 0
    assert main(["--home", other, "list"]) == 0
    monkeypatch.setenv("AKIMAT_DESK_PASSPHRASE", "wrong passphrase!!")
    capsys.readouterr()
    assert main(["--home", other, "list", "--lang", "kk"]) == 1
    assert "Кілт немесе құпия фраза" in capsys.readouterr().err
