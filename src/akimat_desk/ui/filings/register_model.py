"""The register as a table: a QAbstractTableModel over the ordered ids of a query (models over ids).

Only ids are held for the whole query; rows are fetched a page at a time through ``fetch_page`` (the owner
runs it on the background executor and hands the rows back with ``rows_loaded``). Sorting is done in SQL:
``sort()`` only asks the owner to reload the ids. Countdowns are computed from each row's stored review
deadline and refreshed with ``refresh_countdowns()`` without touching the database.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from akimat_desk.domain.deadlines import Countdown
from akimat_desk.services.filings.register_view import RegisterClock, RegisterRow
from akimat_desk.ui.filings.register_cells import SORT_KEYS, Column, header, row_text
from akimat_desk.ui.widgets.countdown import countdown_colour, countdown_icon, countdown_tooltip

__all__ = ["ID_ROLE", "PAGE_SIZE", "SORT_KEYS", "STATE_ROLE", "Column", "RegisterModel", "header", "row_text"]

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


class RegisterModel(QAbstractTableModel):
    """Rows are the ids of the current query; cells come from pages of ``RegisterRow`` loaded on demand."""

    sort_requested = Signal(object, bool)  # SortKey, descending

    def __init__(self, tz: Any, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._now = now
        self._ids: list[int] = []
        self._position: dict[int, int] | None = {}  # id -> row, made when first needed (not per keystroke)
        self._rows: dict[int, RegisterRow] = {}
        self._requested: set[int] = set()
        self._countdowns: dict[int, Countdown | None] = {}
        self.clock: RegisterClock | None = None
        self.fetch_page: Callable[[list[int]], None] | None = None
        self.language = "en"

    # ------------------------------------------------------------ loading
    def set_query_result(self, ids: Sequence[int], rows: Mapping[int, RegisterRow], clock: RegisterClock) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._position = None
        self._rows = dict(rows)
        full = len(rows) // PAGE_SIZE  # pages handed in complete need no fetch
        self._requested = {
            p for p in range(full) if all(i in self._rows for i in self._ids[p * PAGE_SIZE : (p + 1) * PAGE_SIZE])
        }
        self._countdowns = {}
        self.clock = clock
        self.endResetModel()

    def rows_loaded(self, rows: Mapping[int, RegisterRow]) -> None:
        """Rows fetched for a page (or re-read after a change); repaint only those rows."""
        self._rows.update(rows)
        where = self._positions()
        positions = sorted(where[i] for i in rows if i in where)
        for i in rows:
            self._countdowns.pop(i, None)
        if positions:
            last = len(Column) - 1
            self.dataChanged.emit(self.index(positions[0], 0), self.index(positions[-1], last))

    def refresh_countdowns(self) -> None:
        """Recompute countdown texts and states (timer tick): no database work, only the deadline column."""
        self._countdowns.clear()
        if self._ids:
            top, bottom = self.index(0, Column.DEADLINE), self.index(len(self._ids) - 1, Column.DEADLINE)
            self.dataChanged.emit(top, bottom)

    def set_language(self, language: str) -> None:
        self.language = language
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)

    def filing_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, filing_id: int) -> int | None:
        return self._positions().get(filing_id)

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {fid: i for i, fid in enumerate(self._ids)}
        return self._position

    def loaded_row(self, row: int) -> RegisterRow | None:
        return self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def _row(self, row: int) -> RegisterRow | None:
        found = self._rows.get(self._ids[row])
        if found is None:
            page = row // PAGE_SIZE
            if page not in self._requested and self.fetch_page is not None:
                self._requested.add(page)
                self.fetch_page(self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])
                found = self._rows.get(self._ids[row])
        return found

    def countdown(self, row: RegisterRow) -> Countdown | None:
        if row.id not in self._countdowns:
            self._countdowns[row.id] = self.clock.countdown(row, self._now()) if self.clock else None
        return self._countdowns[row.id]

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return header(Column(section))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        column = Column(index.column())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and column is Column.NUMBER else None
        return self._data(row, column, role)

    def _data(self, row: RegisterRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            running = self.countdown(row) if column is Column.DEADLINE else None
            return row_text(row, column, self.language, self._tz, running)
        if column is Column.DEADLINE:
            running = self.countdown(row)
            if role == Qt.ItemDataRole.DecorationRole:
                return countdown_icon(running.state if running else None)
            if role == Qt.ItemDataRole.ForegroundRole:
                return countdown_colour(running)
            if role == Qt.ItemDataRole.ToolTipRole:
                return countdown_tooltip(running) or None
            if role == STATE_ROLE:
                return running.state.value if running else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.PLACE, Column.ORGANIZER):
            return row_text(row, column, self.language, self._tz, None)
        return None
