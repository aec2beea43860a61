"""Benchmark: the re-check of every open filing after a calendar change (issue 4), against computing the
same review deadlines in memory without the register.

Run:  .venv/bin/python bench/bench_recheck.py [N]      (default 5,000 open filings)
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import emit

from akimat_desk.domain.deadlines import review_deadline
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.statuses import Status
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


def main(n: int = 5000) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="bench")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 11, 1, 6, 0, tzinfo=UTC))
        rows = fill(ctx, n)
        started = time.perf_counter()
        moved = add_day_off(ctx, date(2026, 11, 25), "bench act").moved
        ours = time.perf_counter() - started
        cal = current_calendar(ctx)
        started = time.perf_counter()
        for kind, registered in rows:
            review_deadline(kind, registered, cal)
        baseline = time.perf_counter() - started
        reg.close()
    print(f"{n:,} open filings re-checked in {ours:.3f} s ({len(moved):,} deadlines moved, flagged and written)")
    print(f"the same {n:,} review deadlines in memory: {baseline:.3f} s; ratio {ours / baseline:.1f}x")
    emit(f"re-check of {n:,} open filings after a calendar change", ours, baseline, "the deadlines alone, in memory")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*(int(a) for a in sys.argv[1:2])))
