"""The registration dialog with a scan (issue 19): the form filled from OCR and marked, the scan beside it
with the focused field's words boxed, nothing registered before Register, the time of receipt the clerk's,
the scan attached with its SHA-256, a stack opened filing by filing, hand-written pages left to the clerk."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from akimat_desk.services.filings.attachments import list_attachments
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.storage.filings.repositories import FilingQuery
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.state import AppState
from tests.scan_samples import NOISES, handwritten_page, make_filing, render_pdf, save_scan, scan
from tests.ui.conftest import answer_question


def _dialog(qtbot: Any, state: AppState, pending: Any = None) -> RegistrationDialog:
    dialog = RegistrationDialog(state, pending_scan=pending)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_scan_fills_the_form_marks_each_field_and_registers_only_on_register(
    qtbot: Any, state: AppState, tmp_path: Path
) -> None:
    sample = make_filing(1901, "kk", "numbered", form="assembly")
    path = save_scan(scan(render_pdf([sample.lines]), NOISES[2]), tmp_path / "paper.png")
    dialog = _dialog(qtbot, state)
    received = dialog.received.value()
    dialog.scan.read(path)
    form = dialog.form
    assert dialog.form_choice.currentData() == "assembly" and dialog.language.currentData() == "kk"
    assert form.purpose.text() == sample.expected["purpose"]
    if "organizer.iin" in sample.expected:
        assert form.iin.text() == sample.expected["organizer.iin"] and form.org_type.currentIndex() == 0
    else:
        assert form.bin.text() == sample.expected["organizer.bin"] and form.org_type.currentIndex() == 1
    assert form.participants.value() == sample.expected["participants"]
    assert form.purpose.property("ocr_confidence") > 0 and "%" in form.purpose.toolTip()
    assert dialog.received.value() == received  # the time of receipt is never read from the page
    assert path.name in [dialog.attachments.item(i).text() for i in range(dialog.attachments.count())]
    assert list_filings(state.ctx, FilingQuery()) == []  # nothing registered yet
    form.purpose.setFocus()
    qtbot.waitUntil(lambda: dialog.scan.panel._words == dialog.scan.marked[form.purpose].words)
    form.purpose.textEdited.emit(form.purpose.text() + ".")  # the clerk types over it: no longer the machine's
    assert form.purpose.property("ocr_confidence") is None and form.purpose.toolTip() == ""
    answer_question(qtbot, "defects_question", "Register &with defects")
    dialog.register()
    assert dialog.registered is not None and dialog.registered.form == "assembly"
    (attachment,) = list_attachments(state.ctx, dialog.registered.id)
    assert attachment.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_stack_is_opened_filing_by_filing(qtbot: Any, state: AppState, tmp_path: Path) -> None:
    first, second = make_filing(31, "ru", "labelled", "rally"), make_filing(32, "kk", "letter", "picket")
    path = save_scan(scan(render_pdf([first.lines, [], second.lines]), NOISES[0]), tmp_path / "stack.pdf")
    dialog = _dialog(qtbot, state)
    dialog.scan.read(path)
    assert dialog.form.purpose.text() == first.expected["purpose"]
    assert dialog.pending_scan is not None and len(dialog.pending_scan.filings) == 1
    assert "1" in dialog.scan.panel.status.text() and "2" in dialog.scan.panel.status.text()
    following = _dialog(qtbot, state, dialog.pending_scan)
    assert following.form_choice.currentData() == "picket"
    assert following.form.purpose.text() == second.expected["purpose"]
    assert following.pending_scan is None


def test_a_hand_written_page_leaves_the_form_empty_with_a_plain_message(
    qtbot: Any, state: AppState, tmp_path: Path
) -> None:
    path = tmp_path / "hand.png"
    handwritten_page(2).save(path)
    dialog = _dialog(qtbot, state)
    dialog.scan.read(path)
    assert dialog.form.purpose.text() == "" and dialog.form.surname.text() == ""
    assert "hand-written" in dialog.scan.panel.status.text()
    assert dialog.scan.marked == {}
