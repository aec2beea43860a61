"""The registration dialog's e-document part: drop or pick the signed file (and the detached document), check
it off the GUI thread (Streebog in pure Python: about 6 s per MB) with a busy indicator and a way to stop
waiting, show the verdict in one line (colour, icon and words) with the signer, and offer the organizer's
fields from the certificate for the clerk to confirm."""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.esign.presenting import filled_json
from akimat_desk.services.esign.verification import (
    EFilingPreview,
    EFilingRegistered,
    preview_e_filing,
    register_e_filing,
)
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.esign.signature_panel import verdict_html
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text
from akimat_desk.ui.widgets.retranslated import Retranslated

SECONDS_PER_MB = 6.0


@dataclass(frozen=True)
class SignedFiles:
    signed: bytes
    signed_name: str
    content: bytes | None
    content_name: str | None


def read_signed(signed: Path, content: Path | None) -> SignedFiles:
    return SignedFiles(
        signed.read_bytes(), signed.name, content.read_bytes() if content else None, content.name if content else None
    )


def register_signed(
    ctx: ServiceContext, data: Mapping[str, Any], files: SignedFiles, preview: EFilingPreview | None
) -> EFilingRegistered:
    return register_e_filing(
        ctx, data, files.signed, files.signed_name, files.content, files.content_name, preview=preview
    )


