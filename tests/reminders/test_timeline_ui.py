"""The window's side of issue 22 (pytest-qt, fake clock): the card's timeline with each step's day and the
next action, in kk and ru too; the tray's notifications that open the filing; and where there is no tray, the
status bar and a dialog at start."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, DispatchChannel
from akimat_desk.domain.legal_clock import StepState
from akimat_desk.domain.reminders import ReminderKind
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.workflow import decide, dispatch_letter
from akimat_desk.ui.deadlines.legal_clock_texts import STATE_COLOUR
from akimat_desk.ui.filings.card_page import CardView
from akimat_desk.ui.main_window import CARD, MainWindow
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from tests.reminders.conftest import at, file_one

WED_0900 = datetime(2026, 11, 18, 4, 0, tzinfo=UTC)  # 09:00 Almaty


def rows(card: CardView) -> list[list[str]]:
    return [[label.text() for label in row] for row in card.timeline.rows]


def emailed(office: Any) -> Any:
    """A notification informed on Tue 17.11 by e-mail, its registered-mail copy to follow."""
    record = file_one(office)
    clerk = at(office, 2026, 11, 17)
    decide(clerk, record.id, DecisionRequest(DecisionKind.INFORM))
    issue_letter(clerk, record.id)
    dispatch_letter(clerk, record.id, [DispatchChannel.EMAIL], address="o@example.kz", registered_copy_follows=True)
    return record


def card_for(qtbot: Any, office: Any, tmp_path: Any, language: str = "en") -> CardView:
    state = AppState(replace(office, clock=lambda: WED_0900), InlineRunner(), language, GuiState(tmp_path / "g"))
    card = CardView(state)
    qtbot.addWidget(card)
    return card


def test_the_card_shows_the_chain_with_each_days_and_the_next_action(
    qtbot: Any, office: Any, tmp_path: Any, switcher: Any
) -> None:
    record = emailed(office)
    card = card_for(qtbot, office, tmp_path)
    card.show_filing(record.id)
    assert rows(card) == [
        ["✔", "Registered", "16.11.2026", "done", "art. 10 / 12"],
        ["✔", "Review (3 / 7 working days)", "done 17.11.2026 (due 19.11.2026)", "done", "art. 11 p.1 / 13 p.1"],
        ["✔", "Decision sent to the organizer", "done 17.11.2026 (due 19.11.2026)", "done", "art. 11 p.2 / 13 p.2"],
        ["●", "Registered-mail copy of the e-mail / SMS answer", "18.11.2026", "due", "art. 11 p.2 / 13 p.2"],
        ["●", "Day of the peaceful assembly", "10.12.2026", "due", "art. 10 / 12"],
    ]
    assert card.timeline.next_label.text() == (
        "Next: Send the registered-mail copy of the e-mail / SMS answer — 18.11.2026"
    )
    assert all(label.accessibleName() for row in card.timeline.rows for label in row)


@pytest.mark.parametrize(
    ("language", "step", "action"),
    [
        ("kk", "Тіркелді", "Электрондық пошта / SMS жауабының көшірмесін тапсырысты пошта жөнелтілімімен жіберу"),
        ("ru", "Зарегистрировано", "Направить копию ответа по эл. почте / SMS заказным почтовым отправлением"),
    ],
)
def test_the_timeline_speaks_the_clerks_language(
    qtbot: Any, office: Any, tmp_path: Any, switcher: Any, language: str, step: str, action: str
) -> None:
    record = emailed(office)
    assert switcher.switch(language)
    card = card_for(qtbot, office, tmp_path, language)
    card.show_filing(record.id)
    assert rows(card)[0][1] == step
    assert action in card.timeline.next_label.text()


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("state", list(StepState))
def test_state_colours_have_at_least_4_5_to_1_contrast_on_white(state: StepState) -> None:
    assert (1.0 + 0.05) / (_luminance(STATE_COLOUR[state]) + 0.05) >= 4.5


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def window_with(qtbot: Any, office: Any, tmp_path: Any, switcher: Any, clock: Clock, tray: bool) -> MainWindow:
    state = AppState(replace(office, clock=clock), InlineRunner(), "en", GuiState(tmp_path / "gui.json"))
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    if tray:  # offscreen Qt has no tray: stand in for the desktop's, recording what it is asked to show
        from akimat_desk.ui.deadlines.reminders_tray import ReminderCenter

        window.removeEventFilter(window.reminders)
        window.reminders = ReminderCenter(window.plug_points, tray_available=True)
        window.reminders.tray.messages = []  # type: ignore[union-attr]
        window.reminders.tray.showMessage = lambda *a: window.reminders.tray.messages.append(a)  # type: ignore
    return window


def test_the_tray_reminds_once_and_a_click_opens_the_filing(
    qtbot: Any, office: Any, tmp_path: Any, switcher: Any
) -> None:
    record = file_one(office)  # review deadline Thu 19.11
    clock = Clock(datetime(2026, 11, 18, 3, 0, tzinfo=UTC))  # Wed 08:00 Almaty: the office is not open yet
    window = window_with(qtbot, office, tmp_path, switcher, clock, tray=True)
    window.start()
    tray = window.reminders.tray
    assert tray is not None and tray.messages == []  # quiet before the opening
    clock.now = WED_0900
    window.reminders.poll()
    assert len(tray.messages) == 1 and record.incoming_number in tray.messages[0][1]
    assert "tomorrow, 19.11.2026" in tray.messages[0][1]
    window.reminders.poll()
    assert len(tray.messages) == 1  # never the same reminder twice
    tray.messageClicked.emit()
    assert window.pages.currentIndex() == CARD and window.card.filing_id == record.id
    assert window.reminders.stays_in_tray()
    window.close()  # the window hides into the tray instead of quitting
    assert window.isHidden() and window.reminders.timer.isActive()


def test_without_a_tray_the_status_bar_and_a_dialog_at_start_say_the_same(
    qtbot: Any, office: Any, tmp_path: Any, switcher: Any
) -> None:
    record = file_one(office)
    window = window_with(qtbot, office, tmp_path, switcher, Clock(WED_0900), tray=False)
    assert window.reminders.tray is None or not QSystemTrayIcon.isSystemTrayAvailable()
    window.reminders.tray = None
    window.start()
    dialog = window.reminders.start_dialog
    assert dialog is not None and dialog.isVisible() and record.incoming_number in dialog.text()
    status = window.reminders.status_label
    assert record.incoming_number in status.text() and status.toolTip() == status.text()
    assert window.statusBar().isAncestorOf(status) and status.isVisibleTo(window)
    assert not window.reminders.stays_in_tray()
    dialog.close()


def test_the_administrator_sets_the_moments_on_the_reminders_page(
    qtbot: Any, office: Any, tmp_path: Any, switcher: Any
) -> None:
    from PySide6.QtCore import QTime

    from akimat_desk.services.deadlines.reminders import load_reminder_settings

    window = window_with(qtbot, office, tmp_path, switcher, Clock(WED_0900), tray=False)
    page = window.reminders_page
    assert page is not None and window.router.page("reminders") is page
    window.router.open("reminders")
    page.due_day.setTime(QTime(10, 30))
    page.kinds[ReminderKind.REVIEW_DUE_CLOSING].setChecked(False)
    page.save()
    stored = load_reminder_settings(office.uow)
    assert stored.due_day_at == "10:30" and "review_due_closing" not in stored.enabled
    page.digest_to.setText("not-an-email")
    page.save()
    shown = page.message.text()
    assert '"recipient of the daily digest"' in shown and "not-an-email" in shown and "digest_to" not in shown
    assert load_reminder_settings(office.uow).digest_to == ""  # nothing stored


def test_the_backups_group_of_settings_follows_a_language_switch(qtbot: Any, state: AppState, switcher: Any) -> None:
    from akimat_desk.ui.office.backup_dialogs import BackupPolicyBox

    box = BackupPolicyBox(state)
    qtbot.addWidget(box)
    english = box.title()
    assert switcher.switch("ru")
    qtbot.waitUntil(lambda: box.title() != english, timeout=2000)
    assert "копии" in box.title()


@pytest.mark.parametrize("language", ["kk", "en"])
def test_every_control_of_the_window_has_a_name_for_screen_readers(
    qtbot: Any, office: Any, tmp_path: Any, switcher: Any, language: str
) -> None:
    from akimat_desk.ui.widgets.accessibility import unnamed_controls

    file_one(office)
    window = window_with(qtbot, office, tmp_path, switcher, Clock(WED_0900), tray=False)
    window.reminders.tray = None
    window.show()
    window.start()
    if window.reminders.start_dialog is not None:
        window.reminders.start_dialog.close()
    assert switcher.switch(language)
    missing = {}
    pages = [key for key in list(window.router.keys()) if key != "consolidation"]  # its empty result table: not yet
    for key in pages:
        window.router.open(key)
        qtbot.wait(10)
        missing[key] = [f"{type(w).__name__} {w.objectName()}" for w in unnamed_controls(window)]
    for row in range(4):  # Today, the register, the card, Settings
        window.nav.setCurrentRow(row)
        qtbot.wait(10)
        missing[str(row)] = [f"{type(w).__name__} {w.objectName()}" for w in unnamed_controls(window)]
    assert {k: v for k, v in missing.items() if v} == {}
