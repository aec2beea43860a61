"""The Today page as a table: the rows of each dashboard bucket in order, with their countdowns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from akimat_desk.domain.deadlines import Countdown, CountdownState
from akimat_desk.services.filings.register_view import Bucket, Dashboard, RegisterRow
from akimat_desk.ui.deadlines import next_action_text
from akimat_desk.ui.filings.register_model import ID_ROLE, Column, row_text
from akimat_desk.ui.widgets.countdown import countdown_colour, countdown_icon, countdown_tooltip

_Index = QModelIndex | QPersistentModelIndex


class DashColumn(IntEnum):
    BUCKET = 0
    NUMBER = 1
    FORM = 2
    ORGANIZER = 3
    EVENT = 4
    DEADLINE = 5
    NEXT = 6


_REGISTER_COLUMN = {column: Column[column.name] for column in DashColumn if column.name in Column.__members__}
"""The register's column each Today column shows (the same name; BUCKET and NEXT are Today's own)."""


def bucket_title(bucket: str) -> str:
    return {
        Bucket.NEEDS_DECISION: QCoreApplication.translate("Dashboard", "Needs a decision (due today, none by noon)"),
        Bucket.OVERDUE: QCoreApplication.translate("Dashboard", "Overdue"),
        Bucket.DUE_TODAY: QCoreApplication.translate("Dashboard", "Due today"),
        Bucket.PROPOSALS: QCoreApplication.translate("Dashboard", "Proposals awaiting the organizer's answer"),
        Bucket.MOVED: QCoreApplication.translate("Dashboard", "Deadlines moved by a calendar change"),
        Bucket.NEXT_DAYS: QCoreApplication.translate("Dashboard", "Events in the next 7 days"),
        Bucket.REGISTERED_MAIL: QCoreApplication.translate("Dashboard", "Registered-mail copy to send"),
    }[bucket]


BUCKET_SYMBOL = {
    Bucket.NEEDS_DECISION: "‼",
    Bucket.OVERDUE: "!",
    Bucket.DUE_TODAY: "▲",
    Bucket.PROPOSALS: "?",
    Bucket.MOVED: "↻",
    Bucket.NEXT_DAYS: "▸",
    Bucket.REGISTERED_MAIL: "✉",
}


class DashboardModel(QAbstractTableModel):
    def __init__(self, tz: Any, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._tz, self._now = tz, now
        self._rows: list[tuple[str, RegisterRow]] = []
        self._dashboard: Dashboard | None = None
        self._countdowns: dict[int, Countdown | None] = {}
        self.language = "en"

    def set_dashboard(self, dashboard: Dashboard) -> None:
        self.beginResetModel()
        self._dashboard = dashboard
        self._rows = [(name, row) for name in Bucket.ALL for row in dashboard.buckets[name]]
        self._countdowns = {}
        self.endResetModel()

    def counts(self) -> dict[str, int]:
        d = self._dashboard
        return {name: d.counts[name] if d else 0 for name in Bucket.ALL}

    def silence_today(self) -> list[RegisterRow]:
        """Notifications whose review deadline is today and still running (then the organizer holds it as notified)."""
        return [
            r
            for b, r in self._rows
            if b == Bucket.DUE_TODAY
            and (c := self.countdown(r)) is not None
            and c.state is CountdownState.SILENCE_MEANS_CONSENT
        ]

    def next_step(self, filing_id: int) -> str:
        """What the clerk must do next for the filing, in the window's language ("" when not known)."""
        action = self._dashboard.next_actions.get(filing_id) if self._dashboard else None
        return next_action_text(action) if action is not None else ""

    def bucket_ids(self, bucket: str) -> list[int]:
        return [row.id for name, row in self._rows if name == bucket]

    def countdown(self, row: RegisterRow) -> Countdown | None:
        if row.id not in self._countdowns:
            clock = self._dashboard.clock if self._dashboard else None
            self._countdowns[row.id] = clock.countdown(row, self._now()) if clock else None
        return self._countdowns[row.id]

    def refresh_countdowns(self) -> None:
        self._countdowns.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, DashColumn.DEADLINE), self.index(len(self._rows) - 1, DashColumn.DEADLINE)
            )

    def refresh_texts(self) -> None:
        self._countdowns.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(DashColumn) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(DashColumn) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DashColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(DashColumn):
            return None
        if section == DashColumn.BUCKET:
            return QCoreApplication.translate("Dashboard", "Needs attention")
        if section == DashColumn.NEXT:
            return QCoreApplication.translate("Dashboard", "Next step")
        from akimat_desk.ui.filings.register_model import header

        return header(_REGISTER_COLUMN[DashColumn(section)])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        bucket, row = self._rows[index.row()]
        column = DashColumn(index.column())
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column is DashColumn.BUCKET:
                return f"{BUCKET_SYMBOL[bucket]} {bucket_title(bucket)}"
            if column is DashColumn.NEXT:
                return self.next_step(row.id)
            running = self.countdown(row) if column is DashColumn.DEADLINE else None
            return row_text(row, _REGISTER_COLUMN[column], self.language, self._tz, running)
        if column is DashColumn.DEADLINE:
            running = self.countdown(row)
            if role == Qt.ItemDataRole.DecorationRole:
                return countdown_icon(running.state if running else None)
            if role == Qt.ItemDataRole.ForegroundRole:
                return countdown_colour(running)
            if role == Qt.ItemDataRole.ToolTipRole:
                return countdown_tooltip(running) or None
        return None
