"""Take a decision on a filing: the outcomes of its kind (art. 11 p.1 / 13 p.1), for a refusal the grounds of
art. 14 p.1 with the article and a written reason each, a proposal's text, conditions, or the remarks of an
"outside the scope of the law" answer (art. 2 p.5). Every free text is asked in Kazakh and Russian side by side
(English optional), since each letter prints only its own language's words. The rules are the service's; the
dialog checks the obvious ones first (an empty reason, a missing language, a text in the wrong box), sends the
decision off the GUI thread, and stays open with the reason on error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.decisions import KINDS_BY_FILING, DecisionKind, DecisionRequest, Ground, GroundReason
from akimat_desk.domain.statuses import Status
from akimat_desk.services.decisions.grounds import GroundOffer, ground_offers
from akimat_desk.services.decisions.workflow import Decided, decide
from akimat_desk.services.filings import FilingCard
from akimat_desk.services.kernel.messages import cite
from akimat_desk.ui.decisions.language_texts import LanguageTexts
from akimat_desk.ui.decisions.texts import ground_label, kind_label
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.icon_banner import IconBanner
from akimat_desk.ui.widgets.questions import ask_before
from akimat_desk.ui.widgets.retranslated import Retranslated

_FIRST_ANSWER = (Status.REGISTERED, Status.UNDER_REVIEW)


def is_late(state: AppState, card: FilingCard) -> bool:
    """True when a first answer now would come after the close of the review deadline's last day."""
    review = next((d for d in card.clock.deadlines if d.kind == "review"), None)
    if review is None or card.filing.status not in _FIRST_ANSWER:
        return False
    return state.ctx.clock() > state.ctx.settings.office_hours.closes_at(review.due_on)


def ground_number(ground: Ground) -> str:
    return ground.value.split("-", 1)[1] + ")" if ground.value.startswith("A14") else ground.value


