"""Migrations: from an empty file to head, backups before upgrading, models and migrations in step."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from akimat_desk.storage.kernel.engine import make_engine, sqlite_url
from akimat_desk.storage.kernel.migrate import backup_sqlite, current_revision, head_revision, migrate
from akimat_desk.storage.kernel.tables import Base


def test_empty_file_is_migrated_to_head_without_backup(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "new.db"))
    report = migrate(engine, tmp_path / "backups")
    assert report.from_revision is None and report.to_revision == head_revision()
    assert report.backup is None
    assert {"filings", "filing_events", "number_counters", "settings"} <= set(inspect(engine).get_table_names())
    assert current_revision(engine) == head_revision()


def test_second_open_changes_nothing(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "r.db"))
    migrate(engine, tmp_path / "backups")
    again = migrate(engine, tmp_path / "backups")
    assert not again.changed and again.backup is None


def test_upgrade_of_an_existing_register_writes_a_backup_first(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = make_engine(sqlite_url(db))
    migrate(engine, None)
    with sqlite3.connect(db) as conn:  # pretend the file comes from an older release
        conn.execute("INSERT INTO settings (key, value) VALUES ('marker', '\"kept\"')")
        conn.execute("DELETE FROM alembic_version")  # one row per branch head: replace them all
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('base_test')")
    engine.dispose()
    # an unknown older revision cannot be upgraded, but the backup must already be on disk
    with contextlib.suppress(Exception):  # alembic refuses the fake revision, after the backup
        migrate(make_engine(sqlite_url(db)), tmp_path / "backups")
    backups = list((tmp_path / "backups").glob("register-*-before-upgrade-from-base_test.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone() == ('"kept"',)


def test_backup_sqlite_copies_a_consistent_file(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "r.db"))
    migrate(engine, None)
    target = backup_sqlite(engine, tmp_path / "b", "0001")
    assert target is not None and target.exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "r.db"))
    migrate(engine, None)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def _not_fts(name: str | None, type_: str, parent_names: object) -> bool:
    """The full-text index (FTS5 virtual and shadow tables) is managed by hand, like in migrations/env.py."""
    return not (type_ == "table" and name is not None and name.startswith("filings_fts"))


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "r.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_upgrade_from_the_first_schema_keeps_filings_and_writes_a_backup(tmp_path: Path) -> None:
    from alembic import command

    from akimat_desk.storage.kernel.migrate import _config

    db = tmp_path / "r.db"
    engine = make_engine(sqlite_url(db))
    config = _config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO filings (akimat_code, year, seq, incoming_number, received_at, registered_on, form, kind,"
            " channel, language, status, organizer_name, search_text, document, defects, created_by, version)"
            " VALUES ('01', 2026, 1, '01-2026/0001', '2026-03-18 10:40:00', '2026-03-18', 'picket', 'notification',"
            " 'paper', 'kk', 'registered', 'X', '', '{}', '[]', 'old', 1)"
        )
    report = migrate(engine, tmp_path / "backups")
    assert (report.from_revision, report.to_revision) == ("0001", head_revision())
    assert report.backup is not None and report.backup.name.endswith("before-upgrade-from-0001.db")
    with sqlite3.connect(report.backup) as copy:
        assert copy.execute("SELECT incoming_number FROM filings").fetchall() == [("01-2026/0001",)]
    assert "filing_deadlines" in inspect(engine).get_table_names()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT incoming_number FROM filings").fetchall() == [("01-2026/0001",)]


def test_heads_read_from_the_files_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from akimat_desk.storage.kernel.migrate import _config

    assert head_revision() == ",".join(sorted(ScriptDirectory.from_config(_config()).get_heads()))


def test_an_up_to_date_register_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "r.db"
    migrate(make_engine(sqlite_url(db)), None)
    code = (
        "import sys; from akimat_desk.storage.kernel.engine import make_engine, sqlite_url;"
        "from akimat_desk.storage.kernel.migrate import migrate;"
        f"r = migrate(make_engine(sqlite_url({str(db)!r})), None); assert not r.changed;"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
