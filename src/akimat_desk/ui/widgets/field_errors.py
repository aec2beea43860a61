"""A service's refusal shown beside the field it names: the message (with the field called by its label, not its
key) in red under the input, the input focused; nothing else on the form changes, so what was typed is kept."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from akimat_desk.domain.errors import DomainError
from akimat_desk.ui.errors import error_text

ERROR_STYLE = "color: #c62828"


def label_text(label: QLabel) -> str:
    """A form label as the clerk reads it: no mnemonic ampersand, no trailing colon or asterisk."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :*")


def with_error_line(edit: QWidget, parent: QWidget) -> tuple[QWidget, QLabel]:
    """``edit`` with a hidden red line under it for its error: (the row's widget, the error line)."""
    row = QWidget(parent)
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    edit.setParent(row)
    layout.addWidget(edit)
    error = QLabel(row)
    error.setWordWrap(True)
    error.setStyleSheet(ERROR_STYLE)
    error.hide()
    layout.addWidget(error)
    return row, error


class FieldErrors:
    """The error lines of a form, by field key; ``show`` places a refusal beside its field."""

    def __init__(self) -> None:
        self.edits: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.lines: dict[str, QLabel] = {}

    def add(self, key: str, edit: QWidget, label: QLabel, line: QLabel) -> None:
        self.edits[key], self.labels[key], self.lines[key] = edit, label, line

    def clear(self) -> None:
        for line in self.lines.values():
            line.clear()
            line.hide()

    def show(self, exc: BaseException, language: str) -> bool:
        """Put ``exc`` under the field it names and focus it; False when it names no field of this form."""
        self.clear()
        if not isinstance(exc, DomainError) or exc.field not in self.lines:
            return False
        named = copy.copy(exc)
        if "field" not in exc.params:
            named.params = {**exc.params, "field": label_text(self.labels[exc.field])}
        line = self.lines[exc.field]
        line.setText(error_text(named, language))
        line.show()
        line.setAccessibleName(line.text())
        self.edits[exc.field].setFocus()
        return True

    def shown(self) -> dict[str, str]:
        """The error lines on show, by field key (what a test or a screen reader reads)."""
        return {key: line.text() for key, line in self.lines.items() if not line.isHidden()}
