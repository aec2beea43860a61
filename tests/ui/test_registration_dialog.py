"""The registration dialog as a new clerk meets it (issue 22 item 5): nothing the organizer did not write is
filled in, Enter never registers, defects and Esc ask first, and a typical picket takes few keystrokes in the
order of the paper filing."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, Ground, GroundReason
from akimat_desk.services.decisions.outgoing import preview_letters
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.office.settings_change import update_settings
from akimat_desk.storage.filings.repositories import FilingQuery
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.state import AppState
from tests.decisions.conftest import LETTERHEAD
from tests.ui.conftest import answer_question, type_text

ASK_TO_DISCARD = RegistrationDialog._confirm_discard


def _dialog(qtbot: Any, state: AppState) -> RegistrationDialog:
    dialog = RegistrationDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.received)
    return dialog


def _ctrl_enter(dialog: RegistrationDialog) -> None:
    dialog.activateWindow()  # offscreen, no window is active again after a message box closes
    QTest.qWaitForWindowActive(dialog)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


# ------------------------------------------------------------ item 1: nothing invented
def test_the_event_day_and_times_are_empty_and_registered_as_not_stated(
    qtbot: Any, state: AppState, tmp_path: Path
) -> None:
    state.ctx = replace(state.ctx, settings=update_settings(state.ctx.uow, **LETTERHEAD))
    dialog = _dialog(qtbot, state)
    form = dialog.form
    assert dialog.received.value() is not None  # the one field filled: the clerk receives it now
    for field in (form.event_date, form.starts, form.ends, form.filed_on):
        assert field.text() == "" and field.value() is None, field
    form.purpose.setText("Бағаға қарсы")
    defects = [dialog.defects.item(i).text() for i in range(dialog.defects.count())]
    assert any(d.startswith("✗ Item 5:") for d in defects), defects  # item 5 unstated: a defect
    answer_question(qtbot, "defects_question", "Register &with defects")
    dialog.register()
    filing = dialog.registered
    assert filing is not None
    assert not {"starts_at", "ends_at", "filed_on"} & set(filing.document)
    codes = {(d.item, d.code) for d in filing.defects}
    assert {(5, "starts_at_missing"), (5, "ends_at_missing"), (13, "filed_on_missing")} <= codes
    decide(
        state.ctx, filing.id, DecisionRequest(DecisionKind.REFUSE, (GroundReason(Ground.A14_5, "Пункт 5 не заполнен"),))
    )
    letter = _pdf_text(preview_letters(state.ctx, filing.id, ["ru"]), tmp_path)
    assert "в обращении не указаны" in letter and "2026 г." not in letter.split("Время")[-1][:40]


def test_a_typed_day_and_times_are_registered_as_typed(qtbot: Any, state: AppState) -> None:
    dialog = _dialog(qtbot, state)
    form = dialog.form
    for field, digits in ((form.event_date, "16122026"), (form.starts, "1100"), (form.ends, "1300")):
        field.setFocus()
        type_text(field, digits)
    assert (form.event_date.text(), form.starts.text(), form.ends.text()) == ("16.12.2026", "11:00", "13:00")
    document = dialog.document()
    assert (document["starts_at"], document["ends_at"]) == ("2026-12-16T11:00:00", "2026-12-16T13:00:00")
    form.event_date.setText("31.02.2026")  # no such day: kept as typed, a defect, never a guessed date
    assert dialog.document()["starts_at"] == "31.02.2026 11:00"
    assert any("31.02.2026" in dialog.defects.item(i).text() for i in range(dialog.defects.count()))


# ------------------------------------------------------------ item 2: Enter and Esc
def test_enter_in_any_one_line_field_never_registers(qtbot: Any, state: AppState, monkeypatch: Any) -> None:
    monkeypatch.setattr(RegistrationDialog, "_confirm_defects", lambda _dialog, _defects: True)  # even if it asked
    dialog = _dialog(qtbot, state)
    dialog.form.purpose.setText("Митинг")
    fields = [w for w in dialog.findChildren(QLineEdit) if w.isVisibleTo(dialog) and w.isEnabled()]
    assert len(fields) >= 12
    for field in fields:
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Return)
        QTest.keyClick(field, Qt.Key.Key_Enter)
    assert dialog.stack.currentIndex() == 0 and dialog.registered is None
    assert list_filings(state.ctx, FilingQuery()) == []


def test_enter_moves_to_the_next_field(qtbot: Any, state: AppState) -> None:
    dialog = _dialog(qtbot, state)
    dialog.form.purpose.setFocus()
    QTest.keyClick(dialog.form.purpose, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.form_choice


def test_registering_with_defects_asks_once_listing_them_and_goes_back_by_default(qtbot: Any, state: AppState) -> None:
    dialog = _dialog(qtbot, state)
    dialog.form.purpose.setText("Митинг")
    asked = answer_question(qtbot, "defects_question", None)  # Enter in the question: its default
    _ctrl_enter(dialog)
    [_title, _text, listed, default] = asked  # asked once, with its default button
    assert default == "&Back to the form"
    assert listed.count("•") == len(dialog._defects()) >= 10
    assert "e-mail" in listed.lower() and "✗" not in listed  # in the clerk's words, one line per defect
    assert dialog.stack.currentIndex() == 0 and list_filings(state.ctx, FilingQuery()) == []
    answer_question(qtbot, "defects_question", "Register &with defects")
    _ctrl_enter(dialog)
    assert dialog.stack.currentIndex() == 1 and len(list_filings(state.ctx, FilingQuery())) == 1


def test_esc_on_a_changed_form_asks_and_an_unchanged_form_closes(qtbot: Any, state: AppState, monkeypatch: Any) -> None:
    monkeypatch.setattr(RegistrationDialog, "_confirm_discard", ASK_TO_DISCARD)
    dialog = _dialog(qtbot, state)
    QTest.keyClick(dialog.received, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing typed: Esc closes at once

    dialog = _dialog(qtbot, state)
    dialog.form.surname.setFocus()
    type_text(dialog.form.surname, "Ким")
    seen = answer_question(qtbot, "discard_question", "&Back to the form")
    QTest.keyClick(dialog.form.surname, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible() and dialog.form.surname.text() == "Ким"  # kept
    answer_question(qtbot, "discard_question", "&Discard")
    QTest.keyClick(dialog.form.surname, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ------------------------------------------------------------ item 4: the keyboard path
class Keys:
    """Drives the dialog with key events only and counts them: characters of the text, and every other key."""

    def __init__(self, dialog: RegistrationDialog) -> None:
        self.dialog, self.text, self.other, self.tabs = dialog, 0, 0, 0

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget() or self.dialog, key, modifiers)
        self.other += 1

    def tab_to(self, target: QWidget) -> None:
        for _ in range(12):
            if QApplication.focusWidget() is target:
                return
            self.key(Qt.Key.Key_Tab)
            self.tabs += 1
        raise AssertionError(f"{type(target).__name__} not reached with Tab")

    def type(self, target: QWidget, text: str) -> None:
        self.tab_to(target)
        type_text(QApplication.focusWidget() or target, text)
        self.text += len(text)

    def press(self, target: QWidget, *keys: Qt.Key) -> None:
        self.tab_to(target)
        for key in keys:
            self.key(key)


# one Tab per field, receipt to signature: channel, language, 1 purpose, 2 form, 3 organizer type, surname, given
# name, patronymic, IIN, address, representative, 4 place, 5 date, start, end, 6 participants, 7 structures,
# 8 sound, visual, what visual, 10 e-mail, phone, 11 consent, 12 funding, 13 date on the document, signature
PICKET_FIELDS_PASSED = 26


def test_a_typical_picket_takes_at_most_150_keys_beyond_its_text(qtbot: Any, state: AppState) -> None:
    dialog = _dialog(qtbot, state)
    form = dialog.form
    k = Keys(dialog)
    k.type(form.purpose, "Қоғамдық көлік бағасына қарсы")
    k.type(form.surname, "Сәрсенбаев")
    k.type(form.given_name, "Ерлан")
    k.type(form.patronymic, "Болатұлы")
    k.type(form.iin, "900101300027")
    k.type(form.address, "Алматы қ., Абай даңғ., 10")
    k.type(form.place, "Әкімдік алдындағы алаң")
    k.type(form.event_date, "16122026")
    k.type(form.starts, "1100")
    k.type(form.ends, "1300")
    k.type(form.participants, "1")
    k.press(form.structures.choice, Qt.Key.Key_Down)  # No
    k.press(form.sound.choice, Qt.Key.Key_Down)
    k.press(form.visual.choice, Qt.Key.Key_Down, Qt.Key.Key_Down)  # Yes
    k.type(form.visual.description, "плакат")
    k.type(form.email, "erlan@example.kz")
    k.type(form.phone, "+77011234567")
    k.press(form.pd_consent, Qt.Key.Key_Space)
    k.type(form.funding, "өз қаражаты")
    k.type(form.filed_on, "01122026")
    k.press(form.signed, Qt.Key.Key_Space)
    k.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.stack.currentIndex() == 1, [dialog.defects.item(i).text() for i in range(dialog.defects.count())]
    assert k.tabs == PICKET_FIELDS_PASSED, k.tabs
    assert k.other <= 150, (k.text, k.other)  # 33 keys beyond the 181 characters of the text
    filing = dialog.registered
    assert filing is not None and filing.defects == ()
    doc = filing.document
    assert doc["purpose"] == "Қоғамдық көлік бағасына қарсы" and doc["place"] == "Әкімдік алдындағы алаң"
    assert doc["organizer"]["iin"] == "900101300027" and doc["organizer"]["patronymic"] == "Болатұлы"
    assert (doc["starts_at"], doc["ends_at"]) == ("2026-12-16T11:00:00", "2026-12-16T13:00:00")
    assert doc["participants"] == 1 and doc["structures"] is False and doc["sound_equipment"] is False
    assert doc["visual_materials"] == {"used": True, "description": "плакат"}
    assert doc["filed_on"] == "2026-12-01" and doc["signed"] is True and doc["pd_consent"] is True
