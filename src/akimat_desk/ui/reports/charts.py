"""Bar and line charts drawn with QPainter (no QtCharts: it would add ~160 MB to the install).

``BarChart.set_data(title, [(label, value)])`` draws horizontal bars with the value written at each bar's end;
``LineChart.set_data(title, [(label, value)])`` draws a line with a marker and the value at every point (months).
Numbers are always written, so the chart reads without colour."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#1f4e79")
LINE = QColor("#c55a11")


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.points: list[tuple[str, int]] = []
        self.empty_text = ""
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def set_data(self, title: str, points: Sequence[tuple[str, int]]) -> None:
        self.title, self.points = title, list(points)
        self.setAccessibleDescription(title + ": " + "; ".join(f"{k} {v}" for k, v in self.points))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        p.setPen(self.palette().text().color())
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(6, 4, self.width() - 12, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        area = QRectF(6, 28, self.width() - 12, self.height() - 34)
        if not self.points:
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            self.draw(p, area)
        p.end()

    def draw(self, p: QPainter, area: QRectF) -> None:
        raise NotImplementedError


class BarChart(_Chart):
    """Horizontal bars, one per label (the labels of districts and grounds are long)."""

    MAX_BARS = 14

    def draw(self, p: QPainter, area: QRectF) -> None:
        points = self.points[: self.MAX_BARS]
        fm = QFontMetrics(self.font())
        label_w = min(max(fm.horizontalAdvance(label) for label, _ in points) + 8, area.width() * 0.42)
        top = max(v for _, v in points) or 1
        row_h = min(28.0, area.height() / len(points))
        value_w = fm.horizontalAdvance(str(top)) + 10
        span = area.width() - label_w - value_w
        for i, (label, value) in enumerate(points):
            y = area.y() + i * row_h
            p.setPen(self.palette().text().color())
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(
                QRectF(area.x(), y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            w = span * value / top
            bar = QRectF(area.x() + label_w, y + row_h * 0.15, max(w, 1.0), row_h * 0.7)
            p.fillRect(bar, BAR)
            p.drawText(QRectF(bar.right() + 4, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter, str(value))
        if len(self.points) > self.MAX_BARS:
            p.drawText(
                QRectF(area.x(), area.bottom() - 14, area.width(), 14),
                Qt.AlignmentFlag.AlignRight,
                f"… +{len(self.points) - self.MAX_BARS}",
            )


def label_stride(step: float, label_width: float, count: int) -> int:
    """Label every k-th point so that labels ``label_width`` wide, ``step`` apart, never overlap."""
    if count <= 1 or step <= 0:
        return 1
    return max(1, math.ceil(label_width / step))


class LineChart(_Chart):
    """A line through the values in order (months), with axis labels and the value above each point; where
    the points are too close for their labels, every k-th is labelled (never two labels over each other)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis_labels: list[tuple[QRectF, str]] = []  # the month labels the last paint drew, with their places

    def draw(self, p: QPainter, area: QRectF) -> None:
        fm = QFontMetrics(self.font())
        top = max(v for _, v in self.points) or 1
        left, bottom = area.x() + fm.horizontalAdvance(str(top)) + 10, area.bottom() - fm.height() - 4
        inset = 34.0  # room for the first and last month labels
        plot = QRectF(
            left + inset,
            area.y() + fm.height() + 4,
            area.right() - left - 2 * inset,
            bottom - area.y() - fm.height() - 4,
        )
        grid = QPen(QColor("#bdbdbd"), 1)
        for k in range(5):
            y = plot.bottom() - plot.height() * k / 4
            p.setPen(grid)
            p.drawLine(QPointF(left, y), QPointF(plot.right() + inset, y))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(area.x(), y - 8, left - area.x() - 4, 16), Qt.AlignmentFlag.AlignRight, str(round(top * k / 4))
            )
        n = len(self.points)
        step = plot.width() / max(n - 1, 1)
        poly = QPolygonF(
            [
                QPointF(plot.left() + i * step if n > 1 else plot.center().x(), plot.bottom() - plot.height() * v / top)
                for i, (_, v) in enumerate(self.points)
            ]
        )
        p.setPen(QPen(LINE, 2.5))
        p.drawPolyline(poly)
        every = label_stride(step, max(fm.horizontalAdvance(label) for label, _ in self.points) + 8, n)
        values_every = label_stride(step, max(fm.horizontalAdvance(str(v)) for _, v in self.points) + 6, n)
        self.axis_labels = []
        for i, (label, value) in enumerate(self.points):
            pt = poly.at(i)
            p.setPen(QPen(LINE, 2))
            p.setBrush(LINE)
            p.drawEllipse(pt, 4, 4)
            p.setPen(self.palette().text().color())
            if i % values_every == 0:
                p.drawText(
                    QRectF(pt.x() - 30, pt.y() - fm.height() - 6, 60, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    str(value),
                )
            if i % every == 0:
                width = fm.horizontalAdvance(label) + 4
                rect = QRectF(pt.x() - width / 2, bottom + 2, width, fm.height())
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                self.axis_labels.append((rect, label))
