"""The triggers that make the history tables append-only, as SQL for SQLite and PostgreSQL.

``GUARDED`` lists each table with the columns of its content; an UPDATE of one of them or any DELETE is refused
with the message ``history is append-only: <table>``. Used by migration 0011 and by the tests (which drop the
guards first when they play an intruder who owns the database file).
"""

from __future__ import annotations

GUARDED: dict[str, tuple[str, ...]] = {
    "filing_events": ("filing_id", "seq", "at", "actor", "action", "changes", "reason"),
    "security_events": ("at", "actor", "action", "subject", "details"),
    "calendar_overrides": ("kind", "day", "paired_day", "year", "act", "created_at", "created_by"),
    "attachments": (
        "filing_id",
        "kind",
        "name",
        "media_type",
        "size",
        "sha256",
        "content",
        "note",
        "added_at",
        "added_by",
    ),
    "signature_verifications": (
        "filing_id",
        "signed_attachment_id",
        "content_attachment_id",
        "checked_at",
        "checked_by",
        "trigger",
        "verdict",
        "algorithm",
        "signer_name",
        "signer_iin",
        "signer_bin",
        "test_roots_allowed",
        "result",
    ),
}
MESSAGE = "history is append-only"
FUNCTION = "akimat_history_append_only"


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def guard_statements(dialect: str) -> list[str]:
    """The SQL that installs the guards on ``dialect`` ('sqlite' or 'postgresql')."""
    if dialect == "sqlite":
        out = []
        for table, columns in GUARDED.items():
            out.append(
                f"CREATE TRIGGER IF NOT EXISTS guard_{table}_update BEFORE UPDATE OF {_quoted(columns)} "
                f"ON {table} BEGIN SELECT RAISE(ABORT, '{MESSAGE}: {table}'); END"
            )
            out.append(
                f"CREATE TRIGGER IF NOT EXISTS guard_{table}_delete BEFORE DELETE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: {table}'); END"
            )
        return out
    out = [
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"RAISE EXCEPTION '{MESSAGE}: %', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$"
    ]
    for table, columns in GUARDED.items():
        out.append(
            f"CREATE TRIGGER guard_{table}_update BEFORE UPDATE OF {_quoted(columns)} ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
        )
        out.append(
            f"CREATE TRIGGER guard_{table}_delete BEFORE DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {FUNCTION}()"
        )
        out.append(
            f"CREATE TRIGGER guard_{table}_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )
        out.append(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM PUBLIC")
    return out


def unguard_statements(dialect: str) -> list[str]:
    """The SQL that removes the guards (a downgrade; the tests' intruder)."""
    out = []
    for table in GUARDED:
        for what in ("update", "delete") + (("truncate",) if dialect != "sqlite" else ()):
            out.append(f"DROP TRIGGER IF EXISTS guard_{table}_{what}" + ("" if dialect == "sqlite" else f" ON {table}"))
    if dialect != "sqlite":
        out.append(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    return out
