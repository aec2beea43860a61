"""Preview a letter or a registration receipt inside the app (QtPdf) exactly as stored, print it through the
system's print dialog, or save the stored PDF bytes.

What is shown is the PDF the register keeps (the numbered letter, byte for byte); printing renders its pages
at the printer's resolution and lays the page's text invisibly over the image, so a "print to PDF" stays
searchable. "Save as PDF" writes the stored bytes unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.errors import DomainError
from akimat_desk.services.decisions.outgoing import (
    decision_number,
    issue_letter,
    issue_letters,
    letters_of,
    preview_letters,
    registration_receipt,
)
from akimat_desk.services.filings import read_attachment
from akimat_desk.services.kernel.context import Changes
from akimat_desk.ui.decisions.texts import LANGUAGE_NAMES
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import progress_dialog, task_text
from akimat_desk.ui.widgets.retranslated import Retranslated

LETTER, RECEIPT, STORED = "letter", "receipt", "stored"
BOTH = "kk+ru"
MAX_DPI = 300


@dataclass(frozen=True)
class Loaded:
    pdf: bytes
    numbers: tuple[str, ...] = ()
    new: bool = False
    name: str = "document.pdf"
    draft: bool = False  # a preview of a decision that has no outgoing number yet
    changes: Changes = Changes.NONE  # what issuing the letter(s) changed, as the use case said


def _text_layer(painter: QPainter, document: QPdfDocument, page: int) -> None:
    """Draw the page's text lines invisibly where they stand (page coordinates in points)."""
    text = document.getAllText(page).text()
    index = 0
    for line in text.split("\n"):
        body = line.rstrip("\r")
        if body.strip():
            box = document.getSelectionAtIndex(page, index, len(body)).boundingRectangle()
            if box.width() > 0 and box.height() > 0:
                font = QFont("Serif")
                font.setPixelSize(100)
                painter.setFont(font)
                metrics = QFontMetricsF(font, painter.device())
                width = metrics.horizontalAdvance(body) or 1.0
                painter.save()
                painter.translate(box.topLeft())
                painter.scale(box.width() / width, box.height() / metrics.height())
                painter.drawText(QPointF(0, metrics.ascent()), body)
                painter.restore()
        index += len(line) + 1


def print_document(document: QPdfDocument, printer: QPrinter, on_page: Callable[[int, int], None] | None = None) -> int:
    """Render every page of ``document`` onto ``printer`` (one sheet per page); returns the pages printed.
    ``on_page(done, count)`` is told after each page (the progress of a long print, rendered at printer dpi)."""
    count = document.pageCount()
    if count <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_DPI)
    try:
        for page in range(count):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            scale = min(target.width() / points.width(), target.height() / points.height())
            image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            painter.save()
            painter.scale(scale, scale)
            painter.drawImage(QRectF(0, 0, points.width(), points.height()), image)
            painter.setPen(QColor(0, 0, 0, 0))
            _text_layer(painter, document, page)
            painter.restore()
            if on_page is not None:
                on_page(page + 1, count)
    finally:
        painter.end()
    return count


