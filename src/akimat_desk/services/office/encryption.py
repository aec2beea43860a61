"""Encryption at rest: the key of an encrypted register, and converting a plain register to SQLCipher.

The key is a random 256-bit raw key kept in the operating system's keyring (``SecretStore``), never on disk in
clear. Where no keyring exists the documented fallback is a passphrase given at start (``AKIMAT_DESK_PASSPHRASE``
or a prompt); the same passphrase is then needed every time the register is opened.
"""

from __future__ import annotations

import os
import secrets as random_secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.secrets import SecretStore, SecretStoreUnavailable, register_key_name
from akimat_desk.services.office.chain_key import location_of, source_from_env
from akimat_desk.storage.kernel.engine import connect_file, looks_encrypted, quote_key

if TYPE_CHECKING:  # every command asks is_encrypted when it opens the register: the backup's checks load later
    from akimat_desk.services.office.backup import CopyCheck

PASSPHRASE_ENV = "AKIMAT_DESK_PASSPHRASE"
MIN_PASSPHRASE = 12


@dataclass(frozen=True, slots=True)
class Encrypted:
    database: Path
    plain_backup: Path
    key_in_keyring: bool
    check: CopyCheck


def new_raw_key() -> str:
    """A random 256-bit SQLCipher raw key in the form ``x'<64 hex>'``."""
    return f"x'{random_secrets.token_hex(32)}'"


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE)
    return passphrase


def is_encrypted(database: Path) -> bool:
    return looks_encrypted(database)


def stored_key(store: SecretStore, database: Path) -> str | None:
    """The key kept in the keyring for ``database``; None when there is none or no keyring at all."""
    try:
        return store.get(register_key_name(str(database.resolve())))
    except SecretStoreUnavailable:
        return None


def encrypt_register(database: Path, backup_dir: Path, store: SecretStore, passphrase: str | None = None) -> Encrypted:
    """Convert the closed plain register ``database`` to SQLCipher (``sqlcipher_export``).

    A plain copy is written to ``backup_dir`` first (the administrator moves it somewhere safe or deletes it).
    Without ``passphrase`` a random key is made and kept in the keyring (``SecretStoreUnavailable`` when there
    is none: then give a passphrase). The encrypted file is verified before it replaces the plain one.
    """
    from akimat_desk.services.office.backup import CopyCheck, verify_copy

    if not database.is_file():
        raise InvalidInput("register_missing", field="database", path=str(database))
    if looks_encrypted(database):
        raise InvalidInput("already_encrypted", field="database", path=str(database))
    key = check_passphrase(passphrase) if passphrase is not None else new_raw_key()
    if passphrase is None:
        store.set(register_key_name(str(database.resolve())), key)  # fails first if there is no keyring
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    plain_copy = backup_dir / f"register-{stamp}-before-encryption.db"
    target = database.with_name(database.name + ".encrypting")
    target.unlink(missing_ok=True)
    _export(database, plain_copy, target, key)
    check = verify_copy(target, key, source_from_env(store, location_of(database)).existing())
    if not check.ok:
        target.unlink(missing_ok=True)
        raise InvalidInput("encryption_not_verified", field="database", integrity=check.integrity)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    os.replace(target, database)
    return Encrypted(database, plain_copy, passphrase is None, CopyCheck(database, check.integrity, check.audit))


def _export(database: Path, plain_copy: Path, target: Path, key: str) -> None:
    import sqlcipher3

    plain = sqlcipher3.connect(str(database), isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy = sqlcipher3.connect(str(plain_copy))
        plain.backup(copy)
        copy.close()
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY {quote_key(key)}", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    enc = connect_file(target, key)
    try:
        enc.execute("PRAGMA journal_mode = WAL")
    finally:
        enc.close()
