"""Decisions and letters in the window: the decision dialog enforces written reasons and shows ground 10)
disabled before a proposal, the letter preview shows the stored PDF and prints it through QPrinter, the
dispatch dialog refuses e-mail without registered mail, and the card lists decisions, letters and dispatch."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, DispatchChannel
from akimat_desk.services.decisions.outgoing import issue_letter, letters_of
from akimat_desk.services.decisions.workflow import decide, decisions_of
from akimat_desk.services.filings.card_view import filing_card
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.office.settings import update_settings
from akimat_desk.ui.decisions.decision_dialog import DecisionDialog
from akimat_desk.ui.decisions.dispatch_dialog import DeliveryDialog, DispatchDialog, LetterToSend, ProposalAnswerDialog
from akimat_desk.ui.decisions.letter_preview import BOTH, RECEIPT, LetterPreviewDialog
from akimat_desk.ui.filings.card_page import CardView
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from tests.conftest import EXAMPLES
from tests.decisions.conftest import LETTERHEAD
from tests.ui.conftest import answer_question


@pytest.fixture
def office_state(ctx: Any, tmp_path: Path, switcher: Any) -> AppState:
    office = replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))
    return AppState(office, InlineRunner(), "en", GuiState(tmp_path / "gui.json"))


def _picket(state: AppState) -> int:
    data = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    return register_filing(state.ctx, data).filing.id


def _proposal_dispatch(qtbot: Any, state: AppState) -> tuple[int, DispatchDialog]:
    """A picket with a proposal whose letter is issued, and the dispatch dialog of that letter."""
    fid = _picket(state)
    decide(state.ctx, fid, DecisionRequest(DecisionKind.PROPOSE, proposal="Другой сквер, 31.03.2026"))
    issued = issue_letter(state.ctx, fid).letter
    dialog = DispatchDialog(state, fid, LetterToSend(issued.id, issued.outgoing_number, issued.language), set())
    qtbot.addWidget(dialog)
    return fid, dialog


def _dialog(qtbot: Any, state: AppState, fid: int) -> DecisionDialog:
    dialog = DecisionDialog(state, filing_card(state.ctx, fid, "en"))
    qtbot.addWidget(dialog)
    return dialog


def test_refusal_needs_a_written_reason_and_ground_10_waits_for_a_proposal(qtbot: Any, office_state: AppState) -> None:
    fid = _picket(office_state)
    dialog = _dialog(qtbot, office_state, fid)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionKind.REFUSE.value))
    ten = dialog.row("A14-10")
    assert not ten.check.isEnabled() and "61-NP" in ten.note.text()
    assert "art. 14 p.1 sub. 10" in ten.check.text()
    dialog.submit()
    assert dialog.error.isVisibleTo(dialog) and "at least one ground" in dialog.error.text()
    three = dialog.row("A14-3")
    three.check.setChecked(True)
    three.reason.setPlainText("   ")
    dialog.submit()
    assert "Ground 3) needs a written reason" in dialog.error.text()
    assert decisions_of(office_state.ctx, fid) == [] and dialog.result() == 0
    three.reason.setPlainText("Пикет мешает движению скорой помощи у больницы.")  # lands in the Russian box
    assert three.reason.edits["ru"].toPlainText().startswith("Пикет")
    dialog.submit()
    assert "in Kazakh and in Russian" in dialog.error.text() and decisions_of(office_state.ctx, fid) == []
    three.reason.edits["kk"].setPlainText("Пикет ауруханаға жедел жәрдем көлігінің жүруіне кедергі келтіреді.")
    asked = answer_question(qtbot, "decision_question", None)  # Enter: the default goes back to the form
    dialog.submit()
    assert asked[3] == "&Back to the form" and "sub. 3" in asked[1] and dialog.result() == 0
    assert decisions_of(office_state.ctx, fid) == [] and not dialog.error.isVisibleTo(dialog)
    answer_question(qtbot, "decision_question", "&Record the decision")
    dialog.submit()
    [decision] = decisions_of(office_state.ctx, fid)
    assert decision.kind == "refuse" and decision.grounds[0]["code"] == "A14-3" and dialog.result() == 1
    assert decision.texts is not None and decision.texts["kk"]["reason:A14-3"].startswith("Пикет ауруханаға")
    assert decision.texts["ru"]["reason:A14-3"].startswith("Пикет мешает")


def test_the_services_refusal_is_shown_in_the_clerks_language_and_the_dialog_stays(
    qtbot: Any, office_state: AppState, switcher: Any
) -> None:
    fid = _picket(office_state)
    switcher.switch("ru")
    office_state.language = "ru"
    dialog = _dialog(qtbot, office_state, fid)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionKind.PROPOSE.value))
    answer_question(qtbot, "decision_question", "&Записать решение")
    dialog.submit()  # no proposal text: the service refuses
    assert dialog.error.isVisibleTo(dialog) and "предлагается" in dialog.error.text()
    assert dialog.result() == 0 and decisions_of(office_state.ctx, fid) == []
    dialog.proposal.setPlainText("Сквер у Дворца Республики, 31.03.2026, 11:00-13:00")
    dialog.proposal.edits["kk"].setPlainText("Угроза общественному порядку")  # Russian words in the Kazakh box
    assert dialog.proposal.warnings["kk"].isVisibleTo(dialog.proposal)
    dialog.submit()
    assert dialog.result() == 0 and decisions_of(office_state.ctx, fid) == []
    dialog.proposal.edits["kk"].setPlainText("Республика сарайы жанындағы гүлзар, 31.03.2026, 11:00-13:00")
    assert not dialog.proposal.warnings["kk"].isVisibleTo(dialog.proposal)
    answer_question(qtbot, "decision_question", "&Записать решение")
    dialog.submit()
    assert decisions_of(office_state.ctx, fid)[0].kind == "propose"


def test_letter_preview_shows_the_stored_pdf_and_prints_it_through_qprinter(
    qtbot: Any, office_state: AppState, tmp_path: Path
) -> None:
    fid = _picket(office_state)
    decide(office_state.ctx, fid, DecisionRequest(DecisionKind.INFORM))
    preview = LetterPreviewDialog(office_state, fid, language="ru")
    qtbot.addWidget(preview)
    assert letters_of(office_state.ctx, fid) == [] and preview.loaded is not None and preview.loaded.draft
    preview.language.setCurrentIndex(preview.language.findData("kk"))  # looking at another language numbers nothing
    assert letters_of(office_state.ctx, fid) == [] and preview.issue_button.isVisibleTo(preview)
    assert not preview.save_button.isEnabled()  # a draft is not saved as the letter
    preview.language.setCurrentIndex(preview.language.findData("ru"))
    preview.issue()
    [letter] = letters_of(office_state.ctx, fid)
    assert preview.document.pageCount() == 1 and letter.outgoing_number in preview.info.text()
    assert not preview.issue_button.isVisibleTo(preview)
    assert preview.loaded is not None and preview.loaded.pdf == issue_letter(office_state.ctx, fid, "ru").pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == 1
    progress = preview.print_progress  # issue 22: a long print counts its pages in a dialog shown after 0.5 s
    assert (progress.value(), progress.maximum(), progress.minimumDuration()) == (1, 1, 500)
    assert "1" in progress.labelText() and not progress.isVisible()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert letter.outgoing_number in text and "Сәрсенбаев" in text
    preview.save_to(tmp_path / "saved.pdf")
    assert (tmp_path / "saved.pdf").read_bytes() == preview.loaded.pdf  # byte for byte
    preview.language.setCurrentIndex(preview.language.findData(BOTH))  # kk not issued yet: a preview under ru's number
    assert preview.loaded.draft and letter.outgoing_number in preview.info.text()
    assert len(letters_of(office_state.ctx, fid)) == 1
    preview.issue()
    assert preview.document.pageCount() == 2
    assert {x.outgoing_number for x in letters_of(office_state.ctx, fid)} == {letter.outgoing_number}  # one number


def test_receipt_and_a_missing_letterhead(qtbot: Any, office_state: AppState, state: AppState) -> None:
    fid = _picket(office_state)
    receipt = LetterPreviewDialog(office_state, fid, RECEIPT, "kk")
    qtbot.addWidget(receipt)
    assert receipt.document.pageCount() >= 1 and receipt.print_button.isEnabled()
    decide(office_state.ctx, fid, DecisionRequest(DecisionKind.INFORM))
    bare = LetterPreviewDialog(state, fid, language="kk")  # the office without its letterhead
    qtbot.addWidget(bare)
    assert "Settings" in bare.error.text() and not bare.print_button.isEnabled()


def test_dispatch_by_email_alone_is_refused_then_recorded_with_registered_mail(
    qtbot: Any, office_state: AppState
) -> None:
    fid, dialog = _proposal_dispatch(qtbot, office_state)
    number = dialog.letter.outgoing_number
    dialog.channels[DispatchChannel.EMAIL].setChecked(True)
    dialog.submit()
    assert "registered mail" in dialog.error.text() and dialog.result() == 0
    dialog.channels[DispatchChannel.REGISTERED_MAIL].setChecked(True)
    dialog.tracking.setText("RR123456789KZ")
    dialog.address.setText("org@example.kz")
    seen = answer_question(qtbot, "dispatch_question", "&Record the dispatch")
    dialog.submit()
    assert number in seen[1] and "org@example.kz" in seen[1] and "registered mail" in seen[1]
    assert seen[3] == "&Back to the form" and "RR123456789KZ" in seen[2]
    assert dialog.result() == 1
    card = CardView(office_state)
    qtbot.addWidget(card)
    card.show_filing(fid)
    panel = card.decision_tabs.decisions
    assert panel.model.rowCount() == 1 and "RR123456789KZ" in panel.model.index(0, 4).data()
    assert "delivery not yet confirmed" in panel.model.index(0, 4).data()
    assert panel.answer_button.isEnabled() and panel.delivery_button.isEnabled()
    assert "The answer went out within the review deadline" in panel.summary.toPlainText()
    delivery = DeliveryDialog(office_state, fid, panel.pending_tracking())
    qtbot.addWidget(delivery)
    delivery.submit()
    assert delivery.result() == 1 and "delivered" in panel.model.index(0, 4).data()
    answer = ProposalAnswerDialog(office_state, fid)
    qtbot.addWidget(answer)
    answer.submit()  # accepted
    assert answer.result() == 1 and str(card.card.filing.status) == "proposal_accepted"


def test_card_lists_decisions_with_grounds_and_the_late_mark(
    qtbot: Any, office_state: AppState, qtmodeltester: Any
) -> None:
    fid = _picket(office_state)
    card = CardView(office_state)
    qtbot.addWidget(card)
    card.show_filing(fid)
    panel = card.decision_tabs.decisions
    assert panel.decide_button.isEnabled() and not panel.letter_button.isEnabled()
    assert not card.tabs.isTabVisible(card.tabs.indexOf(card.decision_tabs.signature))  # paper: no signature tab
    late_ctx = replace(office_state.ctx, clock=lambda: office_state.ctx.clock().replace(year=2026, month=4))
    late = AppState(late_ctx, InlineRunner(), "en")
    dialog = _dialog(qtbot, late, fid)
    assert dialog.late.isVisibleTo(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionKind.INFORM.value))
    answer_question(qtbot, "decision_question", "&Record the decision")
    dialog.submit()
    card.reload()
    assert "late" in panel.summary.toPlainText() and panel.letter_button.isEnabled()
    issue_letter(office_state.ctx, fid, "kk")
    card.reload()
    assert panel.has_letter()
    qtmodeltester.check(panel.model)


def test_ctrl_p_and_record_dispatch_act_on_the_selected_older_letter(
    qtbot: Any, office_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22 item 5: the card's Ctrl+P and "Record dispatch" take the letter selected in the table (the
    newest by default), and the selection stays across a reload."""
    import hashlib

    from akimat_desk.services.decisions.workflow import answers_json
    from akimat_desk.services.filings.registered import get_filing
    from akimat_desk.ui.decisions import dispatch_dialog, letter_preview
    from akimat_desk.ui.decisions.dispatch_dialog import DispatchDialog as Dispatching
    from akimat_desk.ui.decisions.letter_preview import LetterPreviewDialog as Preview

    fid = _picket(office_state)
    decide(office_state.ctx, fid, DecisionRequest(DecisionKind.INFORM))
    older = issue_letter(office_state.ctx, fid, "kk").letter
    newer = issue_letter(office_state.ctx, fid, "ru").letter
    card = CardView(office_state)
    qtbot.addWidget(card)
    card.show_filing(fid)
    panel = card.decision_tabs.decisions
    assert panel.selected_letter()["id"] == newer.id  # no click: the newest
    panel.table.selectRow(0)
    card.reload()
    assert panel.selected_letter()["id"] == older.id and panel.table.currentIndex().row() == 0
    printed: list[bytes] = []

    class Accepting:
        def __init__(self, *_args: Any) -> None: ...

        def exec(self) -> bool:
            return True

    def print_to(dialog: Preview, _printer: Any) -> int:
        assert dialog.loaded is not None
        printed.append(dialog.loaded.pdf)
        dialog.accept()
        return 1

    monkeypatch.setattr(letter_preview, "QPrintDialog", Accepting)
    monkeypatch.setattr(Preview, "print_to", print_to)
    card.print_letter_or_card()  # what the window's Ctrl+P calls on the card
    assert [hashlib.sha256(pdf).hexdigest() for pdf in printed] == [older.sha256]
    titles: list[str] = []

    def record(dialog: Dispatching) -> int:
        titles.append(dialog.windowTitle())
        dialog.channels[DispatchChannel.BY_HAND].setChecked(True)
        answer_question(qtbot, "dispatch_question", "&Record the dispatch")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == 1)
        return 1

    monkeypatch.setattr(dispatch_dialog.DispatchDialog, "exec", record)
    panel.dispatch()
    assert older.outgoing_number in titles[0] and "қазақ тілі" in titles[0]
    stored = answers_json(office_state.ctx, get_filing(office_state.ctx, fid))["letters"]
    assert [len(x["dispatches"]) for x in stored] == [1, 0]  # the older (kk) letter went out, not the newer
    assert panel.selected_letter()["id"] == older.id


