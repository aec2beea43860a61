"""The akimat's letterhead and signatory as input fields (first run and the settings page). The fields every
letter prints are marked with an asterisk; a refusal of the services is shown under the field it names."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.services.office.settings_rules import LETTERHEAD_REQUIRED
from akimat_desk.ui.widgets.field_errors import FieldErrors, with_error_line

FIELDS = (
    "name_kk",
    "name_ru",
    "name_en",
    "address_kk",
    "address_ru",
    "address_en",
    "department_kk",
    "department_ru",
    "department_en",
    "signatory_position_kk",
    "signatory_position_ru",
    "signatory_position_en",
    "signatory_name",
    "phone",
    "email",
    "executor_name",
    "executor_phone",
    "emblem_path",
    # the akimat's EDS and the e-mail of answers (issue 18)
    "bin",
    "signatory_iin",
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "smtp_user",
    "smtp_from",
    # the statistics reported upward (issue 20)
    "kato",
    "report_day",
)


class SettingsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit(self) for name in FIELDS}
        self.edits["name_kk"].setPlaceholderText("Алматы қаласының әкімдігі")
        self.edits["name_ru"].setPlaceholderText("Акимат города Алматы")
        self.edits["name_en"].setPlaceholderText("Akimat of Almaty")
        self.edits["phone"].setPlaceholderText("+7 727 271-66-00")
        self.edits["executor_phone"].setPlaceholderText("8 (727) 271-66-01")
        self.edits["email"].setPlaceholderText("akimat@almaty.gov.kz")
        self.labels: dict[str, QLabel] = {}
        self.errors = FieldErrors()
        layout = QFormLayout(self)
        self.required_note = QLabel(self)
        layout.addRow(self.required_note)
        for name, edit in self.edits.items():
            label = QLabel(self)
            label.setBuddy(edit)
            self.labels[name] = label
            row, line = with_error_line(edit, self)
            self.errors.add(name, edit, label, line)
            layout.addRow(label, row)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "name_kk": self.tr("Akimat's name in Kazakh:"),
            "name_ru": self.tr("Akimat's name in Russian:"),
            "name_en": self.tr("Akimat's name in English:"),
            "address_kk": self.tr("Address in Kazakh:"),
            "address_ru": self.tr("Address in Russian:"),
            "address_en": self.tr("Address in English:"),
            "department_kk": self.tr("Department in Kazakh:"),
            "department_ru": self.tr("Department in Russian:"),
            "department_en": self.tr("Department in English:"),
            "signatory_position_kk": self.tr("Signatory's position in Kazakh:"),
            "signatory_position_ru": self.tr("Signatory's position in Russian:"),
            "signatory_position_en": self.tr("Signatory's position in English:"),
            "signatory_name": self.tr("Signatory (initials and surname):"),
            "phone": self.tr("Office phone:"),
            "email": self.tr("Office e-mail:"),
            "executor_name": self.tr("Executor (full name):"),
            "executor_phone": self.tr("Executor's phone:"),
            "emblem_path": self.tr("Emblem file (PNG, JPEG):"),
            "bin": self.tr("Akimat's BIN (12 digits; its EDS must carry it):"),
            "signatory_iin": self.tr("Signatory's IIN (12 digits):"),
            "smtp_host": self.tr("SMTP server for e-mailed answers:"),
            "smtp_port": self.tr("SMTP port:"),
            "smtp_security": self.tr("SMTP security (starttls, ssl, none):"),
            "smtp_user": self.tr("SMTP user (the password is kept in the OS keyring):"),
            "smtp_from": self.tr("Sender address of e-mailed answers:"),
            "kato": self.tr("KATO code of the akimat (9 digits, for the statistics reported upward):"),
            "report_day": self.tr("Day of the month the monthly statistics report is due (1–28):"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text + " *" if name in LETTERHEAD_REQUIRED else text)
        self.required_note.setText(self.tr("* required: every letter and receipt prints it."))

    def load(self, settings: OfficeSettings) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(getattr(settings, name)))

    def values(self) -> dict[str, Any]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}
