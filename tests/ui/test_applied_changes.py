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
from tests.ui.conftest import answer_question

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


# ---------------------------------------------------------------- places (issue 14, item 3)


def _accepting(monkeypatch: pytest.MonkeyPatch) -> None:
    """A FieldsDialog that the clerk fills and confirms at once (exec would wait for a click)."""
    from akimat_desk.ui.widgets.fields_dialog import FieldsDialog

    def exec_(self: FieldsDialog) -> int:
        self.submit()
        return self.result()

    monkeypatch.setattr(FieldsDialog, "exec", exec_)


def test_the_places_page_applies_what_adding_a_zone_changed(
    qtbot: Any, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from akimat_desk.domain.places import NoPicketZone
    from akimat_desk.services.places import catalogue
    from akimat_desk.ui.places.places_page import PlacesView

    _accepting(monkeypatch)
    zone = NoPicketZone.__new__(NoPicketZone)  # what the (stubbed) use case added; the page only passes it on
    monkeypatch.setattr(catalogue, "add_zone", lambda *_a, **_k: catalogue.ZoneAdded(zone, ONLY_FILING))
    page = PlacesView(state)
    qtbot.addWidget(page)
    seen = _applied(state)
    page.add_zone()
    assert seen == [ONLY_FILING]


def test_the_places_page_applies_what_cancelling_a_booking_changed(
    qtbot: Any, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from akimat_desk.services.places import catalogue
    from akimat_desk.ui.places.places_page import PlacesView
    from tests.places.conftest import add_square

    square = add_square(state.ctx)
    booked = catalogue.book_place(
        state.ctx,
        square,
        {"kind": "official", "title": "Наурыз", "starts_at": "2026-03-20T11:00", "ends_at": "2026-03-20T15:00"},
    )
    assert booked.changes == Changes.SETTINGS  # the real use case: the places' catalogue
    monkeypatch.setattr(
        catalogue, "cancel_booking", lambda *_a, **_k: catalogue.BookingChanged(booked.booking, ONLY_FILING)
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page = PlacesView(state)
    qtbot.addWidget(page)
    page.start.setDate(QDate(2026, 3, 20))
    page.reload()
    page.bookings_table.setCurrentIndex(page.bookings_model.index(0, 0))
    seen = _applied(state)
    page.cancel_booking()
    assert seen == [ONLY_FILING]


def test_the_checks_panel_applies_what_linking_a_place_changed(
    qtbot: Any, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from akimat_desk.services.places import catalogue
    from akimat_desk.ui.places.checks_panel import ChecksPanel
    from tests.places.conftest import add_square

    record = filing(state.ctx)
    square = add_square(state.ctx)
    first = catalogue.link_place(state.ctx, record.id, square)
    again = catalogue.link_place(state.ctx, record.id, square)
    assert first.changes == Changes.FILING and again.changes == Changes.NONE  # the same place: nothing changed
    _accepting(monkeypatch)
    monkeypatch.setattr(
        catalogue, "link_place", lambda *_a, **_k: catalogue.PlaceChanged(first.place, Changes.REGISTER)
    )
    panel = ChecksPanel(state)
    qtbot.addWidget(panel)
    panel.filing_id = record.id
    seen = _applied(state)
    panel.link_place()
    assert seen == [Changes.REGISTER]


# ---------------------------------------------------------------- dispatch and letters (issue 14, item 3)


@pytest.fixture
def office_state(state: AppState) -> AppState:
    from dataclasses import replace

    from akimat_desk.services.office.settings import update_settings
    from tests.decisions.conftest import LETTERHEAD

    state.ctx = replace(state.ctx, settings=update_settings(state.ctx.uow, **LETTERHEAD))
    return state


def _decided(state: AppState, kind: Any) -> int:
    from akimat_desk.domain.decisions import DecisionRequest
    from akimat_desk.services.decisions.workflow import decide

    record = filing(state.ctx)
    proposal = "Другой сквер, 31.03.2026" if kind.value == "propose" else None
    decide(state.ctx, record.id, DecisionRequest(kind, proposal=proposal))
    return record.id


def test_dispatch_and_delivery_report_a_new_deadline_only_when_the_answer_clock_starts(office_state: AppState) -> None:
    from akimat_desk.domain.decisions import DecisionKind, DispatchChannel, ProposalAnswer
    from akimat_desk.services.decisions.outgoing import issue_letter
    from akimat_desk.services.decisions.workflow import dispatch_letter, record_delivery, record_proposal_answer

    ctx = office_state.ctx
    informed = _decided(office_state, DecisionKind.INFORM)
    issue_letter(ctx, informed)
    assert dispatch_letter(ctx, informed, [DispatchChannel.BY_HAND]).changes == Changes.FILING
    proposed = _decided(office_state, DecisionKind.PROPOSE)
    issue_letter(ctx, proposed)
    sent = dispatch_letter(ctx, proposed, [DispatchChannel.REGISTERED_MAIL], tracking_number="RR1KZ")
    assert sent.changes == Changes.FILING  # registered mail: the clock waits for the delivery
    delivered = record_delivery(ctx, proposed, "RR1KZ", ctx.clock().date())
    assert delivered.changes == Changes.FILING | Changes.REGISTER and delivered.dispatch.delivered_on is not None
    answered = record_proposal_answer(ctx, proposed, ProposalAnswer.ACCEPTED, DispatchChannel.BY_HAND)
    assert answered.changes == Changes.FILING | Changes.REGISTER


def test_the_dispatch_dialogs_apply_the_changes_the_use_case_returned(
    qtbot: Any, office_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from akimat_desk.domain.decisions import DecisionKind, DispatchChannel
    from akimat_desk.services.decisions.outgoing import issue_letter
    from akimat_desk.services.decisions.workflow import Answered, Delivered, Dispatched
    from akimat_desk.ui.decisions import dispatch_dialog
    from akimat_desk.ui.decisions.dispatch_dialog import (
        DeliveryDialog,
        DispatchDialog,
        LetterToSend,
        ProposalAnswerDialog,
    )

    fid = _decided(office_state, DecisionKind.PROPOSE)
    issued = issue_letter(office_state.ctx, fid).letter
    record = filing(office_state.ctx)
    monkeypatch.setattr(dispatch_dialog, "dispatch_letter", lambda *_a, **_k: Dispatched([], ONLY_FILING))
    monkeypatch.setattr(dispatch_dialog, "record_delivery", lambda *_a, **_k: Delivered(None, Changes.CALENDAR))  # type: ignore[arg-type]
    monkeypatch.setattr(dispatch_dialog, "record_proposal_answer", lambda *_a, **_k: Answered(record, Changes.REGISTER))
    seen = _applied(office_state)
    sending = DispatchDialog(office_state, fid, LetterToSend(issued.id, issued.outgoing_number, issued.language), set())
    qtbot.addWidget(sending)
    sending.channels[DispatchChannel.BY_HAND].setChecked(True)
    answer_question(qtbot, "dispatch_question", "&Record the dispatch")
    sending.submit()
    delivery = DeliveryDialog(office_state, fid, ["RR1KZ"])
    qtbot.addWidget(delivery)
    delivery.submit()
    answer = ProposalAnswerDialog(office_state, fid)
    qtbot.addWidget(answer)
    answer.submit()
    assert [sending.result(), delivery.result(), answer.result()] == [1, 1, 1]
    assert seen == [ONLY_FILING, Changes.CALENDAR, Changes.REGISTER]


def test_the_letter_preview_applies_what_issuing_changed_and_nothing_for_a_letter_issued_before(
    qtbot: Any, office_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from akimat_desk.domain.decisions import DecisionKind
    from akimat_desk.services.decisions import outgoing
    from akimat_desk.ui.decisions import letter_preview
    from akimat_desk.ui.decisions.letter_preview import LetterPreviewDialog

    fid = _decided(office_state, DecisionKind.INFORM)
    preview = LetterPreviewDialog(office_state, fid, language="ru")
    qtbot.addWidget(preview)
    real = outgoing.issue_letter

    def issue_reporting_register(*args: Any, **kwargs: Any) -> Any:
        issued = real(*args, **kwargs)
        return replace(issued, changes=Changes.REGISTER) if issued.new else issued

    monkeypatch.setattr(letter_preview, "issue_letter", issue_reporting_register)
    seen = _applied(office_state)
    preview.issue()
    assert seen == [Changes.REGISTER]
    assert real(office_state.ctx, fid, "ru").changes == Changes.NONE  # asked again: the same letter, nothing new
    preview.load()
    assert seen == [Changes.REGISTER]
