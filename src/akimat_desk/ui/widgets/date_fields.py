"""The one way a date or a time is typed in the window: one line field, digits only, the separators come by
themselves (``16122026`` -> ``16.12.2026``, ``1100`` -> ``11:00``), one Tab per field, a calendar pop-up that
opens on the value or on today (Alt+Down or F4), and an empty field meaning "not stated" where the field is
optional. ``DateField``, ``TimeField`` and ``DateTimeField`` share the pattern logic of ``typed_pattern``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QIcon, QKeyEvent, QPainter, QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from akimat_desk.ui.widgets.accessibility import AUTO, clean_label


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


class TypedField(QLineEdit):
    """A one-line field of digits grouped by a pattern; subclasses turn the text into a value. Its screen-reader
    name is its label's text (the QLabel whose buddy it is), set each time it is shown."""

    value_changed = Signal()

    def __init__(self, pattern: Pattern, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self.optional = optional
        self.setMaxLength(pattern.digits + len(pattern.separators))
        self.textEdited.connect(self._reformat)
        self.textChanged.connect(self._show_state)
        self.textChanged.connect(lambda _text: self.value_changed.emit())
        self._insist = False  # an incomplete value shown red even while the field has the focus (Enter pressed)
        self.returnPressed.connect(self.show_incomplete)
        self._show_state()

    def sizeHint(self) -> QSize:
        """Wide enough for the whole pattern or the placeholder (a Kazakh one too) and the calendar button."""
        metrics = self.fontMetrics()
        sample = "0" * self.pattern.digits + "".join(self.pattern.separators)
        text = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(self.placeholderText()))
        hint = super().sizeHint()
        return QSize(max(hint.width(), text + 22 + 24 * len(self.actions())), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def label_text(self) -> str:
        """What the clerk reads beside the field: its buddy label's text without ``&`` and the colon."""
        for label in self.window().findChildren(QLabel):
            if label.buddy() is self:
                return clean_label(label.text())
        return clean_label(self.placeholderText())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.accessibleName() or self.property(AUTO):
            self.setAccessibleName(self.label_text())
            self.setProperty(AUTO, True)  # renamed with the window's controls after a language switch

    def problem(self) -> str | None:
        """Why the field cannot be taken as it is (a required field empty, a date not complete or no such day),
        naming the field by its label; None when it is acceptable."""
        if self.is_acceptable():
            return None
        name = self.label_text()
        if self.state() is FieldState.EMPTY:
            text = QCoreApplication.translate("DateField", "%1: this date must be stated; type it as %2.")
        else:
            text = QCoreApplication.translate("DateField", "%1: not a complete date; type it as %2.")
        return text.replace("%1", name).replace("%2", self.format_text())

    def format_text(self) -> str:
        """How the value is typed, in the window's language (the placeholder)."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.format_text())

    def show_incomplete(self) -> None:
        """Paint an incomplete value red now, even while the clerk is still in the field."""
        self._insist = True
        self._show_state()

    def _reformat(self, raw: str) -> None:
        self._insist = False
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
        bad = self.state() is FieldState.INCOMPLETE and (self._insist or not self.hasFocus())
        normal = QApplication.palette().color(QPalette.ColorRole.Text)
        palette.setColor(QPalette.ColorRole.Text, QColor("#c62828") if bad else normal)
        self.setPalette(palette)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_state()

    def set_text_of(self, text: str) -> None:
        self.setText(typed_pattern(text, self.pattern))


class DateField(TypedField):
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

    def format_text(self) -> str:
        return QCoreApplication.translate("DateField", "dd.mm.yyyy")

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.format_text())
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


def first_problem(fields: Iterable[TypedField]) -> tuple[TypedField, str] | None:
    """The first enabled field that cannot be taken as it is, with the reason naming it (for the dialog or the
    page to show, keeping what was typed); None when all of them can."""
    for field in fields:
        problem = field.problem() if field.isEnabled() else None
        if problem:
            field.show_incomplete()
            return field, problem
    return None


def typed_period(first: DateField, last: DateField) -> tuple[date, date] | str:
    """The period typed in two required date fields, or why it cannot be taken (naming the field)."""
    found = first_problem((first, last))
    start, end = first.value(), last.value()
    if found is not None or start is None or end is None:
        return found[1] if found is not None else ""
    return start, end


def period_fields(parent: QWidget, first: date, last: date, today: Callable[[], date]) -> tuple[DateField, DateField]:
    """The two required fields of a period (its first and last day), holding the page's default period."""
    fields = DateField(parent, optional=False, today=today), DateField(parent, optional=False, today=today)
    for field, day in zip(fields, (first, last), strict=True):
        field.set_value(day)
    return fields


class TimeField(TypedField):
    """A time of day typed as hh:mm (``1100`` -> ``11:00``); ``value()`` is None while empty or incomplete."""

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(TIME, parent, optional)
        self.retranslate_ui()

    def format_text(self) -> str:
        return QCoreApplication.translate("DateField", "hh:mm")

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.format_text())

    def _parsed(self) -> time | None:
        try:
            return datetime.strptime(self.text(), "%H:%M").time() if len(self.text()) == 5 else None
        except ValueError:
            return None

    def value(self) -> time | None:
        return self._parsed()

    def set_value(self, moment: time | None) -> None:
        self.setText("" if moment is None else f"{moment:%H:%M}")


class DateTimeField(TypedField):
    """A moment typed as dd.mm.yyyy hh:mm in one field (the time of receipt)."""

    def __init__(self, parent: QWidget | None = None, optional: bool = False) -> None:
        super().__init__(DATE_TIME, parent, optional)
        self.retranslate_ui()

    def format_text(self) -> str:
        return QCoreApplication.translate("DateField", "dd.mm.yyyy hh:mm")

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.format_text())

    def _parsed(self) -> datetime | None:
        try:
            return datetime.strptime(self.text(), "%d.%m.%Y %H:%M") if len(self.text()) == 16 else None
        except ValueError:
            return None

    def value(self) -> datetime | None:
        return self._parsed()

    def set_value(self, moment: datetime | None) -> None:
        self.setText("" if moment is None else f"{moment:%d.%m.%Y %H:%M}")