def test_the_undo_bar_undoes_the_decision_just_recorded_with_a_reason(
    qtbot: Any, office_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22 item 5: after "Decide" the panel offers "Undo (within this minute)"; it asks the reason and the
    filing goes back to its status; the offer leaves when the minute ends."""
    from akimat_desk.services.filings.registered import get_filing
    from akimat_desk.ui.decisions import decision_dialog, undo_bar

    fid = _picket(office_state)
    card = CardView(office_state)
    qtbot.addWidget(card)
    card.show_filing(fid)
    panel = card.decision_tabs.decisions
    assert not panel.undo_bar.isVisibleTo(panel)

    def decide_inform(dialog: DecisionDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionKind.INFORM.value))
        answer_question(qtbot, "decision_question", "&Record the decision")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == 1)
        return 1

    monkeypatch.setattr(decision_dialog.DecisionDialog, "exec", decide_inform)
    panel.decide()
    assert str(get_filing(office_state.ctx, fid).status) == "decided"
    bar = panel.undo_bar
    assert bar.isVisibleTo(panel) and bar.text.text() == "Decision recorded." and bar.timer.isActive()
    assert 59_000 < bar.timer.interval() <= 60_000  # the clock stands at hh:mm:00: the whole minute left
    asked: list[bool] = []

    def give_reason(dialog: undo_bar.ReasonDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        asked.append(ok.isEnabled())  # empty: OK cannot be pressed
        dialog.reason.setText("opened the wrong filing")
        return 1

    monkeypatch.setattr(undo_bar.ReasonDialog, "exec", give_reason)
    bar.undo_button.click()
    record = get_filing(office_state.ctx, fid)
    assert asked == [False] and str(record.status) == "registered"
    assert record.history[-1].reason == "opened the wrong filing" and not bar.isVisibleTo(panel)
    assert decisions_of(office_state.ctx, fid) == [] and "No decision yet." in panel.summary.toPlainText()
    card.reload()
    rows = card.history_model.rowCount()
    last = [card.history_model.index(rows - 1, c).data() for c in (3, 5)]
    assert last == ["decision undone within its minute", "opened the wrong filing"]  # the history, in words
    panel.decide()
    assert bar.isVisibleTo(panel)
    bar.timer.timeout.emit()  # the minute is over
    assert not bar.isVisibleTo(panel) and bar.recorded is None
