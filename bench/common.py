"""What every benchmark prints for bench/run: one machine-readable line per measure, beside its own text.

BENCH|<name>|<ours>|<baseline>|<baseline name>|<target ratio or ->|<unit>
"""

from __future__ import annotations


def emit(
    name: str, ours: float, baseline: float, baseline_name: str, target: float | None = None, unit: str = "s"
) -> None:
    """Print the BENCH line of one measure (ratios are ours / baseline, measured in the same run)."""
    goal = "-" if target is None else f"{target:g}"
    print(f"BENCH|{name}|{ours:.6f}|{baseline:.6f}|{baseline_name}|{goal}|{unit}", flush=True)
