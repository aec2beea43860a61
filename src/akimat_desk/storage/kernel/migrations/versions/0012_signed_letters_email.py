"""signed outgoing letters and their e-mail attempts"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0009"


def upgrade() -> None:
    op.create_table(
        "letter_signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("cms", sa.LargeBinary(), nullable=False),
        sa.Column("cms_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=True),
        sa.Column("signer_iin", sa.String(length=12), nullable=True),
        sa.Column("signer_bin", sa.String(length=12), nullable=True),
        sa.Column("signer_role", sa.String(length=32), nullable=True),
        sa.Column("certificate_serial", sa.String(length=80), nullable=True),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["outgoing_letters.id"],
            name=op.f("fk_letter_signatures_letter_id_outgoing_letters"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_signatures")),
    )
    with op.batch_alter_table("letter_signatures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_signatures_letter_id"), ["letter_id"], unique=False)

    op.create_table(
        "letter_email_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("dispatch_id", sa.Integer(), nullable=True),
        sa.Column("attempted_at", sa.DateTime(), nullable=False),
        sa.Column("attempted_by", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["dispatch_id"],
            ["dispatches.id"],
            name=op.f("fk_letter_email_attempts_dispatch_id_dispatches"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["outgoing_letters.id"],
            name=op.f("fk_letter_email_attempts_letter_id_outgoing_letters"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_email_attempts")),
    )
    with op.batch_alter_table("letter_email_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_email_attempts_letter_id"), ["letter_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letter_email_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_email_attempts_letter_id"))

    op.drop_table("letter_email_attempts")
    with op.batch_alter_table("letter_signatures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_signatures_letter_id"))

    op.drop_table("letter_signatures")
