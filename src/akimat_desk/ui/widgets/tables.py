"""The window's read-only record tables: whole rows selected one at a time, the last column stretched."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def record_table(parent: QWidget, model: QAbstractItemModel, *, wrap: bool = False) -> QTableView:
    """A table over ``model``: single-row selection, no row numbers, words wrapped when ``wrap``."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    view.setWordWrap(wrap)
    return view
