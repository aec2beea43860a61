"""What the window's start leaves for later (issue 17 item 2): the filing card is built when a filing is first
opened or its row chosen, and building the full window imports neither the card's modules nor the
signatures package (its crypto libraries) - both load when first needed, and then work as before."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from akimat_desk.services.filings.registration import register_filing
from akimat_desk.ui.main_window import CARD, REGISTER, MainWindow
from akimat_desk.ui.state import AppState


def test_the_card_is_built_once_when_a_filing_is_first_opened(state: AppState, qtbot: Any, ctx: Any) -> None:
    filing = register_filing(ctx, {"form": "picket", "received_at": "2025-11-03T10:00:00+05:00"}).filing
    window = MainWindow(state, lambda _code: True)
    qtbot.addWidget(window)
    assert window._card is None  # not built with the window
    window.refresh()
    window.tick()  # neither the refresh nor the minute's countdowns build it
    assert window._card is None
    window.open_filing(filing.id)
    card = window._card
    assert card is not None and window.pages.widget(CARD) is card and window.pages.currentIndex() == CARD
    assert card.card is not None and card.card.filing.id == filing.id
    assert card.number.text() == filing.incoming_number
    window.nav.setCurrentRow(REGISTER)
    window.open_filing(filing.id)
    assert window._card is card and window.pages.count() == window.nav.count()  # built once, in its place


def test_choosing_the_card_row_builds_the_card_before_it_is_shown(state: AppState, qtbot: Any) -> None:
    window = MainWindow(state, lambda _code: True)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(CARD)
    assert window._card is not None and window.pages.currentWidget() is window._card


def test_building_the_full_window_imports_neither_the_card_nor_the_signatures(tmp_path: Any) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from akimat_desk.ui.qt_app import build_session\n"
        f"session = build_session(app, {str(tmp_path)!r}, ask_first_run=False)\n"
        "late = ('akimat_desk.signatures', 'akimat_desk.ui.filings.card_page', 'asn1crypto', 'lxml')\n"
        "print([m for m in late if m in sys.modules])\n"
        "session.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr
