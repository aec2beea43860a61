"""The one date and time widget (issue 22 item 5): digits typed, the separators come by themselves, the
calendar opens on today or on the value, empty means "not stated"."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from akimat_desk.ui.widgets.date_fields import (
    DATE,
    DATE_TIME,
    TIME,
    DateField,
    DateTimeField,
    FieldState,
    TimeField,
    typed_pattern,
)
from tests.ui.conftest import type_text


def test_the_pattern_groups_digits_and_drops_everything_else() -> None:
    assert typed_pattern("16122026", DATE) == "16.12.2026"
    assert typed_pattern("day1022026", DATE) == "10.22.026"  # letters never get in (and 22 is no month)
    assert typed_pattern("1.5.2026", DATE) == "01.05.2026"  # a separator after one digit pads it
    assert typed_pattern("2026-12-16", DATE) == "16.12.2026"  # an ISO date is read as such
    assert typed_pattern("161220261", DATE) == "16.12.2026"  # no ninth digit
    assert typed_pattern("16.", DATE) == "16" and typed_pattern("161", DATE) == "16.1"  # Backspace over a dot
    assert typed_pattern("930", TIME) == "93:0" and typed_pattern("9:30", TIME) == "09:30"
    assert typed_pattern("161220261100", DATE_TIME) == "16.12.2026 11:00"


def test_a_date_is_typed_as_digits(qtbot: Any) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.state() is FieldState.EMPTY and field.is_acceptable() and field.value() is None
    type_text(field, "16122026")
    assert field.text() == "16.12.2026" and field.value() == date(2026, 12, 16)
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "16.12.202" and field.state() is FieldState.INCOMPLETE and not field.is_acceptable()
    field.clear()
    type_text(field, "day1022026")
    assert field.text() == "10.22.026" and field.value() is None  # no letters, and no such day
    field.clear()
    type_text(field, "31022026")
    assert field.state() is FieldState.INCOMPLETE  # 31 February does not exist
    assert not DateField(optional=False).is_acceptable()  # an empty required date is not acceptable


def test_the_calendar_opens_on_today_or_on_the_value_and_picks_a_day(qtbot: Any) -> None:
    field = DateField(today=lambda: date(2026, 12, 2))
    qtbot.addWidget(field)
    field.show()
    calendar = field.open_calendar()
    assert calendar.selectedDate() == QDate(2026, 12, 2)  # today, not January 2000
    calendar.clicked.emit(QDate(2026, 12, 16))
    assert field.text() == "16.12.2026"
    assert field.open_calendar().selectedDate() == QDate(2026, 12, 16)  # then on the value
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field._popup is not None and field._popup.isVisible()  # Alt+Down opens it from the keyboard


def test_a_time_and_a_moment_are_one_field_each(qtbot: Any) -> None:
    clock = TimeField()
    moment = DateTimeField()
    for w in (clock, moment):
        qtbot.addWidget(w)
    type_text(clock, "1100")
    assert clock.text() == "11:00" and clock.value() == time(11, 0)
    clock.clear()
    type_text(clock, "2500")
    assert clock.value() is None and clock.state() is FieldState.INCOMPLETE
    type_text(moment, "161220261405")
    assert moment.text() == "16.12.2026 14:05" and moment.value() == datetime(2026, 12, 16, 14, 5)
    assert not moment.optional and DateTimeField().state() is FieldState.EMPTY
