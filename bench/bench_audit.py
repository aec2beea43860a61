"""Benchmark: ``audit verify --full`` on an untouched register (issue 16), against reading the same rows with
plain SQL (every column of ``filings`` and ``filing_events``, no hashing, no replay).

Run:  .venv/bin/python bench/bench_audit.py [N]      (default 100,000 filings)

Also measured: the checks every CLI command runs when it opens the register (chains, accounts, anchors).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from common import emit

from akimat_desk.domain.deadlines import DeadlineKind, review_deadline
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Status
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.projection import filing_values
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.audit import verify_history, verify_store
from akimat_desk.services.office.audit_replay import registration_snapshot
from akimat_desk.storage.filings.repositories import NewEvent, NewFiling

BATCH = 5000


def fill(ctx, n: int) -> None:  # type: ignore[no-untyped-def]
    """N filings registered as the application registers them (the registration entry carries the filing)."""
    start = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)
    done = 0
    while done < n:
        with ctx.uow(write=True) as uow:
            cal = ctx.calendar.get(uow)
            items, deadlines = [], []
            for i in range(done, min(n, done + BATCH)):
                received = start + timedelta(minutes=3 * i)
                values, _ = filing_values(
                    sample_filing(i, received),
                    ctx.settings.tz,
                    cal.next_working_day_on_or_after,
                    Status.REGISTERED,
                    None,
                )
                due = review_deadline(values.kind, values.registered_on, cal)
                number = f"01-{values.registered_on.year}/{i + 1:06d}"
                snapshot = registration_snapshot(values, "bench", {DeadlineKind.REVIEW.value: due})
                event = NewEvent(
                    received, "bench", EventAction.REGISTERED, {"incoming_number": number, "filing": snapshot}
                )
                items.append(NewFiling("01", values.registered_on.year, i + 1, number, values, event))
                deadlines.append(due)
            ids = uow.filings.add_many(items, "bench")
            from akimat_desk.domain.filing import StoredDeadline

            uow.deadlines.add_many(
                [
                    (fid, StoredDeadline(DeadlineKind.REVIEW.value, due, cal.version, start))
                    for fid, due in zip(ids, deadlines, strict=True)
                ]
            )
            uow.commit()
        done = min(n, done + BATCH)


def raw_read(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        rows = len(conn.execute(sa.text("SELECT * FROM filings")).all())
        rows += len(conn.execute(sa.text("SELECT * FROM filing_events")).all())
    return rows


def main(n: int = 100_000) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="bench")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 11, 1, 6, 0, tzinfo=UTC))
        fill(ctx, n)
        started = time.perf_counter()
        report = verify_history(ctx)
        full = time.perf_counter() - started
        assert report.intact, report
        started = time.perf_counter()
        verify_store(ctx.uow, since_checkpoint=True)  # what every command runs at start, after a full check
        cheap = time.perf_counter() - started
        started = time.perf_counter()
        raw_read(reg.engine)
        baseline = time.perf_counter() - started
        reg.close()
    print(f"audit verify --full, {n:,} untouched filings: {full:.2f} s (intact); the start-up checks: {cheap:.2f} s")
    print(f"plain SQL read of the same rows: {baseline:.2f} s; ratio {full / baseline:.1f}x")
    emit(
        f"audit verify --full, {n:,} filings (chains, replay, accounts, anchors)",
        full,
        baseline,
        "plain SQL read of filings and their history",
        timed="verify --full",
        runs="1",
    )
    emit(
        f"the checks every command runs at start, {n:,} filings",
        cheap,
        baseline,
        "plain SQL read of filings and their history",
        timed="the start-up checks",
        runs="1",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:2])))
