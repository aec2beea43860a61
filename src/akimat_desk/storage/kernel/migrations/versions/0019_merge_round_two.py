"""merge the branches of the second round (one outgoing number per decision, the keyed history and its guards,
signed letters and their e-mail with bounces, the consolidation register) into one head
"""

from __future__ import annotations

revision = "0019"
down_revision = ("0010", "0011", "0014", "0017")


def upgrade() -> None:
    pass  # a merge point: every branch's own migration did the work


def downgrade() -> None:
    pass
