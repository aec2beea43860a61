"""Move a filing to another status the procedure allows; an outcome for a decision, a reason when needed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.filing import FilingRecord
from akimat_desk.domain.statuses import OUTCOMES_BY_KIND, Outcome, Status
from akimat_desk.services.filings.registered import Changed, change_status, withdraw_filing
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState


class StatusDialog(QDialog):
    def __init__(self, state: AppState, filing: FilingRecord, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.filing, self.status = state, filing, status
        lang = state.language
        self.setWindowTitle(
            self.tr("%1: %2").replace("%1", filing.incoming_number).replace("%2", message(f"status.{status}", lang))
        )
        form = QFormLayout()
        self.outcome = QComboBox(self)
        if status is Status.DECIDED:
            for outcome in Outcome:
                if outcome in OUTCOMES_BY_KIND[filing.kind]:
                    self.outcome.addItem(message(f"outcome.{outcome}", lang), outcome.value)
            form.addRow(self.tr("&Outcome:"), self.outcome)
        else:
            self.outcome.hide()
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        label = self.tr("&Reason (required):") if status is Status.WITHDRAWN else self.tr("&Note:")
        form.addRow(label, self.reason)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        ctx, fid, reason, status = self.state.ctx, self.filing.id, self.reason.toPlainText(), self.status
        code = self.outcome.currentData() if status is Status.DECIDED else None
        outcome = Outcome(code) if code else None
        if status is Status.WITHDRAWN:
            work = lambda: withdraw_filing(ctx, fid, reason)  # noqa: E731
        else:
            work = lambda: change_status(ctx, fid, status, outcome, reason or None)  # noqa: E731
        self.error.hide()
        self.state.runner.run(work, self._done, self._failed)

    def _done(self, result: Changed) -> None:
        self.state.apply_result(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc, self.state.language))
        self.error.show()
