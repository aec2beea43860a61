"""How a countdown looks: words, an icon of its own shape and a colour, never colour alone."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from akimat_desk.domain.deadlines import Countdown, CountdownState

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
        return QCoreApplication.translate("Countdown", "silence means consent after today, %1 h left").replace(
            "%1", f"{max(c.hours_left, 0):.1f}"
        )
    return QCoreApplication.translate("Countdown", "deadline passed: silence means consent")


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


@cache
def countdown_icon(state: CountdownState | None) -> QIcon:
    """A 16 px icon per state: circle, triangle, square with a bar, diamond; grey dash when closed."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[state]) if state is not None else QColor("#9e9e9e")
    painter.setBrush(QBrush(colour))
    painter.setPen(QPen(colour.darker(130), 1))
    if state is CountdownState.ON_TRACK:
        painter.drawEllipse(2, 2, 12, 12)
    elif state is CountdownState.DUE_TODAY:
        painter.drawPolygon(QPolygonF([QPointF(8, 1.5), QPointF(15, 14.5), QPointF(1, 14.5)]))
    elif state is CountdownState.OVERDUE:
        painter.drawRect(2, 2, 12, 12)
        painter.setPen(QPen(QColor("white"), 2))
        painter.drawLine(8, 4, 8, 9)
        painter.drawPoint(8, 12)
    elif state is CountdownState.SILENCE_MEANS_CONSENT:
        painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15, 8), QPointF(8, 15), QPointF(1, 8)]))
    else:
        painter.drawRect(3, 7, 10, 2)
    painter.end()
    return QIcon(pixmap)
