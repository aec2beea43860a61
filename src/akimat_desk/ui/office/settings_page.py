"""The settings page: the interface language and the office settings (letterhead, signatory)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.office.settings_form import SettingsForm
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.retranslated import Retranslated

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class SettingsView(Retranslated, QWidget):
    language_chosen = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(state.language))
        self.language.activated.connect(lambda i: self.language_chosen.emit(self.language.itemData(i)))
        self.language_label, self.office_title = QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language)
        font = self.office_title.font()
        font.setBold(True)
        self.office_title.setFont(font)
        self.form = SettingsForm(self)
        self.form.load(state.ctx.settings)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.office_title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button)
        from akimat_desk.ui.office.backup_dialogs import BackupPolicyBox  # issue 9: backup folder and retention

        self.backup_policy = BackupPolicyBox(state, self)
        layout.addWidget(self.backup_policy)
        self.retranslate_ui()

    def save(self) -> None:
        ctx, values = self.state.ctx, self.form.values()
        self.state.runner.run(lambda: change_settings(ctx, **values), self._saved, self._failed)

    def _saved(self, settings: OfficeSettings) -> None:
        self.state.use_settings(settings)
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #c62828")
        self.message.setText(error_text(exc, self.state.language))

    def set_language(self, language: str) -> None:
        self.language.setCurrentIndex(self.language.findData(language))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("Interface &language:"))
        self.office_title.setText(self.tr("The akimat (letterhead and signatory of letters and receipts)"))
        self.save_button.setText(self.tr("&Save settings"))
        self.form.retranslate_ui()
