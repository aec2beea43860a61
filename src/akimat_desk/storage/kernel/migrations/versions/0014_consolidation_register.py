"""consolidation register of statistics packages"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0009"


def upgrade() -> None:
    op.create_table(
        "consolidation_offices",
        sa.Column("kato", sa.String(length=12), nullable=False),
        sa.Column("name_kk", sa.String(length=512), nullable=False),
        sa.Column("name_ru", sa.String(length=512), nullable=False),
        sa.Column("name_en", sa.String(length=512), nullable=False),
        sa.Column("parent", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("hmac_key", sa.String(length=128), nullable=False),
        sa.Column("bin", sa.String(length=12), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kato", name=op.f("pk_consolidation_offices")),
    )
    op.create_table(
        "consolidation_packages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kato", sa.String(length=12), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=128), nullable=False),
        sa.Column("file_name", sa.String(length=512), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("cube_sha256", sa.String(length=64), nullable=False),
        sa.Column("signature_method", sa.String(length=32), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidation_packages")),
        sa.UniqueConstraint("sha256", name=op.f("uq_consolidation_packages_sha256")),
    )
    with op.batch_alter_table("consolidation_packages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consolidation_packages_kato"), ["kato"], unique=False)

    op.create_table(
        "consolidation_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("kato", sa.String(length=12), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("form", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("ground", sa.String(length=256), nullable=False),
        sa.Column("specialized", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["consolidation_packages.id"],
            name=op.f("fk_consolidation_counts_package_id_consolidation_packages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidation_counts")),
    )
    with op.batch_alter_table("consolidation_counts", schema=None) as batch_op:
        batch_op.create_index("ix_consolidation_counts_package_month", ["package_id", "month"], unique=False)

    op.create_table(
        "consolidation_coverage",
        sa.Column("kato", sa.String(length=12), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["consolidation_packages.id"],
            name=op.f("fk_consolidation_coverage_package_id_consolidation_packages"),
        ),
        sa.PrimaryKeyConstraint("kato", "month", name=op.f("pk_consolidation_coverage")),
    )
    with op.batch_alter_table("consolidation_coverage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consolidation_coverage_package_id"), ["package_id"], unique=False)

    op.create_table(
        "consolidation_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=True),
        sa.Column("replaced_package_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["consolidation_packages.id"],
            name=op.f("fk_consolidation_history_package_id_consolidation_packages"),
        ),
        sa.ForeignKeyConstraint(
            ["replaced_package_id"],
            ["consolidation_packages.id"],
            name=op.f("fk_consolidation_history_replaced_package_id_consolidation_packages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consolidation_history")),
    )


def downgrade() -> None:
    op.drop_table("consolidation_history")
    with op.batch_alter_table("consolidation_coverage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consolidation_coverage_package_id"))

    op.drop_table("consolidation_coverage")
    with op.batch_alter_table("consolidation_counts", schema=None) as batch_op:
        batch_op.drop_index("ix_consolidation_counts_package_month")

    op.drop_table("consolidation_counts")
    with op.batch_alter_table("consolidation_packages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consolidation_packages_kato"))

    op.drop_table("consolidation_packages")
    op.drop_table("consolidation_offices")
