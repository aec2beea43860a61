"""The calendar re-check writes the moved deadlines and their history events in bulk (issue 17, item 4): the
register it leaves is the one the row-by-row re-check left (kept here as the reference), on SQLite and on
PostgreSQL, including a second change before acknowledgement, closed filings and the history chain."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.deadlines import DeadlineKind, review_deadline
from akimat_desk.domain.filing import EventAction, StoredDeadline
from akimat_desk.domain.statuses import OPEN_STATUSES
from akimat_desk.services.deadlines import calendar as calendar_service
from akimat_desk.services.deadlines.calendar import DeadlineMove, add_day_off, add_transfer
from akimat_desk.services.deadlines.countdowns import acknowledge_deadline_changes
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.registered import get_filing, withdraw_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.audit import verify_history
from akimat_desk.storage.filings import NewEvent

FILINGS = 24
NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


def reference_recheck(uow: Any, cal: Any, act: str, ctx: Any) -> list[DeadlineMove]:
    """The re-check as it was before the bulk writes: one deadline and one history event at a time."""
    moved, unchanged = [], []
    now = ctx.clock()
    for filing_id, number, kind, registered_on, deadline in uow.deadlines.open_reviews(
        [s.value for s in OPEN_STATUSES]
    ):
        new_day = review_deadline(kind, registered_on, cal)
        if new_day == deadline.due_on:
            unchanged.append(filing_id)
            continue
        previous = deadline.previous_due_on if deadline.needs_acknowledgement else deadline.due_on
        uow.deadlines.put(
            filing_id, StoredDeadline(deadline.kind, new_day, cal.version, now, previous, act, None, None)
        )
        change = {"deadline": deadline.kind, "old": deadline.due_on.isoformat(), "new": new_day.isoformat()}
        uow.filings.append_event(filing_id, NewEvent(now, ctx.actor, EventAction.DEADLINE_CHANGED, change, act))
        moved.append(DeadlineMove(filing_id, number, deadline.kind, deadline.due_on, new_day, act))
    uow.deadlines.set_version(unchanged, DeadlineKind.REVIEW.value, cal.version)
    return moved


def lived_register(ctx: Any) -> list[int]:
    """Filings received over three weeks of November 2026; some closed, one acknowledged after a change."""
    ids = []
    for i in range(FILINGS):
        received = datetime(2026, 11, 2, 5, 0, tzinfo=UTC) + timedelta(days=i % 18, minutes=7 * i)
        ids.append(register_filing(ctx, sample_filing(i, received)).filing.id)
    for fid in ids[::7]:
        withdraw_filing(ctx, fid, "withdrawn by the organizer")
    return ids


def run_changes(ctx: Any, ids: list[int]) -> list[list[tuple[Any, ...]]]:
    """Three calendar changes, one acknowledgement between them: what each change moved."""
    moves = [add_day_off(ctx, date(2026, 11, 20), "act 1").moved]
    moved_once = [m.filing_id for m in moves[0]]
    acknowledge_deadline_changes(ctx, moved_once[0])
    moves.append(add_transfer(ctx, date(2026, 11, 23), date(2026, 11, 28), "act 2").moved)
    moves.append(add_day_off(ctx, date(2026, 11, 25), "act 3").moved)
    return [[(m.filing_id, m.incoming_number, m.kind, m.old, m.new, m.act) for m in batch] for batch in moves]


def snapshot(ctx: Any, ids: list[int]) -> list[tuple[Any, ...]]:
    """Every filing's stored deadlines and history, as a user (and the history check) sees them."""
    rows = []
    for fid in ids:
        record = get_filing(ctx, fid)
        with ctx.uow() as uow:
            deadlines = uow.deadlines.for_filing(fid)
        history = [(e.seq, e.at, e.actor, e.action, e.changes, e.reason) for e in record.history]
        rows.append((fid, record.status, tuple(deadlines), tuple(history)))
    return rows


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    if request.param == "sqlite":
        yield tmp_path / "register.db"
    else:
        yield request.getfixturevalue("postgres_url")


def lived_and_changed(database: str | Path, monkeypatch: pytest.MonkeyPatch, reference: bool) -> Any:
    if reference:
        monkeypatch.setattr(calendar_service, "_recheck_open_filings", reference_recheck)
    reg = open_register(database, None, actor="tester")
    try:
        ctx = replace(reg.context, clock=lambda: NOW)
        ids = lived_register(ctx)
        moves = run_changes(ctx, ids)
        result = moves, snapshot(ctx, ids), verify_history(ctx).intact
    finally:
        reg.close()
        monkeypatch.undo()
    return result


def test_the_bulk_recheck_leaves_the_register_the_row_by_row_recheck_left(
    database: str | Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_moves, bulk_state, bulk_intact = lived_and_changed(database, monkeypatch, reference=False)
    reference_db: str | Path = tmp_path / "reference.db"
    if not isinstance(database, Path):  # a second database on the same PostgreSQL server
        reference_db = database + "_ref"
        from sqlalchemy import create_engine, text

        admin = create_engine(database.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{reference_db.rsplit("/", 1)[1]}"'))
    try:
        ref_moves, ref_state, ref_intact = lived_and_changed(reference_db, monkeypatch, reference=True)
    finally:
        if not isinstance(reference_db, Path):
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{reference_db.rsplit("/", 1)[1]}" WITH (FORCE)'))
    assert all(bulk_moves) and len(bulk_moves[0]) > 3  # every change moved something, the first many
    assert bulk_moves == ref_moves
    assert bulk_state == ref_state
    assert bulk_intact and ref_intact
