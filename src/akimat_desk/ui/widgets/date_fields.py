"""The one way a date or a time is typed in the window: one line field, digits only, the separators come by
themselves (``16122026`` -> ``16.12.2026``, ``1100`` -> ``11:00``), one Tab per field, a calendar pop-up that
opens on the value or on today (Alt+Down or F4), and an empty field meaning "not stated" where the field is
optional. ``DateField``, ``TimeField`` and ``DateTimeField`` share the pattern logic of ``typed_pattern``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Pattern:
    """Digits per part and the separator written before each part after the first."""

    sizes: tuple[int, ...]
    separators: tuple[str, ...]

    @property
    def digits(self) -> int:
        return sum(self.sizes)


DATE = Pattern((2, 2, 4), (".", "."))
TIME = Pattern((2, 2), (":",))
DATE_TIME = Pattern((2, 2, 4, 2, 2), (".", ".", " ", ":"))

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?")


def typed_pattern(raw: str, pattern: Pattern) -> str:
    """What the field shows for what was typed or pasted: digits grouped by ``pattern``, a separator shown only
    once the next part has begun (so Backspace works), a one-digit part padded when the clerk types a separator
    after it (``1.5.2026`` -> ``01.05.2026``); an ISO date (``2026-12-16``) is read as such; anything else
    (letters, extra digits) is dropped."""
    iso = _ISO_DAY.match(raw)
    if iso and pattern is not TIME:
        year, month, day, hour, minute = iso.groups()
        raw = f"{int(day):02d}{int(month):02d}{year}" + (f"{int(hour):02d}{minute}" if hour else "")
    parts: list[str] = [""]
    for ch in raw:
        index = len(parts) - 1
        if ch.isdigit():
            if len(parts[index]) == pattern.sizes[index]:
                if index + 1 == len(pattern.sizes):
                    break
                parts.append("")
                index += 1
            parts[index] += ch
        elif parts[index] and index + 1 < len(pattern.sizes) and len(parts[index]) < pattern.sizes[index] == 2:
            parts[index] = parts[index].rjust(2, "0")  # "1." -> "01": day, month, hour and minute are padded
            parts.append("")
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    text = parts[0]
    for separator, part in zip(pattern.separators, parts[1:], strict=False):
        text += separator + part
    return text


class FieldState(Enum):
    EMPTY = "empty"
    INCOMPLETE = "incomplete"  # fewer digits than the pattern, or no such day / hour
    VALID = "valid"


def _calendar_icon() -> QIcon:
    """A small calendar drawn in code (no theme icon is reliable on every desktop)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#37474f"))
    painter.drawRect(QRectF(1.5, 2.5, 13, 12))
    painter.fillRect(QRectF(2, 3, 12, 3), QColor("#c62828"))
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRectF(3.5 + 3.5 * col, 8 + 3 * row, 2, 2), QColor("#37474f"))
    painter.end()
    return QIcon(pixmap)