class LetterPreviewDialog(Retranslated, QDialog):
    """``mode`` LETTER: the latest decision's letter in the chosen language. Before the decision has its
    outgoing number this is an unnumbered draft (nothing is stored); "Issue" (or printing) gives the decision its
    number, which every language then shares. RECEIPT: the registration receipt; STORED: one stored letter by its
    attachment id."""

    def __init__(
        self,
        state: AppState,
        filing_id: int,
        mode: str = LETTER,
        language: str = "kk",
        attachment_id: int | None = None,
        parent: QWidget | None = None,
        auto_print: bool = False,
    ) -> None:
        super().__init__(parent)
        self._auto_print = auto_print
        self.state, self.filing_id, self.mode, self.attachment_id = state, filing_id, mode, attachment_id
        self.loaded: Loaded | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        if mode == LETTER:
            self.language.addItem("", BOTH)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setVisible(mode != STORED)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.language_label.setVisible(mode != STORED)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.error.hide()
        self.print_button, self.save_button, self.close_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.issue_button = QPushButton(self)
        self.issue_button.clicked.connect(self.issue)
        self.issue_button.hide()
        # the akimat's EDS (issue 18): sign, import a signature made elsewhere, e-mail, show the marked copy
        self.sign_button, self.import_button = QPushButton(self), QPushButton(self)
        self.email_button, self.copy_button = QPushButton(self), QPushButton(self)
        self.bounce_button = QPushButton(self)
        self.bounce_button.clicked.connect(self.record_bounce)
        self.sign_button.clicked.connect(self.sign)
        self.import_button.clicked.connect(self.import_signature)
        self.email_button.clicked.connect(self.email)
        self.copy_button.clicked.connect(self.show_copy)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.sign)
        for b in (self.sign_button, self.import_button, self.email_button, self.bounce_button, self.copy_button):
            b.hide()
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_)
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addWidget(self.info, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        for b in (
            self.issue_button,
            self.sign_button,
            self.import_button,
            self.copy_button,
            self.email_button,
            self.bounce_button,
            self.print_button,
            self.save_button,
            self.close_button,
        ):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.language.currentIndexChanged.connect(lambda _index: self.load())
        self.retranslate_ui()
        self.resize(860, 980)
        self.load()

    # ------------------------------------------------------------ loading
    def load(self, issue: bool = False) -> None:
        """Show the document; in LETTER mode ``issue`` numbers the decision's letter (else a numbered decision
        shows its issued letter in this language, under the decision's number, and an unnumbered one a draft)."""
        ctx, fid, lang = self.state.ctx, self.filing_id, self.language.currentData()
        mode, attachment = self.mode, self.attachment_id
        self._set_ready(False)

        def work() -> Loaded:
            if mode == RECEIPT:
                return Loaded(registration_receipt(ctx, fid, lang if lang != BOTH else None), name="receipt.pdf")
            if mode == STORED and attachment is not None:
                info, pdf = read_attachment(ctx, attachment)
                return Loaded(pdf, name=info.name)
            languages = ["kk", "ru"] if lang == BOTH else [lang]
            number = decision_number(ctx, fid)
            done = {x.language for x in letters_of(ctx, fid) if number and x.decision_id == number.decision_id}
            if not issue and not set(languages) <= done:  # a preview: nothing is numbered or stored
                numbers = (number.outgoing_number,) if number else ()
                return Loaded(preview_letters(ctx, fid, languages), numbers, name="preview.pdf", draft=True)
            if lang == BOTH:
                issued = [issue_letter(ctx, fid, x) for x in ("kk", "ru")]  # numbers what is not issued yet
                pdf = issue_letters(ctx, fid, ["kk", "ru"])  # both, now issued: the same records in one PDF
                changes = issued[0].changes | issued[1].changes
                return Loaded(
                    pdf,
                    tuple(i.letter.outgoing_number for i in issued),
                    any(i.new for i in issued),
                    "letters-kk-ru.pdf",
                    changes=changes,
                )
            one = issue_letter(ctx, fid, lang)
            name = f"{one.letter.outgoing_number.replace('/', '_')}-{lang}.pdf"
            return Loaded(one.pdf, (one.letter.outgoing_number,), one.new, name, changes=one.changes)

        self.state.runner.run(work, self._loaded, self._failed, what=task_text("letter"))

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.error.hide()
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(loaded.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._set_ready(self.document.pageCount() > 0)
        self.save_button.setEnabled(self.save_button.isEnabled() and not loaded.draft)
        self.issue_button.setVisible(loaded.draft)
        issued_one = self.mode == LETTER and not loaded.draft and len(loaded.numbers) == 1
        for b in (self.sign_button, self.import_button, self.email_button, self.bounce_button, self.copy_button):
            b.setVisible(issued_one)
        self.view.verticalScrollBar().setValue(0)
        self._show_info()
        if loaded.changes:
            self.state.apply(loaded.changes)  # what issuing said it changed (nothing for a letter issued before)
        if self._auto_print and self.print_button.isEnabled():
            self._auto_print = False
            QTimer.singleShot(0, self.print_)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc, self.state.language)
        if isinstance(exc, DomainError) and exc.code in ("letterhead_missing", "signatory_missing"):
            text += " " + self.tr("Open Settings and fill in the akimat's letterhead and the signatory.")
        self.error.setText(text)
        self.error.show()
        self.info.setText("")
        self._auto_print = False

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _show_info(self) -> None:
        loaded = self.loaded
        if loaded is None:
            return
        pages = self.tr("%n page(s)", "", self.document.pageCount())
        if self.mode == RECEIPT:
            self.info.setText(self.tr("Registration receipt") + f" · {pages}")
        elif loaded.draft and loaded.numbers:
            self.info.setText(
                self.tr(
                    "Preview under Outgoing No. %1: issuing or printing stores this language's letter under "
                    "the same number."
                ).replace("%1", ", ".join(loaded.numbers))
                + f" · {pages}"
            )
        elif loaded.draft:
            self.info.setText(
                self.tr(
                    "Draft: not numbered yet. Issuing or printing gives the decision its outgoing number, "
                    "shared by every language."
                )
                + f" · {pages}"
            )
        elif loaded.numbers:
            numbers = ", ".join(loaded.numbers)
            note = self.tr("outgoing number issued now") if loaded.new else self.tr("issued before; the same PDF")
            self.info.setText(self.tr("Outgoing No. %1").replace("%1", numbers) + f" · {note} · {pages}")
        else:
            self.info.setText(f"{loaded.name} · {pages}")

    # ------------------------------------------------------------ output
    def print_to(self, printer: QPrinter) -> int:
        """Print the shown document on ``printer`` (tests use a PDF file printer), page by page in a progress
        dialog that appears if the print lasts over half a second (no Cancel: a letter is printed whole)."""
        self.print_progress = progress = progress_dialog(self, self.tr("Printing…"))

        def page_done(done: int, count: int) -> None:
            progress.setMaximum(count)
            progress.setLabelText(self.tr("Printing page %1 of %2…").replace("%1", str(done)).replace("%2", str(count)))
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            return print_document(self.document, printer, page_done)
        finally:
            progress.hide()  # not close(): closing a progress dialog counts as Cancel

    def issue(self) -> None:
        """Number the decision's letter (once: every language shares the number) and show the issued PDF."""
        if self.mode == LETTER and self.loaded is not None and self.loaded.draft:
            self.load(issue=True)

    def print_(self) -> None:
        if self.loaded is None or not self.print_button.isEnabled():
            return
        if self.loaded.draft:  # what is printed to be signed is the issued, numbered letter
            self._auto_print = True
            self.issue()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.loaded.name)
        if QPrintDialog(printer, self).exec():
            self.print_to(printer)

    def save(self) -> None:
        if self.loaded is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.loaded.name, "PDF (*.pdf)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the stored PDF bytes unchanged."""
        assert self.loaded is not None
        try:
            path.write_bytes(self.loaded.pdf)
        except OSError as exc:
            self._failed(exc)

    # ------------------------------------------------------------ EDS (issue 18)
    def sign(self) -> None:
        """Sign the shown (issued) letter with EDS; once signed, show its copy with the mark and QR."""
        if not self.sign_button.isVisible():
            return
        from akimat_desk.ui.esign import SignLetterDialog

        dialog = SignLetterDialog(self.state, self.filing_id, self)
        dialog.exec()
        if dialog.signed is not None:
            self.show_copy()

    def import_signature(self) -> None:
        from akimat_desk.ui.esign import import_signature_file

        import_signature_file(self.state, self.filing_id, self)

    def email(self) -> None:
        from akimat_desk.ui.esign import email_letter

        email_letter(self.state, self.filing_id, self)

    def record_bounce(self) -> None:
        from akimat_desk.ui.esign import record_bounce_file

        record_bounce_file(self.state, self)

    def show_copy(self) -> None:
        """Show the copy for paper and reading: the stored PDF with the EDS mark (when signed) and the QR."""
        from akimat_desk.services.esign import letter_copy

        ctx, fid = self.state.ctx, self.filing_id
        numbers = self.loaded.numbers if self.loaded else ()

        def work() -> Loaded:
            return Loaded(letter_copy(ctx, fid), numbers, name=f"{'_'.join(numbers).replace('/', '_')}-copy.pdf")

        self.state.runner.run(work, self._loaded, self._failed, what=task_text("letter"))

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        titles = {
            LETTER: self.tr("Letter preview"),
            RECEIPT: self.tr("Registration receipt"),
            STORED: self.tr("Letter preview"),
        }
        self.setWindowTitle(titles.get(self.mode, ""))
        self.language_label.setText(self.tr("&Language:"))
        if (both := self.language.findData(BOTH)) >= 0:
            self.language.setItemText(both, self.tr("kk + ru in one print job"))
        self.print_button.setText(self.tr("&Print…"))
        self.issue_button.setText(self.tr("&Issue and number"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("&Close"))
        self.sign_button.setText(self.tr("Sign with &EDS…"))
        self.sign_button.setToolTip(self.tr("Sign the letter through NCALayer (Ctrl+Shift+S)"))
        self.import_button.setText(self.tr("I&mport signature…"))
        self.copy_button.setText(self.tr("Copy with &QR"))
        self.email_button.setText(self.tr("Send by e-&mail"))
        self.bounce_button.setText(self.tr("Record a &bounce…"))
        self.bounce_button.setToolTip(self.tr("Open the delivery failure notice (.eml) the mail server sent back"))
        self._show_info()
