"""Small table models of the filing card: history, attachments, and the days counted for a period."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from akimat_desk.domain.filing import FilingEvent
from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.filings.attachments import AttachmentInfo
from akimat_desk.workdays import ExplainRow

_Index = QModelIndex | QPersistentModelIndex


def _change_text(changes: Any) -> str:
    parts = []
    for key, value in dict(changes).items():
        if key == "filing":  # the registration entry's copy of the whole filing (issue 16), not a change
            continue
        if isinstance(value, dict) and ("old" in value or "new" in value):
            parts.append(f"{key}: {_short(value.get('old'))} → {_short(value.get('new'))}")
        elif isinstance(value, dict):
            parts.append(f"{key}: " + ", ".join(f"{k}={_short(v)}" for k, v in value.items() if k != "sha256"))
        else:
            parts.append(f"{key}: {_short(value)}")
    return "; ".join(parts)


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= 80 else text[:77] + "…"


class _ListModel(QAbstractTableModel):
    """A read-only table over a list of frozen items; subclasses give headers and cell texts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self.language = "en"
        self.tz: Any = None

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item: Any, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        heads = self.headers()
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(heads)
        ):
            return heads[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._items[index.row()], index.column())
        return None

    def refresh_texts(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)


class HistoryModel(_ListModel):
    """Who did what, when and why: one row per history event, oldest first."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("HistoryModel", "No."),
            QCoreApplication.translate("HistoryModel", "When"),
            QCoreApplication.translate("HistoryModel", "Who"),
            QCoreApplication.translate("HistoryModel", "What"),
            QCoreApplication.translate("HistoryModel", "Changes"),
            QCoreApplication.translate("HistoryModel", "Why"),
        ]

    def cell(self, item: FilingEvent, column: int) -> str:
        when = item.at.astimezone(self.tz) if self.tz else item.at
        return [str(item.seq), f"{when:%d.%m.%Y %H:%M}", item.actor, message(f"action.{item.action}", self.language),
                _change_text(item.changes), item.reason or ""][column]  # fmt: skip


class AttachmentsModel(_ListModel):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("AttachmentsModel", "File"),
            QCoreApplication.translate("AttachmentsModel", "Kind"),
            QCoreApplication.translate("AttachmentsModel", "Size"),
            QCoreApplication.translate("AttachmentsModel", "Added"),
            QCoreApplication.translate("AttachmentsModel", "SHA-256"),
        ]

    def cell(self, item: AttachmentInfo, column: int) -> str:
        added = item.added_at.astimezone(self.tz) if self.tz else item.added_at
        kind = message(f"attachment_kind.{item.kind}", self.language)
        size = f"{item.size / 1024:.1f} KB" if item.size >= 1024 else f"{item.size} B"
        return [item.name, kind, size, f"{added:%d.%m.%Y %H:%M} {item.added_by}", item.sha256][column]


class ExplainModel(_ListModel):
    """The days walked for a legal period: the day, counted or not (with its ordinal) and why."""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ExplainModel", "Day"),
            QCoreApplication.translate("ExplainModel", "Counted"),
            QCoreApplication.translate("ExplainModel", "Why"),
        ]

    def cell(self, item: ExplainRow, column: int) -> str:
        counted = f"✓ {item.ordinal}" if item.counted and item.ordinal else "—"
        return [f"{item.day:%d.%m.%Y}", counted, item.text][column]
