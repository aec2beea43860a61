"""The window's parts of issues 8 and 9, installed into the MainWindow with one call (``install_admin``):

- pages Places & bookings, Statistics, Users (appended to the navigation list and the page stack);
- File menu: Import a legacy journal, Back up now, Restore from a backup;
- the status-bar label saying who acts (plainly "single-clerk mode" until a first user exists);
- the history-chain check at start and after a restore, as a red warning naming the first broken entry;
- the automatic backups: daily at start, and on exit with a progress indicator.

Pages a role cannot use are hidden (Users for non-administrators); the services refuse anyway."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.opening import OpenRegister
from akimat_desk.ui.office import backup_dialogs as backups
from akimat_desk.ui.office.users_page import UsersView
from akimat_desk.ui.places.places_page import PlacesView
from akimat_desk.ui.reports.statistics_page import StatisticsView
from akimat_desk.ui.router import PageSpec, PlugPoints
from akimat_desk.ui.widgets.banners import ALERT, banner
from akimat_desk.ui.widgets.elided_label import ElidedLabel

translate = QCoreApplication.translate


DAILY_CHECK_MS = 10 * 60 * 1000  # how often the window looks whether a new day has begun


class AdminPages(QObject):
    def __init__(self, points: PlugPoints) -> None:
        super().__init__(points.window)
        self.points = points
        self.window = points.window
        state = points.state
        self.state = state
        self.reopened: list[OpenRegister] = []
        self.exit_backup_done = False
        self.places = PlacesView(state)
        self.statistics = StatisticsView(state)
        self.users = UsersView(state)
        router = points.router
        router.add(PageSpec("places", lambda: translate("AdminPages", "Places & bookings"), lambda: self.places))
        router.add(
            PageSpec(
                "statistics",
                lambda: translate("AdminPages", "Statistics"),
                lambda: self.statistics,
                on_shown=_compute_once,
            )
        )
        if state.ctx.user.may(Permission.MANAGE_USERS) or state.ctx.principal is not None:
            # everyone logged in changes their own password there
            router.add(PageSpec("users", lambda: translate("AdminPages", "Users"), lambda: self.users))
        from akimat_desk.ui.reports.report_upward_ui import install_report_upward  # issue 20

        self.upward = install_report_upward(points)
        self.places.open_filing.connect(points.open_filing)
        # status bar and the history warning
        self.status_mode = ElidedLabel(self.window)  # ends in "…" on a small screen, whole in its tooltip
        self.window.statusBar().addPermanentWidget(self.status_mode)
        self.history_warning = self._warning_label("history_warning")
        self.backup_warning = self._warning_label("backup_warning")
        points.column.insertWidget(1, self.history_warning)  # below the calendar banner
        points.column.insertWidget(2, self.backup_warning)
        # File menu
        self.import_action, self.backup_action, self.restore_action = (QAction(self.window) for _ in range(3))
        self.import_action.triggered.connect(self.import_journal)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action.triggered.connect(self.restore_dialog)
        points.file_menu.insertActions(
            points.quit_action, [self.import_action, self.backup_action, self.restore_action]
        )
        points.file_menu.insertSeparator(points.quit_action)
        self.checked_on = state.ctx.clock().date()
        self.daily = QTimer(self, interval=DAILY_CHECK_MS)
        self.daily.timeout.connect(self.daily_check)
        self.daily.start()
        self.apply_permissions()
        points.closing.connect(self.closing)
        points.retranslated.connect(self.retranslate_ui)
        state.language_changed.connect(self._language_changed)
        self.retranslate_ui()

    # ------------------------------------------------------------ start and permissions
    def start(self) -> None:
        self.places.reload()
        self.users.reload()
        self.check_history()
        backups.daily_backup(self.state, self._show_backup_warning)

    def _warning_label(self, name: str) -> QLabel:
        return banner(self.window, ALERT, name)

    def _show_backup_warning(self, text: str) -> None:
        self.backup_warning.setText(text)
        self.backup_warning.setVisible(bool(text))

    def apply_permissions(self) -> None:
        user = self.state.ctx.user
        self.import_action.setVisible(user.may(Permission.REGISTER))
        can_backup = user.may(Permission.BACKUP) and backups.database_path(self.state) is not None
        self.backup_action.setVisible(can_backup)
        self.restore_action.setVisible(can_backup)

    def check_history(self) -> None:
        """The full replay of every history chain, in the background: at start, after a restore, and again on
        the first tick of each new day while the window stays open (``daily_check``)."""

        def show(text: str) -> None:
            self.history_warning.setText(text)
            self.history_warning.setVisible(bool(text))

        self.checked_on = self.state.ctx.clock().date()
        backups.check_history(self.state, show)

    def daily_check(self) -> bool:
        """Run the full check when the day has changed since the last one; True when it ran."""
        if self.state.ctx.clock().date() == self.checked_on:
            return False
        self.check_history()
        return True

    # ------------------------------------------------------------ actions
    def import_journal(self) -> None:
        from akimat_desk.ui.reports.legacy_import_dialog import ImportDialog

        dialog = ImportDialog(self.state, self.window)
        if dialog.exec() and dialog.result_value is not None:
            self.window.statusBar().showMessage(dialog.result_text(), 15_000)

    def backup_now(self) -> None:
        def done(result: Any) -> None:
            text = backups.backup_message(result)
            self.window.statusBar().showMessage(text.splitlines()[0], 15_000)
            QMessageBox.information(self.window, translate("AdminPages", "Backup"), text)

        backups.backup_now(self.state, self.window, done=done)

    def restore_dialog(self) -> None:
        folder = str(backups.default_folder(self.state))
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("AdminPages", "Restore from a backup"),
            folder,
            translate("AdminPages", "Register copies (*.db);;All files (*)"),
        )
        if path:
            self.restore(Path(path))

    def restore(self, path: Path, ask: bool = True) -> bool:
        restored = backups.restore(self.state, self.window, path, ask)
        if restored is None:
            return False
        self.reopened.append(restored.register)
        self.points.refresh()
        self.check_history()
        self.window.statusBar().showMessage(
            translate("AdminPages", "Restored from %1; the replaced register is kept as %2")
            .replace("%1", path.name)
            .replace("%2", restored.result.kept_copy.name),
            30_000,
        )
        return True

    def closing(self) -> None:
        """The window closes: the automatic backup "on exit" (once), then the re-opened registers are closed."""
        if self.exit_backup_done:
            return
        self.exit_backup_done = True
        backups.exit_backup(self.state, self.window)
        for reg in self.reopened:
            reg.close()

    # ------------------------------------------------------------ language
    def _language_changed(self, language: str) -> None:
        self.places.set_language(language)
        self.statistics.set_language(language)
        self.users.set_language(language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.import_action.setText(translate("AdminPages", "&Import a legacy journal…"))
        self.backup_action.setText(translate("AdminPages", "&Back up now"))
        self.restore_action.setText(translate("AdminPages", "R&estore from a backup…"))
        user = self.state.ctx.user
        if user.single_clerk:
            self.status_mode.setText(
                translate("AdminPages", "single-clerk mode: no user accounts, %1 may do everything").replace(
                    "%1", self.state.ctx.actor
                )
            )
        else:
            roles = ", ".join(sorted(r.value for r in user.roles))
            self.status_mode.setText(
                translate("AdminPages", "logged in: %1 (%2)").replace("%1", user.name).replace("%2", roles)
            )


def _compute_once(page: StatisticsView) -> None:
    if page.table is None:
        page.compute()


def install_admin(points: PlugPoints) -> AdminPages:
    """Plug the places, statistics and users pages, the backup actions and the warnings into the window."""
    return AdminPages(points)
