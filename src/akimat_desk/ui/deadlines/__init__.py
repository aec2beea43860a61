"""The window's deadlines area: the legal clock's timeline on the card, reminders from the tray, their words.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.ui.deadlines.legal_clock_texts import (
        next_action_text as next_action_text,
    )
    from akimat_desk.ui.deadlines.reminders_tray import (
        install_reminders as install_reminders,
    )
    from akimat_desk.ui.deadlines.timeline_panel import (
        install_timeline as install_timeline,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "legal_clock_texts": (
            "next_action_text",
        ),
        "reminders_tray": (
            "install_reminders",
        ),
        "timeline_panel": (
            "install_timeline",
        ),
    },
)
