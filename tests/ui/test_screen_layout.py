"""The window on a clerk's 1280x720 screen in Kazakh (issue 22 item 5): it opens within the screen and remembers
its size, place, maximized state and splitters per user; tab titles, the Today buttons and the status bar are
never cut unseen; every dialog opens with its buttons on screen; the statistics chart's month labels never
overlap; the late-decision banner has a drawn icon, not a box. (tests/conftest.py gives the offscreen platform a
1280x720 screen, tests/data/screen/.)"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QStyle, QWidget

from akimat_desk.domain.filing import Status
from akimat_desk.services.filings.card_view import filing_card
from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.office.settings import update_settings
from akimat_desk.ui.decisions.decision_dialog import DecisionDialog
from akimat_desk.ui.main_window import CARD, TODAY, MainWindow
from akimat_desk.ui.reports.charts import LineChart
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from akimat_desk.ui.window_geometry import available_rect
from tests.conftest import EXAMPLES
from tests.decisions.conftest import LETTERHEAD

TITLE_BAR = 32  # a window manager's title bar: the window's own minimum must leave room for it


@pytest.fixture
def kk_state(ctx: Any, tmp_path: Path, switcher: Any) -> AppState:
    """The demo register (its calendar banner shown) in Kazakh, with the letterhead filled in."""
    office = replace(ctx, settings=update_settings(ctx.uow, **LETTERHEAD))
    create_demo_register(office)
    switcher.switch("kk")
    return AppState(office, InlineRunner(), "kk", GuiState(tmp_path / "gui.json"))


def _window(qtbot: Any, state: AppState) -> MainWindow:
    window = MainWindow(state, lambda _code: True, "SQLite: register.db")
    qtbot.addWidget(window)
    window.show()
    window.start()
    QApplication.processEvents()
    return window


def _screen() -> QRect:
    screen = QApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == (1280, 720), "tests/conftest.py sets a 1280x720 test screen"
    return screen


def test_the_window_opens_within_a_1280x720_screen_and_can_be_that_small(qtbot: Any, kk_state: AppState) -> None:
    window = _window(qtbot, kk_state)
    screen = _screen()
    assert window.banner.isVisible()  # the demo's unconfirmed calendar: the tallest window there is
    assert screen.contains(window.frameGeometry()), window.frameGeometry()
    pages = window.router.keys()
    for key in pages:  # each page, shown in turn, leaves the window within the screen
        window.router.open(key)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height() - TITLE_BAR, (key, hint)
        assert screen.contains(window.frameGeometry()), (key, window.frameGeometry())


def test_the_window_remembers_its_size_place_state_and_splitters_per_user(qtbot: Any, kk_state: AppState) -> None:
    window = _window(qtbot, kk_state)
    window.setGeometry(QRect(40, 30, 1190, 660))
    window.splitter.setSizes([230, 950])
    sizes = window.splitter.sizes()
    window.close()
    again = _window(qtbot, kk_state)
    assert again.geometry() == QRect(40, 30, 1190, 660) and again.splitter.sizes() == sizes
    assert not again.open_maximized
    again.showMaximized()
    again.close()
    assert _window(qtbot, kk_state).open_maximized  # it opens maximized as it was left
    other = AppState(replace(kk_state.ctx, actor="Ким В."), InlineRunner(), "kk", kk_state.gui)
    assert _window(qtbot, other).geometry() == QRect(40, 30, 1190, 660)  # a new user starts from the last window
    saved = json.loads(Path(kk_state.gui.path or "").read_text("utf-8"))["window"]
    assert kk_state.ctx.actor in saved["users"] and saved["users"][kk_state.ctx.actor]["maximized"]


def test_a_window_saved_on_a_larger_screen_is_clamped_to_this_one(qtbot: Any, kk_state: AppState) -> None:
    big = {"x": 300, "y": 200, "width": 1900, "height": 1060, "maximized": False, "splitters": {"main": [5000, 1]}}
    kk_state.gui.set(window={"last": big, "users": {kk_state.ctx.actor: big}})
    window = _window(qtbot, kk_state)
    screen = _screen()
    assert screen.contains(window.geometry()) and window.width() <= 1280 and window.height() <= 720
    assert window.x() >= 0 and window.y() >= 0


def test_card_tab_titles_are_whole_in_kazakh(qtbot: Any, kk_state: AppState) -> None:
    window = _window(qtbot, kk_state)
    window.resize(window.minimumSizeHint())  # the narrowest the window can be
    window.open_filing(window.register.model.filing_id(0))
    QApplication.processEvents()
    assert window.pages.currentIndex() == CARD
    bar = window.card.tabs.tabBar()
    font = bar.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # large fonts (a clerk's 200 % scaling): the titles outgrow the bar
    bar.setFont(font)
    QApplication.processEvents()
    shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
    assert "Мазмұны" in [bar.tabText(i) for i in shown]
    padding = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in shown:  # a squeezed tab keeps its text's width but loses its padding: the first and last letters go
        text = bar.tabText(i).replace("&", "")
        assert bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(text) + padding, text


def test_today_buttons_show_their_whole_kazakh_titles(qtbot: Any, kk_state: AppState) -> None:
    window = _window(qtbot, kk_state)
    window.nav.setCurrentRow(TODAY)
    QApplication.processEvents()
    page = window.today
    for button in page.buttons.values():
        if not button.isVisibleTo(page):
            continue
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed, (button.text(), button.width(), needed)
        assert page.rect().contains(button.geometry()), button.text()
    rows = {b.y() for b in page.buttons.values() if b.isVisibleTo(page)}
    assert len(rows) >= 2  # the long Kazakh titles wrapped to a second row rather than being cut


def test_the_status_bar_ends_cut_texts_with_an_ellipsis_and_keeps_them_whole_in_the_tooltip(
    qtbot: Any, kk_state: AppState
) -> None:
    window = _window(qtbot, kk_state)
    labels = [window.status_location, window.status_counts, window.status_calendar, window.status_user]
    for label in labels:
        assert window.statusBar().rect().contains(label.geometry())
        assert label.toolTip() == label.text()
        shown = label.shown_text()
        assert shown == label.text() or (shown.endswith("…") and label.text().startswith(shown[:-1]))
    window.status_counts.setText("Көрсетілген жолданымдар: 60 | мерзімі бүгін: 2 | мерзімі өткен: 36 " * 4)
    assert window.status_counts.shown_text().endswith("…")


def test_the_late_decision_banner_has_a_drawn_icon(qtbot: Any, kk_state: AppState) -> None:
    data = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    fid = register_filing(kk_state.ctx, data).filing.id
    late = replace(kk_state.ctx, clock=lambda: kk_state.ctx.clock().replace(year=2026, month=6))
    dialog = DecisionDialog(AppState(late, InlineRunner(), "kk"), filing_card(late, fid, "kk"))
    qtbot.addWidget(dialog)
    assert dialog.late.isVisibleTo(dialog)
    pixmap = dialog.late.icon.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 16
    assert "⏰" not in dialog.late.text.text() and dialog.late.text.text()


def test_chart_month_labels_never_overlap(qtbot: Any) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    months = [f"{date(2024 + m // 12, m % 12 + 1, 1):%Y-%m}" for m in range(36)]
    chart.set_data("Filings by month", [(m, i % 7) for i, m in enumerate(months)])
    for width in (320, 520, 900):
        chart.resize(width, 240)
        chart.grab()  # paints
        rects = [rect for rect, _label in chart.axis_labels]
        assert len(rects) >= 2 and rects[0].left() >= 0 and rects[-1].right() <= width
        for left, right in itertools.pairwise(rects):
            assert left.right() <= right.left(), (width, left, right)


def _buttons_on_screen(dialog: QWidget, screen: QRect) -> None:
    frame = dialog.frameGeometry()
    assert screen.contains(frame), (type(dialog).__name__, frame)
    for box in dialog.findChildren(QDialogButtonBox):
        if box.isVisibleTo(dialog):
            top_left = box.mapToGlobal(box.rect().topLeft())
            assert screen.contains(QRect(top_left, box.size())), type(dialog).__name__
    for button in dialog.findChildren(QPushButton):
        if button.isVisibleTo(dialog) and button.isDefault():
            assert screen.contains(QRect(button.mapToGlobal(button.rect().topLeft()), button.size()))


def _dialogs(state: AppState, window: MainWindow) -> list[QDialog]:
    """Every dialog of the window but the registration dialog (issue 22: i22r's), as the clerk opens them."""
    from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
    from akimat_desk.services.decisions.outgoing import issue_letter
    from akimat_desk.services.decisions.workflow import decide
    from akimat_desk.ui.decisions.dispatch_dialog import DispatchDialog, LetterToSend, ProposalAnswerDialog
    from akimat_desk.ui.decisions.letter_preview import LetterPreviewDialog
    from akimat_desk.ui.esign.sign_letter_dialog import CheckLetterDialog
    from akimat_desk.ui.filings.correction_dialog import CorrectionDialog
    from akimat_desk.ui.filings.status_dialog import StatusDialog
    from akimat_desk.ui.office.first_run_dialog import FirstRunDialog
    from akimat_desk.ui.office.login_dialog import LoginDialog, PassphraseDialog
    from akimat_desk.ui.places.place_dialogs import place_dialog
    from akimat_desk.ui.reports.legacy_import_dialog import ImportDialog
    from akimat_desk.ui.reports.report_upward_ui import ReportUpwardDialog

    data = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))
    fid = register_filing(state.ctx, data).filing.id
    record = get_filing(state.ctx, fid)
    decide(state.ctx, fid, DecisionRequest(DecisionKind.INFORM))
    letter = issue_letter(state.ctx, fid, "kk")
    return [
        DecisionDialog(state, filing_card(state.ctx, fid, "kk"), window),
        LetterPreviewDialog(state, fid, language="kk", parent=window),
        DispatchDialog(
            state, fid, LetterToSend(letter.letter.id, letter.letter.outgoing_number, "kk"), set(), parent=window
        ),
        ProposalAnswerDialog(state, fid, window),
        CorrectionDialog(state, record, window),
        StatusDialog(state, record, Status.WITHDRAWN, window),
        CheckLetterDialog(state, window),
        FirstRunDialog(state, False, window),
        LoginDialog(state.ctx, "kk", window),
        PassphraseDialog("register.db", "open", window),
        place_dialog(state, None, window),
        ImportDialog(state, window),
        ReportUpwardDialog(state, window),
    ]


def test_every_dialog_opens_within_the_screen_with_its_buttons_on_it(qtbot: Any, kk_state: AppState) -> None:
    window = _window(qtbot, kk_state)
    screen = _screen()
    for dialog in _dialogs(kk_state, window):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        hint = dialog.minimumSizeHint()
        assert hint.height() <= screen.height() - TITLE_BAR, (type(dialog).__name__, hint)
        _buttons_on_screen(dialog, screen)
        assert available_rect(dialog) == screen
        dialog.close()


def test_the_register_filter_labels_stand_beside_their_fields_not_over_the_search_box(
    qtbot: Any, kk_state: AppState
) -> None:
    window = _window(qtbot, kk_state)
    window.resize(window.minimumSizeHint())
    window.nav.setCurrentRow(1)
    QApplication.processEvents()
    page = window.register
    search = page.search.geometry()
    for label in (page.form_label, page.status_label, page.from_label, page.to_label):
        text = label.text().replace("&", "")
        assert not label.geometry().intersects(search), text
        assert label.width() >= label.fontMetrics().horizontalAdvance(text), text
        assert page.rect().contains(label.geometry()), text
