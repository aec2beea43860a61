"""Benchmark: the re-check of every open filing after a calendar change (issues 4 and 17), against computing
the same review deadlines in memory without the register.

Run:  .venv/bin/python bench/bench_recheck.py [N]      (default 10,000 open filings; target under 1 s)

* N open filings received in November 2026 (a register made for this measure: every filing open), then a
  day off on 25 November: the worst case, thousands of deadlines move;
* the same day off on a copy of each register of ``make_register`` (1,000 and 100,000 filings, two years
  of history; the open ones are re-checked, those spanning the day move).
Each is one wall-clock run of ``add_day_off`` (one transaction: read, recompute, write, commit).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import emit, register_label
from make_register import copy_of, sizes

from akimat_desk.domain.deadlines import review_deadline
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import OPEN_STATUSES, Status
from akimat_desk.services.deadlines.calendar import add_day_off, current_calendar
from akimat_desk.services.filings.demo import sample_filing
from akimat_desk.services.filings.projection import filing_values
from akimat_desk.services.filings.registration import store_review_deadline
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.storage.filings.values import NewEvent


def fill(ctx, n: int) -> list[tuple[str, date]]:  # type: ignore[no-untyped-def]
    """N open filings received on working days of November 2026, in one transaction (fast set-up)."""
    start = datetime(2026, 11, 2, 5, 0, tzinfo=UTC)
    rows = []
    with ctx.uow(write=True) as uow:
        cal = ctx.calendar.get(uow)
        for i in range(n):
            received = start + timedelta(days=(i % 20), minutes=i)
            data = sample_filing(i, received)
            values, _ = filing_values(data, ctx.settings.tz, cal.next_working_day_on_or_after, Status.REGISTERED, None)
            event = NewEvent(received, "bench", EventAction.REGISTERED, {})
            filing_id = uow.filings.add("01", 2026, i + 1, f"01-2026/{i + 1:05d}", values, "bench", event)
            store_review_deadline(uow, filing_id, values, cal, received)
            rows.append((str(values.kind), values.registered_on))
        uow.commit()
    return rows


def in_memory(rows: list[tuple[str, date]], cal: object) -> float:
    started = time.perf_counter()
    for kind, registered in rows:
        review_deadline(kind, registered, cal)  # type: ignore[arg-type]
    return time.perf_counter() - started


def lived(n: int, folder: Path) -> None:
    """The re-check on a copy of the register that lived, N filings."""
    reg = open_register(copy_of(n, folder), None, actor="bench")
    ctx = replace(reg.context, clock=lambda: datetime(2026, 12, 1, 6, 0, tzinfo=UTC))
    with ctx.uow() as uow:
        rows = [(k, r) for _, _, k, r, _ in uow.deadlines.open_reviews([s.value for s in OPEN_STATUSES])]
    started, cpu = time.perf_counter(), time.process_time()
    moved = add_day_off(ctx, date(2026, 11, 25), "bench act").moved
    ours, cpu = time.perf_counter() - started, time.process_time() - cpu
    baseline = in_memory(rows, current_calendar(ctx))
    reg.close()
    print(f"register of {n:,}: {len(rows):,} open filings re-checked in {ours:.3f} s ({len(moved):,} moved)")
    emit(
        f"re-check after a calendar change, {len(rows):,} open of {n:,} filings",
        ours,
        baseline,
        "the same deadlines in memory",
        "1 s",
        timed="add_day_off: read the open filings, recompute, write the "
        "moved deadlines and their history events, commit",
        runs="1",
        register=register_label(n),
    )
    emit(
        f"the same re-check, CPU time, {len(rows):,} open of {n:,} filings",
        cpu,
        baseline,
        "the same deadlines in memory (wall)",
        "1 s",
        timed="add_day_off, CPU time of the process",
        runs="1",
        register=register_label(n),
        clock="CPU",
    )


def main(n: int = 10_000) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="bench")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 11, 1, 6, 0, tzinfo=UTC))
        rows = fill(ctx, n)
        started, cpu = time.perf_counter(), time.process_time()
        moved = add_day_off(ctx, date(2026, 11, 25), "bench act").moved
        ours, cpu = time.perf_counter() - started, time.process_time() - cpu
        baseline = in_memory(rows, current_calendar(ctx))
        reg.close()
        print(f"{n:,} open filings re-checked in {ours:.3f} s ({len(moved):,} deadlines moved, flagged and written)")
        print(f"the same {n:,} review deadlines in memory: {baseline:.3f} s; ratio {ours / baseline:.1f}x")
        emit(
            f"re-check of {n:,} open filings after a calendar change ({len(moved):,} moved)",
            ours,
            baseline,
            "the deadlines alone, in memory",
            "1 s",
            timed="add_day_off: read, recompute, write the moved deadlines and their history events, commit",
            runs="1",
            register=f"{n:,} open filings, November 2026",
        )
        emit(
            f"the same re-check of {n:,} open filings, CPU time",
            cpu,
            baseline,
            "the deadlines in memory (wall)",
            "1 s",
            timed="add_day_off, CPU time of the process",
            runs="1",
            register=f"{n:,} open filings, November 2026",
            clock="CPU",
        )
        for size in sizes():
            lived(size, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:2])))
