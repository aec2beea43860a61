"""Open a register: build the engine, migrate (after a backup), load the office settings."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from akimat_desk.services.context import ServiceContext
from akimat_desk.services.settings import load_settings
from akimat_desk.storage.engine import make_engine, sqlite_url
from akimat_desk.storage.migrate import MigrationReport, migrate
from akimat_desk.storage.unit_of_work import UnitOfWorkFactory

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


def open_register(database: Path | str, backup_dir: Path | None, actor: str | None = None) -> OpenRegister:
    """Open (creating if needed) the register at a SQLite path or a database URL, migrated to head."""
    url = database if isinstance(database, str) and "://" in database else sqlite_url(Path(database))
    engine = make_engine(url)
    report = migrate(engine, backup_dir)
    uow = UnitOfWorkFactory(engine)
    context = ServiceContext(uow=uow, settings=load_settings(uow), actor=actor or current_actor())
    return OpenRegister(context, engine, report)
