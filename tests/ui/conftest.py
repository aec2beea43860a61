"""Window fixtures: an AppState on the test register with the inline runner, and the language switcher."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner


@pytest.fixture(autouse=True)
def discard_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes the widgets a test left open: a half-typed registration dialog would ask whether to
    throw the filing away, in a modal box nobody answers. Tests of that question restore ``ASK_TO_DISCARD``."""
    from akimat_desk.ui.filings.registration_dialog import RegistrationDialog

    monkeypatch.setattr(RegistrationDialog, "_confirm_discard", lambda _dialog: True)


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    sw = LanguageSwitcher(qapp)
    assert sw.switch("en"), "translations are not built: run python -m akimat_desk.build_translations"
    yield sw
    sw.switch("en")


@pytest.fixture
def state(ctx: Any, tmp_path: Path, switcher: LanguageSwitcher) -> AppState:
    return AppState(ctx, InlineRunner(), "en", GuiState(tmp_path / "gui.json"))


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (``qtbot.keyClicks`` aborts on non-ASCII characters)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def tab_to(window: QWidget, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the keyboard focus (fails if it cannot be reached by keyboard)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        current = QApplication.focusWidget() or window
        QTest.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or type(target).__name__} not reachable with Tab")


def answer_question(qtbot: Any, name: str, button_text: str | None) -> list[str]:
    """Answer the next modal message box named ``name`` (once it opens): click ``button_text``, or with None
    press Enter (its default button). Returns what it showed: title, text, informative text, default button."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(20, answer)
            return
        default = box.defaultButton()
        seen.extend([box.windowTitle(), box.text(), box.informativeText(), default.text() if default else ""])
        if button_text is None:
            QTest.keyClick(box, Qt.Key.Key_Return)
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, answer)
    return seen
