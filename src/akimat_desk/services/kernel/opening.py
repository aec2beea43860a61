"""Open a register: build the engine, migrate (after a backup), load the office settings, set who acts.

Who acts: until the first user account exists, the operating-system account in single-clerk mode; once
accounts exist, the ``principal`` given (after ``services.users.login``) or nobody (a principal that may do
nothing) until someone logs in.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from akimat_desk.security.roles import Principal
from akimat_desk.security.secrets import SecretStore, SecretStoreUnavailable, database_password_name
from akimat_desk.security.users import LOGGED_OUT
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.office.anchors import place_server_anchors
from akimat_desk.services.office.audit_accounts import logged_accounts
from akimat_desk.services.office.chain_key import ChainKeySource, bind_chain_key
from akimat_desk.services.office.settings import load_settings
from akimat_desk.storage.kernel.engine import (
    StorageFault,
    check_readable,
    classify_fault,
    looks_encrypted,
    make_engine,
    sqlite_url,
)
from akimat_desk.storage.kernel.migrate import MigrationReport, migrate
from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory
from akimat_desk.storage.office.repositories import SecurityLogRepository, UserRepository

USER_ENV = "AKIMAT_DESK_USER"


@dataclass(frozen=True)
class OpenRegister:
    context: ServiceContext
    engine: Engine
    migration: MigrationReport

    def close(self) -> None:
        self.engine.dispose()


def current_actor() -> str:
    """Who acts: ``$AKIMAT_DESK_USER`` or the operating-system user (until user accounts exist)."""
    explicit = os.environ.get(USER_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def open_register(
    database: Path | str,
    backup_dir: Path | None,
    actor: str | None = None,
    *,
    key: str | None = None,
    principal: Principal | None = None,
    chain_keys: ChainKeySource | None = None,
) -> OpenRegister:
    """Open (creating if needed) the register at a SQLite path or a database URL, migrated to head.

    ``key`` opens (or creates) a SQLite register encrypted with SQLCipher. An encrypted file without a key,
    a wrong key, a locked, read-only or full disk, an unreachable server raise ``StorageFault``.
    ``chain_keys`` gives the register's chain key (services/office/chain_key.py): a register not keyed yet is
    keyed on opening when a key is available; a keyed register without its key raises ``StorageFault``.
    """
    is_url = isinstance(database, str) and "://" in database
    url = str(database) if is_url else sqlite_url(Path(database))
    if not is_url and key is None and looks_encrypted(Path(database)):
        raise StorageFault("encrypted_no_key", str(database))
    engine = make_engine(url, key=key)
    place_server_anchors(engine, backup_dir)
    try:
        check_readable(engine)
        report = migrate(engine, backup_dir)
        uow = UnitOfWorkFactory(engine, bind_chain_key(engine, chain_keys))
        settings = load_settings(uow)
        with uow() as u:  # the log counts too: emptying the users table never brings back single-clerk mode
            logged = logged_accounts(u.repo(SecurityLogRepository).replay())
            has_users = u.repo(UserRepository).count() > 0 or logged > 0
    except Exception as exc:
        engine.dispose()
        code = classify_fault(exc)
        if code is None or isinstance(exc, StorageFault):
            raise
        raise StorageFault(code, str(exc)) from exc
    acting = principal or (LOGGED_OUT if has_users else None)
    name = principal.name if principal is not None else actor or current_actor()
    context = ServiceContext(uow=uow, settings=settings, actor=name, principal=acting)
    return OpenRegister(context, engine, report)


def needs_login(reg: OpenRegister) -> bool:
    """True when the register has user accounts and nobody has logged in on this context yet."""
    return reg.context.principal is LOGGED_OUT


def single_clerk_mode(reg: OpenRegister) -> bool:
    """True until the first user account exists (the window says so plainly)."""
    return reg.context.principal is None


def fault_message(exc: BaseException, lang: str) -> str | None:
    """What went wrong with the storage and what to do, in ``lang``; None when ``exc`` is not a storage fault."""
    code = classify_fault(exc)
    if code is None:
        return None
    detail = exc.detail if isinstance(exc, StorageFault) else str(exc)
    return message(f"fault.{code}", lang, detail=detail.splitlines()[0] if detail else "")


def with_stored_password(url: str, store: SecretStore) -> str:
    """``url`` with the server password kept in the keyring filled in (when the URL has none)."""
    parsed = make_url(url)
    if parsed.password is not None or not parsed.drivername.startswith("postgresql") or not parsed.username:
        return url
    name = database_password_name(parsed.username, parsed.host or "localhost", parsed.port, parsed.database or "")
    try:
        password = store.get(name)
    except SecretStoreUnavailable:
        return url
    return url if password is None else parsed.set(password=password).render_as_string(hide_password=False)
