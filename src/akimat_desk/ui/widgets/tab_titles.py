"""Tab titles are never cut: a tab bar without room for all its (Kazakh) titles scrolls instead of eliding or
clipping them ("Мазмұны" once read "Лазмұнь", its first and last letters cut off)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


def keep_titles_whole(tabs: QTabWidget | QTabBar) -> None:
    """Whole titles, scroll buttons when they do not fit."""
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    tabs.setUsesScrollButtons(True)
    bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
    bar.setExpanding(False)


def keep_all_titles_whole(root: QWidget) -> None:
    """``keep_titles_whole`` for every tab widget under ``root`` (the window and its pages)."""
    for tabs in root.findChildren(QTabWidget):
        keep_titles_whole(tabs)
