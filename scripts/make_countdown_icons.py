"""Draw the countdown icons (16 px: circle, triangle, square with a bar, diamond, grey dash) into
src/akimat_desk/resources/icons/. Run after changing a colour or a shape; the PNGs are committed, so the
window loads them instead of painting them (painting at start-up costs the register's first paint ~40 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_countdown_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPen, QPixmap, QPolygonF

from akimat_desk.domain.deadlines import CountdownState
from akimat_desk.ui.widgets.countdown import CLOSED_COLOUR, COLOURS, ICONS, icon_name


def draw(state: CountdownState | None) -> QPixmap:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[state]) if state is not None else QColor(CLOSED_COLOUR)
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
    return pixmap


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    for state in [*CountdownState, None]:
        path: Path = ICONS / icon_name(state)
        if not draw(state).save(str(path), "PNG"):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
