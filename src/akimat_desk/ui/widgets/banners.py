"""The window's banners: a word-wrapped label in one of three styles, told apart by colour and by its words
(the text always says what is wrong), with contrast of at least 4.5:1."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ALERT = "QLabel { background: #ffebee; color: #b71c1c; border: 2px solid #c62828; padding: 6px; font-weight: bold; }"
WARNING = "QLabel { background: #fff3e0; color: #8a4b00; border: 2px solid #ef6c00; padding: 6px; font-weight: bold; }"
NOTICE = "QLabel { background: #f3e5f5; color: #4a148c; border: 1px solid #6a1b9a; padding: 6px; }"


def banner(parent: QWidget, style: str = ALERT, name: str = "") -> QLabel:
    """A hidden, word-wrapped banner label (``style``: ALERT, WARNING or NOTICE); show it with its text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    label.setStyleSheet(style)
    label.hide()
    return label
