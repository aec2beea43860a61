"""A staged start, so the clerk sees the register at once:

1. the window's frame paints immediately, with the register's first screenful read straight from the SQLite
   file when that is allowed and exact (``services.startup_preview``: a plain register without accounts, the
   start-up cache of the last run), else with "Opening the register…";
2. once it has painted, the rest of the application (SQLAlchemy, the calendar, every page) is imported on a
   background thread, so the frame stays responsive;
3. then the full window is built in the GUI thread (passphrase and login dialogs, first-run questions as
   before), loads its start page off the GUI thread, and takes the frame's place, at the same size and place.

Nothing here writes to the register. Only PySide6 and light modules are imported at module level: that is
the point of this module (``tests/ui/test_startup.py`` checks it).
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.deadlines import Countdown
from akimat_desk.services.filings.startup_preview import OutsideCachedDays, RegisterPreview, RegisterRow
from akimat_desk.ui.filings.register_cells import COLUMN_WIDTHS, Column, header, row_text
from akimat_desk.ui.gui_state import GuiState
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.none_guard import top_up
from akimat_desk.ui.pyside_feature import lighten
from akimat_desk.ui.startup_plan import (
    REGISTER_PAGE,
    START_PAGE,
    TODAY_PAGE,
    StartPlan,
    location_text,
)
from akimat_desk.ui.widgets.countdown import countdown_colour, countdown_icon
from akimat_desk.ui.widgets.screen_fit import install_screen_fit
from akimat_desk.ui.window_geometry import place_window

lighten()  # before the full window's ~900 modules are imported: PySide6 would keep each one's source text

__all__ = ["REGISTER_PAGE", "START_PAGE", "TODAY_PAGE", "StagedStart", "StartupWindow", "location_text", "run_window"]

PAINT_EVENT = 12  # QEvent.Type.Paint, as its value: QEvent.Type's lookup costs the first paint a few ms
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole, written as its value (see preview_items)
SWAP_TIMEOUT_MS = 5_000  # the full window replaces the frame when its page has loaded, or after this at most
FULL_WINDOW_MODULE = "akimat_desk.ui.qt_app"


def translate(text: str) -> str:
    """A text of the full window (its translation context), so the frame reads exactly like it."""
    return QCoreApplication.translate("MainWindow", text)


def opening_text() -> str:
    return QCoreApplication.translate("StartupWindow", "Opening the register…")


def today_text() -> str:
    return QCoreApplication.translate("StartupWindow", "Today")


def deadline_item(row: RegisterRow, language: str, tz: Any, running: Countdown | None) -> QStandardItem:
    item = QStandardItem(row_text(row, Column.DEADLINE, language, tz, running))
    item.setIcon(countdown_icon(running.state if running else None))
    colour = countdown_colour(running)
    if colour is not None:  # setData, not setForeground(QBrush): QBrush's overloads load Qt's namespace
        item.setData(colour, FOREGROUND_ROLE)
    return item


def preview_items(
    row: RegisterRow, language: str, tz: Any, running: Countdown | OutsideCachedDays | None
) -> list[QStandardItem]:
    """One register line as items of a C++ model: painting the preview calls no Python at all."""
    items = []
    for column in Column:
        if column is not Column.DEADLINE:
            item = QStandardItem(row_text(row, column, language, tz, None))
        elif isinstance(running, OutsideCachedDays):  # beyond the cached days: the full register counts it
            item = QStandardItem(f"{row.review_due:%d.%m} · …")
        else:
            item = deadline_item(row, language, tz, running)
        item.setEditable(False)
        items.append(item)
    return items


def preview_model(
    preview: RegisterPreview, language: str, countdowns: dict[int, Any], now: datetime, parent: QObject
) -> QStandardItemModel:
    model = QStandardItemModel(0, len(Column), parent)
    model.setHorizontalHeaderLabels([header(c) for c in Column])
    for row in preview.rows:
        if row.id not in countdowns:
            try:
                countdowns[row.id] = preview.countdown(row, now)
            except OutsideCachedDays as outside:
                countdowns[row.id] = outside
        model.appendRow(preview_items(row, language, preview.hours.zone, countdowns[row.id]))
    return model


class StartupWindow(QMainWindow):
    """The window's frame while the application loads: the same menus, navigation, register columns and status
    bar as the full window, every action disabled, and the register preview (or a waiting message)."""

    closed = QtSignal()

    def __init__(
        self,
        location: str,
        preview: RegisterPreview | None,
        language: str,
        on_register: bool,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        countdowns: dict[int, Any] | None = None,
        gui: GuiState | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(translate("akimat_desk — register of peaceful assembly filings"))
        for title in ("&File", "F&iling", "&View", "&Language", "&Help"):
            self.menuBar().addMenu(translate(title)).setEnabled(False)
        toolbar = QToolBar(self)
        toolbar.setObjectName("main_toolbar")
        for text in ("&New filing…", "&Search", "&Print…", "&Refresh"):
            toolbar.addAction(translate(text)).setEnabled(False)
        self.addToolBar(toolbar)
        self.nav = QListWidget(self)
        self.nav.addItems([today_text(), translate("Register"), translate("Filing card"), translate("Settings")])
        self.nav.setMinimumWidth(180)
        self.nav.setMaximumWidth(230)
        self.nav.setEnabled(False)
        self.nav.setCurrentRow(1 if on_register else 0)
        self.table: QTableView | None = None
        self.page = (
            self._register_page(preview, language, now, countdowns)
            if on_register and preview is not None
            else self._waiting_page()
        )
        central = QWidget(self)  # nav | page as the full window's splitter lays them out at its start (no
        layout = QHBoxLayout(central)  # QSplitter here: its constructor's overloads load Qt's whole namespace)
        layout.setContentsMargins(4, 4, 4, 4)
        self.nav.setFixedWidth(210)
        layout.addWidget(self.nav)
        layout.addWidget(self.page, 1)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(QLabel(location, self))
        self.statusBar().showMessage(opening_text())
        # where the last window was, within this screen (the full window then takes this user's own place)
        self.open_maximized = place_window(self, gui or GuiState(None))

    def _register_page(
        self, preview: RegisterPreview, language: str, now: Callable[[], datetime], countdowns: dict[int, Any] | None
    ) -> QWidget:
        page = QWidget(self)
        search = QLineEdit(page)
        search.setEnabled(False)
        search.setPlaceholderText(opening_text())
        self.model = preview_model(preview, language, dict(countdowns or {}), now(), page)
        table = QTableView(page)
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(search)
        layout.addWidget(table)
        self.table = table
        return page

    def _waiting_page(self) -> QWidget:
        from PySide6.QtCore import Qt

        label = QLabel(opening_text(), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)  # Qt's namespace is imported late: it costs ~15 ms
        return label

    def closeEvent(self, event: Any) -> None:
        self.closed.emit()
        super().closeEvent(event)


class CoreLoader(QObject):
    """Imports the full window's modules on a daemon thread; ``loaded`` (or ``failed``) arrives in the GUI
    thread. Importing defines classes only: no widget is created off the GUI thread."""

    loaded = QtSignal()
    failed = QtSignal(str)

    def start(self, module: str = FULL_WINDOW_MODULE) -> None:
        threading.Thread(target=self._run, args=(module,), name="akimat-import", daemon=True).start()

    def _run(self, module: str) -> None:
        try:
            importlib.import_module(module)
        except Exception as exc:  # reported in the GUI thread; the window cannot open without its modules
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.loaded.emit()


class AfterFirstPaint(QObject):
    """Calls ``then`` once, after ``widget``'s first paint (or after ``FALLBACK_MS`` if it is not painted,
    e.g. a window opened minimised)."""

    FALLBACK_MS = 300

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self.fire)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if event.type() == PAINT_EVENT:
            QTimer.singleShot(0, self, self.fire)  # after the paint has been delivered
        return False

    def fire(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._widget.removeEventFilter(self)
            then()


class StagedStart(QObject):
    """Frame first, full window second (see the module docstring). ``on_frame`` and ``on_window`` let a caller
    (the benchmark, the tests) watch the two stages; ``exit_code`` is set when the start is abandoned."""

    def __init__(
        self,
        app: QApplication,
        plan: StartPlan,
        on_frame: Callable[[StartupWindow], None] | None = None,
        on_window: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self._on_window = on_window
        self.switcher = LanguageSwitcher(app)
        self.home, self.paths, self.gui, self.url = plan.home, plan.paths, plan.gui, plan.url
        install_screen_fit(app)  # the frame, the window and every dialog open within the screen (issue 22)
        self.switcher.switch(plan.language)  # a missing .qm is reported again (and explained) by the full start
        self.frame = StartupWindow(
            location_text(plan.paths, plan.url),
            plan.preview,
            self.switcher.language,
            plan.on_register,
            countdowns=plan.countdowns,
            gui=plan.gui,
        )
        self.frame.closed.connect(self._frame_closed)
        self.session: Any = None
        self.abandoned = self.swapped = False
        self._swap_timer = QTimer(self, singleShot=True, interval=SWAP_TIMEOUT_MS)
        self._swap_timer.timeout.connect(self._swap)
        self.exit_code: int | None = None
        if self.frame.open_maximized:
            self.frame.showMaximized()
        else:
            self.frame.show()
        if on_frame is not None:
            on_frame(self.frame)
        self.loader = CoreLoader()
        self.loader.loaded.connect(self._build_window)
        self.loader.failed.connect(self._failed)
        # the imports start once the frame has painted: before that they would take the GIL from the paint
        self._painted = AfterFirstPaint(
            self.frame.table.viewport() if self.frame.table else self.frame, self.loader.start
        )

    def _frame_closed(self) -> None:
        if not self.swapped:  # closed while loading: stop there (the register is closed by run_window)
            self.abandoned = True
            self.exit_code = 0
            self.app.quit()

    def _failed(self, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.frame, "akimat_desk", reason)
        self.exit_code = 1
        self.app.quit()

    def _build_window(self) -> None:
        if self.abandoned:
            return
        from PySide6.QtCore import Qt

        from akimat_desk.ui.qt_app import build_session

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session = build_session(self.app, self.home, switcher=self.switcher, gui=self.gui)
        except SystemExit as stop:  # a cancelled passphrase or login, or a register that cannot be opened
            self.exit_code = int(stop.code or 0)
            self.frame.hide()
            self.app.quit()
            return
        finally:
            QApplication.restoreOverrideCursor()
        window = self.session.window  # it has its user's remembered geometry, clamped to the screen
        window.start_page_loaded.connect(self._swap)  # whichever comes first: the page's load or the time limit
        self._swap_timer.start()
        window.start()

    def _swap(self) -> None:
        if self.swapped or self.abandoned or self.session is None:
            return
        self.swapped = True
        self._swap_timer.stop()
        window = self.session.window
        if self.frame.isMaximized() or window.open_maximized:
            window.showMaximized()
        else:
            window.show()
        window.raise_()
        window.activateWindow()
        self.frame.closed.disconnect(self._frame_closed)
        self.frame.close()
        if self._on_window is not None:
            self._on_window(window)


def run_window(
    plan: StartPlan,
    argv: Sequence[str],
    on_frame: Callable[[StartupWindow], None] | None = None,
    on_window: Callable[[Any], None] | None = None,
) -> int:
    """Open the clerk's window and run until it is closed (``akimat_desk.app.open_window`` starts the plan)."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("akimat_desk")
    top_up()  # PySide6 6.12's reference leak on None (ui/none_guard.py): before, during and after the window
    start = StagedStart(app, plan, on_frame, on_window)
    try:
        code = app.exec()
    finally:
        if start.session is not None:
            start.session.close()
        top_up()
    return start.exit_code if start.exit_code is not None else code
