"""Settings tabs for what was only in ``akimat-desk settings set``: the office hours (reminders are quiet outside
them; the review deadline's day ends when the office closes) and the number formats of incoming filings and
outgoing letters. Both save through the one use case (``change_settings``, permission ``manage_settings``); the
services check the values and a refusal is shown under the field it names, nothing stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QTimeEdit, QVBoxLayout, QWidget

from akimat_desk.domain.errors import DomainError
from akimat_desk.services.office.settings import OfficeSettings, format_number
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.services.office.settings_rules import check_akimat_code, check_number_format
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.field_errors import ERROR_STYLE, FieldErrors, with_error_line
from akimat_desk.ui.widgets.retranslated import Retranslated

# the time zones of Kazakhstan's regions in the IANA database (one offset, UTC+5, since 1 March 2024)
KAZAKH_ZONES = (
    "Asia/Almaty",
    "Asia/Qostanay",
    "Asia/Aqtobe",
    "Asia/Aqtau",
    "Asia/Atyrau",
    "Asia/Oral",
    "Asia/Qyzylorda",
)


class SettingsTab(Retranslated, QWidget):
    """A form of a few office settings: labelled rows with error lines, a Save button and a message."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.errors = FieldErrors()
        self.labels: dict[str, QLabel] = {}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def add_row(self, key: str, edit: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(edit)
        row, line = with_error_line(edit, self)
        self.labels[key] = label
        self.errors.add(key, edit, label, line)
        self.form.addRow(label, row)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def load(self, settings: OfficeSettings) -> None:
        raise NotImplementedError

    def save(self) -> None:
        ctx, values = self.state.ctx, self.values()
        self.errors.clear()
        self.message.clear()
        self.state.runner.run(lambda: change_settings(ctx, **values), self._saved, self._failed)

    def _saved(self, settings: OfficeSettings) -> None:
        self.state.use_settings(settings)
        self.load(settings)
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        if not self.errors.show(exc, self.state.language):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc, self.state.language))

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("&Save"))


class OfficeHoursTab(SettingsTab):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.opens, self.closes = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(KAZAKH_ZONES)
        self.add_row("office_opens", self.opens)
        self.add_row("office_closes", self.closes)
        self.add_row("office_timezone", self.timezone)
        self.load(state.ctx.settings)
        self.retranslate_ui()

    def load(self, settings: OfficeSettings) -> None:
        self.opens.setTime(QTime.fromString(settings.office_opens, "HH:mm"))
        self.closes.setTime(QTime.fromString(settings.office_closes, "HH:mm"))
        self.timezone.setCurrentText(settings.office_timezone)

    def values(self) -> dict[str, Any]:
        return {
            "office_opens": self.opens.time().toString("HH:mm"),
            "office_closes": self.closes.time().toString("HH:mm"),
            "office_timezone": self.timezone.currentText().strip(),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.intro.setText(
            self.tr(
                "The office's working hours. Reminders come only within them, on working days; a review deadline's day ends when the office closes (art. 11 p.1)."  # noqa: E501
            )
        )
        self.labels["office_opens"].setText(self.tr("The office &opens at:"))
        self.labels["office_closes"].setText(self.tr("The office &closes at:"))
        self.labels["office_timezone"].setText(self.tr("&Time zone:"))


class NumberFormatsTab(SettingsTab):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.akimat_code, self.incoming, self.outgoing = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.add_row("akimat_code", self.akimat_code)
        self.add_row("number_format", self.incoming)
        self.add_row("outgoing_number_format", self.outgoing)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.form.addRow(self.preview)
        for edit in (self.akimat_code, self.incoming, self.outgoing):
            edit.textChanged.connect(self._show_preview)
        self.load(state.ctx.settings)
        self.retranslate_ui()

    def load(self, settings: OfficeSettings) -> None:
        self.akimat_code.setText(settings.akimat_code)
        self.incoming.setText(settings.number_format)
        self.outgoing.setText(settings.outgoing_number_format)

    def values(self) -> dict[str, Any]:
        return {
            "akimat_code": self.akimat_code.text().strip(),
            "number_format": self.incoming.text().strip(),
            "outgoing_number_format": self.outgoing.text().strip(),
        }

    def _example(self, name: str, fmt: str, check: Callable[[], None]) -> str:
        """The first number of this year in ``fmt``, or "—" while the format is not valid yet."""
        try:
            check()
            check_number_format(name, fmt, self.akimat_code.text().strip())
        except DomainError:
            return "—"
        year = self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).year
        return format_number(fmt, self.akimat_code.text().strip(), year, 1)

    def _show_preview(self) -> None:
        code = self.akimat_code.text().strip()
        incoming = self._example("number_format", self.incoming.text().strip(), lambda: check_akimat_code(code))
        outgoing = self._example(
            "outgoing_number_format", self.outgoing.text().strip(), lambda: check_akimat_code(code)
        )
        self.preview.setText(
            self.tr("The year's first numbers will be: incoming %1, outgoing %2.")
            .replace("%1", incoming)
            .replace("%2", outgoing)
        )

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.intro.setText(
            self.tr(
                "Numbers of incoming filings and outgoing letters. A format may use {akimat} (the akimat's code), {year} and must use {seq}, the running number of the year ({seq:04d}: four digits, 0001). A new format applies to the next numbers; numbers given stay as they are."  # noqa: E501
            )
        )
        self.labels["akimat_code"].setText(self.tr("&Akimat's code in numbers:"))
        self.labels["number_format"].setText(self.tr("&Incoming filings:"))
        self.labels["outgoing_number_format"].setText(self.tr("&Outgoing letters:"))
        self._show_preview()
