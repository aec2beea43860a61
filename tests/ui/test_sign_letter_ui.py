"""The akimat's EDS in the window: "Sign with EDS" in the letter preview (training key in a TEST register),
the copy with the mark and QR, and "Check a letter" on a rendered PNG of that copy."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from akimat_desk.services.esign.letter_signing import signatures_of
from akimat_desk.services.esign.trust_store import import_certificate
from akimat_desk.signatures.training_pki import make_root, make_signatory, write_p12
from akimat_desk.ui.decisions.letter_preview import LetterPreviewDialog
from akimat_desk.ui.esign.sign_letter_dialog import CheckLetterDialog, SignLetterDialog
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from tests.eds_signing.conftest import office_with_letter


def test_sign_in_the_preview_then_check_the_copy(qtbot: Any, ctx: Any, tmp_path: Path, switcher: Any) -> None:
    clerk, issued = office_with_letter(ctx, "123456789021", "880101300123", datetime.now(UTC).replace(microsecond=0))
    root = make_root()
    import_certificate(clerk, root.certificate.dump(), "root.cer")
    pair = make_signatory(
        root,
        surname="АХМЕТОВ",
        given_name="АСАН",
        patronymic="БОЛАТҰЛЫ",
        iin="880101300123",
        bin_="123456789021",
        organization="АКИМАТ",
        not_before=clerk.clock() - timedelta(days=1),
    )
    key = tmp_path / "signatory.p12"
    key.write_bytes(write_p12(pair, "pw", (root.certificate,)))
    state = AppState(clerk, InlineRunner(), "ru", GuiState(tmp_path / "gui.json"))
    fid = issued.letter.filing_id
    preview = LetterPreviewDialog(state, fid, language=issued.letter.language)
    qtbot.addWidget(preview)
    assert preview.sign_button.isVisibleTo(preview) and preview.email_button.isVisibleTo(preview)
    dialog = SignLetterDialog(state, fid, preview)
    qtbot.addWidget(dialog)
    assert dialog.training.isVisibleTo(dialog)  # a training register offers the key file
    dialog.training.setChecked(True)
    dialog.key_path.setText(str(key))
    dialog.password.setText("wrong")
    dialog.sign()
    assert dialog.signed is None and dialog.sign_button.isEnabled() and "пароль" in dialog.status.text()
    dialog.password.setText("pw")
    dialog.sign()
    assert dialog.signed is not None and dialog.status.text().startswith("✔"), dialog.status.text()
    assert [s.id for s in signatures_of(clerk, fid)] == [dialog.signed.signature.id]
    preview.show_copy()
    assert preview.loaded is not None and preview.loaded.pdf != issued.pdf
    (tmp_path / "copy.pdf").write_bytes(preview.loaded.pdf)
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-singlefile", str(tmp_path / "copy.pdf"), str(tmp_path / "photo")],
        check=True,
    )
    check = CheckLetterDialog(state)
    qtbot.addWidget(check)
    check.choose(str(tmp_path / "photo.png"))
    assert check.found is not None and str(check.found.outcome) == "issued"
    assert issued.letter.outgoing_number in check.verdict.text() and "АХМЕТОВ" in check.verdict.text()


def test_send_by_email_from_the_window(qtbot: Any, ctx: Any, tmp_path: Path, switcher: Any, monkeypatch: Any) -> None:
    from dataclasses import replace

    from aiosmtpd.controller import Controller
    from PySide6.QtWidgets import QMessageBox, QWidget

    from akimat_desk.services.office.settings import update_settings
    from akimat_desk.ui.esign.sign_letter_dialog import email_letter
    from tests.eds_signing.test_mail import Inbox, _free_port

    clerk, issued = office_with_letter(ctx, "123456789021", "880101300123")
    inbox, port = Inbox(), _free_port()
    settings = update_settings(
        clerk.uow, smtp_host="127.0.0.1", smtp_port=str(port), smtp_security="none", smtp_from="akimat@example.kz"
    )
    state = AppState(replace(clerk, settings=settings), InlineRunner(), "en", GuiState(tmp_path / "gui.json"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        email_letter(state, issued.letter.filing_id, parent)
    finally:
        controller.stop()
    assert len(inbox.messages) == 1
    assert shown and issued.letter.outgoing_number in shown[0] and "ivanova.m@example.kz" in shown[0]


def test_record_a_bounce_from_the_window(qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """ "Record a bounce…": the .eml is recorded, the result is in the clerk's language, the card says not sent."""
    from dataclasses import replace

    from aiosmtpd.controller import Controller
    from PySide6.QtWidgets import QMessageBox, QWidget

    from akimat_desk.services.decisions.letter_mail import send_letter_email
    from akimat_desk.services.decisions.workflow import answers_json
    from akimat_desk.services.filings.registered import get_filing
    from akimat_desk.services.office.settings import update_settings
    from akimat_desk.ui.decisions.models import LettersModel
    from akimat_desk.ui.esign.sign_letter_dialog import record_bounce_file
    from tests.eds_signing.test_bounce import _dsn
    from tests.eds_signing.test_mail import Inbox, _free_port

    clerk, issued = office_with_letter(ctx, "123456789021", "880101300123")
    inbox, port = Inbox(), _free_port()
    settings = update_settings(
        clerk.uow, smtp_host="127.0.0.1", smtp_port=str(port), smtp_security="none", smtp_from="akimat@example.kz"
    )
    clerk = replace(clerk, settings=settings)
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        assert send_letter_email(clerk, issued.letter.filing_id).status == "sent"
    finally:
        controller.stop()
    eml = tmp_path / "returned.eml"
    eml.write_bytes(_dsn(inbox.messages[0]))
    state = AppState(clerk, InlineRunner(), "ru", GuiState(tmp_path / "gui.json"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append("WARNING " + text))
    parent = QWidget()
    qtbot.addWidget(parent)
    record_bounce_file(state, parent, str(eml))
    assert len(shown) == 1 and shown[0].startswith("Возврат записан") and "5.1.1" in shown[0]
    letters = answers_json(clerk, get_filing(clerk, issued.letter.filing_id))["letters"]
    assert "BOUNCED, not sent: 5.1.1" in LettersModel().dispatch_text(letters[-1])
    record_bounce_file(state, parent, str(tmp_path / "missing.eml"))
    assert shown[-1].startswith("WARNING")
