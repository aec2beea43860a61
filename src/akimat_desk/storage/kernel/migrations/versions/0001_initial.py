"""register: filings, history, incoming-number counters, settings"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "filings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("akimat_code", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("incoming_number", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=48), nullable=True),
        sa.Column("organizer_name", sa.String(length=512), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("defects", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_filings")),
        sa.UniqueConstraint("akimat_code", "year", "seq", name="uq_filings_number"),
        sa.UniqueConstraint("incoming_number", name=op.f("uq_filings_incoming_number")),
    )
    with op.batch_alter_table("filings", schema=None) as batch_op:
        batch_op.create_index("ix_filings_form", ["form"], unique=False)
        batch_op.create_index("ix_filings_received_at", ["received_at"], unique=False)
        batch_op.create_index("ix_filings_starts_at", ["starts_at"], unique=False)
        batch_op.create_index("ix_filings_status", ["status"], unique=False)

    op.create_table(
        "number_counters",
        sa.Column("akimat_code", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("akimat_code", "year", name=op.f("pk_number_counters")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "filing_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["filing_id"],
            ["filings.id"],
            name=op.f("fk_filing_events_filing_id_filings"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_filing_events")),
        sa.UniqueConstraint("filing_id", "seq", name="uq_filing_events_seq"),
    )
    with op.batch_alter_table("filing_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_filing_events_filing_id"), ["filing_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("filing_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_filing_events_filing_id"))

    op.drop_table("filing_events")
    op.drop_table("settings")
    op.drop_table("number_counters")
    with op.batch_alter_table("filings", schema=None) as batch_op:
        batch_op.drop_index("ix_filings_status")
        batch_op.drop_index("ix_filings_starts_at")
        batch_op.drop_index("ix_filings_received_at")
        batch_op.drop_index("ix_filings_form")

    op.drop_table("filings")
