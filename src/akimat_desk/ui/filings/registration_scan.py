"""The registration dialog's paper-by-OCR part (issue 19): pick a scan, read it off the GUI thread, fill the
form with every filled field marked, show the scan beside the form with the words of the focused field
highlighted, and keep the scan in the attachments (stored with its SHA-256 on Register). The time of receipt
is never touched: it is the clerk's. The other filings of a stack wait in ``pending`` for the next dialog."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QWidget

from akimat_desk.services.filings.scan_fields import ReadField
from akimat_desk.services.filings.scan_intake import LOW_CONFIDENCE, ScanFiling, ScanReading, read_scan_for
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.filings.scan_fill import clear_marks, fill_form
from akimat_desk.ui.filings.scan_panel import ScanPanel
from akimat_desk.ui.widgets.busy import task_text

if TYPE_CHECKING:
    from akimat_desk.ui.filings.registration_dialog import RegistrationDialog


@dataclass(frozen=True)
class PendingScan:
    """The filings of a scanned stack still to register, in order; ``done`` were opened before."""

    path: Path
    filings: tuple[ScanFiling, ...]
    done: int
    total: int


class ScanIntake(QObject):
    """Owns the "Read a scan" button and the scan panel of one registration dialog."""

    def __init__(self, dialog: RegistrationDialog, pending: PendingScan | None, parent: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.panel = ScanPanel(parent)
        self.panel.hide()
        self.button = QPushButton(parent)
        self.button.setObjectName("read_scan")
        self.button.clicked.connect(self.choose)
        self.marked: dict[QWidget, ReadField] = {}
        self.pending: PendingScan | None = None
        self._path: Path | None = None
        self.retranslate_ui()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        if pending is not None and pending.filings:
            self._open(pending.path, pending.filings[0], pending.done + 1, pending.total)
            rest = pending.filings[1:]
            self.pending = PendingScan(pending.path, rest, pending.done + 1, pending.total) if rest else None

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Read a &scan (OCR)…"))
        self.button.setToolTip(
            self.tr("Fill the form from a scanned paper filing (Ctrl+Shift+S); nothing leaves this computer.")
        )
        self.panel.retranslate_ui()

    def disconnect_focus(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog,
            self.tr("Read a scanned filing"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic);;All files (*)"),
        )
        if path:
            self.read(Path(path))

    def read(self, path: Path) -> None:
        """Read ``path`` in the background; the form is filled when it is done."""
        ctx = self.dialog.state.ctx
        self.panel.show()
        self.panel.set_busy(True, self.tr("Reading the scan… (about two seconds a page)"))
        self.button.setEnabled(False)
        self.dialog.state.maintenance.run(
            lambda: read_scan_for(ctx, path), lambda r: self._read(path, r), self._failed, what=task_text("ocr")
        )

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.panel.set_busy(False, error_text(exc, self.dialog.state.language))

    def _read(self, path: Path, scan: ScanReading) -> None:
        self.button.setEnabled(True)
        first, rest = scan.filings[0], scan.filings[1:]
        total = len(scan.filings)
        self.pending = PendingScan(path, rest, 1, total) if rest else None
        self._open(path, first, 1, total)

    def _open(self, path: Path, filing: ScanFiling, number: int, total: int) -> None:
        dialog = self.dialog
        self.panel.show()
        self.panel.set_busy(False)
        self.panel.show_filing(filing)
        if path != self._path:
            dialog.add_paths([path])
            self._path = path
        clear_marks(self.marked)
        stack = ""
        if total > 1:
            pages = ", ".join(map(str, filing.page_numbers))
            stack = (
                self.tr("Filing %1 of %2 in this scan (pages %3).")
                .replace("%1", str(number))
                .replace("%2", str(total))
                .replace("%3", pages)
                + " "
            )
        if filing.handwritten:
            self.marked = {}
            self.panel.status.setText(stack + message("scan.handwritten", dialog.state.language))
            return
        self.marked = fill_form(dialog.form, dialog.form_choice, filing.reading)
        for widget in self.marked:
            if isinstance(widget, QLineEdit):  # typed over by the clerk: now the clerk's value, not the machine's
                widget.textEdited.connect(lambda _text, w=widget: self._typed_over(w))
        lang = filing.reading.language
        dialog.language.setCurrentIndex(max(dialog.language.findData(lang), 0))
        low = len({id(f) for f in self.marked.values() if f.conf < LOW_CONFIDENCE})
        text = self.tr(
            "Read by the machine: %n field(s), marked green; check each against the scan.",
            "",
            len(filing.reading.fields),
        )
        if low:
            text += " " + self.tr("%n read with low confidence, marked orange.", "", low)
        text += " " + self.tr("Nothing is registered until you press Register; the time of receipt is yours.")
        self.panel.status.setText(stack + text)

    def _typed_over(self, widget: QWidget) -> None:
        if widget in self.marked:
            clear_marks({widget: self.marked[widget]})

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        read = self.marked.get(new) if new is not None else None
        if read is not None:
            self.panel.highlight(read.words)
