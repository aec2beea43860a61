"""calendar overrides and computed filing deadlines"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "calendar_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("paired_day", sa.Date(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("act", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_overrides")),
    )
    op.create_table(
        "filing_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("calendar_version", sa.String(length=128), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("previous_due_on", sa.Date(), nullable=True),
        sa.Column("changed_by_act", sa.Text(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=128), nullable=True),
        sa.ForeignKeyConstraint(
            ["filing_id"], ["filings.id"], name=op.f("fk_filing_deadlines_filing_id_filings"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_filing_deadlines")),
        sa.UniqueConstraint("filing_id", "kind", name="uq_filing_deadlines_kind"),
    )
    with op.batch_alter_table("filing_deadlines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_filing_deadlines_filing_id"), ["filing_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("filing_deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_filing_deadlines_filing_id"))

    op.drop_table("filing_deadlines")
    op.drop_table("calendar_overrides")
