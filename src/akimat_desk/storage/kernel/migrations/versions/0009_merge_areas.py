"""merge the areas built side by side (decisions, e-signatures, places, security, search) into one head"""

from __future__ import annotations

revision = "0009"
down_revision = ("0004", "0005", "0006", "0007", "0008")


def upgrade() -> None:
    pass  # a merge point: every branch's own migration did the work


def downgrade() -> None:
    pass
