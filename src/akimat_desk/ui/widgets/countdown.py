"""How a countdown looks: words, an icon of its own shape and a colour, never colour alone."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from akimat_desk.domain.deadlines import Countdown, CountdownState, DeadlineKind

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
    """Short words for the register column, e.g. "2 working days left"; the organizer's one working day to
    answer a proposal is named as such, so a proposal is never read as a review running late."""
    if c is None:
        return QCoreApplication.translate("Countdown", "answered or closed")
    if c.deadline.kind is DeadlineKind.PROPOSAL_ANSWER:
        return _answer_text(c)
    return _review_text(c)


def _answer_text(c: Countdown) -> str:
    """The organizer's one working day from receipt of the proposal (art. 11 p.3, art. 13 p.3)."""
    day = c.deadline.day.strftime("%d.%m.%Y")
    if c.deadline_passed:
        return QCoreApplication.translate(
            "Countdown",
            "the organizer's day to answer the proposal ended %1: record the answer; without agreement a refusal is due (art. 11 p.3, art. 13 p.3)",  # noqa: E501
        ).replace("%1", day)
    return QCoreApplication.translate(
        "Countdown", "the organizer answers the proposal by %1, the close of office hours"
    ).replace("%1", day)


def _review_text(c: Countdown) -> str:
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
    if c.deadline.kind is DeadlineKind.PROPOSAL_ANSWER:
        template = QCoreApplication.translate(
            "Countdown",
            "The organizer's answer to the proposal: one working day after it reached the organizer, until %1 (office closes at %2)",  # noqa: E501
        )
    else:
        template = QCoreApplication.translate("Countdown", "Review deadline %1, office closes at %2")
    text = template.replace("%1", c.deadline.day.strftime("%d.%m.%Y"))
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
