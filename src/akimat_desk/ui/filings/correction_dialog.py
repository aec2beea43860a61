"""Correct one field of a registered filing; a reason is required and kept in the history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.filing import FilingRecord
from akimat_desk.services.filings.presenting import CORRECTABLE, parse_set_value
from akimat_desk.services.filings.registered import Changed, correct_filing
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.filings.items import field_caption
from akimat_desk.ui.state import AppState


def _current(document: Any, path: str) -> str:
    head, _, tail = path.partition(".")
    value = document.get(head)
    if tail:
        value = value.get(tail) if isinstance(value, dict) else None
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


class CorrectionDialog(QDialog):
    def __init__(self, state: AppState, filing: FilingRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.filing = state, filing
        self.setWindowTitle(self.tr("Correct filing %1").replace("%1", filing.incoming_number))
        self.field = QComboBox(self)
        for path in CORRECTABLE:  # as the registration form captions them, never the document's key
            self.field.addItem(field_caption(path, state.language).removesuffix(":"), path)
        self.old_value = QLabel(self)
        self.old_value.setWordWrap(True)
        self.value = QLineEdit(self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Field:"), self.field)
        form.addRow(self.tr("Now:"), self.old_value)
        form.addRow(self.tr("&New value:"), self.value)
        form.addRow(self.tr("&Reason (required):"), self.reason)
        hint = QLabel(
            self.tr(
                "The incoming number never changes. The correction is kept in the history with who, when, the old and new value and the reason."  # noqa: E501
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()
        self.resize(560, 320)

    def select_field(self, path: str) -> None:
        self.field.setCurrentIndex(self.field.findData(path))

    def _field_changed(self) -> None:
        current = _current(self.filing.document, self.field.currentData())
        self.old_value.setText(current or "—")
        self.value.setText(current)

    def save(self) -> None:
        path = self.field.currentData()
        raw = self.value.text()
        value = None if not raw.strip() else parse_set_value(path, raw)
        ctx, fid, reason = self.state.ctx, self.filing.id, self.reason.toPlainText()
        self.error.hide()
        self.state.runner.run(lambda: correct_filing(ctx, fid, {path: value}, reason), self._done, self._failed)

    def _done(self, result: Changed) -> None:
        self.state.apply_result(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc, self.state.language))
        self.error.show()
