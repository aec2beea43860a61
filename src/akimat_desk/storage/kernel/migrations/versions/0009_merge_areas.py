"""merge the areas built side by side (decisions, e-signatures, places, security, search) into one head

Revision ID: 0009
Revises: 0004, 0005, 0006, 0007, 0008
Create Date: 2026-11-23
"""

from __future__ import annotations

revision = "0009"
down_revision = ("0004", "0005", "0006", "0007", "0008")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # a merge point: every branch's own migration did the work


def downgrade() -> None:
    pass
