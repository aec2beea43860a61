"""The register's chain key: the secret that makes the history chains keyed (HMAC-SHA256).

The key is 256 random bits kept in the operating system's keyring (``SecretStore``) under
``register-chain-key:<location>``; where there is no keyring the fallback is a passphrase given at start
(``AKIMAT_DESK_CHAIN_PASSPHRASE``), from which the key is derived with scrypt, so every seat of a PostgreSQL office
can use the same one. ``bind_chain_key`` is called when a register is opened: a register not keyed yet is
verified, re-chained once with the key and the switch recorded (the administration log, and the key's public
fingerprint in the settings); a keyed register opens only with its key (``StorageFault`` ``chain_key_missing``
or ``chain_key_wrong`` otherwise), because appending without it would break the chain.
"""

from __future__ import annotations

import hashlib
import os
import secrets as random_secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from akimat_desk.security.secrets import KeyringSecretStore, SecretStore, SecretStoreUnavailable
from akimat_desk.services.office.anchors import anchors_file, append_anchor
from akimat_desk.storage.kernel.audit_chain import key_id
from akimat_desk.storage.kernel.engine import StorageFault
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork
from akimat_desk.storage.office.repositories import AuditRepository, SecurityLogRepository

PASSPHRASE_ENV = "AKIMAT_DESK_CHAIN_PASSPHRASE"
CHECKPOINT_SETTING = "audit_checkpoint"  # services/office/checkpoint.py
KEY_SETTING = "audit_chain_key_id"
MIN_PASSPHRASE = 12


def chain_key_name(location: str) -> str:
    return f"register-chain-key:{location}"


@dataclass(frozen=True)
class ChainKeySource:
    """Where the key of the register at ``location`` comes from: ``passphrase`` if given, else ``store``."""

    store: SecretStore
    location: str
    passphrase: str | None = None

    def existing(self) -> bytes | None:
        if self.passphrase:
            return derive_key(self.passphrase, self.location)
        try:
            found = self.store.get(chain_key_name(self.location))
        except SecretStoreUnavailable:
            return None
        return bytes.fromhex(found) if found else None

    def new(self) -> bytes | None:
        """The existing key, or a new one kept in the keyring; None when there is neither keyring nor passphrase."""
        found = self.existing()
        if found is not None:
            return found
        key = random_secrets.token_bytes(32)
        try:
            self.store.set(chain_key_name(self.location), key.hex())
        except SecretStoreUnavailable:
            return None
        return key


def source_from_env(store: SecretStore, location: str) -> ChainKeySource:
    """The source a composition root uses: ``$AKIMAT_DESK_CHAIN_PASSPHRASE`` when set, else the keyring."""
    return ChainKeySource(store, location, os.environ.get(PASSPHRASE_ENV) or None)


def location_of(database: Path | str) -> str:
    """The name a register's key is kept under: the resolved file, or the server URL without its password."""
    if isinstance(database, str) and "://" in database:
        url = make_url(database)
        return f"{url.drivername}://{url.username or ''}@{url.host or ''}:{url.port or ''}/{url.database or ''}"
    return str(Path(database).resolve())


def default_source(database: Path | str) -> ChainKeySource:
    """The keyring of this computer (or the passphrase in the environment) for the register ``database``."""
    return source_from_env(KeyringSecretStore(), location_of(database))


def derive_key(passphrase: str, location: str) -> bytes:
    """scrypt of the passphrase; the salt names the application (the same passphrase gives every seat the key)."""
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=b"akimat_desk history chain", n=2**14, r=8, p=1, dklen=32)


def copy_is_keyed(engine: Engine) -> bool:
    """True when the register at ``engine`` was re-chained with a key (its settings keep the key's fingerprint)."""
    with UnitOfWork(engine) as u:
        return bool(u.settings.get(KEY_SETTING))


def bind_chain_key(engine: Engine, source: ChainKeySource | None, now: datetime | None = None) -> bytes | None:
    """The key the register at ``engine`` is chained with, keying it first when it is not yet (see module doc)."""
    with UnitOfWork(engine) as u:
        keyed = u.settings.get(KEY_SETTING)
        was_keyed = any(e["action"] == "chain_keyed" for e in u.repo(SecurityLogRepository).replay())
    if not keyed and was_keyed:  # the fingerprint was deleted to pass a chain rebuilt without the key
        raise StorageFault("chain_key_marker_missing", "")
    if keyed:
        key = source.existing() if source is not None else None
        if key is None:
            raise StorageFault("chain_key_missing", str(keyed))
        if key_id(key) != keyed:
            raise StorageFault("chain_key_wrong", str(keyed))
        return key
    key = source.new() if source is not None else None
    if key is None:
        return None
    return key if _rechain(engine, key, now or datetime.now(UTC)) else None


def _rechain(engine: Engine, key: bytes, now: datetime) -> bool:
    """Verify the unkeyed chains, then re-chain them with ``key`` and record the switch; False when a chain is
    broken (the register stays unkeyed, and the warning names the break)."""
    with UnitOfWork(engine, write=True) as u:
        audit = u.repo(AuditRepository)
        if not all(report.intact for report in audit.verify()):
            return False
        counts = audit.rechain(key)
        u.settings.set(KEY_SETTING, key_id(key))
        u.settings.set(CHECKPOINT_SETTING, {})  # every hash changed: the next full verification sets a new one
        u.commit()
    path = anchors_file(engine)
    if path is not None:
        with UnitOfWork(engine) as u:
            append_anchor(path, u.repo(AuditRepository).heads(), now, "chain_keyed")
    with UnitOfWork(engine, write=True, chain_key=key) as u:
        u.repo(SecurityLogRepository).append(
            now, "akimat_desk", "chain_keyed", "", {"entries": counts, "key": key_id(key)}
        )
        u.commit()
    return True
