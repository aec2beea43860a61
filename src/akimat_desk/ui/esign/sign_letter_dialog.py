"""The akimat's EDS in the window (issue 18): sign a letter (NCALayer, or the training key file in a training
register), import a signature made elsewhere, e-mail the letter, and check a letter someone shows.

Signing runs on the worker thread: NCALayer waits for the signatory to choose the key and type the PIN, and
the dialog shows a busy bar meanwhile. Whatever comes back is verified by the service before it is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.security.secrets import smtp_secret_name
from akimat_desk.services.decisions import (
    BounceResult,
    letters_of,
    record_bounce,
    send_letter_email,
    sending_changes,
)
from akimat_desk.services.esign.letter_copies import LetterCheck, check_letter
from akimat_desk.services.esign.letter_signing import (
    SignedLetter,
    import_signature,
    ncalayer_signer,
    sign_letter,
    training_signer_allowed,
)
from akimat_desk.services.filings import read_file
from akimat_desk.services.kernel.messages import message
from akimat_desk.signatures import message as verdict_message
from akimat_desk.signatures.p12_signer import Pkcs12Signer
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text
from akimat_desk.ui.widgets.retranslated import Retranslated


class SignLetterDialog(Retranslated, QDialog):
    """Sign the filing's latest letter: NCALayer (default) or, in a training register, a PKCS#12 key file."""

    def __init__(self, state: AppState, filing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.filing_id = state, filing_id
        self.signed: SignedLetter | None = None
        self.ncalayer = QRadioButton(self)
        self.training = QRadioButton(self)
        self.ncalayer.setChecked(True)
        self.training.setVisible(training_signer_allowed(state.ctx))
        self.key_path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label, self.password_label = QLabel(self), QLabel(self)
        self.key_label.setBuddy(self.key_path)
        self.password_label.setBuddy(self.password)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.ncalayer)
        form.addRow(self.training)
        form.addRow(self.key_label, key_row)
        form.addRow(self.password_label, self.password)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the signatory may take minutes
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.clicked.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for radio in (self.ncalayer, self.training):
            radio.toggled.connect(self._update)
        self.retranslate_ui()
        self._update()
        self.resize(560, 260)

    def _update(self) -> None:
        training = self.training.isChecked()
        for widget in (self.key_label, self.key_path, self.browse, self.password_label, self.password):
            widget.setVisible(training)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"), "", self.tr("Key files (*.p12 *.pfx)"))
        if path:
            self.key_path.setText(path)

    def sign(self) -> None:
        """Start signing on the worker thread; the result (or why nothing was stored) shows in the dialog."""
        ctx, fid, lang = self.state.ctx, self.filing_id, self.state.language
        training = self.training.isChecked()
        key_file, password = self.key_path.text().strip(), self.password.text()
        self.sign_button.setEnabled(False)
        self.progress.show()
        waiting = self.tr("Signing… NCALayer is waiting for the signatory to choose the key and enter the PIN.")
        self.status.setText(waiting if not training else self.tr("Signing with the training key…"))

        def work() -> SignedLetter:
            if training:
                data = Path(key_file).read_bytes()
                return sign_letter(ctx, fid, Pkcs12Signer(data, lambda: password), lang)
            return sign_letter(ctx, fid, ncalayer_signer(ctx), lang)

        self.state.runner.run(work, self._signed, self._failed, what=task_text("signing"))

    def _signed(self, signed: SignedLetter) -> None:
        self.signed = signed
        sig = signed.signature
        when = sig.signed_at.astimezone(self.state.ctx.settings.tz).strftime("%Y-%m-%d %H:%M") if sig.signed_at else "—"
        lang = self.state.language
        done = message(
            "letter_signed.done",
            lang,
            number=signed.letter.outgoing_number,
            signer=sig.signer_name,
            serial=sig.certificate_serial,
            signed_at=when,
            verdict=verdict_message(sig.verdict, lang),
        )
        self.status.setText("✔ " + done)
        self.status.setStyleSheet("QLabel { color: #1b5e20; }")
        self.progress.hide()
        self.state.apply(signed.changes)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.sign_button.setEnabled(True)
        self.status.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.status.setText(error_text(exc, self.state.language))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign with EDS"))
        self.ncalayer.setText(self.tr("&NCALayer (the signatory's key or ID card)"))
        self.training.setText(self.tr("&Training key file (TEST register only)"))
        self.key_label.setText(self.tr("&Key file:"))
        self.browse.setText(self.tr("&Browse…"))
        self.password_label.setText(self.tr("&Password:"))
        self.sign_button.setText(self.tr("&Sign"))


