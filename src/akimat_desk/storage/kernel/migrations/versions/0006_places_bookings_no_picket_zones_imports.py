"""places bookings no-picket zones imports"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "legacy_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=512), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("rows_refused", sa.Integer(), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legacy_imports")),
        sa.UniqueConstraint("sha256", name=op.f("uq_legacy_imports_sha256")),
    )
    op.create_table(
        "no_picket_zones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("name_kk", sa.String(length=512), nullable=False),
        sa.Column("name_ru", sa.String(length=512), nullable=False),
        sa.Column("name_en", sa.String(length=512), nullable=False),
        sa.Column("district", sa.String(length=256), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("decision_number", sa.String(length=128), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_no_picket_zones")),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name_kk", sa.String(length=512), nullable=False),
        sa.Column("name_ru", sa.String(length=512), nullable=False),
        sa.Column("name_en", sa.String(length=512), nullable=False),
        sa.Column("district", sa.String(length=256), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("route_length_km", sa.Float(), nullable=True),
        sa.Column("max_occupancy", sa.Integer(), nullable=True),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("decision_number", sa.String(length=128), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
    )
    op.create_table(
        "filing_places",
        sa.Column("filing_id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.Column("linked_by", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["filing_id"], ["filings.id"], name=op.f("fk_filing_places_filing_id_filings"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["places.id"], name=op.f("fk_filing_places_place_id_places"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("filing_id", name=op.f("pk_filing_places")),
    )
    with op.batch_alter_table("filing_places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_filing_places_place_id"), ["place_id"], unique=False)

    op.create_table(
        "place_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("expected_participants", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"], ["places.id"], name=op.f("fk_place_bookings_place_id_places"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_bookings")),
    )
    with op.batch_alter_table("place_bookings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_bookings_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_place_bookings_starts_at"), ["starts_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("place_bookings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_bookings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_place_bookings_place_id"))

    op.drop_table("place_bookings")
    with op.batch_alter_table("filing_places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_filing_places_place_id"))

    op.drop_table("filing_places")
    op.drop_table("places")
    op.drop_table("no_picket_zones")
    op.drop_table("legacy_imports")
