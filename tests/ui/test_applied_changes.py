"""The window refreshes exactly what a use case says it changed: the dialogs pass on the result's ``changes``
instead of a hard-coded set of flags (issue 14, item 3)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from akimat_desk.domain.statuses import Status
from akimat_desk.services.filings.registered import Changed
from akimat_desk.services.kernel.context import Changes
from akimat_desk.ui.filings import card_page, correction_dialog, status_dialog
from akimat_desk.ui.filings.card_page import CardView
from akimat_desk.ui.filings.correction_dialog import CorrectionDialog
from akimat_desk.ui.filings.registration_dialog import register_with_files
from akimat_desk.ui.filings.status_dialog import StatusDialog
from akimat_desk.ui.state import AppState
from tests.conftest import EXAMPLES
from tests.places.conftest import filing

ONLY_FILING = Changes.FILING  # a use case that says it changed the filing but not the register's list


def _applied(state: AppState) -> list[Changes]:
    seen: list[Changes] = []
    state.changes_applied.connect(seen.append)
    return seen


def test_the_correction_dialog_applies_the_changes_the_use_case_returned(
    qtbot: Any, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = filing(state.ctx)
    monkeypatch.setattr(correction_dialog, "correct_filing", lambda *_a, **_k: Changed(record, ONLY_FILING))
    seen = _applied(state)
    dialog = CorrectionDialog(state, record)
    qtbot.addWidget(dialog)
    dialog.select_field("contacts.email")
    dialog.value.setText("erlan@example.kz")
    dialog.reason.setPlainText("typed again from the original")
    dialog.save()
    assert dialog.result() == 1 and seen == [ONLY_FILING]


def test_the_status_dialog_applies_the_changes_the_use_case_returned(
    qtbot: Any, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = filing(state.ctx)
    monkeypatch.setattr(status_dialog, "withdraw_filing", lambda *_a, **_k: Changed(record, ONLY_FILING))
    seen = _applied(state)
    dialog = StatusDialog(state, record, Status.WITHDRAWN)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("the organizer withdrew it")
    dialog.save()
    assert seen == [ONLY_FILING]


def test_the_card_applies_the_changes_of_an_acknowledgement(
    qtbot: Any, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = filing(state.ctx)
    monkeypatch.setattr(card_page, "acknowledge_deadline_changes", lambda *_a, **_k: Changed(record, ONLY_FILING))
    card = CardView(state)
    qtbot.addWidget(card)
    card.show_filing(record.id)
    seen = _applied(state)
    card.acknowledge()
    assert ONLY_FILING in seen and Changes.FILING | Changes.REGISTER not in seen


def test_registration_reports_what_registering_and_attaching_changed(state: AppState, tmp_path: Any) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a scan")
    data = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    outcome = register_with_files(state.ctx, data, [scan], False, "en")
    assert outcome.changes == Changes.FILING | Changes.REGISTER and outcome.attach_errors == ()
