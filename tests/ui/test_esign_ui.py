"""E-signed filings in the window: the registration dialog's e-document tab checks a fresh GOST-2015 signed
notification, shows the verdict and fills the organizer from the certificate; the card's signature panel lists
the verdicts and re-verifies; the trust page lists an imported root and CRL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.services.esign.trust_store import import_certificate, set_trust_test_roots
from akimat_desk.services.esign.verification import verification_history
from akimat_desk.signatures.pkcs12 import load_p12
from akimat_desk.ui.esign.trust_store_page import TrustView
from akimat_desk.ui.filings.card_page import CardView
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.state import AppState
from tests.esign.conftest import (
    FULL_CRL,
    GOST_INDIVIDUAL,
    TEST_CA_2022,
    TEST_ROOT_2022,
    eds,
    notification,
    signed_notification,
)
from tests.ui.conftest import answer_question

SIGNED_AT = datetime(2025, 1, 15, 6, 30, tzinfo=UTC)


@pytest.fixture
def trusting(state: AppState) -> AppState:
    for path in (TEST_ROOT_2022, TEST_CA_2022):
        import_certificate(state.ctx, eds(path).read_bytes(), Path(path).name)
    set_trust_test_roots(state.ctx, True)
    return state


def test_e_document_tab_shows_the_verdict_and_fills_the_organizer(
    qtbot: Any, trusting: AppState, tmp_path: Path, qtmodeltester: Any
) -> None:
    _, cms = signed_notification(
        load_p12(eds(GOST_INDIVIDUAL).read_bytes()), notification("2025-01-15T12:00:00+05:00"), SIGNED_AT
    )
    signed = tmp_path / "хабарлама.cms"
    signed.write_bytes(cms)
    dialog = RegistrationDialog(trusting)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("e_document"))
    dialog.received.set_value(datetime(2025, 1, 15, 12, 0))
    dialog.form.purpose.setText("Выразить мнение о ценах на общественный транспорт")
    panel = dialog.e_note
    assert panel.isVisibleTo(dialog)
    panel.set_files(signed)
    assert panel.preview is not None and panel.preview.result.verdict == "valid"
    assert "✔" in panel.verdict.text() and "ТЕСТОВ" in panel.verdict.text() and "123456789011" in panel.verdict.text()
    form = dialog.form
    assert (form.surname.text(), form.given_name.text(), form.iin.text()) == ("ТЕСТОВ", "ТЕСТ", "123456789011")
    assert "please confirm" in form.surname.toolTip() and form.signed.isChecked()
    assert "please confirm" in panel.notices.text()
    answer_question(qtbot, "defects_question", "Register &with defects")
    dialog.register()
    assert dialog.registered is not None and dialog.registered.channel == "e_document"
    assert not dialog.receipt_button.isVisibleTo(dialog)  # the receipt is for paper filings
    [verdict] = verification_history(trusting.ctx, dialog.registered.id)
    assert verdict.verdict == "valid" and verdict.signer_iin == "123456789011"

    card = CardView(trusting)
    qtbot.addWidget(card)
    card.show_filing(dialog.registered.id)
    signature = card.decision_tabs.signature
    assert card.tabs.isTabVisible(card.tabs.indexOf(signature))
    assert signature.model.rowCount() == 1 and "ТЕСТОВ" in signature.details.toPlainText()
    assert "revocation not checked" in signature.details.toPlainText()
    signature.reverify()
    assert signature.model.rowCount() == 2 and "Checked again" in signature.status.text()
    qtmodeltester.check(signature.model)


def test_a_damaged_file_is_shown_as_not_valid_without_filling(qtbot: Any, trusting: AppState, tmp_path: Path) -> None:
    bad = tmp_path / "broken.cms"
    bad.write_bytes(b"not a signature at all")
    dialog = RegistrationDialog(trusting)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("e_document"))
    dialog.e_note.set_files(bad)
    assert "✖" in dialog.e_note.verdict.text() and dialog.form.surname.text() == ""
    answer_question(qtbot, "defects_question", "Register &with defects")
    dialog.register()
    assert dialog.registered is None and dialog.error.isVisibleTo(dialog)  # nothing written, says why


def test_trust_page_lists_an_imported_root_and_crl(qtbot: Any, state: AppState, qtmodeltester: Any) -> None:
    view = TrustView(state)
    qtbot.addWidget(view)
    view.reload()
    assert view.certificates_model.rowCount() == 0 and view.import_cert_button.isEnabled()
    view.import_certificate_file(eds(TEST_ROOT_2022))
    view.import_certificate_file(eds(TEST_CA_2022))
    view.import_crl_file(eds(FULL_CRL))
    assert view.certificates_model.rowCount() == 2 and view.crls_model.rowCount() == 1
    subjects = [view.certificates_model.index(r, 0).data() for r in range(2)]
    assert any("TEST" in s or "ТЕСТ" in s.upper() for s in subjects)
    assert "TEST" in view.certificates_model.index(0, 4).data()
    assert len(view.certificates_model.index(0, 5).data()) == 64
    view.import_certificate_file(eds(TEST_ROOT_2022), "00" * 32)  # wrong pin: refused, said why
    assert "✖" in view.status.text() and view.certificates_model.rowCount() == 2
    view.set_test_roots(True)
    assert view.test_roots.isChecked() and view.test_warning.isVisibleTo(view)
    qtmodeltester.check(view.certificates_model)
    qtmodeltester.check(view.crls_model)
