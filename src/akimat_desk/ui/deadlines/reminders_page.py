"""The administrator's Reminders page (issue 22 item 2): when the register reminds, whether it stays in the tray,
and the digest's mail settings; "Send the digest now" tries them. A bad value is refused naming the field and
nothing is stored (the service validates, ``services.deadlines.reminders``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.reminders import ReminderKind
from akimat_desk.security.roles import Permission
from akimat_desk.services.deadlines.digest import Digest, send_digest
from akimat_desk.services.deadlines.reminders import (
    ReminderSettings,
    change_reminder_settings,
    load_reminder_settings,
)
from akimat_desk.ui.router import PageSpec, PlugPoints
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.retranslated import Retranslated


def _kind_label(kind: ReminderKind) -> str:
    t = QCoreApplication.translate
    return {
        ReminderKind.REVIEW_DAY_BEFORE: t("RemindersPage", "The working day before a review deadline"),
        ReminderKind.REVIEW_DUE_MORNING: t("RemindersPage", "The review deadline's day (and a registered-mail copy's)"),
        ReminderKind.REVIEW_DUE_CLOSING: t("RemindersPage", "Before the office closes on the review deadline's day"),
        ReminderKind.PROPOSAL_ANSWER_END: t("RemindersPage", "The organizer's day to answer a proposal is over"),
        ReminderKind.REGISTERED_COPY_MISSING: t("RemindersPage", "A registered-mail copy is not recorded"),
    }[kind]


class RemindersPage(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.day_before, self.due_day = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.day_before, self.due_day):
            edit.setDisplayFormat("HH:mm")
        self.hours = QSpinBox(self)
        self.hours.setRange(0, 12)
        self.kinds = {kind: QCheckBox(self) for kind in ReminderKind}
        self.stay = QCheckBox(self)
        self.digest_to, self.smtp_host, self.smtp_user, self.smtp_from = (QLineEdit(self) for _ in range(4))
        self.smtp_port = QSpinBox(self)
        self.smtp_port.setRange(1, 65535)
        self.starttls = QCheckBox(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button, self.send_button = QPushButton(self), QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self.send_now)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.server_note = QLabel(self)
        self.server_note.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(11)]
        rows: list[QWidget] = [
            self.day_before,
            self.due_day,
            self.hours,
            self.stay,
            self.digest_to,
            self.smtp_host,
            self.smtp_port,
            self.starttls,
            self.smtp_user,
            self.password,
            self.smtp_from,
        ]
        for label, widget in zip(self.labels, rows, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.server_note)
        for box in self.kinds.values():
            layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def reload(self) -> None:
        self._fill(load_reminder_settings(self.state.ctx.uow))
        self._note_server()

    def _fill(self, s: ReminderSettings) -> None:
        self.day_before.setTime(QTime.fromString(s.day_before_at, "HH:mm"))
        self.due_day.setTime(QTime.fromString(s.due_day_at, "HH:mm"))
        self.hours.setValue(int(s.hours_before_close))
        for kind, box in self.kinds.items():
            box.setChecked(kind.value in s.enabled)
        self.stay.setChecked(bool(s.stay_in_tray))
        self.digest_to.setText(s.digest_to)
        self.smtp_host.setText(s.smtp_host)
        self.smtp_port.setValue(int(s.smtp_port))
        self.starttls.setChecked(bool(s.smtp_starttls))
        self.smtp_user.setText(s.smtp_user)
        self.smtp_from.setText(s.smtp_from)

    def values(self) -> dict[str, Any]:
        return {
            "day_before_at": self.day_before.time().toString("HH:mm"),
            "due_day_at": self.due_day.time().toString("HH:mm"),
            "hours_before_close": self.hours.value(),
            "enabled": [k.value for k, box in self.kinds.items() if box.isChecked()],
            "stay_in_tray": self.stay.isChecked(),
            "digest_to": self.digest_to.text().strip(),
            "smtp_host": self.smtp_host.text().strip(),
            "smtp_port": self.smtp_port.value(),
            "smtp_starttls": self.starttls.isChecked(),
            "smtp_user": self.smtp_user.text().strip(),
            "smtp_from": self.smtp_from.text().strip(),
        }

    def save(self) -> None:
        ctx, values = self.state.ctx, self.values()
        self.state.runner.run(lambda: change_reminder_settings(ctx, **values), self._saved, self._failed)

    def _saved(self, settings: ReminderSettings) -> None:
        self._fill(settings)
        self.message.setText(self.tr("Saved."))

    def send_now(self) -> None:
        """Send through the office's SMTP when it is set (its keyring password), else the server above."""
        from akimat_desk.security.secrets import KeyringSecretStore

        ctx, password, lang = self.state.ctx, self.password.text() or None, self.state.language
        self.state.runner.run(lambda: send_digest(ctx, password, lang, KeyringSecretStore()), self._sent, self._failed)

    def _sent(self, digest: Digest) -> None:
        self.message.setText(
            self.tr("The digest went to %1 (%2 filing(s)).")
            .replace("%1", digest.to)
            .replace("%2", str(len(digest.items)))
        )

    def _failed(self, exc: BaseException) -> None:
        from akimat_desk.domain.errors import DomainError
        from akimat_desk.services.deadlines.digest import DigestFailed
        from akimat_desk.services.kernel.messages import message
        from akimat_desk.ui.errors import error_text, show_error

        if isinstance(exc, DigestFailed):
            self.message.setText("⚠ " + message("error.smtp_failed", self.state.language, detail=exc.detail))
        elif isinstance(exc, DomainError):  # the field and the rule, beside the form; nothing was stored
            self.message.setText("⚠ " + error_text(exc, self.state.language))
        else:
            show_error(self, exc, self.state.language)

    def retranslate_ui(self) -> None:
        texts = (
            self.tr("The &day before a review deadline, at:"),
            self.tr("On the &due day, at:"),
            self.tr("&Hours before the office closes:"),
            self.tr("Keep reminding from the &tray"),
            self.tr("Digest to (head of department's e-mail):"),
            self.tr("SMTP &server:"),
            self.tr("SMTP port:"),
            self.tr("STARTTLS"),
            self.tr("SMTP user:"),
            self.tr("SMTP password (for this sending, not stored):"),
            self.tr("Sender address:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for kind, box in self.kinds.items():
            box.setText(_kind_label(kind))
            box.setAccessibleName(box.text())
        self.save_button.setText(self.tr("&Save"))
        self.send_button.setText(self.tr("Send the digest &now"))
        self._note_server()

    def _note_server(self) -> None:
        """Say which server the digest goes through: the office's (Settings) wins over the one above."""
        host = self.state.ctx.settings.smtp_host.strip()
        if host:
            text = self.tr(
                "The digest goes through the office's SMTP server %1 (Settings, with its password in the keyring); the server above is used only when that one is not set."  # noqa: E501
            ).replace("%1", host)
        else:
            text = self.tr(
                "The office's SMTP server is not set in Settings: the digest goes through the server above (its password: the keyring entry of the digest, or typed here)."  # noqa: E501
            )
        self.server_note.setText(text)


def install_reminders_page(points: PlugPoints) -> RemindersPage | None:
    """The Reminders page, for those who may change the office's settings; None otherwise."""
    state = points.state
    if not state.ctx.user.may(Permission.MANAGE_SETTINGS):
        return None
    return points.router.add(
        PageSpec(
            key="reminders",
            title=lambda: QCoreApplication.translate("RemindersPage", "Reminders"),
            factory=lambda: RemindersPage(state),
            on_shown=RemindersPage.reload,
        )
    )
