"""A one-line label that shows "…" where its text no longer fits (the status bar's parts on a 1280 px screen
in Kazakh), and the whole text in its tooltip and accessible name: nothing is cut off mid-word unseen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Takes the width it is given (it never widens the window) and elides its text on the right."""

    def __init__(self, parent: QWidget | None = None, widest: int = 300) -> None:
        super().__init__(parent)
        self.widest = widest  # it asks for no more than this: the status bar's message keeps room beside it
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def shown_text(self) -> str:
        """What is painted at the current width (the whole text, or its start and "…")."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.shown_text()
        )
