"""register search: FTS5 (trigram) over filings on SQLite, a pg_trgm index on PostgreSQL"""

from __future__ import annotations

from alembic import op

from akimat_desk.storage.filings.register_view import drop_search_index, install_search_index

revision = "0008"
down_revision = "0003"


def upgrade() -> None:
    install_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