class _TypedField(QLineEdit):
    """A one-line field of digits grouped by a pattern; subclasses turn the text into a value."""

    value_changed = Signal()

    def __init__(self, pattern: Pattern, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self.optional = optional
        self.setMaxLength(pattern.digits + len(pattern.separators))
        self.textEdited.connect(self._reformat)
        self.textChanged.connect(self._show_state)
        self.textChanged.connect(lambda _text: self.value_changed.emit())
        self._show_state()

    def _reformat(self, raw: str) -> None:
        cursor = self.cursorPosition()
        digits_before = sum(ch.isdigit() for ch in raw[:cursor])
        text = typed_pattern(raw, self.pattern)
        if text != raw:
            self.setText(text)
            position, seen = 0, 0
            while position < len(text) and seen < digits_before:
                seen += text[position].isdigit()
                position += 1
            self.setCursorPosition(len(text) if cursor >= len(raw) else position)

    def state(self) -> FieldState:
        if not self.text().strip():
            return FieldState.EMPTY
        return FieldState.VALID if self._parsed() is not None else FieldState.INCOMPLETE

    def is_acceptable(self) -> bool:
        """Valid, or empty where the field is optional."""
        state = self.state()
        return state is FieldState.VALID or (state is FieldState.EMPTY and self.optional)

    def _parsed(self) -> date | time | datetime | None:
        raise NotImplementedError

    def _show_state(self) -> None:
        palette = self.palette()
        bad = self.state() is FieldState.INCOMPLETE and not self.hasFocus()
        normal = QApplication.palette().color(QPalette.ColorRole.Text)
        palette.setColor(QPalette.ColorRole.Text, QColor("#c62828") if bad else normal)
        self.setPalette(palette)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_state()

    def set_text_of(self, text: str) -> None:
        self.setText(typed_pattern(text, self.pattern))


class DateField(_TypedField):
    """A date typed as dd.mm.yyyy; ``value()`` is None while empty or incomplete."""

    def __init__(
        self,
        parent: QWidget | None = None,
        optional: bool = True,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(DATE, parent, optional)
        self._today = today or date.today
        self._popup: QFrame | None = None
        self.calendar_action = QAction(_calendar_icon(), "", self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))
        self.calendar_action.setToolTip(QCoreApplication.translate("DateField", "Calendar (Alt+Down)"))
        self.setToolTip(QCoreApplication.translate("DateField", "Type the digits: 16122026 gives 16.12.2026"))

    def set_today(self, today: Callable[[], date]) -> None:
        self._today = today

    def _parsed(self) -> date | None:
        try:
            return datetime.strptime(self.text(), "%d.%m.%Y").date() if len(self.text()) == 10 else None
        except ValueError:
            return None

    def value(self) -> date | None:
        return self._parsed()

    def set_value(self, day: date | None) -> None:
        self.setText("" if day is None else f"{day:%d.%m.%Y}")

    def setDate(self, day: QDate) -> None:
        self.set_value(day.toPython())  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def calendar_day(self) -> date:
        """The day the pop-up opens on: the value, else today."""
        return self.value() or self._today()

    def open_calendar(self) -> QCalendarWidget:
        popup = QFrame(self, Qt.WindowType.Popup)
        popup.setFrameShape(QFrame.Shape.Box)
        calendar = QCalendarWidget(popup)
        calendar.setObjectName("date_field_calendar")
        calendar.setGridVisible(True)
        calendar.setSelectedDate(QDate(self.calendar_day()))
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.clicked.connect(lambda d: self._picked(d, popup))
        calendar.activated.connect(lambda d: self._picked(d, popup))
        QVBoxLayout(popup).addWidget(calendar)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup = popup
        popup.show()
        calendar.setFocus()
        return calendar

    def _picked(self, day: QDate, popup: QFrame) -> None:
        self.set_value(day.toPython())  # type: ignore[arg-type]
        self.textEdited.emit(self.text())
        popup.close()
        self.setFocus()


class TimeField(_TypedField):
    """A time of day typed as hh:mm (``1100`` -> ``11:00``); ``value()`` is None while empty or incomplete."""

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(TIME, parent, optional)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("DateField", "hh:mm"))

    def _parsed(self) -> time | None:
        try:
            return datetime.strptime(self.text(), "%H:%M").time() if len(self.text()) == 5 else None
        except ValueError:
            return None

    def value(self) -> time | None:
        return self._parsed()

    def set_value(self, moment: time | None) -> None:
        self.setText("" if moment is None else f"{moment:%H:%M}")


class DateTimeField(_TypedField):
    """A moment typed as dd.mm.yyyy hh:mm in one field (the time of receipt)."""

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(DATE_TIME, parent, optional)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy hh:mm"))

    def _parsed(self) -> datetime | None:
        try:
            return datetime.strptime(self.text(), "%d.%m.%Y %H:%M") if len(self.text()) == 16 else None
        except ValueError:
            return None

    def value(self) -> datetime | None:
        return self._parsed()

    def set_value(self, moment: datetime | None) -> None:
        self.setText("" if moment is None else f"{moment:%d.%m.%Y %H:%M}")
