"""A small form dialog for the administrator's entries (a place, a booking, a no-picket zone, a user): labelled
fields, a submit that runs a service on the background runner, and the service's refusal shown in the dialog,
which stays open with what was typed (nothing is lost)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
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

from akimat_desk.domain.errors import DomainError
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.date_fields import DateField, DateTimeField, TypedField, first_problem


@dataclass
class Field:
    """``kind``: text, password, multiline, choice (``options`` = (code, text) pairs), date (typed dd.mm.yyyy,
    given to the service as ISO text, "" when empty) or datetime (dd.mm.yyyy hh:mm, given as a naive datetime).
    ``required``: a date that must not be empty (a datetime always must)."""

    key: str
    label: str
    kind: str = "text"
    value: Any = ""
    options: Sequence[tuple[str, str]] = field(default_factory=tuple)
    placeholder: str = ""
    required: bool = False


class FieldsDialog(QDialog):
    """``result_value`` holds what the service returned once it accepted the input."""

    def __init__(
        self,
        state: AppState,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._submit = submit
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for f in fields:
            widget = self._widget(f)
            widget.setObjectName(f.key)
            label = QLabel(f.label, self)
            label.setBuddy(widget)
            self.widgets[f.key], self.labels[f.key] = widget, label
            form.addRow(label, widget)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _widget(self, f: Field) -> QWidget:
        if f.kind == "choice":
            combo = QComboBox(self)
            for code, text in f.options:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(f.value), 0))
            return combo
        if f.kind == "multiline":
            edit = QPlainTextEdit(str(f.value or ""), self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            return edit
        if f.kind == "date":
            day = DateField(self, optional=not f.required, today=self._today)
            day.set_value(f.value if isinstance(f.value, date) else None)
            return day
        if f.kind == "datetime":
            moment = DateTimeField(self, optional=False)
            moment.set_value(f.value if isinstance(f.value, datetime) else None)
            return moment
        line = QLineEdit("" if f.value is None else str(f.value), self)
        line.setPlaceholderText(f.placeholder)
        if f.kind == "password":
            line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    def _today(self) -> date:
        return self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, w in self.widgets.items():
            if isinstance(w, QComboBox):
                out[key] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText().strip()
            elif isinstance(w, DateField):
                day = w.value()
                out[key] = day.isoformat() if day is not None else ""
            elif isinstance(w, DateTimeField):
                out[key] = w.value()
            elif isinstance(w, QLineEdit):
                out[key] = w.text() if w.echoMode() == QLineEdit.EchoMode.Password else w.text().strip()
        return out

    def set_value(self, key: str, value: str) -> None:
        w = self.widgets[key]
        if isinstance(w, TypedField):
            w.set_text_of(value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))

    #: an optional check in the window before the service is called (e.g. a password typed twice)
    validate: Callable[[dict[str, Any]], str | None] | None = None

    def submit(self) -> None:
        typed = first_problem(w for w in self.widgets.values() if isinstance(w, TypedField))
        if typed is not None:  # an empty required or incomplete date: said here, the dialog stays open
            field, reason = typed
            self.message.setText(reason)
            field.setFocus()
            return
        values = self.values()
        problem = self.validate(values) if self.validate is not None else None
        if problem:
            self.message.setText(problem)
            return
        self.buttons.setEnabled(False)
        self.state.runner.run(lambda: self._submit(values), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """Show the service's refusal, naming the wrong field by its label in the dialog, and focus that field."""
        self.buttons.setEnabled(True)
        self.message.setText(error_text(self._labelled(exc), self.state.language))
        if isinstance(exc, DomainError) and exc.field in self.widgets:
            self.widgets[exc.field].setFocus()

    def _labelled(self, exc: BaseException) -> BaseException:
        """``exc`` with its field named as the clerk reads it here ("Maximum occupancy (people)", not the key)."""
        if not isinstance(exc, DomainError) or exc.field not in self.labels or "field" in exc.params:
            return exc
        named = copy.copy(exc)
        named.params = {**exc.params, "field": self.labels[exc.field].text().rstrip(": ")}
        return named
