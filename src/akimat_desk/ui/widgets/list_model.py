"""The one base of the window's read-only table models over a list of frozen items (card, trust store, places,
statistics, users): subclasses give the headers and the text of each cell; ``ITEM_ROLE`` returns the item."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ListModel(QAbstractTableModel):
    """A read-only table over a list of items; ``headers()`` and ``cell()`` are in the model's language."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self.language = "en"
        self.tz: Any = None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> Any:
        raise NotImplementedError

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh_texts()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        heads = self.headers()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(heads):
            return heads[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self.cell(item, index.column())
            return "" if value is None else str(value)
        return None

    def refresh_texts(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))


class RecordsModel(ListModel):
    """Rows are records; ``columns()`` gives (header, cell function) pairs; numbers are right-aligned and rows
    are numbered."""

    def columns(self) -> list[tuple[str, Callable[[Any], Any]]]:
        raise NotImplementedError

    def headers(self) -> list[str]:
        return [header for header, _ in self.columns()]

    def cell(self, item: Any, column: int) -> Any:
        return self.columns()[column][1](item)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and 0 <= index.row() < len(self._items):
            if isinstance(self.cell(self._items[index.row()], index.column()), int):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < self.rowCount() else None
        return super().headerData(section, orientation, role)
