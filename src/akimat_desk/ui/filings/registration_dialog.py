"""Register a paper or electronic filing: form first, then the items as they stand on paper, defects listed
as typed (never blocking), attachments copied into the register with their SHA-256, and the incoming number
shown in large type once registered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.content import Defect, find_defects
from akimat_desk.domain.document import parse_document
from akimat_desk.domain.errors import DomainError
from akimat_desk.domain.filing import FilingRecord
from akimat_desk.services.filings.attachments import attach_file
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.kernel.messages import defect_message, message
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.esign import EDocumentPanel, read_signed, register_signed
from akimat_desk.ui.filings.items import field_caption
from akimat_desk.ui.filings.registration_form import FilingForm
from akimat_desk.ui.filings.registration_scan import PendingScan, ScanIntake
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.date_fields import DateTimeField
from akimat_desk.ui.widgets.questions import ask_before


@dataclass(frozen=True)
class Outcome:
    filing: FilingRecord
    attach_errors: tuple[str, ...]
    changes: Changes  # what the registration and the attachments changed, as their use cases said


def register_e_with_files(
    ctx: ServiceContext,
    data: dict[str, Any],
    signed: Path,
    content: Path | None,
    preview: Any,
    files: list[Path],
    lang: str,
) -> Outcome:
    """Register an e-filing from its signed file (verified, original kept), then copy the other files as scans."""
    registered = register_signed(ctx, data, read_signed(signed, content), preview)
    filing, changes = registered.filing, registered.changes
    errors = []
    for path in files:
        try:
            changes |= attach_file(ctx, filing.id, path, "scan").changes
        except DomainError as exc:
            errors.append(f"{path.name}: {error_text(exc, lang)}")
    return Outcome(filing, tuple(errors), changes)


def register_with_files(
    ctx: ServiceContext, data: dict[str, Any], files: list[Path], e_document: bool, lang: str
) -> Outcome:
    """Register, then copy each file into the register (the first as the signed original of an e-filing)."""
    registered = register_filing(ctx, data)
    filing, changes = registered.filing, registered.changes
    errors = []
    for i, path in enumerate(files):
        kind = "original_e_document" if e_document and i == 0 else "scan"
        try:
            changes |= attach_file(ctx, filing.id, path, kind).changes
        except DomainError as exc:
            errors.append(f"{path.name}: {error_text(exc, lang)}")
    return Outcome(filing, tuple(errors), changes)


class RegistrationDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None, pending_scan: PendingScan | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.registered: FilingRecord | None = None
        self.files: list[Path] = []
        self._pending_scan = pending_scan
        self.setWindowTitle(self.tr("New filing"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._entry_page())
        self.stack.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._fit_screen()
        self.received.setFocus()
        self._recheck()
        self._untouched = self.document()

    def _fit_screen(self) -> None:
        """As large as useful, never larger than the screen (the buttons stay on it at 1280x720)."""
        screen = self.screen().availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(780, screen.height() - 60))

    @property
    def pending_scan(self) -> PendingScan | None:
        """The filings of a scanned stack still to register (the window opens the next one on "Register next")."""
        return self.scan.pending

    def done(self, result: int) -> None:
        self.scan.disconnect_focus()
        super().done(result)

    # ------------------------------------------------------------ entry
    def _entry_page(self) -> QWidget:
        page = QWidget(self)
        lang = self.state.language
        self.received = DateTimeField(page)  # the receipt comes first on paper and is the one field filled: now
        self.channel, self.language, self.form_choice = QComboBox(page), QComboBox(page), QComboBox(page)
        for f in Form:
            self.form_choice.addItem(message(f"form.{f}", lang), f.value)
        self.channel.addItem(message("channel.paper", lang), "paper")
        self.channel.addItem(message("channel.e_document", lang), "e_document")
        for code, name in (("kk", "қазақ тілі"), ("ru", "русский язык"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.state.ctx.settings.default_language), 0))
        now = self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).replace(tzinfo=None, second=0)
        self.received.set_value(now)
        top = QFormLayout()
        for label, widget in (
            ("&" + field_caption("received_at", lang), self.received),
            ("&" + field_caption("channel", lang), self.channel),
            ("&" + field_caption("language", lang), self.language),
        ):
            caption = QLabel(label, page)
            caption.setBuddy(widget)
            top.addRow(caption, widget)
        self.form = FilingForm(page, lang)  # the event's day and times and the document's date stay empty until typed
        form_caption = QLabel("&" + field_caption("form", lang), page)
        form_caption.setBuddy(self.form_choice)
        self.form.place_form_choice(form_caption, self.form_choice)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.attachments = QListWidget(page)
        self.attachments.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_files = QPushButton(self.tr("Add scans or files…"), page)
        self.add_files.clicked.connect(self._choose_files)
        self.scan = ScanIntake(self, self._pending_scan, page)  # issue 19: the paper read by OCR, beside the form
        self.e_note = EDocumentPanel(self.state, self.document, page)  # issue 7: the signed file and its verdict
        self.e_note.checked.connect(self._fill_from_certificate)
        self.defects = QListWidget(page)
        self.defects.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.defects.setWordWrap(True)
        self.defects_title = QLabel(page)
        self.allowed_note = QLabel(
            self.tr(
                "Registering with defects is allowed: the law counts the day of registration. The defects are kept with the filing for the review."  # noqa: E501
            ),
            page,
        )
        self.allowed_note.setWordWrap(True)
        self.allowed_note.setStyleSheet("QLabel { background: #fff8e1; padding: 6px; }")
        self.error = QLabel(page)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.error.hide()
        self.register_button = QPushButton(self.tr("&Register (Ctrl+Enter)"), page)
        self.register_button.clicked.connect(self.register)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.clicked.connect(self.reject)
        for button in page.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field never presses a button (it moves to the next field)
        side = QWidget(page)
        sl = QVBoxLayout(side)
        sl.addWidget(self.defects_title)
        sl.addWidget(self.defects, 3)
        sl.addWidget(self.allowed_note)
        sl.addWidget(QLabel(self.tr("Attachments:"), side))
        sl.addWidget(self.attachments, 1)
        sl.addWidget(self.add_files)
        sl.addWidget(self.scan.button)
        sl.addWidget(self.e_note)
        splitter = QSplitter(page)
        splitter.addWidget(self.scan.panel)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setSizes([480, 560, 340])
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.form_choice.currentIndexChanged.connect(self._form_changed)
        self.channel.currentIndexChanged.connect(self._recheck)
        self.received.textChanged.connect(self._recheck)
        self.form.changed.connect(self._recheck)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.register)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.register)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.scan.choose)
        chain = [self.received, self.channel, self.language, *self.form.tab_chain(), self.register_button]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        return page

    # ------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves to the next field (a button under focus is pressed); only Ctrl+Enter registers."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier and self.stack.currentIndex() == 0:
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton):
                focused.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def is_changed(self) -> bool:
        """Whether anything was typed or chosen since the dialog opened (nothing registered yet)."""
        return self.stack.currentIndex() == 0 and self.document() != self._untouched

    def reject(self) -> None:
        """Esc, Cancel or the window's close (QDialog.closeEvent calls this): a changed form is thrown away
        only when the clerk says so."""
        if self.is_changed() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        return self._ask_before(
            "discard_question",
            QMessageBox.Icon.Question,
            self.tr("Discard the filing?"),
            self.tr("The filing is not registered. Throw away what was typed?"),
            "",
            (self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole),
        )

    def _confirm_defects(self, defects: list[Defect]) -> bool:
        """Registering with defects is allowed (the law counts the day of registration), after one question
        that lists them; the default answer goes back to the form."""
        lang = self.state.language
        return self._ask_before(
            "defects_question",
            QMessageBox.Icon.Warning,
            self.tr("Register with defects?"),
            self.tr("The filing has %n defect(s). Register it as it is?", "", len(defects)),
            "\n".join("• " + defect_message(d, lang) for d in defects),
            (self.tr("Register &with defects"), QMessageBox.ButtonRole.AcceptRole),
        )

    def _ask_before(
        self,
        name: str,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        details: str,
        go: tuple[str, QMessageBox.ButtonRole],
    ) -> bool:
        """A question whose default and Esc answer is "Back to the form"; True when the clerk chose ``go``."""
        return ask_before(self, name, icon, (title, text, details), self.tr("&Back to the form"), go)

    def _form_changed(self) -> None:
        self.form.set_form(Form(self.form_choice.currentData()))

    def document(self) -> dict[str, Any]:
        local: datetime | None = self.received.value()
        received = local.replace(tzinfo=self.state.ctx.settings.tz).isoformat() if local else self.received.text()
        head = {
            "form": self.form_choice.currentData(),
            "channel": self.channel.currentData(),
            "received_at": received,
            "language": self.language.currentData(),
        }
        return head | self.form.document()

    def _recheck(self) -> None:
        """Recompute the defects list from what is typed (pure domain code, no database)."""
        lang = self.state.language
        self.e_note.setVisible(self.channel.currentData() == "e_document")
        self.defects.clear()
        try:
            defects = find_defects(parse_document(self.document(), self.state.ctx.settings.tz))
        except DomainError as exc:
            self.defects.addItem(error_text(exc, lang))
            return
        for d in defects:
            self.defects.addItem("✗ " + defect_message(d, lang))
        if not defects:
            self.defects.addItem("✓ " + self.tr("All content items are present."))
        self.defects_title.setText(self.tr("Defects found: %n", "", len(defects)))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr(
                "Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.odt *.p7s *.cms *.xml);;All files (*)"  # noqa: E501 (a translated source string)
            ),
        )
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self.files.append(path)
            self.attachments.addItem(path.name)

    # ------------------------------------------------------------ register
    def register(self) -> None:
        if self.stack.currentIndex() != 0:
            return
        data, files, lang = self.document(), list(self.files), self.state.language
        ctx, e_doc = self.state.ctx, self.channel.currentData() == "e_document"
        self.error.hide()
        if self.received.value() is None:
            self._failed_field(self.tr("Received at: type the day and time of receipt as dd.mm.yyyy hh:mm."))
            return
        defects = self._defects()
        if defects and not self._confirm_defects(defects):
            return
        self.register_button.setEnabled(False)
        if e_doc and (signed := self.e_note.signed_path) is not None:
            content, preview = self.e_note.content_path, self.e_note.preview
            self.state.runner.run(
                lambda: register_e_with_files(ctx, data, signed, content, preview, files, lang),
                self._registered,
                self._failed,
            )
            return
        self.state.runner.run(
            lambda: register_with_files(ctx, data, files, e_doc, lang), self._registered, self._failed
        )

    def _defects(self) -> list[Defect]:
        try:
            return list(find_defects(parse_document(self.document(), self.state.ctx.settings.tz)))
        except DomainError:
            return []  # the service names the field that cannot be read

    def _failed_field(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.received.setFocus()

    def _failed(self, exc: BaseException) -> None:
        """Nothing was registered: the dialog stays open with everything typed, and says why."""
        self.register_button.setEnabled(True)
        self.error.setText(error_text(exc, self.state.language))
        self.error.show()

    def _registered(self, outcome: Outcome) -> None:
        self.registered = outcome.filing
        self.number.setText(outcome.filing.incoming_number)
        when = outcome.filing.received_at.astimezone(self.state.ctx.settings.tz)
        details = (
            self.tr("Registered on %1 at %2. Defects recorded: %3.")
            .replace("%1", f"{outcome.filing.registered_on:%d.%m.%Y}")
            .replace("%2", f"{when:%H:%M}")
            .replace("%3", str(len(outcome.filing.defects)))
        )
        if outcome.attach_errors:
            details += "\n" + self.tr("These files were NOT attached; attach them from the card:") + "\n"
            details += "\n".join(outcome.attach_errors)
        self.result_details.setText(details)
        self.receipt_button.setVisible(outcome.filing.channel == "paper")
        if self.scan.pending is not None:
            left = len(self.scan.pending.filings)
            self.next_button.setText(self.tr("Register the &next filing of the scan (%n left)", "", left))
        self.stack.setCurrentIndex(1)
        self.open_button.setFocus()
        self.state.apply_result(outcome)

    # ------------------------------------------------------------ result
    def _result_page(self) -> QWidget:
        page = QWidget(self)
        caption = QLabel(self.tr("Incoming number"), page)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = QLabel(page)
        self.number.setObjectName("registered_number")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 4)
        font.setBold(True)
        self.number.setFont(font)
        self.result_details = QLabel(page)
        self.result_details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_details.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open the card"), page)
        self.open_button.clicked.connect(self.accept)
        self.next_button = QPushButton(self.tr("Register &next"), page)
        self.next_button.clicked.connect(lambda: self.done(2))
        self.receipt_button = QPushButton(self.tr("Print the &receipt…"), page)
        self.receipt_button.clicked.connect(self.print_receipt)
        close = QPushButton(self.tr("&Close"), page)
        close.clicked.connect(lambda: self.done(3))
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.receipt_button, self.open_button, self.next_button, close):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(caption)
        layout.addWidget(self.number)
        layout.addWidget(self.result_details)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # ------------------------------------------------------------ issue 6 / 7 hookups
    def print_receipt(self) -> None:
        """The registration receipt for the organizer at the desk (preview, print, save)."""
        if self.registered is not None:
            from akimat_desk.ui.decisions import RECEIPT, LetterPreviewDialog

            lang = str(self.registered.language)
            LetterPreviewDialog(self.state, self.registered.id, RECEIPT, lang, parent=self).exec()

    def _fill_from_certificate(self, preview: Any) -> None:
        """Put the organizer's fields taken from the certificate into the empty boxes, marked for confirmation."""
        from akimat_desk.ui.esign import fill_form

        fill_form(self.form, preview, self.tr("Taken from the signer's certificate: please confirm."))
