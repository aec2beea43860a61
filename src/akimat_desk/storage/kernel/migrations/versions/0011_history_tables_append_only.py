"""The history tables refuse UPDATE and DELETE (issue 16, defence in depth).

Triggers on SQLite and PostgreSQL refuse a DELETE of an entry and an UPDATE of any column of its content in the
tables that are appended to and never changed: the filing history, the administration log, the calendar
overrides, the attachments and the signature verdicts (PostgreSQL also refuses TRUNCATE). The chain's own
columns (``chain_seq``, ``prev_hash``, ``entry_hash``) stay updatable so that a register can be re-chained; a
change of them is found by ``audit verify``. On PostgreSQL ``UPDATE``, ``DELETE`` and ``TRUNCATE`` are also
revoked from PUBLIC. Someone who owns the database can drop the triggers: they stop mistakes and casual edits,
the chains and the replay catch the rest.
"""

from __future__ import annotations

from alembic import op

from akimat_desk.storage.kernel.history_guards import guard_statements, unguard_statements

revision = "0011"
down_revision = "0009"


def upgrade() -> None:
    for statement in guard_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in unguard_statements(op.get_bind().dialect.name):
        op.execute(statement)
