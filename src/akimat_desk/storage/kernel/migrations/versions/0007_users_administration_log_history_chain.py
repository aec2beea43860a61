"""users, administration log, history chain

Adds user accounts, the administration log and the heads of the history chains, adds the chain columns to
filing_events and calendar_overrides, and back-fills the chain over the rows already there (in id order),
so that an existing register is verifiable from this revision on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from akimat_desk.storage.kernel.audit_chain import GENESIS, calendar_override_content, filing_event_content, link
from akimat_desk.storage.kernel.migrations.history_tables import AUDIT_HEADS, FILING_EVENTS

revision = "0007"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "audit_heads",
        sa.Column("chain", sa.String(length=32), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain", name=op.f("pk_audit_heads")),
    )
    op.create_table(
        "security_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_seq", sa.Integer(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("subject", sa.String(length=128), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_events")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_security_events_chain_seq")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=256), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("password_hash", sa.String(length=256), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=128), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    with op.batch_alter_table("calendar_overrides", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_calendar_overrides_chain_seq"), ["chain_seq"])

    with op.batch_alter_table("filing_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_seq", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_filing_events_chain_seq"), ["chain_seq"])

    _backfill()


_EVENTS = FILING_EVENTS
_OVERRIDES = sa.table(
    "calendar_overrides",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("day", sa.Date),
    sa.column("paired_day", sa.Date),
    sa.column("year", sa.Integer),
    sa.column("act", sa.Text),
    sa.column("created_at", sa.DateTime),
    sa.column("created_by", sa.String),
    sa.column("chain_seq", sa.Integer),
    sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)
_HEADS = AUDIT_HEADS


def _backfill() -> None:
    """Chain the existing rows in id order and record each chain's head (stored instants are naive UTC)."""
    conn = op.get_bind()
    seq, last = 0, GENESIS
    for r in conn.execute(sa.select(_EVENTS).order_by(_EVENTS.c.id)).mappings().all():
        content = filing_event_content(
            r["filing_id"], r["seq"], r["at"], r["actor"], r["action"], r["changes"], r["reason"]
        )
        seq, prev, last = link(seq, last, content)
        conn.execute(
            _EVENTS.update().where(_EVENTS.c.id == r["id"]).values(chain_seq=seq, prev_hash=prev, entry_hash=last)
        )
    conn.execute(_HEADS.insert().values(chain="filing_events", last_seq=seq, last_hash=last))
    seq, last = 0, GENESIS
    for r in conn.execute(sa.select(_OVERRIDES).order_by(_OVERRIDES.c.id)).mappings().all():
        seq, prev, last = link(seq, last, calendar_override_content(dict(r)))
        conn.execute(
            _OVERRIDES.update().where(_OVERRIDES.c.id == r["id"]).values(chain_seq=seq, prev_hash=prev, entry_hash=last)
        )
    conn.execute(_HEADS.insert().values(chain="calendar_overrides", last_seq=seq, last_hash=last))
    conn.execute(_HEADS.insert().values(chain="security_events", last_seq=0, last_hash=GENESIS))


def downgrade() -> None:
    with op.batch_alter_table("filing_events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_filing_events_chain_seq"), type_="unique")
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("chain_seq")

    with op.batch_alter_table("calendar_overrides", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_calendar_overrides_chain_seq"), type_="unique")
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("chain_seq")

    op.drop_table("users")
    op.drop_table("security_events")
    op.drop_table("audit_heads")
