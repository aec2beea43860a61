"""a decision or a dispatch undone within the minute it was recorded: when, by whom and why (the row stays)"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"

_TABLES = ("decisions", "dispatches")


def upgrade() -> None:
    # plain ADD COLUMN (nullable, no default): SQLite adds it in place, where a batch copy of ``decisions``
    # would drop a table that outgoing letters and proposal answers refer to
    for table in _TABLES:
        op.add_column(table, sa.Column("undone_at", sa.DateTime(), nullable=True))
        op.add_column(table, sa.Column("undone_by", sa.String(length=128), nullable=True))
        op.add_column(table, sa.Column("undo_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    # DROP COLUMN in place too (SQLite 3.35+), for the same reason
    for table in reversed(_TABLES):
        for column in ("undo_reason", "undone_by", "undone_at"):
            op.drop_column(table, column)
