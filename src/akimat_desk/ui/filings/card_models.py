"""Small table models of the filing card: history, attachments, and the days counted for a period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from akimat_desk.domain.filing import FilingEvent
from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.filings.attachments import AttachmentInfo
from akimat_desk.ui.widgets.list_model import ListModel
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
            _change_text(item.changes),
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
