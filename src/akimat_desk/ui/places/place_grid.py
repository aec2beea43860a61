"""A week or month grid of one specialized place, drawn with QPainter: filings and other bookings as slots
between 09:00 and 20:00, free periods in green, conflicts in red with a hatch pattern, a warning sign and the
words (never colour alone). Clicking a filing's slot emits ``filing_clicked(id)``."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from akimat_desk.services.kernel.messages import message
from akimat_desk.services.places.place_calendar import GridEvent, PlaceGrid

DAY_START, DAY_END = 9, 20  # art. 9 p.4: assemblies between 09:00 and 20:00
WEEK, MONTH = "week", "month"
COLOURS = {
    "filing": QColor("#1f4e79"),
    "agreed": QColor("#2e7d32"),
    "booking": QColor("#6a1b9a"),
    "conflict": QColor("#c62828"),
    "free": QColor("#e8f5e9"),
    "closed": QColor("#eeeeee"),
}
AGREED = {"decided", "held", "proposal_accepted"}


def conflict_text(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    texts = {
        "booked": QCoreApplication.translate("PlaceGrid", "place booked by another event or works (ground 10)"),
        "overlap": QCoreApplication.translate("PlaceGrid", "another filing for the same place and time (art. 9 p.3)"),
        "over_capacity": QCoreApplication.translate("PlaceGrid", "over the place's capacity (ground 9)"),
    }
    return texts.get(code, code)


class PlaceGridWidget(QWidget):
    """Shows a ``PlaceGrid`` as a week (7 day columns, hours down) or a month (a calendar of days)."""

    filing_clicked = Signal(int)
    booking_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: PlaceGrid | None = None
        self.mode = WEEK
        self.language = "en"
        self._hits: list[tuple[QRectF, GridEvent]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(560, 380)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("place_grid")

    def sizeHint(self) -> QSize:
        return QSize(900, 560)

    def set_grid(self, grid: PlaceGrid | None, mode: str, language: str) -> None:
        self.grid, self.mode, self.language = grid, mode, language
        self.update()

    # ------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._hits = []
        if self.grid is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose a place to see its calendar."))
            return
        if self.mode == WEEK:
            self._paint_week(painter, self.grid)
        else:
            self._paint_month(painter, self.grid)
        painter.end()

    def _days(self, grid: PlaceGrid) -> list[date]:
        return [grid.first + timedelta(days=i) for i in range((grid.last - grid.first).days + 1)]

    def _paint_week(self, p: QPainter, grid: PlaceGrid) -> None:
        days = self._days(grid)[:7]
        left, top = 52.0, 34.0
        width = (self.width() - left - 6) / max(len(days), 1)
        hour_h = (self.height() - top - 8) / (DAY_END - DAY_START)
        text_pen = QPen(self.palette().text().color())

        def y_of(moment: datetime, day: date) -> float:
            if moment.date() < day:
                return top
            if moment.date() > day:
                return top + hour_h * (DAY_END - DAY_START)
            hours = moment.hour + moment.minute / 60 - DAY_START
            return top + hour_h * min(max(hours, 0.0), DAY_END - DAY_START)

        p.setPen(text_pen)
        for h in range(DAY_START, DAY_END + 1):
            y = top + (h - DAY_START) * hour_h
            p.setPen(QPen(QColor("#bdbdbd"), 1))
            p.drawLine(int(left), int(y), self.width() - 6, int(y))
            p.setPen(text_pen)
            p.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, f"{h:02d}:00")
        for i, day in enumerate(days):
            x = left + i * width
            head = QRectF(x, 2, width, top - 6)
            bold = QFont(self.font())
            bold.setBold(day.weekday() >= 5)
            p.setFont(bold)
            p.setPen(text_pen)
            p.drawText(head, Qt.AlignmentFlag.AlignCenter, f"{self._weekday(day)} {day:%d.%m}")
            p.setFont(self.font())
            column = QRectF(x + 1, top, width - 2, hour_h * (DAY_END - DAY_START))
            if not grid.place.valid_on(day):
                p.fillRect(column, COLOURS["closed"])
                p.drawText(column, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr("not in force"))
                continue
            for start, end in grid.free.get(day, ()):
                rect = QRectF(x + 1, y_of(start, day), width - 2, y_of(end, day) - y_of(start, day))
                p.fillRect(rect, COLOURS["free"])
                if rect.height() > 18:
                    p.setPen(QPen(QColor("#1b5e20")))
                    p.drawText(
                        rect.adjusted(4, 2, -2, -2),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                        self.tr("free"),
                    )
            todays = grid.on(day)
            lane_of, lanes = _lanes(todays)
            lane_w = (width - 6) / lanes
            for ev in todays:
                rect = QRectF(
                    x + 3 + lane_of[id(ev)] * lane_w,
                    y_of(ev.starts_at, day),
                    lane_w - 2,
                    max(y_of(ev.ends_at, day) - y_of(ev.starts_at, day), 14.0),
                )
                self._paint_slot(p, rect, ev, day)
            p.setPen(QPen(QColor("#9e9e9e"), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(column)

    def _paint_slot(self, p: QPainter, rect: QRectF, ev: GridEvent, day: date) -> None:
        colour = self._colour(ev)
        p.setPen(QPen(colour.darker(130), 2 if ev.conflicts else 1))
        p.setBrush(QBrush(colour.lighter(170)))
        p.drawRoundedRect(rect, 3, 3)
        if ev.conflicts:
            p.setBrush(QBrush(COLOURS["conflict"], Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, 3, 3)
        p.setPen(QPen(QColor("#000000")))
        lines = [self._title(ev), f"{_hm(ev.starts_at, day)}–{_hm(ev.ends_at, day)}"]
        if ev.conflicts:
            lines.insert(0, "⚠ " + self.tr("CONFLICT"))
        if rect.width() < 90:  # narrow lanes: the sign, the number and the times; the tooltip has the rest
            lines = [
                ("⚠ " if ev.conflicts else "") + ev.label.split("/")[-1],
                _hm(ev.starts_at, day),
                _hm(ev.ends_at, day),
            ]
        if ev.participants:
            lines.append(self.tr("%1 people").replace("%1", str(ev.participants)))
        p.drawText(rect.adjusted(3, 1, -2, -1), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, "\n".join(lines))
        self._hits.append((rect, ev))

    def _paint_month(self, p: QPainter, grid: PlaceGrid) -> None:
        days = self._days(grid)
        start = days[0] - timedelta(days=days[0].weekday())
        weeks = ((days[-1] - start).days // 7) + 1
        top = 24.0
        cw, ch = (self.width() - 4) / 7, (self.height() - top - 4) / weeks
        text_pen = QPen(self.palette().text().color())
        for i in range(7):
            p.setPen(text_pen)
            p.drawText(
                QRectF(2 + i * cw, 2, cw, top - 4),
                Qt.AlignmentFlag.AlignCenter,
                self._weekday(start + timedelta(days=i)),
            )
        for n in range(weeks * 7):
            day = start + timedelta(days=n)
            cell = QRectF(2 + (n % 7) * cw, top + (n // 7) * ch, cw - 2, ch - 2)
            inside = grid.first <= day <= grid.last
            p.fillRect(cell, COLOURS["free"] if inside and grid.place.valid_on(day) else COLOURS["closed"])
            p.setPen(QPen(QColor("#9e9e9e"), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cell)
            p.setPen(text_pen)
            p.drawText(
                cell.adjusted(3, 1, -3, -1), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, f"{day.day}"
            )
            if not inside:
                continue
            todays = grid.on(day)
            row_h = min(18.0, (ch - 18) / max(len(todays), 1))
            for k, ev in enumerate(todays):
                rect = QRectF(cell.x() + 3, cell.y() + 16 + k * row_h, cell.width() - 6, row_h - 2)
                colour = self._colour(ev)
                p.setPen(QPen(colour.darker(130), 1))
                p.setBrush(QBrush(colour.lighter(170)))
                p.drawRect(rect)
                if ev.conflicts:
                    p.setBrush(QBrush(COLOURS["conflict"], Qt.BrushStyle.BDiagPattern))
                    p.drawRect(rect)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor("#000000")))
                text = ("⚠ " if ev.conflicts else "") + f"{_hm(ev.starts_at, day)} {self._title(ev)}"
                p.drawText(rect.adjusted(2, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
                self._hits.append((rect, ev))

    def _colour(self, ev: GridEvent) -> QColor:
        if ev.conflicts:
            return COLOURS["conflict"]
        if ev.source == "booking":
            return COLOURS["booking"]
        return COLOURS["agreed"] if ev.state in AGREED else COLOURS["filing"]

    def _title(self, ev: GridEvent) -> str:
        if ev.source == "filing":
            return f"{ev.label} · {message(f'form.{ev.what}', self.language)}"
        return f"{message(f'booking.{ev.what}', self.language)}: {ev.label}"

    def _weekday(self, day: date) -> str:
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        return names[day.weekday()]

    # ------------------------------------------------------------ interaction
    def event_at(self, point: QPoint) -> GridEvent | None:
        for rect, ev in reversed(self._hits):
            if rect.contains(point.toPointF()):
                return ev
        return None

    def describe(self, ev: GridEvent) -> str:
        lines = [self._title(ev), f"{ev.starts_at:%d.%m.%Y %H:%M} – {ev.ends_at:%d.%m.%Y %H:%M}"]
        if ev.participants:
            lines.append(self.tr("%1 people").replace("%1", str(ev.participants)))
        lines += ["⚠ " + conflict_text(c) for c in ev.conflicts]
        if ev.source == "filing":
            lines.append(self.tr("Click to open the filing."))
        return "\n".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        ev = self.event_at(event.position().toPoint())
        if ev is not None and event.button() == Qt.MouseButton.LeftButton:
            (self.filing_clicked if ev.source == "filing" else self.booking_clicked).emit(ev.ref)
        super().mousePressEvent(event)

    def event(self, e: Any) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            ev = self.event_at(e.pos())
            if ev is not None:
                QToolTip.showText(e.globalPos(), self.describe(ev), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


def _lanes(events: list[GridEvent]) -> tuple[dict[int, int], int]:
    """Side-by-side lanes for overlapping slots (greedy interval packing); returns lane per event and the count."""
    ends: list[datetime] = []
    lane_of: dict[int, int] = {}
    for ev in sorted(events, key=lambda e: (e.starts_at, e.ends_at)):
        lane = next((i for i, end in enumerate(ends) if end <= ev.starts_at), len(ends))
        if lane == len(ends):
            ends.append(ev.ends_at)
        else:
            ends[lane] = ev.ends_at
        lane_of[id(ev)] = lane
    return lane_of, max(len(ends), 1)


def _hm(moment: datetime, day: date) -> str:
    return moment.strftime("%H:%M") if moment.date() == day else moment.strftime("%d.%m %H:%M")
