"""Places: specialized places and routes, no-picket zones, bookings, the legal checks, the occupancy board.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.services.places.catalogue import (
        list_places as list_places,
    )
    from akimat_desk.services.places.checks import (
        check_json as check_json,
    )
    from akimat_desk.services.places.checks import (
        check_message as check_message,
    )
    from akimat_desk.services.places.checks import (
        run_checks as run_checks,
    )
    from akimat_desk.services.places.occupancy import (
        board_csv as board_csv,
    )
    from akimat_desk.services.places.occupancy import (
        board_html as board_html,
    )
    from akimat_desk.services.places.occupancy import (
        build_board as build_board,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "catalogue": (
            "list_places",
        ),
        "checks": (
            "check_json",
            "check_message",
            "run_checks",
        ),
        "occupancy": (
            "board_csv",
            "board_html",
            "build_board",
        ),
    },
)
