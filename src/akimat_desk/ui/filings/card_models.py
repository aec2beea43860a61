"""Small table models of the filing card: history, attachments, and the days counted for a period."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from akimat_desk.domain.filing import FilingEvent
from akimat_desk.services.filings.history_text import event_sentence
from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.filings.attachments import AttachmentInfo
from akimat_desk.ui.widgets.list_model import ListModel
from akimat_desk.workdays import ExplainRow

_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(ListModel):
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
        return [
            str(item.seq),
            f"{when:%d.%m.%Y %H:%M}",
            item.actor,
            message(f"action.{item.action}", self.language),
            event_sentence(item, self.language),
            item.reason or "",
        ][column]


class AttachmentsModel(ListModel):
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


class ExplainModel(ListModel):
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
