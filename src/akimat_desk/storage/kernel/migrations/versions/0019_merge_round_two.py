"""merge the branches of the second round (one outgoing number per decision, the keyed history and its guards,
signed letters and their e-mail with bounces, the consolidation register) into one head

Revision ID: 0019
Revises: 0010, 0011, 0014, 0017
Create Date: 2026-12-02
"""

from __future__ import annotations

revision = "0019"
down_revision = ("0010", "0011", "0014", "0017")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # a merge point: every branch's own migration did the work


def downgrade() -> None:
    pass
