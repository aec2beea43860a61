"""The window lists the register, searches it, and switches language at runtime."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from akimat_desk.services.demo import create_demo_register
from akimat_desk.services.registration import register_filing
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import MainWindow
from akimat_desk.ui.models.register_model import Column, RegisterModel
from tests.conftest import EXAMPLES


@pytest.fixture
def switcher(qapp: QApplication) -> Any:
    sw = LanguageSwitcher(qapp)
    assert sw.switch("en")
    yield sw
    sw.switch("en")


def test_register_model_passes_qt_model_tester(qtmodeltester: Any, ctx: Any) -> None:
    create_demo_register(ctx, count=12)
    from akimat_desk.services.filings import list_filings
    from akimat_desk.storage.repositories import FilingQuery

    model = RegisterModel(ctx.settings.tz)
    model.set_rows(list_filings(ctx, FilingQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 12


def test_window_lists_filings_and_searches(qtbot: Any, ctx: Any, switcher: Any) -> None:
    for name in ("picket", "rally", "march"):
        register_filing(ctx, json.loads((EXAMPLES / f"{name}.json").read_text("utf-8")))
    window = MainWindow(ctx, switcher.switch, "en")
    qtbot.addWidget(window)
    assert window.model.rowCount() == 3
    assert window.model.index(0, Column.NUMBER).data() == "01-2026/0003"
    assert window.model.index(2, Column.FORM).data() == "picket"
    window.search.setText("ганди")
    window.refresh()
    assert window.model.rowCount() == 1
    assert window.model.index(0, Column.ORGANIZER).data() == "Иванова М. П."
    assert window.count_label.text() == "Filings shown: 1"


def test_language_switch_changes_labels_without_restart(qtbot: Any, ctx: Any, switcher: Any) -> None:
    register_filing(ctx, json.loads((EXAMPLES / "picket.json").read_text("utf-8")))
    window = MainWindow(ctx, switcher.switch, "en")
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&File"
    window.set_language("ru")
    assert window.file_menu.title() == "&Файл"
    assert window.model.headerData(Column.ORGANIZER, Qt.Orientation.Horizontal) == "Организатор"
    assert window.model.index(0, Column.FORM).data() == "пикетирование"
    window.set_language("kk")
    assert window.language_menu.title() == "&Тіл"
    assert window.model.index(0, Column.STATUS).data() == "тіркелді"
    assert "ОТЫРЫС" not in window.windowTitle() and "журналы" in window.windowTitle()
