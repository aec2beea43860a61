"""one outgoing number per decision, shared by its kk, ru and en letters; the clerk's words per language

Until now each language of a decision's letter took its own outgoing number (kk 0001, ru 0002, en 0003). The
number now belongs to the decision: the uniqueness moves from (akimat, year, seq) and the number text to
(akimat, year, seq, language). Letters already issued keep their numbers; each decision whose letters carry
different numbers gets one entry in its filing's history that says so (chained like every other entry).
Decisions get a ``texts`` column: the reasons, proposal, conditions and remarks in each language (existing
decisions keep their single text, read as written in the language it is in).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from akimat_desk.storage.kernel.audit_chain import filing_event_content, link
from akimat_desk.storage.kernel.migrations.history_tables import AUDIT_HEADS, FILING_EVENTS

revision = "0010"
down_revision = "0009"

_LETTERS = sa.table(
    "outgoing_letters",
    sa.column("id", sa.Integer),
    sa.column("filing_id", sa.Integer),
    sa.column("decision_id", sa.Integer),
    sa.column("outgoing_number", sa.String),
    sa.column("language", sa.String),
)
_EVENTS = FILING_EVENTS
_HEADS = AUDIT_HEADS
ACTION = "letter_numbers_kept"  # EventAction.LETTER_NUMBERS_KEPT
ACTOR = "migration 0010"


def upgrade() -> None:
    op.add_column("decisions", sa.Column("texts", sa.JSON(), nullable=True))  # no table copy: others refer to it
    with op.batch_alter_table("outgoing_letters", schema=None) as batch_op:
        batch_op.drop_constraint("uq_outgoing_letters_number", type_="unique")
        batch_op.drop_constraint("uq_outgoing_letters_outgoing_number", type_="unique")
        batch_op.create_unique_constraint(
            "uq_outgoing_letters_number_language", ["akimat_code", "year", "seq", "language"]
        )
    _note_kept_numbers()


def _note_kept_numbers() -> None:
    """One history entry per decision whose letters were numbered per language: the numbers stay as issued."""
    conn = op.get_bind()
    by_decision: dict[tuple[int, int | None], list[dict[str, str]]] = {}
    for r in conn.execute(sa.select(_LETTERS).order_by(_LETTERS.c.id)).mappings():
        entry = {"language": r["language"], "outgoing_number": r["outgoing_number"]}
        by_decision.setdefault((r["filing_id"], r["decision_id"]), []).append(entry)
    head = conn.execute(sa.select(_HEADS).where(_HEADS.c.chain == "filing_events")).mappings().first()
    if head is None:
        return
    chain_seq, last_hash = int(head["last_seq"]), str(head["last_hash"])
    at = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    noted = False
    for (filing_id, decision_id), letters in by_decision.items():
        if len({x["outgoing_number"] for x in letters}) < 2:
            continue
        seq = 1 + int(conn.scalar(sa.select(sa.func.max(_EVENTS.c.seq)).where(_EVENTS.c.filing_id == filing_id)) or 0)
        changes = {"decision": decision_id, "letters": letters}
        reason = "letters issued before 0010 keep the numbers they were issued under"
        content = filing_event_content(filing_id, seq, at, ACTOR, ACTION, changes, reason)
        chain_seq, prev, last_hash = link(chain_seq, last_hash, content)
        conn.execute(
            _EVENTS.insert().values(
                filing_id=filing_id,
                seq=seq,
                at=at,
                actor=ACTOR,
                action=ACTION,
                changes=changes,
                reason=reason,
                chain_seq=chain_seq,
                prev_hash=prev,
                entry_hash=last_hash,
            )
        )
        noted = True
    if noted:
        conn.execute(
            _HEADS.update().where(_HEADS.c.chain == "filing_events").values(last_seq=chain_seq, last_hash=last_hash)
        )


def downgrade() -> None:
    op.execute("ALTER TABLE decisions DROP COLUMN texts")  # SQLite >= 3.35 and PostgreSQL, without a table copy
    with op.batch_alter_table("outgoing_letters", schema=None) as batch_op:
        batch_op.drop_constraint("uq_outgoing_letters_number_language", type_="unique")
        batch_op.create_unique_constraint("uq_outgoing_letters_outgoing_number", ["outgoing_number"])
        batch_op.create_unique_constraint("uq_outgoing_letters_number", ["akimat_code", "year", "seq"])
