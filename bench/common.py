"""What every benchmark prints for bench/run: one machine-readable line per measure, beside its own text.

BENCH|<name>|<ours>|<baseline>|<baseline name>|<target>|<unit>|<what is timed>|<clock>|<runs>|<register>

* target: ``2`` (a ratio ours / baseline, "≤ 2x"), ``1 s`` / ``200 MB`` (an absolute bound on ours), or ``-``;
* clock: ``wall`` (time.perf_counter, includes waiting for the disk and for other processes), ``CPU``
  (time.process_time) or ``peak RSS`` for memory;
* runs: e.g. ``best of 3``, ``median of 5``, ``1``;
* register: the register the measure ran on, e.g. ``1,000 filings (make_register)`` or ``none``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def emit(
    name: str,
    ours: float,
    baseline: float,
    baseline_name: str,
    target: float | str | None = None,
    unit: str = "s",
    *,
    timed: str = "-",
    runs: str = "-",
    register: str = "none",
    clock: str = "wall",
) -> None:
    """Print the BENCH line of one measure (ratios are ours / baseline, measured in the same run)."""
    goal = "-" if target is None else target if isinstance(target, str) else f"{target:g}"
    fields = [name, f"{ours:.6f}", f"{baseline:.6f}", baseline_name, goal, unit, timed, clock, runs, register]
    print("BENCH|" + "|".join(f.replace("|", "/") for f in fields), flush=True)


def register_label(n: int) -> str:
    return f"{n:,} filings (make_register)"


def best_of(run: Callable[[], object], repeat: int) -> float:
    """The best wall time of ``repeat`` runs of ``run``."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def median_of(times: list[float]) -> float:
    return statistics.median(times)
