"""Bring a register to the newest schema, after writing a backup copy of an existing SQLite file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from akimat_desk.storage.engine import online_backup

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True, slots=True)
class MigrationReport:
    """What ``migrate`` did: revisions before and after, and the backup written (if any)."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision(s), comma-joined when parallel branches exist (they are all applied)."""
    heads = ScriptDirectory.from_config(_config()).get_heads()
    assert heads
    return ",".join(sorted(heads))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return ",".join(sorted(heads)) or None


def migrate(engine: Engine, backup_dir: Path | None) -> MigrationReport:
    """Upgrade to head. An existing SQLite register is first copied to ``backup_dir`` (online backup API)."""
    before = current_revision(engine)
    head = head_revision()
    backup = None
    if before != head:
        if before is not None and backup_dir is not None:
            backup = backup_sqlite(engine, backup_dir, before)
        config = _config()
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "heads")
            conn.commit()
    return MigrationReport(before, head, backup)


def backup_sqlite(engine: Engine, backup_dir: Path, label: str) -> Path | None:
    """Copy the SQLite database file consistently; returns None for other databases."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"register-{stamp}-before-upgrade-from-{label.replace(',', '+')}.db"
    online_backup(engine, target)  # an encrypted register gives an encrypted copy with the same key
    return target
