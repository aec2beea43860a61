"""Deadlines: the law's periods, countdowns, the working-day calendar and its overrides, the re-check after a change.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.services.deadlines.calendar import (
        current_calendar as current_calendar,
    )
    from akimat_desk.services.deadlines.calendar import (
        golden_differences as golden_differences,
    )
    from akimat_desk.services.deadlines.countdowns import (
        FilingClock as FilingClock,
    )
    from akimat_desk.services.deadlines.countdowns import (
        acknowledge_deadline_changes as acknowledge_deadline_changes,
    )
    from akimat_desk.services.deadlines.countdowns import (
        clock_for as clock_for,
    )
    from akimat_desk.services.deadlines.countdowns import (
        clock_json as clock_json,
    )
    from akimat_desk.services.deadlines.countdowns import (
        event_day as event_day,
    )
    from akimat_desk.services.deadlines.countdowns import (
        filing_clock as filing_clock,
    )
    from akimat_desk.services.deadlines.legal_clock import (
        DueItem as DueItem,
    )
    from akimat_desk.services.deadlines.legal_clock import (
        due_report as due_report,
    )
    from akimat_desk.services.deadlines.legal_clock import (
        sees_escalation as sees_escalation,
    )
    from akimat_desk.services.deadlines.periods import (
        law_periods as law_periods,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "calendar": (
            "current_calendar",
            "golden_differences",
        ),
        "countdowns": (
            "FilingClock",
            "acknowledge_deadline_changes",
            "clock_for",
            "clock_json",
            "event_day",
            "filing_clock",
        ),
        "legal_clock": (
            "DueItem",
            "due_report",
            "sees_escalation",
        ),
        "periods": (
            "law_periods",
        ),
    },
)
