"""e-signatures: trust store, CRLs, verdicts"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "trust_certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.DateTime(), nullable=False),
        sa.Column("valid_to", sa.DateTime(), nullable=False),
        sa.Column("is_test", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_certificates")),
        sa.UniqueConstraint("sha256", name=op.f("uq_trust_certificates_sha256")),
    )
    op.create_table(
        "trust_crls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("issuer_sha256", sa.String(length=64), nullable=False),
        sa.Column("this_update", sa.DateTime(), nullable=True),
        sa.Column("next_update", sa.DateTime(), nullable=True),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("is_delta", sa.Boolean(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_crls")),
        sa.UniqueConstraint("sha256", name=op.f("uq_trust_crls_sha256")),
    )
    with op.batch_alter_table("trust_crls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trust_crls_issuer_sha256"), ["issuer_sha256"], unique=False)

    op.create_table(
        "signature_verifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("signed_attachment_id", sa.Integer(), nullable=False),
        sa.Column("content_attachment_id", sa.Integer(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("checked_by", sa.String(length=128), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("algorithm", sa.String(length=64), nullable=True),
        sa.Column("signer_name", sa.Text(), nullable=True),
        sa.Column("signer_iin", sa.String(length=12), nullable=True),
        sa.Column("signer_bin", sa.String(length=12), nullable=True),
        sa.Column("test_roots_allowed", sa.Boolean(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["content_attachment_id"],
            ["attachments.id"],
            name=op.f("fk_signature_verifications_content_attachment_id_attachments"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["filing_id"],
            ["filings.id"],
            name=op.f("fk_signature_verifications_filing_id_filings"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["signed_attachment_id"],
            ["attachments.id"],
            name=op.f("fk_signature_verifications_signed_attachment_id_attachments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature_verifications")),
    )
    with op.batch_alter_table("signature_verifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signature_verifications_filing_id"), ["filing_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("signature_verifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_verifications_filing_id"))

    op.drop_table("signature_verifications")
    with op.batch_alter_table("trust_crls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trust_crls_issuer_sha256"))

    op.drop_table("trust_crls")
    op.drop_table("trust_certificates")
