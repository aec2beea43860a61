"""The card's "Decisions and letters" panel: the decisions (outcome, grounds with their reasons, late mark),
the outgoing letters with number, date and language (open to preview), their dispatch and delivery, whether
the answer went out within the review deadline; and the actions: decide, the organizer's answer to a
proposal, the letter, dispatch, delivery."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.decisions import DispatchChannel
from akimat_desk.domain.statuses import Status
from akimat_desk.services.decisions.outgoing import letters_of
from akimat_desk.services.decisions.workflow import answers_json
from akimat_desk.services.filings import FilingCard
from akimat_desk.storage.decisions.repositories import LetterRecord
from akimat_desk.ui.decisions.models import LettersModel
from akimat_desk.ui.decisions.texts import ground_label, kind_label
from akimat_desk.ui.decisions.undo_bar import DECISION, DISPATCH, Recorded, UndoBar
from akimat_desk.ui.router import CardPlugPoints, CardTabSpec
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.icon_banner import icon_data_uri
from akimat_desk.ui.widgets.layouts import button_row, split_vertically
from akimat_desk.ui.widgets.retranslated import Retranslated


@dataclass(frozen=True)
class Answers:
    filing_id: int
    data: dict[str, Any]
    letters: tuple[LetterRecord, ...]


class DecisionsPanel(Retranslated, QWidget):
    titled = Signal()  # the language changed: the tab titles follow

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.card: FilingCard | None = None
        self.answers: Answers | None = None
        self.model = LettersModel(self)
        self.summary = QTextBrowser(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.activated.connect(lambda index: self.open_letter(index.row()))
        self.chosen_letter_id: int | None = None  # the clerk's choice, kept across reloads (None: the newest)
        self.table.selectionModel().currentRowChanged.connect(self._letter_chosen)
        self.decide_button, self.answer_button, self.letter_button = (QPushButton(self) for _ in range(3))
        self.dispatch_button, self.delivery_button = QPushButton(self), QPushButton(self)
        self.decide_button.clicked.connect(self.decide)
        self.answer_button.clicked.connect(self.record_answer)
        self.letter_button.clicked.connect(lambda: self.preview_letter())
        self.dispatch_button.clicked.connect(self.dispatch)
        self.delivery_button.clicked.connect(self.delivery)
        row = button_row(
            self.decide_button, self.answer_button, self.letter_button, self.dispatch_button, self.delivery_button
        )
        splitter = split_vertically(self, self.summary, self.table, (260, 180))
        self.undo_bar = UndoBar(state, self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.undo_bar)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    # ------------------------------------------------------------ loading
    def set_card(self, card: FilingCard) -> None:
        self.card = card
        ctx, record = self.state.ctx, card.filing

        def work() -> Answers:
            return Answers(record.id, answers_json(ctx, record), tuple(letters_of(ctx, record.id)))

        self.state.runner.run(work, self._loaded, lambda _e: None)

    def _loaded(self, answers: Answers) -> None:
        if self.card is None or answers.filing_id != self.card.filing.id:
            return
        self.answers = answers
        self.model.language, self.model.tz = self.state.language, self.state.ctx.settings.tz
        chosen = self.chosen_letter_id
        self.model.set_items(answers.data["letters"])
        self.table.resizeColumnsToContents()
        self._select_letter(chosen)
        self._render()

    def _render(self) -> None:
        card, answers = self.card, self.answers
        status = card.filing.status if card else None
        allowed = card.allowed if card else ()
        data = answers.data if answers else {"decisions": [], "letters": []}
        self.decide_button.setEnabled(bool(card) and any(s in allowed for s in (Status.DECIDED, Status.PROPOSAL_SENT)))
        self.answer_button.setEnabled(status is Status.PROPOSAL_SENT)
        self.letter_button.setEnabled(bool(data["decisions"]))
        self.dispatch_button.setEnabled(bool(data["letters"]))
        self.delivery_button.setEnabled(bool(self.pending_tracking()))
        self.summary.setHtml(self.summary_html(data))

    def summary_html(self, data: dict[str, Any]) -> str:
        tz = self.state.ctx.settings.tz
        parts = []
        if not data["decisions"]:
            parts.append("<p><i>" + html.escape(self.tr("No decision yet.")) + "</i></p>")
        for d in data["decisions"]:
            from datetime import datetime

            when = datetime.fromisoformat(d["decided_at"]).astimezone(tz)
            head = (
                f"<b>{html.escape(kind_label(d['kind']))}</b> · {when:%d.%m.%Y %H:%M} · {html.escape(d['decided_by'])}"
            )
            if d["late"]:
                head += (
                    f' · <img src="{icon_data_uri(self)}" width="14" height="14"> '
                    '<span style="color:#8d4e00; font-weight:bold">'
                    + html.escape(self.tr("late: after the review deadline"))
                    + "</span>"
                )
            items = "".join(
                f"<li><b>{html.escape(g['code'])}</b> {html.escape(ground_label(g['code'], self.state.language))}: "
                f"{html.escape(g['reason'])}</li>"
                for g in d["grounds"]
            )
            if d.get("proposal"):
                items += "<li>" + html.escape(self.tr("Proposed: %1").replace("%1", d["proposal"].get("text", "")))
            parts.append(f"<p>{head}</p>" + (f"<ul>{items}</ul>" if items else ""))
        within = data.get("answer_sent_within_review_deadline")
        if within is True:
            parts.append("<p>✓ " + html.escape(self.tr("The answer went out within the review deadline.")) + "</p>")
        elif within is False:
            parts.append(
                '<p style="color:#b71c1c"><b>✗ '
                + html.escape(self.tr("The answer went out AFTER the review deadline."))
                + "</b></p>"
            )
        elif data["letters"]:
            parts.append("<p>" + html.escape(self.tr("The letter has not been sent yet: record the dispatch.")))
        for d in (d for x in data["letters"] for d in x["dispatches"] if d.get("bounced_at")):
            parts.append(
                '<p style="color:#b71c1c"><b>✗ '
                + html.escape(
                    self.tr("The e-mail bounced and counts as not sent: %1").replace("%1", d["bounce_reason"] or "—")
                )
                + "</b></p>"
            )
        return "".join(parts)

    # ------------------------------------------------------------ the chosen letter
    def _select_letter(self, letter_id: int | None) -> None:
        """Select the letter ``letter_id`` if the filing still has it, else the newest (the last row)."""
        rows = [x["id"] for x in self.model.items()]
        if not rows:
            return
        row = rows.index(letter_id) if letter_id in rows else len(rows) - 1
        self.table.selectRow(row)
        self.chosen_letter_id = rows[row]

    def _letter_chosen(self, current: Any, _previous: Any) -> None:
        if current.isValid() and current.row() < self.model.rowCount():
            self.chosen_letter_id = self.model.item(current.row())["id"]

    def selected_letter(self) -> dict[str, Any] | None:
        """The letter the clerk selected in the table (``answers_json``'s entry), by default the newest."""
        letters: list[dict[str, Any]] = self.answers.data["letters"] if self.answers else []
        chosen = [x for x in letters if x["id"] == self.chosen_letter_id]
        return next(iter(chosen or letters[-1:]), None)

    def pending_tracking(self) -> list[str]:
        """Registered mail without its acknowledgment: the selected letter's first, then the other letters'."""
        if self.answers is None:
            return []
        selected = self.selected_letter()
        letters = sorted(self.answers.data["letters"], key=lambda x: x is not selected)
        sent = [d for x in letters for d in x["dispatches"]]
        mail = [d for d in sent if d["channel"] == DispatchChannel.REGISTERED_MAIL and d["tracking_number"]]
        return [d["tracking_number"] for d in mail if not d["delivered_on"]]

    # ------------------------------------------------------------ actions
    def decide(self) -> None:
        if self.card is None:
            return
        from akimat_desk.ui.decisions.decision_dialog import DecisionDialog

        dialog = DecisionDialog(self.state, self.card, self)
        if dialog.exec() and dialog.decided is not None:
            decision = dialog.decided.decision
            self.undo_bar.offer(Recorded(DECISION, decision.filing_id, decision.id, decision.decided_at))

    def record_answer(self) -> None:
        if self.card is None:
            return
        from akimat_desk.ui.decisions.dispatch_dialog import ProposalAnswerDialog

        ProposalAnswerDialog(self.state, self.card.filing.id, self).exec()

    def preview_letter(self, auto_print: bool = False) -> None:
        if self.card is None:
            return
        from akimat_desk.ui.decisions.letter_preview import LetterPreviewDialog

        dialog = LetterPreviewDialog(
            self.state, self.card.filing.id, language=str(self.card.filing.language), parent=self, auto_print=auto_print
        )
        dialog.exec()

    def open_letter(self, row: int) -> None:
        if self.card is None or self.answers is None or not 0 <= row < len(self.answers.letters):
            return
        from akimat_desk.ui.decisions.letter_preview import STORED, LetterPreviewDialog

        number = self.model.item(row)["outgoing_number"]
        letter = next((x for x in self.answers.letters if x.outgoing_number == number), None)
        if letter is not None and letter.attachment_id is not None:
            LetterPreviewDialog(
                self.state, self.card.filing.id, STORED, attachment_id=letter.attachment_id, parent=self
            ).exec()

    def has_letter(self) -> bool:
        return bool(self.answers and self.answers.letters)

    def print_selected_letter(self) -> None:
        """Ctrl+P on the card: preview the selected letter (by default the newest) with the print dialog on top."""
        selected = self.selected_letter()
        if self.card is None or self.answers is None or selected is None:
            return
        from akimat_desk.ui.decisions.letter_preview import STORED, LetterPreviewDialog

        letter = next(x for x in self.answers.letters if x.id == selected["id"])
        LetterPreviewDialog(
            self.state, self.card.filing.id, STORED, attachment_id=letter.attachment_id, parent=self, auto_print=True
        ).exec()

    def dispatch(self) -> None:
        """Record how the selected letter (by default the newest) went out."""
        selected = self.selected_letter()
        if self.card is None or selected is None:
            return
        from akimat_desk.ui.decisions.dispatch_dialog import DispatchDialog, LetterToSend

        sent = {DispatchChannel(d["channel"]) for d in selected["dispatches"] if not d.get("bounced_at")}
        organizer = self.card.filing.document.get("organizer") or {}
        address = str(organizer.get("address") or "") if isinstance(organizer, dict) else ""
        letter = LetterToSend(selected["id"], selected["outgoing_number"], selected["language"])
        dialog = DispatchDialog(self.state, self.card.filing.id, letter, sent, address, self)
        recorded = getattr(dialog.recorded, "dispatches", None) if dialog.exec() else None
        if recorded:
            self.undo_bar.offer(Recorded(DISPATCH, self.card.filing.id, recorded[0].id, recorded[0].recorded_at))

    def delivery(self) -> None:
        if self.card is None:
            return
        from akimat_desk.ui.decisions.dispatch_dialog import DeliveryDialog

        DeliveryDialog(self.state, self.card.filing.id, self.pending_tracking(), self).exec()

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.decide_button.setText(self.tr("&Decide…"))
        self.answer_button.setText(self.tr("Organizer's &answer…"))
        self.letter_button.setText(self.tr("&Letter (preview, print)…"))
        self.dispatch_button.setText(self.tr("Record dis&patch…"))
        self.delivery_button.setText(self.tr("Record deli&very…"))
        self.model.language = self.state.language
        self.model.refresh_texts()
        self._render()
        self.titled.emit()


class CardDecisionTabs:
    """The "Decisions and letters" tab and, for e-filings, the "Signature" tab of the filing card."""

    def __init__(self, card: CardPlugPoints) -> None:
        from akimat_desk.ui.esign import SignaturePanel

        state = card.state
        self.decisions = card.add_tab(
            CardTabSpec(
                key="decisions",
                title=lambda: QCoreApplication.translate("DecisionsPanel", "Decisions and letters"),
                factory=lambda: DecisionsPanel(state),
                on_card=DecisionsPanel.set_card,
            )
        )
        self.signature = card.add_tab(
            CardTabSpec(
                key="signature",
                title=lambda: QCoreApplication.translate("SignaturePanel", "Signature"),
                factory=lambda: SignaturePanel(state),
                on_card=lambda panel, loaded: panel.show_filing(loaded.filing.id),
                visible=lambda loaded: str(loaded.filing.channel) == "e_document",
            )
        )
        self.decisions.titled.connect(card.retitle_tabs)


def install_decision_tabs(card: CardPlugPoints) -> CardDecisionTabs:
    return CardDecisionTabs(card)
