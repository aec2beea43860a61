"""Storage of places, routes, no-picket zones, bookings and filing-to-place links.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.storage.places.repositories import (
        FilingSlot as FilingSlot,
    )
    from akimat_desk.storage.places.repositories import (
        ImportRepository as ImportRepository,
    )
    from akimat_desk.storage.places.repositories import (
        PlaceRepository as PlaceRepository,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "repositories": (
            "FilingSlot",
            "ImportRepository",
            "PlaceRepository",
        ),
    },
)
