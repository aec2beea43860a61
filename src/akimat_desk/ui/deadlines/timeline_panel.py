"""The legal clock of one filing as a timeline on the card's Deadlines tab: each step with its day, done or due,
and in large type what the clerk must do next (issue 22 item 1). Each state has its own shape and words as well
as its colour; every row is named for screen readers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from akimat_desk.domain.legal_clock import LegalChain, Step, StepState
from akimat_desk.services.deadlines.legal_clock import filing_chain
from akimat_desk.ui.deadlines.legal_clock_texts import (
    STATE_COLOUR,
    STATE_SYMBOL,
    article_text,
    next_action_text,
    state_text,
    step_text,
)
from akimat_desk.ui.router import CardPlugPoints
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.retranslated import Retranslated


def _day(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


class TimelinePanel(Retranslated, QFrame):
    """``show_filing(id)`` loads the chain in the background; ``chain`` is the one shown."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.chain: LegalChain | None = None
        self.filing_id: int | None = None
        self.setObjectName("timeline")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("timeline_next")
        self.next_label.setWordWrap(True)
        font = self.next_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.next_label.setFont(font)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        for column, stretch in ((1, 4), (2, 3), (3, 2), (4, 2), (5, 1)):  # the words get the room to not wrap
            self.grid.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.next_label)
        layout.addLayout(self.grid)
        self.rows: list[list[QLabel]] = []
        self.retranslate_ui()

    def show_filing(self, filing_id: int) -> None:
        self.filing_id = filing_id
        ctx = self.state.ctx
        self.state.runner.run(lambda: filing_chain(ctx, filing_id), self._loaded, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from akimat_desk.ui.errors import show_error

        show_error(self, exc, self.state.language)

    def _loaded(self, chain: LegalChain) -> None:
        self.chain = chain
        self._render()

    def _clear(self) -> None:
        for row in self.rows:
            for label in row:
                self.grid.removeWidget(label)
                label.deleteLater()
        self.rows = []

    def _render(self) -> None:
        self._clear()
        chain = self.chain
        if chain is None:
            self.next_label.setText("")
            return
        due = f" — {_day(chain.next_due)}" if chain.next_due else ""
        self.next_label.setText(self.tr("Next: %1").replace("%1", next_action_text(chain.next_action)) + due)
        self.next_label.setAccessibleName(self.next_label.text())
        for n, step in enumerate(chain.steps):
            self.rows.append(self._row(n, step))

    def _row(self, n: int, step: Step) -> list[QLabel]:
        day = step.done_on if step.state is StepState.DONE and step.done_on else step.due_on
        when = (
            self.tr("done %1 (due %2)").replace("%1", _day(step.done_on)).replace("%2", _day(step.due_on))
            if (step.state is StepState.DONE and step.done_on and step.due_on and step.done_on != step.due_on)
            else _day(day)
        )
        texts = (STATE_SYMBOL[step.state], step_text(step.kind), when, state_text(step.state), article_text(step.kind))
        labels = []
        for column, text in enumerate(texts):
            label = QLabel(text, self)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            label.setWordWrap(column in (1, 2, 3))  # long Kazakh step names wrap instead of widening the window
            if column in (0, 3):
                label.setStyleSheet(f"QLabel {{ color: {STATE_COLOUR[step.state]}; font-weight: bold; }}")
            self.grid.addWidget(label, n, column)
            labels.append(label)
        name = ", ".join(texts[1:4])
        for label in labels:
            label.setAccessibleName(name)
        return labels

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("The legal clock of this filing"))
        self._render()


def install_timeline(card: CardPlugPoints) -> TimelinePanel:
    """Put the timeline at the top of the card's Deadlines tab; it follows each loaded card."""
    panel = TimelinePanel(card.state)
    return card.add_deadlines_section(panel, lambda timeline, loaded: timeline.show_filing(loaded.filing.id))
