"""Small layouts every page builds the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget


def button_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side from the left, the rest of the row left empty."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def split_vertically(parent: QWidget, upper: QWidget, lower: QWidget, sizes: tuple[int, int]) -> QSplitter:
    """``upper`` above ``lower`` with a handle between them the clerk can drag; ``sizes`` in pixels at first."""
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.addWidget(upper)
    splitter.addWidget(lower)
    splitter.setSizes(list(sizes))
    return splitter
