"""The intruder of the tamper tests: someone who owns the database file or server and first drops the guards
(the triggers of migration 0011) before changing the history in SQL, as they can."""

from __future__ import annotations

from typing import Any

from akimat_desk.storage.kernel.history_guards import unguard_statements


def drop_guards(conn: Any, dialect: str = "sqlite") -> None:
    """Drop the append-only triggers on ``conn`` (a SQLAlchemy Connection or a sqlite3 connection)."""
    if hasattr(conn, "exec_driver_sql"):
        dialect = conn.dialect.name
    for statement in unguard_statements(dialect):
        if hasattr(conn, "exec_driver_sql"):
            conn.exec_driver_sql(statement)
        else:
            conn.execute(statement)