class GroundRow(QWidget):
    """One refusal ground: a tick with its article, the reason box (pre-filled, editable) and its note."""

    def __init__(self, offer: GroundOffer, language: str, parent: QWidget, first: str = "kk") -> None:
        super().__init__(parent)
        self.offer = offer
        self.check = QCheckBox(self)
        self.check.setObjectName(f"ground_{offer.ground.value}")
        self.reason = LanguageTexts(first, 54, self)
        if offer.suggestion:
            self.reason.setPlainText(offer.suggestion)
        self.reason.setVisible(False)
        self.note = QLabel(offer.note, self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { color: #6d4c41; font-style: italic; }")
        self.note.setVisible(bool(offer.note))
        self.check.setEnabled(offer.available)
        self.check.setToolTip(offer.note)
        self.check.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.check)
        layout.addWidget(self.reason)
        layout.addWidget(self.note)
        self.retranslate_ui(language)

    def _toggled(self, on: bool) -> None:
        self.reason.setVisible(on)
        if on:
            self.reason.edits["kk"].setFocus()

    def retranslate_ui(self, language: str) -> None:
        g = self.offer.ground
        self.check.setText(f"{ground_number(g)} {ground_label(g, language)} — {cite(self.offer.article, language)}")
        for edit in self.reason.edits.values():
            edit.setPlaceholderText(self.tr("The reason: the facts of this filing that meet this ground"))
        self.reason.retranslate_ui()

    @property
    def chosen(self) -> bool:
        return self.check.isEnabled() and self.check.isChecked()


class DecisionDialog(Retranslated, QDialog):
    def __init__(self, state: AppState, card: FilingCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.card = state, card
        self.decided: Decided | None = None
        self.rows: list[GroundRow] = []
        self.outcome = QComboBox(self)
        kinds = KINDS_BY_FILING[card.filing.kind]
        for kind in DecisionKind:
            if kind in kinds:
                self.outcome.addItem("", kind.value)
        if card.filing.status in (Status.PROPOSAL_DECLINED, Status.PROPOSAL_UNANSWERED):
            self.outcome.setCurrentIndex(self.outcome.findData(DecisionKind.REFUSE.value))
        self.late = IconBanner(self, "late")  # a style icon: the clock emoji was a box in fonts without it
        self.late.setVisible(is_late(state, card))
        self.grounds_box = QWidget(self)
        self.grounds_layout = QVBoxLayout(self.grounds_box)
        self.grounds_scroll = QScrollArea(self)
        self.grounds_scroll.setWidgetResizable(True)
        self.grounds_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grounds_scroll.setWidget(self.grounds_box)
        self.grounds_title = QLabel(self)
        self.grounds_title.setWordWrap(True)
        first = str(card.filing.language)
        self.proposal, self.conditions, self.remarks = (LanguageTexts(first, 70, self) for _ in range(3))
        self.form = QFormLayout()
        self.outcome_label, self.proposal_label, self.conditions_label, self.remarks_label = (
            QLabel(self) for _ in range(4)
        )
        rows = (
            (self.outcome_label, self.outcome),
            (self.proposal_label, self.proposal),
            (self.conditions_label, self.conditions),
            (self.remarks_label, self.remarks),
        )
        for label, widget in rows:
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.error = QLabel(self)
        self.error.setObjectName("decision_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.error.hide()
        self.ok_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.head = QLabel(self)
        self.head.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.late)
        layout.addLayout(self.form)
        layout.addWidget(self.grounds_title)
        layout.addWidget(self.grounds_scroll, 1)
        layout.addLayout(buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.retranslate_ui()
        self.resize(860, 760)
        ctx, fid, lang = state.ctx, card.filing.id, state.language
        state.runner.run(lambda: ground_offers(ctx, fid, lang), self._offers_loaded, self._failed)

    def _offers_loaded(self, offers: list[GroundOffer]) -> None:
        for offer in offers:
            row = GroundRow(offer, self.state.language, self.grounds_box, str(self.card.filing.language))
            self.rows.append(row)
            self.grounds_layout.addWidget(row)
        self.grounds_layout.addStretch(1)
        self._outcome_changed()

    def row(self, ground: Ground | str) -> GroundRow:
        return next(r for r in self.rows if r.offer.ground == Ground(ground))

    def kind(self) -> DecisionKind:
        return DecisionKind(self.outcome.currentData())

    def _outcome_changed(self) -> None:
        kind = self.kind()
        refusing = kind is DecisionKind.REFUSE
        self.grounds_title.setVisible(refusing)
        self.grounds_scroll.setVisible(refusing)
        with_conditions = kind not in (DecisionKind.PROPOSE, DecisionKind.REFUSE, DecisionKind.OUT_OF_SCOPE)
        shown = {
            self.proposal: kind is DecisionKind.PROPOSE,
            self.remarks: kind is DecisionKind.OUT_OF_SCOPE,
            self.conditions: with_conditions,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.error.hide()

    # ------------------------------------------------------------ submit
    def request(self) -> DecisionRequest:
        kind = self.kind()

        def text(box: LanguageTexts) -> str | None:
            return box.toPlainText().strip() or None if self.form.isRowVisible(box) else None

        chosen = [r for r in self.rows if r.chosen] if kind is DecisionKind.REFUSE else []
        grounds = tuple(GroundReason(r.offer.ground, r.reason.toPlainText().strip()) for r in chosen)
        texts: dict[str, dict[str, str]] = {}
        boxes = [(f"reason:{r.offer.ground.value}", r.reason) for r in chosen]
        boxes += [(name, box) for name, box in self._text_boxes() if self.form.isRowVisible(box)]
        for name, box in boxes:
            for lang, words in box.texts().items():
                texts.setdefault(lang, {})[name] = words
        return DecisionRequest(
            kind, grounds, text(self.proposal), text(self.conditions), text(self.remarks), texts or None
        )

    def _text_boxes(self) -> list[tuple[str, LanguageTexts]]:
        return [("proposal", self.proposal), ("conditions", self.conditions), ("remarks", self.remarks)]

    def language_problem(self) -> str | None:
        """A required text missing in Kazakh or Russian, or a text in the wrong language's box."""
        kind = self.kind()
        named = [
            (self.tr("ground %1").replace("%1", ground_number(r.offer.ground)), r.reason, True)
            for r in self.rows
            if r.chosen and kind is DecisionKind.REFUSE
        ]
        labels = {
            "proposal": self.tr("the proposal"),
            "conditions": self.tr("the information"),
            "remarks": self.tr("why the law does not apply"),
        }
        named += [
            (labels[name], box, bool(box.texts())) for name, box in self._text_boxes() if self.form.isRowVisible(box)
        ]
        for what, box, required in named:
            if required and box.missing_official():
                return self.tr(
                    "Write %1 in Kazakh and in Russian: each letter prints only the text in its own language."
                ).replace("%1", what)
            if box.mismatched():
                return self.tr(
                    "The text of %1 in a language's box is written in another language: correct it before deciding."
                ).replace("%1", what)
        return None

    def problem(self, request: DecisionRequest) -> str | None:
        """What the clerk must fix before the decision is sent (the service checks it all again)."""
        if request.kind is not DecisionKind.REFUSE:
            return self.language_problem()
        if not request.grounds:
            return self.tr("Tick at least one ground of refusal and write its reason (art. 14 p.2).")
        for g in request.grounds:
            if not g.reason:
                return self.tr(
                    "Ground %1 needs a written reason: a refusal must be justified and reasoned (art. 14 p.2)."
                ).replace("%1", ground_number(g.ground))
        return self.language_problem()

    def submit(self) -> None:
        request = self.request()
        problem = self.problem(request)
        if problem:
            self._show_error(problem)
            return
        self.error.hide()
        if not self.confirmed(request):
            return  # back to the form: nothing recorded
        self.ok_button.setEnabled(False)
        ctx, fid = self.state.ctx, self.card.filing.id
        self.state.runner.run(lambda: decide(ctx, fid, request), self._decided, self._failed)

    def confirmed(self, request: DecisionRequest) -> bool:
        """One question in the clerk's words before the decision goes into the register (default: back)."""
        what = kind_label(request.kind.value)
        if request.grounds:
            grounds = ", ".join(
                f"{ground_number(g.ground)} {cite(self._article(g.ground), self.state.language)}"
                for g in request.grounds
            )
            what += "; " + self.tr("grounds: %1").replace("%1", grounds)
        question = self.tr("Record the decision: %1 for filing %2?").replace("%1", what)
        return ask_before(
            self,
            "decision_question",
            QMessageBox.Icon.Question,
            (
                self.tr("Record the decision?"),
                question.replace("%2", self.card.filing.incoming_number),
                self.tr("This will be in the register's history. It can be undone only within this minute."),
            ),
            self.tr("&Back to the form"),
            (self.tr("&Record the decision"), QMessageBox.ButtonRole.AcceptRole),
        )

    def _article(self, ground: Ground) -> str:
        return next((r.offer.article for r in self.rows if r.offer.ground == ground), "art. 14 p.1")

    def _decided(self, decided: Decided) -> None:
        self.decided = decided
        self.state.apply(decided.changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self._show_error(error_text(exc, self.state.language))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Decision on %1").replace("%1", self.card.filing.incoming_number))
        for i in range(self.outcome.count()):
            self.outcome.setItemText(i, kind_label(self.outcome.itemData(i)))
        self.head.setText(
            self.tr(
                "Choose the outcome. The letter is then printed from the card in the filing's "
                "language, with the akimat's letterhead and an outgoing number."
            )
        )
        self.late.setText(
            self.tr(
                "Late: the review deadline has passed. The decision is accepted but marked "
                "late in the card and the history."
            )
        )
        self.outcome_label.setText(self.tr("&Outcome:"))
        self.proposal_label.setText(self.tr("&Proposed place, route and/or time:"))
        self.conditions_label.setText(self.tr("Further &information (e.g. the akimat's representative):"))
        self.remarks_label.setText(self.tr("&Why the law does not apply:"))
        self.grounds_title.setText(
            self.tr(
                "Grounds of refusal (art. 14 p.1; each needs a written reason). "
                "Greyed grounds cannot be used now: see the note under them."
            )
        )
        self.ok_button.setText(self.tr("&Decide"))
        self.cancel_button.setText(self.tr("Cancel"))
        for row in self.rows:
            row.retranslate_ui(self.state.language)
        for _, box in self._text_boxes():
            box.retranslate_ui()
