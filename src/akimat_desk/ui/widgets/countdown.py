"""How a countdown looks: words, an icon of its own shape and a colour, never colour alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from akimat_desk.domain.deadlines import Countdown, CountdownState

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
CLOSED_COLOUR = "#9e9e9e"
COLOURS = {
    CountdownState.ON_TRACK: "#2e7d32",
    CountdownState.DUE_TODAY: "#b26a00",
    CountdownState.OVERDUE: "#c62828",
    CountdownState.SILENCE_MEANS_CONSENT: "#6a1b9a",
}
SYMBOLS = {
    CountdownState.ON_TRACK: "●",
    CountdownState.DUE_TODAY: "▲",
    CountdownState.OVERDUE: "!",
    CountdownState.SILENCE_MEANS_CONSENT: "◆",
}


def countdown_text(c: Countdown | None) -> str:
    """Short words for the register column, e.g. "2 working days left"."""
    if c is None:
        return QCoreApplication.translate("Countdown", "answered or closed")
    days = abs(c.working_days_left)
    match c.state:
        case CountdownState.ON_TRACK:
            return QCoreApplication.translate("Countdown", "%n working day(s) left", None, days)
        case CountdownState.DUE_TODAY:
            return QCoreApplication.translate("Countdown", "due today, %1 h left").replace(
                "%1", f"{max(c.hours_left, 0):.1f}"
            )
        case CountdownState.OVERDUE:
            return (
                QCoreApplication.translate("Countdown", "overdue by %n working day(s)", None, max(days, 1))
                if days
                else QCoreApplication.translate("Countdown", "overdue since today's close")
            )
    if not c.deadline_passed:
        return QCoreApplication.translate(
            "Countdown", "without an answer after today the organizer holds it as notified, %1 h left"
        ).replace("%1", f"{max(c.hours_left, 0):.1f}")
    return QCoreApplication.translate("Countdown", "deadline passed: the organizer holds it as notified (art. 11 p.1)")


def countdown_tooltip(c: Countdown | None) -> str:
    if c is None:
        return ""
    closes = c.closes_at.strftime("%d.%m.%Y %H:%M")
    text = QCoreApplication.translate("Countdown", "Review deadline %1, office closes at %2").replace(
        "%1", c.deadline.day.strftime("%d.%m.%Y")
    )
    text = text.replace("%2", closes)
    if c.state is CountdownState.SILENCE_MEANS_CONSENT:
        text += "\n" + QCoreApplication.translate(
            "Countdown", "Without an answer by the deadline the assembly goes ahead as notified (art. 11 p.1)."
        )
    return text


def countdown_colour(c: Countdown | None) -> QColor | None:
    return None if c is None else QColor(COLOURS[c.state])


def icon_name(state: CountdownState | None) -> str:
    return f"countdown-{state.value if state is not None else 'closed'}.png"


@cache
def countdown_icon(state: CountdownState | None) -> QIcon:
    """A 16 px icon per state: circle, triangle, square with a bar, diamond; grey dash when closed.

    Loaded from PNGs drawn by ``scripts/make_countdown_icons.py``: painting them here would create PySide6's
    painter enums, which delays the first paint of the register by ~40 ms."""
    return QIcon(str(ICONS / icon_name(state)))
