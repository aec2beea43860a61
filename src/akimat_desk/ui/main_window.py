"""The main window: a router between the register view, the language switch and the commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QTableView, QToolBar, QVBoxLayout, QWidget

from akimat_desk.services.context import ServiceContext
from akimat_desk.services.filings import list_filings
from akimat_desk.storage.repositories import FilingQuery
from akimat_desk.ui.models.register_model import RegisterModel

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


class MainWindow(QMainWindow):
    """Lists the register; search filters in SQL through the services; F5 reloads."""

    def __init__(self, ctx: ServiceContext, switch_language: Callable[[str], bool], language: str) -> None:
        super().__init__()
        self._ctx = ctx
        self._switch_language = switch_language
        self.model = RegisterModel(ctx.settings.tz, self)
        self.model.language = language
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.count_label = QLabel(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_actions(language)
        self.retranslate_ui()
        self.refresh()
        self.resize(1180, 640)

    def _build_actions(self, language: str) -> None:
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.refresh_action, self.find_action, self.quit_action])
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        toolbar = QToolBar(self)
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_language(self, code: str) -> None:
        if self._switch_language(code):
            self.model.set_language(code)
            self.retranslate_ui()
            self.language_actions[code].setChecked(True)

    def refresh(self) -> None:
        text = self.search.text().strip() or None
        rows = list_filings(self._ctx, FilingQuery(search=text, limit=5000))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Filings shown: %n", "", self.model.rowCount()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("akimat_desk — register of peaceful assembly filings"))
        self.search.setPlaceholderText(self.tr("Search by organizer, purpose, place or number (Ctrl+F)"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.find_action.setText(self.tr("&Search"))
        self.quit_action.setText(self.tr("&Quit"))
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self._update_count()

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
