"""Start the Qt application: translations, the register, the first-run questions, the main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication

from akimat_desk.paths import DATABASE_URL_ENV, resolve_paths
from akimat_desk.security.secrets import KeyringSecretStore
from akimat_desk.services.filings.register_view import remember_startup_facts, repair_search_index
from akimat_desk.services.filings.registered import count_filings
from akimat_desk.services.kernel.messages import language_from_env
from akimat_desk.services.kernel.opening import OpenRegister, with_stored_password
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import MainWindow
from akimat_desk.ui.startup_plan import location_text
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import TaskRunner
from akimat_desk.ui.widgets.screen_fit import install_screen_fit


@dataclass
class Session:
    """What ``build_session`` builds: keep it alive while the window is open, ``close()`` afterwards."""

    window: MainWindow
    register: OpenRegister
    runner: TaskRunner
    maintenance: TaskRunner | None = None

    def close(self) -> None:
        if self.maintenance is not None:
            self.maintenance.shutdown()
        self.runner.shutdown()
        self.register.close()


def build_session(
    app: QApplication,
    home: str | None,
    ask_first_run: bool = True,
    *,
    switcher: LanguageSwitcher | None = None,
    gui: GuiState | None = None,
) -> Session:
    """Open the register in ``home`` and build the window in the remembered language (not shown yet).

    ``switcher`` and ``gui`` are the staged start's (``ui.startup``), already set up; else they are made here."""
    paths = resolve_paths(home).ensure()
    install_screen_fit(app)  # the passphrase, login and first-run dialogs too fit the screen (issue 22)
    gui = gui or GuiState(paths.gui_state)
    language = gui.get("language") or language_from_env(os.environ.get("AKIMAT_DESK_LANG") or os.environ.get("LANG"))
    if switcher is None:
        switcher = LanguageSwitcher(app)
        switcher.switch(language)
    if switcher.language != language:
        print(f"akimat-desk: translations for '{language}' are missing; run scripts/setup.sh", file=sys.stderr)
    url = os.environ.get(DATABASE_URL_ENV)
    from akimat_desk.ui.office.login_dialog import open_and_log_in  # issue 9: passphrase and login at start

    if url:  # the server password is kept in the keyring (akimat-desk db-password), never in the URL on disk
        url = with_stored_password(url, KeyringSecretStore())
    opened = open_and_log_in(url, paths.database, paths.backups, switcher.language)
    if opened is None:
        raise SystemExit(1)
    register = opened
    repair_search_index(register.context)
    runner = TaskRunner(app)
    maintenance = TaskRunner(app, name="akimat-maintenance")
    state = AppState(register.context, runner, switcher.language, gui, maintenance)
    if ask_first_run and not gui.get("first_run_done") and not register.context.settings.letterhead_ready:
        from akimat_desk.ui.office.first_run_dialog import FirstRunDialog

        empty = count_filings(register.context, FilingQuery()) == 0
        FirstRunDialog(state, empty, switch_language=switcher.switch).exec()
        gui.set(first_run_done=True)

    def switch(code: str) -> bool:
        return switcher.switch(code)

    gui.set(language=switcher.language)
    window = MainWindow(state, switch, location_text(paths, url))
    if not url:  # the next start's preview (ui.startup) counts its countdowns with these days
        ctx, home_dir = register.context, paths.home
        maintenance.run(lambda: remember_startup_facts(ctx, home_dir), None, lambda _e: None)
    return Session(window, register, runner, maintenance)
