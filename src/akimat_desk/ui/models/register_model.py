"""The register as a table: a QAbstractTableModel over the filings of a query, columns as an IntEnum."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from akimat_desk.domain.filing import FilingRecord
from akimat_desk.services.messages import defect_message, message

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    FORM = 2
    ORGANIZER = 3
    PLACE = 4
    EVENT = 5
    STATUS = 6
    DEFECTS = 7


def _header(column: Column) -> str:
    return {
        Column.NUMBER: QCoreApplication.translate("RegisterModel", "Incoming No."),
        Column.RECEIVED: QCoreApplication.translate("RegisterModel", "Received"),
        Column.FORM: QCoreApplication.translate("RegisterModel", "Form"),
        Column.ORGANIZER: QCoreApplication.translate("RegisterModel", "Organizer"),
        Column.PLACE: QCoreApplication.translate("RegisterModel", "Place or route"),
        Column.EVENT: QCoreApplication.translate("RegisterModel", "Event date and time"),
        Column.STATUS: QCoreApplication.translate("RegisterModel", "Status"),
        Column.DEFECTS: QCoreApplication.translate("RegisterModel", "Defects"),
    }[column]


class RegisterModel(QAbstractTableModel):
    """Rows are frozen FilingRecords handed in by the window; the model never touches the database."""

    def __init__(self, tz: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FilingRecord] = []
        self._tz = tz
        self.language = "en"

    def set_rows(self, rows: Sequence[FilingRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def filing_at(self, row: int) -> FilingRecord:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return _header(Column(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        filing = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(filing, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.DEFECTS and filing.defects:
            return "\n".join(defect_message(d, self.language) for d in filing.defects)
        return None

    def _display(self, filing: FilingRecord, column: Column) -> str:
        doc = filing.document
        match column:
            case Column.NUMBER:
                return filing.incoming_number
            case Column.RECEIVED:
                return filing.received_at.astimezone(self._tz).strftime("%d.%m.%Y %H:%M")
            case Column.FORM:
                return message(f"form.{filing.form}", self.language)
            case Column.ORGANIZER:
                return filing.organizer_name
            case Column.PLACE:
                return str(doc.get("place") or doc.get("route") or "")
            case Column.EVENT:
                return _event_time(doc)
            case Column.STATUS:
                return message(f"status.{filing.status}", self.language)
            case Column.DEFECTS:
                return str(len(filing.defects)) if filing.defects else ""


def _event_time(doc: Any) -> str:
    starts, ends = str(doc.get("starts_at") or ""), str(doc.get("ends_at") or "")
    if len(starts) >= 16:
        day = f"{starts[8:10]}.{starts[5:7]}.{starts[0:4]} {starts[11:16]}"
        return f"{day}–{ends[11:16]}" if len(ends) >= 16 else day
    return starts
