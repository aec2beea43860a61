"""The window's places area: the places page and its grid, the place dialogs, the card's legal checks.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.ui.places.checks_panel import (
        install_checks_panel as install_checks_panel,
    )
    from akimat_desk.ui.places.models import (
        RefusedRowsModel as RefusedRowsModel,
    )
    from akimat_desk.ui.places.models import (
        StatsModel as StatsModel,
    )
    from akimat_desk.ui.places.models import (
        UsersModel as UsersModel,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "checks_panel": (
            "install_checks_panel",
        ),
        "models": (
            "RefusedRowsModel",
            "StatsModel",
            "UsersModel",
        ),
    },
)
