"""Bring a register to the newest schema, after writing a backup copy of an existing SQLite file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from akimat_desk.storage.kernel.engine import online_backup

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


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
    from alembic.config import Config  # alembic is imported only when a register must change

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest revision(s), comma-joined when parallel branches exist (they are all applied).

    Read from the migration files themselves (revision / down_revision), so that opening an up-to-date
    register never pays for importing Alembic; a test checks it agrees with Alembic's own answer."""
    revisions, referenced = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text("utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        referenced |= set(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else set()
    heads = revisions - referenced
    assert heads, f"no migrations found in {MIGRATIONS_DIR}"
    return ",".join(sorted(heads))


def current_revision(engine: Engine) -> str | None:
    """The register's revision(s) from its alembic_version table; None for an empty database."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except (OperationalError, ProgrammingError):
        return None  # no alembic_version table yet
    return ",".join(sorted(rows)) or None


def migrate(engine: Engine, backup_dir: Path | None) -> MigrationReport:
    """Upgrade to head. An existing SQLite register is first copied to ``backup_dir`` (online backup API)."""
    before = current_revision(engine)
    head = head_revision()
    backup = None
    if before != head:
        if before is not None and backup_dir is not None:
            backup = backup_sqlite(engine, backup_dir, before)
        from alembic import command

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
