"""Read-only queries of the reports area.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.reports.statistics import (
        StatisticsRepository as StatisticsRepository,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "statistics": (
            "StatisticsRepository",
        ),
    },
)
