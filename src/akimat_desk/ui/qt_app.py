"""Start the Qt application: translations, the register, the first-run demo offer, the main window."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from akimat_desk.paths import DATABASE_URL_ENV, AppPaths, resolve_paths
from akimat_desk.services.demo import create_demo_register
from akimat_desk.services.filings import count_filings
from akimat_desk.services.messages import language_from_env
from akimat_desk.services.register import open_register
from akimat_desk.storage.repositories import FilingQuery
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import MainWindow


def _saved_language(paths: AppPaths) -> str | None:
    try:
        value = json.loads(paths.gui_state.read_text("utf-8")).get("language")
    except (OSError, ValueError):
        return None
    return value if isinstance(value, str) else None


def _save_state(paths: AppPaths, **state: object) -> None:
    try:
        current = json.loads(paths.gui_state.read_text("utf-8"))
    except (OSError, ValueError):
        current = {}
    current.update(state)
    paths.gui_state.write_text(json.dumps(current, ensure_ascii=False, indent=2), "utf-8")


def offer_demo(parent: MainWindow | None, ctx: object) -> bool:
    """Ask once, on an empty register, whether to fill it with demo filings."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FirstRun", "Empty register"),
        QCoreApplication.translate(
            "FirstRun",
            "The register is empty. Load a demo register with 60 sample filings to look around?\n"
            "Use a separate folder (--home) for real work.",
        ),
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def run_gui(home: str | None, argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("akimat_desk")
    paths = resolve_paths(home).ensure()
    switcher = LanguageSwitcher(app)
    language = _saved_language(paths) or language_from_env(os.environ.get("AKIMAT_DESK_LANG") or os.environ.get("LANG"))
    if not switcher.switch(language):
        print(f"akimat-desk: translations for '{language}' are missing; run scripts/setup.sh", file=sys.stderr)
    register = open_register(os.environ.get(DATABASE_URL_ENV) or paths.database, paths.backups)
    ctx = register.context
    state_is_new = not paths.gui_state.exists()
    if state_is_new and count_filings(ctx, FilingQuery()) == 0 and offer_demo(None, ctx):
        create_demo_register(ctx)

    def switch(code: str) -> bool:
        ok = switcher.switch(code)
        if ok:
            _save_state(paths, language=code)
        return ok

    window = MainWindow(ctx, switch, switcher.language)
    _save_state(paths, language=switcher.language)
    window.show()
    try:
        return app.exec()
    finally:
        register.close()
