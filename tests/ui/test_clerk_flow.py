"""A clerk registers a filing from the keyboard, finds it in the register with its countdown, opens the card,
corrects a field with a reason and sees it in the history; the window switches language at runtime."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from akimat_desk.domain.assemblies import Form
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.ui.filings.correction_dialog import CorrectionDialog
from akimat_desk.ui.filings.register_model import STATE_ROLE, Column
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.main_window import CARD, MainWindow
from akimat_desk.ui.state import AppState
from tests.conftest import EXAMPLES
from tests.ui.conftest import answer_question, tab_to, type_text


def _window(qtbot: Any, state: AppState, switcher: Any) -> MainWindow:
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.start()
    return window


def _dialog(qtbot: Any, state: AppState, window: MainWindow) -> RegistrationDialog:
    dialog = RegistrationDialog(state, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.received)  # receipt first, as on paper
    return dialog


def test_register_a_picket_from_the_keyboard_and_correct_it_on_the_card(
    qtbot: Any, state: AppState, switcher: Any
) -> None:
    window = _window(qtbot, state, switcher)
    dialog = _dialog(qtbot, state, window)
    form = dialog.form
    assert dialog.received.value().hour == 15  # 10:00 UTC = 15:00 in Almaty: "now" by default
    steps = [
        (form.purpose, "Қоғамдық көлік бағасына қарсы"),
        (form.surname, "Сәрсенбаев"),
        (form.given_name, "Ерлан"),
        (form.iin, "900101300028"),
    ]
    for widget, text in steps:
        tab_to(dialog, widget)
        type_text(widget, text)
    assert "✗" in form.iin_check.text()  # wrong check digit, seen as typed
    QTest.keyClick(form.iin, Qt.Key.Key_Backspace)
    type_text(form.iin, "7")
    assert "✓" in form.iin_check.text()
    for widget, text in [(form.address, "Алматы қ., Абай даңғ., 10"), (form.place, "Әкімдік алдындағы алаң")]:
        tab_to(dialog, widget)
        type_text(widget, text)
    tab_to(dialog, form.participants)
    type_text(form.participants, "1")
    defects = [dialog.defects.item(i).text() for i in range(dialog.defects.count())]
    assert any("10" in d and "e-mail" in d.lower() for d in defects), defects  # item 10 still missing
    assert "Registering with defects is allowed" in dialog.allowed_note.text()
    QTest.keyClick(form.place, Qt.Key.Key_Return)  # Enter moves on, never registers
    assert dialog.stack.currentIndex() == 0
    answer_question(qtbot, "defects_question", "Register &with defects")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.stack.currentIndex() == 1
    assert dialog.number.text() == "01-2026/0001"
    assert dialog.number.font().pointSizeF() >= 3 * QApplication.font().pointSizeF()

    model = window.register.model
    assert model.rowCount() == 1
    assert model.index(0, Column.NUMBER).data() == "01-2026/0001"
    assert model.index(0, Column.ORGANIZER).data() == "Сәрсенбаев Е."
    deadline = model.index(0, Column.DEADLINE)
    assert "working day" in deadline.data() and deadline.data(STATE_ROLE) == "on_track"
    assert deadline.data(Qt.ItemDataRole.DecorationRole) is not None

    window.register.table.selectRow(0)
    window.register.table.activated.emit(model.index(0, 0))
    assert window.pages.currentIndex() == CARD
    card = window.card
    assert card.number.text() == "01-2026/0001"
    assert card.history_model.rowCount() == 1

    correction = CorrectionDialog(state, card.card.filing, card)
    qtbot.addWidget(correction)
    correction.select_field("contacts.email")
    correction.value.setText("erlan@example.kz")
    correction.save()  # no reason: refused, the dialog keeps what was typed
    assert correction.error.isVisibleTo(correction) and "reason" in correction.error.text().lower()
    assert correction.value.text() == "erlan@example.kz"
    type_text(correction.reason, "Түпнұсқадан қайта терілді")
    correction.save()
    assert correction.result() == 1
    assert card.history_model.rowCount() == 2
    last = [card.history_model.index(1, c).data() for c in range(6)]
    assert last[3] == "corrected" and last[5] == "Түпнұсқадан қайта терілді"
    assert "erlan@example.kz" in last[4]


def test_the_form_decides_which_items_are_shown(qtbot: Any, state: AppState, switcher: Any) -> None:
    window = _window(qtbot, state, switcher)
    dialog = _dialog(qtbot, state, window)
    form = dialog.form
    assert not form.groups["regulations"].isVisibleTo(dialog)  # no regulations for a picket
    assert not form.route.isVisibleTo(dialog) and form.structures.isVisibleTo(dialog)
    assert form.groups["seven"].title.text().startswith("7. Yurts")
    dialog.form_choice.setCurrentIndex(dialog.form_choice.findData(Form.DEMONSTRATION.value))
    assert form.groups["regulations"].isVisibleTo(dialog) and form.route.isVisibleTo(dialog)
    assert form.groups["vehicles"].isVisibleTo(dialog) and not form.structures.isVisibleTo(dialog)
    assert form.groups["place"].title.text() == "4. Place or route of movement"
    assert form.groups["vehicles"].title.text().startswith("8. Vehicles")
    dialog.form_choice.setCurrentIndex(dialog.form_choice.findData(Form.MARCH.value))
    assert not form.groups["vehicles"].isVisibleTo(dialog)  # a march needs item 8 only when vehicles are used
    form.vehicles_used.setCurrentIndex(2)
    assert form.groups["vehicles"].isVisibleTo(dialog)


def test_a_failed_registration_keeps_the_dialog_open_with_the_data(qtbot: Any, state: AppState, switcher: Any) -> None:
    window = _window(qtbot, state, switcher)
    dialog = _dialog(qtbot, state, window)
    dialog.form.purpose.setText("Митинг")
    state.ctx = replace(state.ctx, principal=_reader())
    answer_question(qtbot, "defects_question", "Register &with defects")
    dialog.register()
    assert dialog.stack.currentIndex() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.form.purpose.text() == "Митинг" and dialog.register_button.isEnabled()


def _reader() -> Any:
    from akimat_desk.security.roles import Principal, Role

    return Principal("guest", frozenset({Role.VIEWER}))


def test_countdowns_refresh_by_themselves_without_reloading(qtbot: Any, state: AppState, switcher: Any) -> None:
    now = [state.ctx.clock()]
    state.ctx = replace(state.ctx, clock=lambda: now[0])
    register_filing(state.ctx, json.loads((EXAMPLES / "march.json").read_text("utf-8")))
    window = _window(qtbot, state, switcher)
    model = window.register.model
    before = model.index(0, Column.DEADLINE).data(STATE_ROLE)
    calls = []
    real_run = state.runner.run
    state.runner.run = lambda *a, **k: calls.append(a) or real_run(*a, **k)  # type: ignore[method-assign]
    now[0] += timedelta(days=30)
    window.tick()
    after = model.index(0, Column.DEADLINE).data(STATE_ROLE)
    assert before == "on_track" and after == "overdue"
    assert "overdue" in model.index(0, Column.DEADLINE).data()
    assert len(calls) == 1  # a tick only asks whether other seats changed the register (one cheap query)


def test_another_seats_new_filing_appears_on_the_next_tick(qtbot: Any, state: AppState, switcher: Any) -> None:
    register_filing(state.ctx, json.loads((EXAMPLES / "march.json").read_text("utf-8")))
    window = _window(qtbot, state, switcher)
    assert window.register.model.rowCount() == 1
    other_seat = replace(state.ctx, actor="another clerk")  # same register, another process or computer
    register_filing(other_seat, json.loads((EXAMPLES / "picket.json").read_text("utf-8")))
    assert window.register.model.rowCount() == 1  # not before the next look
    window.tick()
    assert window.register.model.rowCount() == 2


def test_language_switch_changes_labels_and_is_remembered(qtbot: Any, state: AppState, switcher: Any) -> None:
    register_filing(state.ctx, json.loads((EXAMPLES / "picket.json").read_text("utf-8")))
    window = _window(qtbot, state, switcher)
    assert window.file_menu.title() == "&File"
    window.set_language("ru")
    assert window.file_menu.title() == "&Файл"
    assert window.register.model.headerData(Column.ORGANIZER, Qt.Orientation.Horizontal) == "Организатор"
    assert window.register.model.index(0, Column.FORM).data() == "пикетирование"
    assert window.card.tabs.tabText(4) == "История"
    assert window.register.form_filter.itemText(0) == "Все формы"
    window.set_language("kk")
    assert window.language_menu.title() == "&Тіл"
    assert window.register.model.index(0, Column.STATUS).data() == "тіркелді"
    assert json.loads(state.gui.path.read_text("utf-8"))["language"] == "kk"
    assert QApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # Qt's own buttons translated too
