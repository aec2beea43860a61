"""Log in at start (issue 9), offline against the register's own accounts, and the passphrase of an encrypted
register when the computer has no keyring.

``LoginDialog.context`` is the service context acting as the user once the password was right. A wrong password
is refused with the same words for an unknown name; after repeated failures the account is locked and the dialog
says so plainly, with the time it opens again."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.security.secrets import KeyringSecretStore
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.opening import OpenRegister, fault_message, needs_login, open_register
from akimat_desk.services.office.chain_key import default_source
from akimat_desk.services.office.encryption import PASSPHRASE_ENV, is_encrypted, stored_key
from akimat_desk.services.office.users import login
from akimat_desk.ui.errors import error_text


class LoginDialog(QDialog):
    def __init__(self, ctx: ServiceContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._language = ctx, language
        self.context: ServiceContext | None = None
        self.failures = 0
        self.setWindowTitle(self.tr("akimat_desk — log in"))
        self.intro = QLabel(
            self.tr("This register has user accounts. Log in with your name and password (no network needed)."), self
        )
        self.intro.setWordWrap(True)
        self.name, self.password = QLineEdit(self), QLineEdit(self)
        self.name.setObjectName("login_name")
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828; font-weight: bold")
        form = QFormLayout()
        name_label, password_label = QLabel(self.tr("&User name:"), self), QLabel(self.tr("&Password:"), self)
        name_label.setBuddy(self.name)
        password_label.setBuddy(self.password)
        form.addRow(name_label, self.name)
        form.addRow(password_label, self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def try_login(self) -> None:
        """Check the password (synchronously: it is one scrypt hash, and nothing else can be done meanwhile)."""
        try:
            self.context = login(self._ctx, self.name.text().strip(), self.password.text())
        except Exception as exc:  # a refusal or a storage fault: say it, keep the dialog open
            self.failures += 1
            self.password.clear()
            self.password.setFocus()
            self.message.setText(error_text(exc, self._language))
            return
        self.accept()


class PassphraseDialog(QDialog):
    """Asks the passphrase of an encrypted register when the keyring holds no key (or there is no keyring)."""

    def __init__(self, database: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted register"))
        text = QLabel(
            self.tr(
                "The register %1 is encrypted and this computer's keyring holds no key for it (or there "
                "is no keyring). Type the passphrase chosen when it was encrypted."
            ).replace("%1", database),
            self,
        )
        text.setWordWrap(True)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #c62828")
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


KEY_FAULTS = ("encrypted_no_key", "wrong_key")


def open_and_log_in(
    url: str | None,
    database: Path,
    backups: Path,
    language: str,
    ask_key: Callable[[str], str | None] | None = None,
    ask_login: Callable[[ServiceContext], ServiceContext | None] | None = None,
) -> OpenRegister | None:
    """Open the register for the window: the key of an encrypted register ($AKIMAT_DESK_PASSPHRASE, the keyring,
    else the passphrase dialog, asked again after a wrong one), then the login dialog once user accounts exist.
    None when the clerk cancelled or the register cannot be opened (the reason was shown)."""
    ask_key = ask_key or _ask_passphrase(str(database))
    ask_login = ask_login or _ask_login(language)
    key: str | None = None
    if not url and is_encrypted(database):
        key = os.environ.get(PASSPHRASE_ENV) or stored_key(KeyringSecretStore(), database)
    for _attempt in range(5):
        try:
            register = open_register(url or database, backups, key=key, chain_keys=default_source(url or database))
            break
        except Exception as exc:  # a storage fault says what happened and what to do; never a crash
            reason = fault_message(exc, language) or error_text(exc, language)
            if getattr(exc, "code", None) not in KEY_FAULTS:
                QMessageBox.critical(None, "akimat_desk", reason)
                return None
            key = ask_key(reason)
            if not key:
                return None
    else:
        return None
    if not needs_login(register):
        return register
    logged_in = ask_login(register.context)
    if logged_in is None:
        register.close()
        return None
    return replace(register, context=logged_in)


def _ask_passphrase(database: str) -> Callable[[str], str | None]:
    def ask(reason: str) -> str | None:
        dialog = PassphraseDialog(database, reason)
        return dialog.passphrase.text() if dialog.exec() else None

    return ask


def _ask_login(language: str) -> Callable[[ServiceContext], ServiceContext | None]:
    def ask(ctx: ServiceContext) -> ServiceContext | None:
        dialog = LoginDialog(ctx, language)
        return dialog.context if dialog.exec() else None

    return ask
