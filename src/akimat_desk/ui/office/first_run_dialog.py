"""First run: the akimat's names (kk, ru, en), address, department and default signatory, and the offer of
a demo register so a newcomer sees the application working at once."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from akimat_desk.services.filings import create_demo_register
from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.office.settings_form import SettingsForm
from akimat_desk.ui.state import AppState


class FirstRunDialog(QDialog):
    def __init__(self, state: AppState, register_is_empty: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Welcome to akimat_desk"))
        intro = QLabel(
            self.tr(
                "Tell the register whose office it is. These names, the address and the signatory go on every letter and receipt; you can change them later under Settings."  # noqa: E501
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form = SettingsForm(self)
        self.form.load(state.ctx.settings)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.demo = QCheckBox(
            self.tr(
                "Fill the register with demo filings (all forms and statuses, in Almaty) to look around. Use a separate folder (--home) for real work."  # noqa: E501
            ),
            self,
        )
        self.demo.setChecked(register_is_empty)
        self.demo.setVisible(register_is_empty)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.demo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def save(self) -> None:
        ctx, values, demo = self.state.ctx, self.form.values(), self.demo.isChecked() and self.demo.isVisible()

        def work() -> OfficeSettings:
            settings = change_settings(ctx, **values)
            if demo:
                from dataclasses import replace

                create_demo_register(replace(ctx, settings=settings))
            return settings

        self.error.hide()
        self.state.runner.run(work, self._saved, self._failed)

    def _saved(self, settings: OfficeSettings) -> None:
        self.state.use_settings(settings)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc, self.state.language))
        self.error.show()
