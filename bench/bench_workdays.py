"""Benchmark: 100,000 deadline computations against the same number of bare ``holidays`` calls.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_workdays.py [N]
Target (issue 4): our N computations under 1 s and under 2x the bare ``holidays`` calls.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from common import emit
from holidays.countries.kazakhstan import Kazakhstan

from akimat_desk.domain import deadlines as dl
from akimat_desk.workdays import build_calendar

SEED = 333


def _inputs(n: int) -> list[tuple[str, date, date]]:
    """(kind, registration day, event day) triples spread over 2020-2027, reproducible."""
    rng = random.Random(SEED)
    first, span = date(2020, 1, 1), (date(2027, 12, 31) - date(2020, 1, 1)).days
    triples = []
    for _ in range(n):
        registered = first + timedelta(days=rng.randrange(span))
        event = registered + timedelta(days=rng.randrange(5, 40))
        triples.append((rng.choice(["notification", "application"]), registered, event))
    return triples


def _timed(label: str, run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    print(f"  {label:<58} {elapsed:8.3f} s")
    return elapsed


def main(n: int = 100_000) -> int:
    """Print the timings and ratios; exit status 1 if the target is missed."""
    triples = _inputs(n)
    print(f"{n:,} computations, dates 2020-2027")
    built = time.perf_counter()
    cal = build_calendar()
    for year in range(2019, 2029):  # warm the per-year cache, as the app does once at start-up
        cal.is_working_day(date(year, 1, 1))
    print(f"  {'calendar built and 10 years cached':<58} {time.perf_counter() - built:8.3f} s")

    bare = Kazakhstan(years=range(2019, 2029), language="en_US")
    bare_nth = _timed(
        "holidays: get_nth_working_day(registered, 3 or 7)",
        lambda: [bare.get_nth_working_day(r, 3 if k == "notification" else 7) for k, r, _ in triples],
    )
    bare_in = _timed("holidays: `registered in KZ` (membership only)", lambda: [r in bare for _, r, _ in triples])
    ours_review = _timed(
        "ours: review_deadline(kind, registered, cal)",
        lambda: [dl.review_deadline(k, r, cal) for k, r, _ in triples],
    )
    ours_filing = _timed(
        "ours: filed_in_time(kind, registered, event, cal) (A and B)",
        lambda: [dl.filed_in_time(k, r, e, cal) for k, r, e in triples],
    )
    ours_check = _timed("ours: cal.is_working_day(registered)", lambda: [cal.is_working_day(r) for _, r, _ in triples])
    print(f"ratio review_deadline / holidays get_nth_working_day: {ours_review / bare_nth:6.3f}x")
    print(f"ratio is_working_day / holidays membership:          {ours_check / bare_in:6.3f}x")
    emit(
        f"{n:,} review deadlines",
        ours_review,
        bare_nth,
        "holidays get_nth_working_day",
        2,
        timed="review_deadline over random (kind, day) pairs, in memory",
        runs="1",
    )
    emit(
        f"{n:,} working-day checks",
        ours_check,
        bare_in,
        "holidays membership",
        2,
        timed="is_working_day over random days, in memory",
        runs="1",
    )
    ok = ours_review < 1.0 and ours_review < 2 * bare_nth and ours_filing < 1.0
    print("target (under 1 s and under 2x):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
