"""Storage of deadlines: stored review deadlines and the administrator's calendar overrides.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.deadlines.orm import (
        CalendarOverrideRow as CalendarOverrideRow,
    )
    from akimat_desk.storage.deadlines.orm import (
        FilingDeadlineRow as FilingDeadlineRow,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "orm": (
            "CalendarOverrideRow",
            "FilingDeadlineRow",
        ),
    },
)
