"""Bulk registration (a legacy journal import): many filings and their first history events in a few
statements, stored exactly as ``FilingRepository.add`` stores them one by one.

* Core inserts, no ORM unit of work.
* The filings go in multi-row ``INSERT ... VALUES (...), (...) RETURNING`` batches: one statement per batch
  rather than per row also keeps SQLite's FTS5 index (filled by a trigger) from flushing a segment after every
  row. RETURNING gives no order, so the ids are matched back by the incoming numbers (unique).
* A journal's filings share a few kinds of defect: each defect is turned into JSON once and the lists are
  joined from those pieces, giving the very text SQLAlchemy's JSON type would (``json.dumps``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import JSON, Table, bindparam, func, insert, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from akimat_desk.domain.content import Defect
from akimat_desk.domain.filing import FilingId
from akimat_desk.storage.filings.orm import FilingEventRow, FilingRow
from akimat_desk.storage.filings.values import NewEvent, NewFiling, values_dict
from akimat_desk.storage.kernel.audit_chain import FILING_EVENTS, filing_event_content
from akimat_desk.storage.office import append_links

FILINGS = cast(Table, FilingRow.__table__)
FILING_EVENT_ROWS = cast(Table, FilingEventRow.__table__)


class _JSONText(TypeDecorator[str]):
    """A JSON column's value handed over already serialized: stored as given (PostgreSQL reads the text as
    ``json``; SQLite keeps it as text, as the JSON type does)."""

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None


def add_filings(session: Session, items: Sequence[NewFiling], actor: str) -> list[FilingId]:
    """Insert ``items`` and their first history events, chained in order; the new ids in the order of items."""
    if not items:
        return []
    dumps: Callable[[Any], str] = getattr(session.get_bind().dialect, "_json_serializer", None) or json.dumps
    as_json = _DefectsJSON(dumps)
    rows = []
    for i in items:
        row = values_dict(i.values, with_defects=False)
        row.update(
            akimat_code=i.akimat_code,
            year=i.year,
            seq=i.seq,
            incoming_number=i.number,
            created_by=actor,
            version=1,
            defects_json=as_json(i.values.defects),
        )
        rows.append(row)
    stmt = (
        insert(FILINGS)
        .values(defects=bindparam("defects_json", type_=_JSONText()))
        .returning(FILINGS.c.id, FILINGS.c.incoming_number)
    )
    by_number = {number: fid for fid, number in session.execute(stmt, rows)}
    ids = [by_number[i.number] for i in items]
    contents = [
        filing_event_content(fid, 1, i.event.at, i.event.actor, str(i.event.action), i.event.changes, i.event.reason)
        for fid, i in zip(ids, items, strict=True)
    ]
    links = append_links(session, FILING_EVENTS, contents)
    events = [
        {
            "filing_id": fid,
            "seq": 1,
            "at": i.event.at,
            "actor": i.event.actor,
            "action": str(i.event.action),
            "changes": i.event.changes,
            "reason": i.event.reason,
            "chain_seq": position,
            "prev_hash": prev,
            "entry_hash": entry,
        }
        for fid, i, (position, prev, entry) in zip(ids, items, links, strict=True)
    ]
    session.execute(insert(FILING_EVENT_ROWS), events)
    return [FilingId(i) for i in ids]


EVENT_BATCH = 1000  # filings per "last seq" query (bound parameters stay far below SQLite's 32,766)


def append_events(session: Session, events: Sequence[tuple[FilingId, NewEvent]]) -> None:
    """Append one history event to each of many filings, chained in order exactly as ``append_event`` would
    chain them one by one: the last seq of each filing is read once per batch, the chain head once, and the
    events go in with one INSERT per batch."""
    if not events:
        return
    ids = sorted({fid for fid, _ in events})
    last: dict[int, int] = {}
    for start in range(0, len(ids), EVENT_BATCH):
        chunk = ids[start : start + EVENT_BATCH]
        stmt = (
            select(FILING_EVENT_ROWS.c.filing_id, func.max(FILING_EVENT_ROWS.c.seq))
            .where(FILING_EVENT_ROWS.c.filing_id.in_(chunk))
            .group_by(FILING_EVENT_ROWS.c.filing_id)
        )
        last.update({fid: int(seq or 0) for fid, seq in session.execute(stmt)})
    seqs = []
    for fid, _ in events:
        last[fid] = last.get(fid, 0) + 1
        seqs.append(last[fid])
    contents = [
        filing_event_content(fid, seq, e.at, e.actor, str(e.action), e.changes, e.reason)
        for (fid, e), seq in zip(events, seqs, strict=True)
    ]
    links = append_links(session, FILING_EVENTS, contents)
    rows = [
        {
            "filing_id": fid,
            "seq": seq,
            "at": e.at,
            "actor": e.actor,
            "action": str(e.action),
            "changes": e.changes,
            "reason": e.reason,
            "chain_seq": position,
            "prev_hash": prev,
            "entry_hash": entry,
        }
        for (fid, e), seq, (position, prev, entry) in zip(events, seqs, links, strict=True)
    ]
    for start in range(0, len(rows), EVENT_BATCH):
        session.execute(insert(FILING_EVENT_ROWS), rows[start : start + EVENT_BATCH])


class _DefectsJSON:
    """``dumps(defects as stored)`` for many filings, each distinct defect serialized once (with ``json.dumps``
    a list is ``[`` + its items joined by ``", "`` + ``]``; another serializer gets each whole list)."""

    def __init__(self, dumps: Callable[[Any], str]) -> None:
        self.dumps = dumps
        self.joinable = dumps is json.dumps
        self.pieces: dict[tuple[Any, ...], str] = {}

    def __call__(self, defects: Sequence[Defect]) -> str:
        if not self.joinable:
            return self.dumps([_stored(d) for d in defects])
        return "[" + ", ".join([self._piece(d) for d in defects]) + "]"

    def _piece(self, defect: Defect) -> str:
        params = defect.params
        if not params:
            key: tuple[Any, ...] = (defect.item, defect.code, defect.field, defect.rule)
        elif all(type(v) is str for v in params.values()):
            key = (defect.item, defect.code, defect.field, defect.rule, *params.items())
        else:  # a list of missing details, or a number a key could confuse (1 == 1.0 == True)
            return self.dumps(_stored(defect))
        piece = self.pieces.get(key)
        if piece is None:
            piece = self.pieces[key] = self.dumps(_stored(defect))
        return piece


def _stored(defect: Defect) -> dict[str, Any]:
    """A defect as stored (see ``values.defects_to_json``)."""
    return {
        "item": defect.item,
        "code": defect.code,
        "field": defect.field,
        "rule": defect.rule,
        "params": dict(defect.params),
    }
