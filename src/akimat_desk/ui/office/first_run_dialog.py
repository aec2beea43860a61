"""First run: the interface language first (the dialog switches to it at once), then the akimat's names (kk, ru,
en), address, department and default signatory, and the offer of a demo register so a newcomer sees the
application working at once. The services check the form; a refusal is shown under the field it names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.filings import create_demo_register
from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.office.settings_form import SettingsForm
from akimat_desk.ui.office.settings_page import LANGUAGE_NAMES
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.retranslated import Retranslated


class FirstRunDialog(Retranslated, QDialog):
    """``switch_language(code)`` installs a language's translations (False when they are missing)."""

    def __init__(
        self,
        state: AppState,
        register_is_empty: bool,
        parent: QWidget | None = None,
        switch_language: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._switch_language = switch_language
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(state.language)))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = SettingsForm(self)
        self.form.load(state.ctx.settings)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.demo = QCheckBox(self)
        self.demo.setChecked(register_is_empty)
        self.demo.setVisible(register_is_empty)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.language, self.form.edits["name_kk"])
        self.language.setFocus()
        self.retranslate_ui()
        self.resize(720, 640)

    def _language_chosen(self, index: int) -> None:
        """Switch the whole application, this dialog included, to the chosen language at once."""
        code = self.language.itemData(index)
        if self._switch_language is not None and self._switch_language(code):
            self.state.set_language(code)
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to akimat_desk"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.intro.setText(
            self.tr(
                "Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings."  # noqa: E501
            )
        )
        self.demo.setText(
            self.tr(
                "Fill the register with demo filings (all forms and statuses, in Almaty) to look around. Use a separate folder (--home) for real work."  # noqa: E501
            )
        )
        self.form.retranslate_ui()

    def save(self) -> None:
        ctx, demo = self.state.ctx, self.demo.isChecked() and self.demo.isVisible()
        values = {**self.form.values(), "default_language": self.state.language}

        def work() -> OfficeSettings:
            settings = change_settings(ctx, **values)
            if demo:
                from dataclasses import replace

                create_demo_register(replace(ctx, settings=settings))
            return settings

        self.error.hide()
        self.form.errors.clear()
        self.state.runner.run(work, self._saved, self._failed)

    def _saved(self, settings: OfficeSettings) -> None:
        self.state.use_settings(settings)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if self.form.errors.show(exc, self.state.language):
            self.error.setText(self.tr("Nothing was saved: correct the field marked in red."))
        else:
            self.error.setText(error_text(exc, self.state.language))
        self.error.show()
