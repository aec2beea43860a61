"""Deadlines in the window: the legal clock's timeline, reminders (tray) and their words.

What other areas may use of it; nothing is imported until a name is asked for (``akimat_desk.exports``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from akimat_desk.exports import lazy_exports

if TYPE_CHECKING:
    from akimat_desk.ui.deadlines.legal_clock_texts import (
        next_action_text as next_action_text,
    )

__getattr__, __all__ = lazy_exports(
    __name__,
    {
        "legal_clock_texts": (
            "next_action_text",
        ),
    },
)
