"""Alembic environment: runs on the connection handed in by ``akimat_desk.storage.kernel.migrate``."""

from __future__ import annotations

from alembic import context

from akimat_desk.storage.kernel.tables import Base

_IGNORED_PREFIXES = ("filings_fts",)  # FTS5 virtual and shadow tables are managed by hand


def include_name(name, type_, parent_names):
    return not (type_ == "table" and name and name.startswith(_IGNORED_PREFIXES))


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
