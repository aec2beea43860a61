"""A progress indicator on every task longer than half a second (issue 22 item 5): the window's status bar shows
a moving bar and what is being done while the background worker is busy for more than 0.5 s, and not for a
quick task; the busy dialog of a long task in a dialog appears after 0.5 s, with Cancel only where asked."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from akimat_desk.ui.tasks import TaskRunner
from akimat_desk.ui.widgets.busy import BusyIndicator, progress_dialog, task_text


def _wait(qtbot: Any, ms: int) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def test_a_slow_task_shows_the_busy_indicator_with_what_it_does_and_a_quick_one_does_not(qtbot: Any) -> None:
    runner = TaskRunner()
    host = QWidget()
    qtbot.addWidget(host)
    busy = BusyIndicator((runner, runner), host)
    host.show()
    try:
        done: list[str] = []
        runner.run(lambda: "quick", done.append)
        _wait(qtbot, 700)
        assert done == ["quick"] and not busy.isVisible()  # under half a second: nothing flickers
        release = threading.Event()
        runner.run(lambda: release.wait(10), lambda _r: done.append("slow"), what=task_text("history"))
        _wait(qtbot, 200)
        assert not busy.isVisible()  # not before 0.5 s
        qtbot.waitUntil(busy.isVisible, timeout=2000)
        assert "checking the history chains" in busy.text.text() and busy.bar.maximum() == 0
        release.set()
        qtbot.waitUntil(lambda: "slow" in done, timeout=3000)
        assert not busy.isVisible()
    finally:
        release.set()
        runner.shutdown()


def test_the_busy_dialog_appears_after_half_a_second_and_cancels_only_when_asked(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    stopped: list[bool] = []
    dialog = progress_dialog(host, "Reading the scan…", cancel=lambda: stopped.append(True))
    _wait(qtbot, 150)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    [cancel] = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    cancel.click()
    assert stopped == [True] and dialog.wasCanceled()
    dialog.close()
    plain = progress_dialog(host, "Copying…")
    started = time.monotonic()
    qtbot.waitUntil(plain.isVisible, timeout=2000)
    assert time.monotonic() - started >= 0.4
    assert not [b for b in plain.findChildren(QPushButton) if b.isVisible()]  # no Cancel for atomic work
    plain.close()


def test_the_window_has_the_busy_indicator_in_its_status_bar(qtbot: Any, state: Any) -> None:
    from akimat_desk.ui.main_window import MainWindow

    window = MainWindow(state, lambda _c: True)
    qtbot.addWidget(window)
    assert window.busy.parent() is window.statusBar() or window.statusBar().isAncestorOf(window.busy)
    assert not window.busy.isVisible()
