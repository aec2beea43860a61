"""The register's columns and the text of each cell, shared by the register, the Today page and the start-up
preview. Light on purpose: no database library is imported (the preview paints before one is loaded)."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from akimat_desk.domain.deadlines import Countdown
from akimat_desk.services.filings.startup_preview import RegisterRow, SortKey
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.widgets.countdown import countdown_text


class Column(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    FORM = 2
    ORGANIZER = 3
    PLACE = 4
    EVENT = 5
    STATUS = 6
    DEADLINE = 7
    DEFECTS = 8


SORT_KEYS = {column: SortKey[column.name] for column in Column if column.name in SortKey.__members__}
"""The register's sort key of each column that sorts (the same name in both enums; DEFECTS does not sort)."""


COLUMN_WIDTHS = {
    Column.NUMBER: 110,
    Column.RECEIVED: 120,
    Column.FORM: 110,
    Column.ORGANIZER: 170,
    Column.PLACE: 190,
    Column.EVENT: 150,
    Column.STATUS: 140,
    Column.DEADLINE: 250,
}


def header(column: Column) -> str:
    return {
        Column.NUMBER: QCoreApplication.translate("RegisterModel", "Incoming No."),
        Column.RECEIVED: QCoreApplication.translate("RegisterModel", "Received"),
        Column.FORM: QCoreApplication.translate("RegisterModel", "Form"),
        Column.ORGANIZER: QCoreApplication.translate("RegisterModel", "Organizer"),
        Column.PLACE: QCoreApplication.translate("RegisterModel", "Place or route"),
        Column.EVENT: QCoreApplication.translate("RegisterModel", "Event date and time"),
        Column.STATUS: QCoreApplication.translate("RegisterModel", "Status"),
        Column.DEADLINE: QCoreApplication.translate("RegisterModel", "Deadline"),
        Column.DEFECTS: QCoreApplication.translate("RegisterModel", "Defects"),
    }[column]


def event_time(starts: datetime | None, ends: datetime | None) -> str:
    if starts is None:
        return ""
    day = starts.strftime("%d.%m.%Y %H:%M")
    return f"{day}–{ends:%H:%M}" if ends is not None else day


def row_text(row: RegisterRow, column: Column, language: str, tz: Any, running: Countdown | None) -> str:
    """The display text of one cell (shared by the register and the Today page)."""
    match column:
        case Column.NUMBER:
            return row.incoming_number
        case Column.RECEIVED:
            return row.received_at.astimezone(tz).strftime("%d.%m.%Y %H:%M")
        case Column.FORM:
            return message(f"form.{row.form}", language)
        case Column.ORGANIZER:
            return row.organizer
        case Column.PLACE:
            return row.place
        case Column.EVENT:
            return event_time(row.starts_at, row.ends_at)
        case Column.STATUS:
            text = message(f"status.{row.status}", language)
            return f"{text}: {message(f'outcome.{row.outcome}', language)}" if row.outcome else text
        case Column.DEADLINE:
            if running is None:
                return countdown_text(None)
            return f"{running.deadline.day:%d.%m} · {countdown_text(running)}"  # the deadline the countdown counts
        case Column.DEFECTS:
            return str(row.defects) if row.defects else ""
    return ""
