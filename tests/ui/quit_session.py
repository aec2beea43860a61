"""Run by tests/ui/test_quit.py in a subprocess: the full window on a demo register with a real background
runner, a clerk's day of status-bar updates, then a quit with work in flight (a slow task on the runner, the
minute timer and the reminders armed). argv: register home, number of status updates."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.ui.gui_state import GuiState
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import MainWindow
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import TaskRunner


def main(home: Path, updates: int) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    switcher.switch("kk")
    register = open_register(home / "register.db", home / "backups", actor="Төлеубаева Ж. С.")
    create_demo_register(register.context)
    runner = TaskRunner(app)
    state = AppState(register.context, runner, "kk", GuiState(home / "gui.json"))
    window = MainWindow(state, switcher.switch, "SQLite: register.db")
    window.show()
    window.start()
    for i in range(updates):  # a day of minute ticks and repaints: each a void call into Qt
        window.status_counts.setText(f"{i}")
    runner.run(lambda: time.sleep(1.5), lambda _r: None)  # still running when the window closes
    QTimer.singleShot(60_000, lambda: None)  # a timer pending at exit

    def quit_now() -> None:
        window.close()
        app.quit()

    QTimer.singleShot(300, quit_now)
    code = app.exec()
    runner.shutdown()
    register.close()
    print("quit cleanly", flush=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), int(sys.argv[2])))
