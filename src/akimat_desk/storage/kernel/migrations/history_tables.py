"""The chained history tables as the data migrations read and write them (from revision 0007 on).

A frozen snapshot for migrations only: columns are never removed from it, so that every revision that imports it
behaves as it did when it was written. The application's own tables are in ``storage.*.orm``.
"""

from __future__ import annotations

import sqlalchemy as sa

FILING_EVENTS = sa.table(
    "filing_events",
    sa.column("id", sa.Integer),
    sa.column("filing_id", sa.Integer),
    sa.column("seq", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("changes", sa.JSON),
    sa.column("reason", sa.Text),
    sa.column("chain_seq", sa.Integer),
    sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)
AUDIT_HEADS = sa.table(
    "audit_heads", sa.column("chain", sa.String), sa.column("last_seq", sa.Integer), sa.column("last_hash", sa.String)
)
