"""The main window: a router between Today, the register, the filing card and settings; menus, toolbar,
shortcuts, status bar, the live-countdown timers and the runtime language switch."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.filings.register_view import Bucket, CalendarHealth, calendar_health, change_stamp
from akimat_desk.services.kernel.context import Changes
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.filings.register_page import RegisterView
from akimat_desk.ui.filings.today_page import TodayView
from akimat_desk.ui.none_guard import top_up
from akimat_desk.ui.office.settings_page import LANGUAGE_NAMES, SettingsView
from akimat_desk.ui.router import PageRouter, PlugPoints
from akimat_desk.ui.startup_plan import REGISTER_PAGE, START_PAGE, TODAY_PAGE
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.banners import ALERT, banner
from akimat_desk.ui.widgets.busy import BusyIndicator
from akimat_desk.ui.widgets.elided_label import ElidedLabel
from akimat_desk.ui.widgets.retranslated import Retranslated
from akimat_desk.ui.widgets.screen_fit import install_screen_fit
from akimat_desk.ui.widgets.tab_titles import keep_all_titles_whole
from akimat_desk.ui.window_geometry import place_window, remember_window, restore_splitters

if TYPE_CHECKING:
    from akimat_desk.ui.filings.card_page import CardView

TODAY, REGISTER, CARD, SETTINGS = range(4)
MINUTE_MS = 60_000
GUARD_MS = 5_000


class MainWindow(Retranslated, QMainWindow):
    start_page_loaded = Signal()  # once, when the page the window opened on has its data (the staged start)
    closing = Signal()  # once, when the window is about to close (plug-ins: the exit backup...)
    retranslated = Signal()  # after the window set its texts in the (new) language

    def __init__(self, state: AppState, switch_language: Callable[[str], bool], location: str = "") -> None:
        super().__init__()
        self.state = state
        self._switch_language = switch_language
        self._location = location
        self._counts: dict[str, int] = {}
        self._shown = 0
        self._health: CalendarHealth | None = None
        self._health_error: BaseException | None = None
        self.today = TodayView(state, self)
        self.register = RegisterView(state, self)
        self._card: CardView | None = None  # built when first needed (see ``card``)
        self._card_slot = QWidget(self)  # its place in the page stack until then
        self.settings = SettingsView(state, self)
        self.pages = QStackedWidget(self)
        for page in (self.today, self.register, self._card_slot, self.settings):
            self.pages.addWidget(page)
        self.nav = QListWidget(self)
        self.nav.addItems(["", "", "", ""])
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(230)
        self.nav.currentRowChanged.connect(self._show_page)
        self.banner = banner(self, ALERT)
        self.splitter = splitter = QSplitter(self)
        splitter.setObjectName("main")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1200])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.status_location, self.status_counts, self.status_calendar, self.status_user = (
            ElidedLabel(self) for _ in range(4)
        )
        for label in (self.status_location, self.status_counts, self.status_calendar, self.status_user):
            # long texts (Kazakh) end in "…" (whole in the tooltip) rather than widening the window past the screen
            self.statusBar().addPermanentWidget(label)
        self.busy = BusyIndicator((state.runner, state.maintenance), self)  # issue 22: long work shows it
        self.statusBar().insertPermanentWidget(0, self.busy)
        self._build_actions()
        self._closing_emitted = False
        self.router = PageRouter(state, self.nav, self.pages, self.view_menu)  # pages the features plug in
        from akimat_desk.ui.esign.trust_store_page import install_trust_page  # issue 7: trust anchors and CRLs (admin)

        self.plug_points = PlugPoints(
            state,
            self.router,
            self,
            layout,
            self.file_menu,
            self.quit_action,
            self.today,
            self.closing,
            self.retranslated,
            self.open_filing,
            self.refresh,
        )
        self.trust = install_trust_page(self.plug_points)
        from akimat_desk.ui.admin_pages import install_admin  # issues 8-9: places, statistics, users, backups

        self.admin = install_admin(self.plug_points)
        from akimat_desk.ui.deadlines import install_reminders  # issue 22: reminders from the tray

        self.reminders = install_reminders(self.plug_points)
        from akimat_desk.ui.deadlines import install_reminders_page  # issue 22: the administrator's moments

        self.reminders_page = install_reminders_page(self.plug_points)
        from akimat_desk.ui.widgets.accessibility import install_accessible_names  # issue 22: screen readers

        install_accessible_names(self, self.retranslated)
        keep_all_titles_whole(self)  # issue 22: tab titles scroll, never cut, at 1280x720 in Kazakh
        install_screen_fit()  # issue 22: every dialog opens within the screen, its buttons on it
        self.today.open_filing.connect(self.open_filing)
        self.register.open_filing.connect(self.open_filing)
        self.today.counts_changed.connect(self._counts_changed)
        self.register.loaded.connect(self._register_loaded)
        self.settings.language_chosen.connect(self.set_language)
        top_up()  # the PySide6 6.12 reference leak on None (ui/none_guard.py: the quit crash)
        self._guard = QTimer(self, interval=GUARD_MS)
        self._guard.timeout.connect(top_up)
        self._guard.start()
        state.changes_applied.connect(self._recheck_calendar)
        self._minute = QTimer(self, interval=MINUTE_MS)
        self._minute.timeout.connect(self.tick)
        self._boundary = QTimer(self, singleShot=True)
        self._boundary.timeout.connect(self._boundary_reached)
        self.retranslate_ui()
        self.nav.setCurrentRow(REGISTER if state.gui.get(START_PAGE) == REGISTER_PAGE else TODAY)
        self.nav.currentRowChanged.connect(self._remember_start_page)
        self.open_maximized = self.restore_geometry()

    def restore_geometry(self) -> bool:
        """Size, place and splitters as this user left them, within the available screen (issue 22); returns
        whether the window was maximized then."""
        user = self.state.ctx.actor
        restore_splitters(self.state.gui, user, self.splitters())
        return place_window(self, self.state.gui, user)

    def splitters(self) -> dict[str, QSplitter]:
        """The splitters whose sizes are remembered: the window's and every page's named one."""
        return {s.objectName(): s for s in self.findChildren(QSplitter) if s.objectName()}

    @property
    def card(self) -> CardView:
        """The filing card page, built the first time it is needed (a filing opened, its row chosen): the
        window's start does not import or build the card and the features plugged into it."""
        if self._card is None:
            from akimat_desk.ui.filings.card_page import CardView
            from akimat_desk.ui.widgets.accessibility import name_controls

            card = CardView(self.state, self)
            current = self.pages.currentIndex()
            self.pages.removeWidget(self._card_slot)
            self.pages.insertWidget(CARD, card)
            self.pages.setCurrentIndex(current)
            self._card_slot.deleteLater()
            self._card = card
            name_controls(card)  # screen readers: as the window's other controls were named at its start
        return self._card

    def _show_page(self, row: int) -> None:
        if row == CARD:
            self.card  # noqa: B018 (built before it is shown)
        self.pages.setCurrentIndex(row)

    # ------------------------------------------------------------ start
    def start(self) -> None:
        """Load the pages, check the calendar, and start the countdown timers."""
        first, second = (
            (self.register, self.today) if self.pages.currentIndex() == REGISTER else (self.today, self.register)
        )
        first_loaded = self.register.loaded if first is self.register else self.today.counts_changed
        first_loaded.connect(self._first_page_loaded, Qt.ConnectionType.SingleShotConnection)
        first.reload()  # the page on screen first: the runner works in order
        second.reload()
        ctx = self.state.ctx
        self.state.runner.run(lambda: calendar_health(ctx), self._calendar_checked, self._calendar_check_failed)
        self.state.runner.run(lambda: change_stamp(ctx), self._stamp_checked, lambda _e: None)  # the baseline
        self._minute.start()
        self._arm_boundary()
        self.admin.start()
        self.reminders.start()

    def _first_page_loaded(self, *_args: Any) -> None:
        self.start_page_loaded.emit()

    def _remember_start_page(self, row: int) -> None:
        """The next start opens on the register if the clerk left it there, else on Today."""
        self.state.gui.set(**{START_PAGE: REGISTER_PAGE if row == REGISTER else TODAY_PAGE})

    def _calendar_checked(self, health: CalendarHealth) -> None:
        self._health = health
        self._show_banner()
        self.retranslate_ui()

    def _recheck_calendar(self, changes: Changes) -> None:
        """A year confirmed (or not) in Settings: the banner and the status bar say so at once."""
        if changes & Changes.CALENDAR:
            ctx = self.state.ctx
            self.state.runner.run(lambda: calendar_health(ctx), self._calendar_checked, self._calendar_check_failed)

    def _calendar_check_failed(self, exc: BaseException) -> None:
        self._health_error = exc
        self._show_banner()

    def _show_banner(self) -> None:
        health = self._health
        if health is None and self._health_error is not None:
            self.banner.setText(
                "⚠ "
                + self.tr(
                    "The working-day calendar could not be checked against the golden list, so a wrong holiday or "
                    "transfer would go unnoticed: %1"
                ).replace("%1", error_text(self._health_error, self.state.language))
            )
            self.banner.show()
            return
        if health is None:
            return
        lines = health.lines(self.state.language)[:5]
        if health.unconfirmed_years:
            years = ", ".join(map(str, health.unconfirmed_years))
            lines.append(
                self.tr(
                    "The working-day calendar of %1 is NOT confirmed by the administrator: holiday transfers or Kurban Ait may still move deadlines. Confirm it under Settings, Working-day calendar (or with 'akimat-desk calendar confirm')."  # noqa: E501
                ).replace("%1", years)
            )
        self.banner.setText("⚠ " + "\n⚠ ".join(lines))
        self.banner.setVisible(bool(lines))

    # ------------------------------------------------------------ actions
    def _build_actions(self) -> None:
        def action(shortcut: Any, slot: Callable[[], Any]) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        self.new_action = action(QKeySequence.StandardKey.New, self.new_filing)
        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.print_action = action(QKeySequence.StandardKey.Print, self.print_current)
        self.refresh_action = action(Qt.Key.Key_F5, self.refresh)
        self.quit_action = action(QKeySequence.StandardKey.Quit, self.close)
        self.view_actions = [action(f"Ctrl+{i + 1}", functools.partial(self.nav.setCurrentRow, i)) for i in range(4)]
        self.about_action = action(None, self.about)
        self.check_letter_action = action("Ctrl+Shift+L", self.check_letter)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.filing_menu = self.menuBar().addMenu("")
        self.filing_menu.addActions([self.find_action, self.refresh_action, self.check_letter_action])
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions(self.view_actions)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.state.language)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        toolbar = QToolBar(self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.find_action, self.print_action, self.refresh_action])
        self.addToolBar(toolbar)

    def new_filing(self) -> None:
        from akimat_desk.ui.filings.registration_dialog import RegistrationDialog

        pending = None  # the rest of a scanned stack (issue 19), opened filing by filing
        while True:
            dialog = RegistrationDialog(self.state, self, pending_scan=pending)
            result = dialog.exec()
            if result == 1 and dialog.registered is not None:
                self.open_filing(dialog.registered.id)
            if result != 2:  # "register next" opens a fresh dialog
                return
            pending = dialog.pending_scan

    def open_filing(self, filing_id: int) -> None:
        self.card.show_filing(filing_id)
        self.nav.setCurrentRow(CARD)
        self.card.setFocus()

    def focus_search(self) -> None:
        self.nav.setCurrentRow(REGISTER)
        self.register.focus_search()

    def print_current(self) -> None:
        """Ctrl+P prints the open filing's latest letter, else its card (the print-card button stays)."""
        if self.pages.currentIndex() == REGISTER and (fid := self.register.selected_filing()) is not None:
            self.open_filing(fid)
            return
        if self._card is not None and self._card.card is not None:
            self.nav.setCurrentRow(CARD)
            self.card.print_letter_or_card()

    def refresh(self) -> None:
        self.today.reload()
        self.register.reload()
        if self._card is not None:
            self._card.reload()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About akimat_desk"),
            self.tr("akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of 25 May 2020."),
        )

    # ------------------------------------------------------------ live countdowns
    def tick(self) -> None:
        """Every minute: recompute countdown texts and states in place, and reload the lists only when
        another seat (or process) registered or changed a filing since the last look."""
        self.register.model.refresh_countdowns()
        self.today.refresh_countdowns()
        if self._card is not None:
            self._card.refresh_countdown()
        ctx = self.state.ctx
        self.state.runner.run(lambda: change_stamp(ctx), self._stamp_checked, lambda _e: None)

    def _stamp_checked(self, stamp: tuple[int, int]) -> None:
        seen, self._stamp = getattr(self, "_stamp", None), stamp
        if seen is not None and stamp != seen:
            self.register.reload()
            self.today.reload()

    def _arm_boundary(self) -> None:
        """A single-shot timer at the next midnight or close of office hours, whichever comes first."""
        settings = self.state.ctx.settings
        now = self.state.ctx.clock().astimezone(settings.tz)
        closes = datetime.combine(now.date(), time.fromisoformat(settings.office_closes), now.tzinfo)
        midnight = datetime.combine(now.date() + timedelta(days=1), time(0, 0), now.tzinfo)
        upcoming = [t for t in (closes, midnight) if t > now]
        wait = (min(upcoming) - now).total_seconds()
        self._boundary.start(int(min(max(wait, 1), 86_400) * 1000) + 500)

    def _boundary_reached(self) -> None:
        self.tick()
        self.today.reload()
        self._arm_boundary()

    # ------------------------------------------------------------ status bar
    def _counts_changed(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self.retranslate_ui()

    def _register_loaded(self, count: int) -> None:
        self._shown = count
        self._update_status()

    def _update_status(self) -> None:
        self.status_location.setText(self._location)
        due, overdue = self._counts.get(Bucket.DUE_TODAY, 0), self._counts.get(Bucket.OVERDUE, 0)
        shown = self.tr("Filings shown: %n", "", self._shown)
        due_text = self.tr("%n due today", "", due)
        overdue_text = self.tr("%n overdue", "", overdue)
        self.status_counts.setText(f"{shown} | {due_text} | {overdue_text}")
        year = self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).year
        if self._health is None:
            self.status_calendar.setText("")
        elif year in self._health.unconfirmed_years:
            self.status_calendar.setText(self.tr("calendar %1 NOT confirmed").replace("%1", str(year)))
        else:
            self.status_calendar.setText(self.tr("calendar %1 confirmed").replace("%1", str(year)))
        self.status_user.setText(self.tr("user: %1").replace("%1", self.state.ctx.actor))

    # ------------------------------------------------------------ language
    def set_language(self, code: str) -> None:
        if not self._switch_language(code):
            return
        self.state.set_language(code)
        self.register.set_language(code)
        self.today.set_language(code)
        if self._card is not None:  # else it is built in the new language
            self._card.set_language(code)
        self.settings.set_language(code)
        self.language_actions[code].setChecked(True)
        self.retranslate_ui()

    def check_letter(self) -> None:
        """Is a PDF or a photo of a paper letter the one the register issued? (issue 18)"""
        from akimat_desk.ui.esign.sign_letter_dialog import CheckLetterDialog

        CheckLetterDialog(self.state, self).exec()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("akimat_desk — register of peaceful assembly filings"))
        self.new_action.setText(self.tr("&New filing…"))
        self.find_action.setText(self.tr("&Search"))
        self.print_action.setText(self.tr("&Print…"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About"))
        self.check_letter_action.setText(self.tr("&Check a letter…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.filing_menu.setTitle(self.tr("F&iling"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        attention = self._counts.get(Bucket.OVERDUE, 0) + self._counts.get(Bucket.DUE_TODAY, 0)
        names = (
            self.tr("Today (%n due)", "", attention),
            self.tr("Register"),
            self.tr("Filing card"),
            self.tr("Settings"),
        )
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
            self.view_actions[i].setText(name)
        self._show_banner()
        self._update_status()
        self.router.retitle()
        self.retranslated.emit()

    def closeEvent(self, event: Any) -> None:
        remember_window(self, self.state.gui, self.state.ctx.actor, self.splitters())
        self._minute.stop()
        self._boundary.stop()
        top_up()  # the teardown that follows must not find None's count at zero
        if not self._closing_emitted:
            self._closing_emitted = True
            self.closing.emit()
        super().closeEvent(event)