def import_signature_file(state: AppState, filing_id: int, parent: QWidget, path: str | None = None) -> None:
    """Ask for a .cms/.p7s made in another system and check it against the stored letter (result in a box)."""
    from PySide6.QtWidgets import QMessageBox

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("Import signature"), "", parent.tr("Signatures (*.cms *.p7s *.sig);;All files (*)")
        )
    if not path:
        return
    ctx, lang = state.ctx, state.language

    def done(signed: SignedLetter) -> None:
        state.apply(signed.changes)
        sig = signed.signature
        QMessageBox.information(
            parent,
            parent.tr("Import signature"),
            message(
                "letter_signed.done",
                lang,
                number=signed.letter.outgoing_number,
                signer=sig.signer_name,
                serial=sig.certificate_serial,
                signed_at=str(sig.signed_at or "—"),
                verdict=verdict_message(sig.verdict, lang),
            ),
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, parent.tr("Import signature"), error_text(exc, lang))

    state.runner.run(lambda: import_signature(ctx, filing_id, Path(path).read_bytes()), done, failed)


def email_letter(state: AppState, filing_id: int, parent: QWidget) -> None:
    """Send the latest letter (and its CMS) to the organizer's address through the office's SMTP server."""
    from PySide6.QtWidgets import QMessageBox

    from akimat_desk.security.secrets import KeyringSecretStore, SecretStoreUnavailable

    ctx, lang = state.ctx, state.language
    settings = ctx.settings

    def work() -> tuple[Any, str]:
        try:
            password = KeyringSecretStore().get(smtp_secret_name(settings.smtp_host, settings.smtp_user))
        except SecretStoreUnavailable:
            password = None
        attempt = send_letter_email(ctx, filing_id, password=password if settings.smtp_user else None)
        number = next((x.outgoing_number for x in letters_of(ctx, filing_id) if x.id == attempt.letter_id), "")
        return attempt, number

    def done(result: tuple[Any, str]) -> None:
        attempt, number = result
        state.apply(sending_changes(attempt))
        key = "mail.sent" if attempt.status == "sent" else "mail.failed"
        text = message(
            key, lang, number=number, to=attempt.address, message_id=attempt.message_id, reason=attempt.reason
        )
        box = QMessageBox.information if attempt.status == "sent" else QMessageBox.warning
        box(parent, parent.tr("Send by e-mail"), text)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, parent.tr("Send by e-mail"), error_text(exc, lang))

    state.runner.run(work, done, failed)


def record_bounce_file(state: AppState, parent: QWidget, path: str | None = None) -> None:
    """Ask for a bounce saved from the mailbox (.eml) and record it against the e-mail it names (result in a box)."""
    from PySide6.QtWidgets import QMessageBox

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("Record a bounce"), "", parent.tr("E-mail messages (*.eml);;All files (*)")
        )
    if not path:
        return
    ctx, lang, name = state.ctx, state.language, Path(path).name

    def done(result: BounceResult) -> None:
        state.apply(result.changes)
        a = result.attempt
        text = message(
            "bounce.already" if result.already else "bounce.recorded",
            lang,
            number=result.letter_number,
            to=a.address,
            reason=a.reason or "—",
        )
        QMessageBox.information(parent, parent.tr("Record a bounce"), text)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, parent.tr("Record a bounce"), error_text(exc, lang))

    state.runner.run(lambda: record_bounce(ctx, read_file(Path(path)), name), done, failed)


class CheckLetterDialog(Retranslated, QDialog):
    """Open a PDF or a photo of a paper letter: is it the letter the register issued?"""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.found: LetterCheck | None = None
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self.choose())
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict, 1)
        layout.addWidget(close)
        self.retranslate_ui()
        self.resize(560, 220)

    def choose(self, path: str | None = None) -> None:
        if path is None:
            kinds = self.tr("Letters (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)")
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Check a letter"), "", kinds)
        if not path:
            return
        ctx = self.state.ctx
        self.progress.show()
        self.verdict.setText(self.tr("Reading the QR code…"))
        self.state.runner.run(
            lambda: check_letter(ctx, Path(path).read_bytes()),
            self._checked,
            self._failed,
            what=task_text("verification"),
        )

    def _checked(self, found: LetterCheck) -> None:
        self.found = found
        self.progress.hide()
        lang, letter, sig = self.state.language, found.letter, found.signature
        key = "check.issued_original" if found.original else f"check.{found.outcome}"
        number = letter.outgoing_number if letter else (found.facts.outgoing_number if found.facts else "—")
        day = letter.outgoing_date.strftime("%d.%m.%Y") if letter else "—"
        lines = [message(key, lang, number=number, date=day)]
        if sig is not None and found.outcome == "issued":
            lines.append(message("check.signed", lang, signer=sig.signer_name, serial=sig.certificate_serial))
        colour = "#1b5e20" if found.outcome == "issued" else "#c62828"
        self.verdict.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")
        self.verdict.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.verdict.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.verdict.setText(error_text(exc, self.state.language))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check a letter"))
        self.open_button.setText(self.tr("&Open a PDF or a photo of the letter…"))