class EDocumentPanel(Retranslated, QGroupBox):
    """``checked`` is emitted with the preview once the verdict is known."""

    checked = Signal(object)  # EFilingPreview

    def __init__(self, state: AppState, data: Callable[[], dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self._data = state, data
        self.signed_path: Path | None = None
        self.content_path: Path | None = None
        self.preview: EFilingPreview | None = None
        self._generation = 0
        self.setAcceptDrops(True)
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setStyleSheet("QLabel { border: 2px dashed #90a4ae; padding: 8px; color: #455a64; }")
        self.signed_button, self.content_button = QPushButton(self), QPushButton(self)
        self.signed_button.clicked.connect(self._pick_signed)
        self.content_button.clicked.connect(self._pick_content)
        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.busy_label = QLabel(self)
        self.busy_label.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("esign_verdict")
        self.verdict.setWordWrap(True)
        self.notices = QLabel(self)
        self.notices.setObjectName("esign_notices")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet("QLabel { background: #fff8e1; padding: 4px; }")
        buttons = QHBoxLayout()
        buttons.addWidget(self.signed_button)
        buttons.addWidget(self.content_button)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.drop_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.files_label)
        layout.addLayout(busy)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.verdict)
        layout.addWidget(self.notices)
        self._set_busy(False)
        self.notices.hide()
        self.retranslate_ui()

    # ------------------------------------------------------------ files
    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.set_files(paths[0], paths[1] if len(paths) > 1 else self.content_path)
            event.acceptProposedAction()

    def _pick_signed(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the signed file"),
            "",
            self.tr("Signed documents (*.cms *.p7s *.p7m *.sig *.xml *.der *.pem *.txt);;All files (*)"),
        )
        if path:
            self.set_files(Path(path), self.content_path)

    def _pick_content(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the signed document (detached signature)"))
        if path and self.signed_path is not None:
            self.set_files(self.signed_path, Path(path))

    def set_files(self, signed: Path, content: Path | None = None) -> None:
        """Take the signed file (and the detached document) and check them in the background."""
        self.signed_path, self.content_path = signed, content
        self.content_button.setEnabled(True)
        self._show_files()
        self.check()

    def _show_files(self) -> None:
        text = ""
        if self.signed_path is not None:
            text = self.tr("Signed file: %1").replace("%1", self.signed_path.name)
            if self.content_path is not None:
                text += "\n" + self.tr("Signed document: %1").replace("%1", self.content_path.name)
        self.files_label.setText(text)

    def signed_files(self) -> SignedFiles | None:
        return None if self.signed_path is None else read_signed(self.signed_path, self.content_path)

    # ------------------------------------------------------------ check
    def check(self) -> None:
        if self.signed_path is None:
            return
        self._generation += 1
        generation, ctx = self._generation, self.state.ctx
        try:
            files = self.signed_files()
            data = self._data()
        except OSError as exc:
            self._failed(generation, exc)
            return
        assert files is not None
        size = len(files.signed) + len(files.content or b"")
        self.preview = None
        self.verdict.setText("")
        self.notices.hide()
        self._set_busy(True)
        self.busy_label.setText(
            self.tr("Checking the signature of %1 (%2 MB, about %3 s)… You may go on typing.")
            .replace("%1", files.signed_name)
            .replace("%2", f"{size / 1e6:.1f}")
            .replace("%3", str(max(1, round(size / 1e6 * SECONDS_PER_MB))))
        )
        work = functools.partial(preview_e_filing, ctx, data, files.signed, files.content)
        self.state.runner.run(
            work,
            lambda p: self._checked(generation, p),
            lambda e: self._failed(generation, e),
            what=task_text("verification"),
        )

    def cancel(self) -> None:
        """Stop waiting for the running check (its result is ignored); registering checks again."""
        self._generation += 1
        self._set_busy(False)
        self.busy_label.setText(self.tr("Check stopped. Registering will check the file again."))
        self.busy_label.show()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _checked(self, generation: int, preview: EFilingPreview) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.preview = preview
        self.show_preview()
        self.checked.emit(preview)

    def show_preview(self) -> None:
        preview, lang = self.preview, self.state.language
        if preview is None:
            return
        self.verdict.setText(verdict_html(preview.result.to_dict(), lang, self.state.ctx.settings.tz))
        info = filled_json(preview.filled, preview.notices, lang)
        lines = ["⚠ " + n["message"] for n in info["notices"]]
        lines += ["✎ " + f["message"] for f in info["filled_from_certificate"]]
        self.notices.setText("<br>".join(html.escape(x) for x in lines))
        self.notices.setVisible(bool(lines))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.verdict.setText('<p style="color:#c62828"><b>✖ ' + html.escape(error_text(exc, self.state.language)))

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Electronic document (EDS)"))
        self.drop_hint.setText(
            self.tr(
                "Drop the signed file here (.cms, .p7s, signed .xml), or choose it. For a "
                "detached signature choose the signed document too. The signature is "
                "checked offline against the imported roots and CRLs."
            )
        )
        self.signed_button.setText(self.tr("Choose the &signed file…"))
        self.content_button.setText(self.tr("Signed &document (detached)…"))
        self.cancel_button.setText(self.tr("Stop waiting"))
        self.content_button.setEnabled(self.signed_path is not None)
        self._show_files()
        self.show_preview()


_MARK = "QLineEdit, QCheckBox { background: #fff8e1; }"


def fill_form(form: Any, preview: EFilingPreview, note: str) -> list[str]:
    """Fill the organizer's EMPTY fields of the registration form from ``preview`` (what the certificate says);
    each filled box is highlighted with ``note`` as its tooltip. Returns the fields filled."""
    organizer = preview.data.get("organizer") or {}
    boxes = {
        "organizer.surname": form.surname,
        "organizer.given_name": form.given_name,
        "organizer.patronymic": form.patronymic,
        "organizer.iin": form.iin,
        "organizer.name": form.entity_name,
        "organizer.bin": form.bin,
    }
    done = []
    entity = isinstance(organizer, dict) and organizer.get("type") == "entity"
    typed = any(w.text().strip() for w in (form.surname, form.given_name, form.iin))
    if entity and form.org_type.currentIndex() == 0 and not typed:
        form.org_type.setCurrentIndex(1)
    if preview.result.is_valid and not form.signed.isChecked():  # a valid EDS is the signature (item 13)
        form.signed.setChecked(True)
        form.signed.setStyleSheet(_MARK)
        form.signed.setToolTip(note)
        done.append("signed")
    for item in preview.filled:
        box = boxes.get(item.field)
        if box is not None and not box.text().strip():
            box.setText(str(item.value))
            box.setStyleSheet(_MARK)
            box.setToolTip(note)
            done.append(item.field)
    return done
