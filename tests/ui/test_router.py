"""The window's plug points: a page given as a PageSpec appears in the navigation and the View menu with its
shortcut, is retitled on a language change, is told when it is opened and when the changes it listens to
happen (and only then), and a key is plugged once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from akimat_desk.services.kernel.context import Changes
from akimat_desk.ui.main_window import MainWindow
from akimat_desk.ui.router import PageSpec
from akimat_desk.ui.state import AppState


def test_a_plugged_page_is_routed_retitled_shown_and_told_of_its_changes(
    qtbot: Any, state: AppState, switcher: Any
) -> None:
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.admin.exit_backup_done = True
    title = ["Letters"]
    shown: list[QLabel] = []
    told: list[Changes] = []
    page = window.router.add(
        PageSpec(
            key="letters",
            title=lambda: title[0],
            factory=lambda: QLabel("letters page"),
            shortcut=QKeySequence("Ctrl+9"),
            listens=Changes.FILING,
            on_shown=shown.append,
            on_changes=lambda _w, c: told.append(c),
        )
    )
    row = window.nav.count() - 1
    assert window.nav.item(row).text() == "Letters" and window.pages.widget(row) is page
    [action] = [a for a in window.view_menu.actions() if a.text() == "Letters"]
    assert action.shortcut() == QKeySequence("Ctrl+9")
    action.trigger()
    assert window.pages.currentWidget() is page and shown == [page]
    state.apply(Changes.SETTINGS)
    state.apply(Changes.FILING | Changes.REGISTER)
    assert told == [Changes.FILING | Changes.REGISTER]
    title[0] = "Хаттар"  # what the translator gives after a language switch
    window.retranslate_ui()
    assert window.nav.item(row).text() == "Хаттар" and action.text() == "Хаттар"
    assert window.router.page("letters") is page and window.router.keys()[-1] == "letters"
    with pytest.raises(ValueError, match="letters"):
        window.router.add(PageSpec(key="letters", title=lambda: "again", factory=lambda: QLabel()))


def test_the_features_pages_are_plugged_through_the_router(qtbot: Any, state: AppState, switcher: Any) -> None:
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.admin.exit_backup_done = True
    assert {"places", "statistics", "consolidation"} <= set(window.router.keys())
    window.router.open("statistics")
    assert window.pages.currentWidget() is window.admin.statistics and window.admin.statistics.table is not None


def test_closing_the_window_reaches_the_plugged_features_once(
    qtbot: Any, state: AppState, switcher: Any, monkeypatch: Any
) -> None:
    from akimat_desk.ui.office import backup_dialogs

    calls: list[object] = []
    monkeypatch.setattr(backup_dialogs, "exit_backup", lambda *a: calls.append(a))
    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.show()
    window.close()
    window.close()
    assert len(calls) == 1 and window.admin.exit_backup_done


def test_a_plugged_card_tab_follows_each_card_and_shows_only_where_it_applies(qtbot: Any, state: AppState) -> None:
    from akimat_desk.services.filings import FilingCard
    from akimat_desk.ui.filings.card_page import CardView
    from akimat_desk.ui.router import CardTabSpec
    from tests.places.conftest import filing

    paper = filing(state.ctx)
    card = CardView(state)
    qtbot.addWidget(card)
    loaded: list[str] = []
    title = ["Timeline"]

    def follow(_tab: QLabel, shown: FilingCard) -> None:
        loaded.append(shown.filing.incoming_number)

    tab = card.add_tab(
        CardTabSpec(
            key="timeline",
            title=lambda: title[0],
            factory=lambda: QLabel("timeline"),
            on_card=follow,
            visible=lambda c: c.filing.id == paper.id,
        )
    )
    index = card.tabs.indexOf(tab)
    assert card.tabs.tabText(index) == "Timeline" and not card.tabs.isTabVisible(index)
    card.show_filing(paper.id)
    assert card.tabs.isTabVisible(index) and loaded == [paper.incoming_number]
    title[0] = "Уақыт желісі"
    card.retranslate_ui()
    assert card.tabs.tabText(index) == "Уақыт желісі"
    hidden = card.add_tab(
        CardTabSpec(
            key="never",
            title=lambda: "never",
            factory=lambda: QLabel(),
            on_card=lambda _t, _c: loaded.append("never"),
            visible=lambda _c: False,
        )
    )
    card.show_filing(paper.id)
    assert not card.tabs.isTabVisible(card.tabs.indexOf(hidden)) and "never" not in loaded


def test_a_banner_plugged_on_the_today_page_sits_under_its_buttons_and_is_told_of_its_changes(
    qtbot: Any, state: AppState, switcher: Any, monkeypatch: Any
) -> None:
    from akimat_desk.ui.router import BannerSpec

    window = MainWindow(state, switcher.switch, "SQLite: test")
    qtbot.addWidget(window)
    window.admin.exit_backup_done = True
    told: list[Changes] = []
    banner = window.plug_points.add_banner(
        BannerSpec(
            key="letters_due",
            factory=lambda: QLabel("3 letters to send"),
            listens=Changes.FILING,
            on_changes=lambda _w, c: told.append(c),
        )
    )
    today = window.today
    assert banner.parentWidget() is today
    banners = today.banners
    assert banners.indexOf(banner) == banners.count() - 1  # after the banners already there
    assert banners.indexOf(window.admin.upward.banner) >= 0  # the consolidation reminder is one of them
    assert today.banners.banner("report_due") is window.admin.upward.banner
    layout = today.layout()
    assert layout.indexOf(today.title) < layout.indexOf(banners) < layout.indexOf(today.table)
    reloads: list[int] = []
    monkeypatch.setattr(window.admin.upward.banner, "reload", lambda: reloads.append(1))  # a spy, for this test
    state.apply(Changes.SETTINGS)
    state.apply(Changes.FILING | Changes.REGISTER)
    assert told == [Changes.FILING | Changes.REGISTER]
    assert reloads == [1]  # the consolidation reminder follows the settings (the office's KATO code) only
    with pytest.raises(ValueError, match="letters_due"):
        window.plug_points.add_banner(BannerSpec(key="letters_due", factory=lambda: QLabel()))
