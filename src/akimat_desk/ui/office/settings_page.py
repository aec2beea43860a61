"""The settings page: the interface language, then one tab each for the akimat's letterhead and signatory, the
office hours, the number formats, the working-day calendar and the backups."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.ui.deadlines import CalendarTab
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.office.office_tabs import NumberFormatsTab, OfficeHoursTab
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
        akimat = QWidget(self)
        akimat_layout = QVBoxLayout(akimat)
        akimat_layout.addWidget(self.office_title)
        akimat_layout.addWidget(scroll, 1)
        akimat_layout.addWidget(self.message)
        akimat_layout.addWidget(self.save_button)
        from akimat_desk.ui.office.backup_dialogs import BackupPolicyBox  # issue 9: backup folder and retention

        self.backup_policy = BackupPolicyBox(state, self)
        self.hours = OfficeHoursTab(state, self)
        self.numbers = NumberFormatsTab(state, self)
        self.calendar = CalendarTab(state, self)
        self.tabs = QTabWidget(self)
        for page in (akimat, self.hours, self.numbers, self.calendar, self.backup_policy):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.calendar:
            self.calendar.reload()

    def save(self) -> None:
        ctx, values = self.state.ctx, self.form.values()
        self.form.errors.clear()
        self.state.runner.run(lambda: change_settings(ctx, **values), self._saved, self._failed)

    def _saved(self, settings: OfficeSettings) -> None:
        self.state.use_settings(settings)
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #c62828")
        if self.form.errors.show(exc, self.state.language):
            self.message.setText(self.tr("Nothing was saved: correct the field marked in red."))
        else:
            self.message.setText(error_text(exc, self.state.language))

    def set_language(self, language: str) -> None:
        self.language.setCurrentIndex(self.language.findData(language))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("Interface &language:"))
        self.office_title.setText(self.tr("The akimat (letterhead and signatory of letters and receipts)"))
        self.save_button.setText(self.tr("&Save settings"))
        self.form.retranslate_ui()
        titles = (
            self.tr("The akimat"),
            self.tr("Office hours"),
            self.tr("Number formats"),
            self.tr("Working-day calendar"),
            self.tr("Backups"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
