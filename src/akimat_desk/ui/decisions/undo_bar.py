"""The message bar shown in "Decisions and letters" right after a decision or a dispatch was recorded: "Decision
recorded. Undo (within this minute)" with an Undo button (Ctrl+Z). Undo asks for the reason and calls the
service (``services.decisions.undo``), which checks the minute again; the bar leaves when the minute ends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.decisions.undo import Undone, undo_decision, undo_dispatch
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.retranslated import Retranslated

DECISION, DISPATCH = "decision", "dispatch"


@dataclass(frozen=True)
class Recorded:
    """What was just recorded and may be undone this minute: a decision or a dispatch, its id and when."""

    what: str
    filing_id: int
    record_id: int
    at: datetime


class ReasonDialog(Retranslated, QDialog):
    """The reason for the undo: required, so OK stays disabled while the field is empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.reason = QLabel(self), QLineEdit(self)
        self.label.setBuddy(self.reason)
        self.label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._changed("")
        self.retranslate_ui()

    def _changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Undo"))
        self.label.setText(self.tr("&Reason for the undo (kept in the register's history):"))


class UndoBar(Retranslated, QFrame):
    """Offers the undo of ``Recorded`` until the end of its minute (office time zone)."""

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.recorded: Recorded | None = None
        self.setObjectName("undo_bar")
        self.setStyleSheet("#undo_bar { background: #e8f5e9; border: 1px solid #2e7d32; }")
        self.text, self.error = QLabel(self), QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.shortcut = QShortcut(QKeySequence.StandardKey.Undo, parent)
        self.shortcut.activated.connect(self.undo)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.close_window)
        row = QHBoxLayout(self)
        row.addWidget(self.text)
        row.addWidget(self.error, 1)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        self.close_window()
        self.retranslate_ui()

    def offer(self, recorded: Recorded) -> None:
        """Show the bar for ``recorded`` until its minute ends."""
        self.recorded = recorded
        tz = self.state.ctx.settings.tz
        now = self.state.ctx.clock().astimezone(tz)
        end = recorded.at.astimezone(tz).replace(second=0, microsecond=0).timestamp() + 60
        left_ms = max(0, int((end - now.timestamp()) * 1000))
        self.error.hide()
        self.undo_button.setEnabled(True)
        self.shortcut.setEnabled(True)
        self.retranslate_ui()
        self.show()
        self.timer.start(left_ms)

    def close_window(self) -> None:
        """The minute is over (or the undo is done): the offer goes; the service would refuse anyway."""
        self.recorded = None
        self.timer.stop()
        self.shortcut.setEnabled(False)
        self.hide()

    def undo(self) -> None:
        recorded = self.recorded
        if recorded is None:
            return
        dialog = ReasonDialog(self)
        if not dialog.exec():
            return
        reason = dialog.reason.text()
        ctx = self.state.ctx
        use_case: Callable[..., Undone] = undo_decision if recorded.what == DECISION else undo_dispatch
        self.undo_button.setEnabled(False)
        self.state.runner.run(
            lambda: use_case(ctx, recorded.filing_id, recorded.record_id, reason), self._undone, self._failed
        )

    def _undone(self, undone: Undone) -> None:
        self.close_window()
        self.state.apply(undone.changes)

    def _failed(self, exc: BaseException) -> None:
        self.undo_button.setEnabled(True)
        self.error.setText(error_text(exc, self.state.language))
        self.error.show()

    def retranslate_ui(self) -> None:
        what = self.recorded.what if self.recorded else DECISION
        self.text.setText(
            self.tr("Decision recorded.") if what == DECISION else self.tr("Dispatch recorded."),
        )
        self.undo_button.setText(self.tr("&Undo (within this minute)"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z: undo with a reason; the history keeps both entries."))
