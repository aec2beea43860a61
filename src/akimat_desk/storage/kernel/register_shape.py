"""Is a database file a register of this application? Its tables and its migration revisions say so.

Used before a restore replaces anything: a 0-byte file, another program's SQLite database or a register of
an unknown (newer or foreign) schema must be refused, not copied over the register.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from akimat_desk.storage.kernel.migrate import MIGRATIONS_DIR

# The tables of the first migration: every register of this application has them.
CORE_TABLES = frozenset({"filings", "filing_events", "number_counters", "settings", "alembic_version"})
CHAIN_REVISION = "0007"  # from this migration on a register carries the history chain (audit_heads)
_REVISION = re.compile(r"^revision(?:: str)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision[^=]*=\s*(.+)$", re.M)


@dataclass(frozen=True, slots=True)
class RegisterShape:
    """What a database holds: ``problem`` is None for a register of this application, else a short reason."""

    tables: frozenset[str]
    revisions: tuple[str, ...]
    problem: str | None

    @property
    def has_chain(self) -> bool:
        return "audit_heads" in self.tables


@cache
def revision_parents() -> dict[str, tuple[str, ...]]:
    """Each migration revision of this application and the revisions it follows (from the files themselves)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text("utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        down = _DOWN.search(source)
        graph[found.group(1)] = tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else ()
    return graph


def ancestors(revisions: tuple[str, ...]) -> set[str]:
    """The revisions and every revision before them."""
    graph, seen, todo = revision_parents(), set(), list(revisions)
    while todo:
        revision = todo.pop()
        if revision not in seen:
            seen.add(revision)
            todo.extend(graph.get(revision, ()))
    return seen


def register_shape(engine: Engine) -> RegisterShape:
    """The tables and revisions of the database behind ``engine``, with the first reason it is not a register."""
    tables = frozenset(inspect(engine).get_table_names())
    missing = sorted(CORE_TABLES - tables)
    if missing:
        return RegisterShape(tables, (), f"missing tables: {', '.join(missing)}")
    try:
        with engine.connect() as conn:
            revisions = tuple(sorted(conn.execute(text("SELECT version_num FROM alembic_version")).scalars()))
    except (OperationalError, ProgrammingError) as exc:
        return RegisterShape(tables, (), f"unreadable alembic_version: {exc.orig}")
    unknown = [r for r in revisions if r not in revision_parents()]
    if not revisions or unknown:
        return RegisterShape(tables, revisions, f"unknown migration revision: {', '.join(unknown) or 'none'}")
    if CHAIN_REVISION in ancestors(revisions) and "audit_heads" not in tables:
        return RegisterShape(tables, revisions, "the history chain (audit_heads) is missing")
    return RegisterShape(tables, revisions, None)
