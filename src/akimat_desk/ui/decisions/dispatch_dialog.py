"""Record what happened to the letter and the proposal: the dispatch (channels of art. 11 p.2 / 13 p.2; e-mail
and the mobile number only together with registered mail), the acknowledgment of delivery, and the organizer's
answer to a proposal (art. 11 p.3 / 13 p.3). Each sends to its service off the GUI thread and stays open with
the reason when refused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.decisions import DispatchChannel, ProposalAnswer, check_dispatch
from akimat_desk.domain.errors import DomainError
from akimat_desk.services.decisions.workflow import dispatch_letter, record_delivery, record_proposal_answer
from akimat_desk.ui.decisions.texts import LANGUAGE_NAMES, answer_label, channel_label
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState, ChangeReport
from akimat_desk.ui.widgets.date_fields import DateField, DateTimeField, TypedField, first_problem
from akimat_desk.ui.widgets.questions import ask_before
from akimat_desk.ui.widgets.retranslated import Retranslated


@dataclass(frozen=True)
class LetterToSend:
    """The letter whose dispatch is recorded: its id, its outgoing number and its language."""

    id: int
    outgoing_number: str
    language: str

    @property
    def label(self) -> str:
        return f"{self.outgoing_number} ({LANGUAGE_NAMES.get(self.language, self.language)})"


class _ServiceDialog(Retranslated, QDialog):
    """OK sends ``work()`` to the runner; success applies the changes and closes, failure shows why."""

    def __init__(self, state: AppState, filing_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.state, self.filing_id = state, filing_id
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; font-weight: bold; }")
        self.error.hide()
        self.ok_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def add_row(self, label: QLabel, widget: QWidget) -> None:
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def work(self) -> Callable[[], ChangeReport]:
        raise NotImplementedError

    def confirmed(self) -> bool:
        """The clerk's yes to what will be recorded (a dialog that asks nothing records at once)."""
        return True

    def submit(self) -> None:
        typed = first_problem(self.findChildren(TypedField))  # an empty or incomplete date: said, the dialog stays
        if typed is not None:
            field, problem = typed
            self.show_error(problem)
            field.setFocus()
            return
        try:
            work = self.work()
        except DomainError as exc:
            self.show_error(error_text(exc, self.state.language))
            return
        self.error.hide()
        if not self.confirmed():
            return  # back to the form, nothing recorded
        self.ok_button.setEnabled(False)
        self.state.runner.run(work, self._done, self._failed)

    def _done(self, result: ChangeReport) -> None:
        self.state.apply_result(result)  # what the dispatch, delivery or answer said it changed
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.show_error(error_text(exc, self.state.language))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def retranslate_ui(self) -> None:
        self.ok_button.setText(self.tr("&Record"))
        self.cancel_button.setText(self.tr("Cancel"))
        for field in self.findChildren(TypedField):
            field.retranslate_ui()


class DispatchDialog(_ServiceDialog):
    """How ``letter`` (the one selected in the card) went out; ``already_sent`` are channels used for it before.
    Before recording, one question says what goes into the register; its default goes back to the form."""

    def __init__(
        self,
        state: AppState,
        filing_id: int,
        letter: LetterToSend,
        already_sent: set[DispatchChannel],
        address: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(state, filing_id, parent)
        self.letter, self.already_sent = letter, already_sent
        self.recorded: ChangeReport | None = None
        self.channels: dict[DispatchChannel, QCheckBox] = {}
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for channel in DispatchChannel:
            check = QCheckBox(box)
            check.setObjectName(f"channel_{channel.value}")
            column.addWidget(check)
            self.channels[channel] = check
        self.tracking, self.address = QLineEdit(self), QLineEdit(address, self)
        self.letter_label, self.channels_label, self.tracking_label, self.address_label = (
            QLabel(self) for _ in range(4)
        )
        self.letter_value = QLabel(letter.label, self)
        self.form.addRow(self.letter_label, self.letter_value)
        self.add_row(self.channels_label, box)
        self.add_row(self.tracking_label, self.tracking)
        self.add_row(self.address_label, self.address)
        self.channels[DispatchChannel.REGISTERED_MAIL].toggled.connect(self._mail_toggled)
        self._mail_toggled(False)
        self.retranslate_ui()

    def _mail_toggled(self, on: bool) -> None:
        self.tracking.setEnabled(on)

    def chosen(self) -> list[DispatchChannel]:
        return [c for c, box in self.channels.items() if box.isChecked()]

    def work(self) -> Callable[[], ChangeReport]:
        channels = self.chosen()
        check_dispatch(set(channels), self.already_sent)  # the same rule and message as the service
        ctx, fid = self.state.ctx, self.filing_id
        tracking = self.tracking.text().strip() or None
        address = self.address.text().strip() or None
        letter_id = self.letter.id
        return lambda: dispatch_letter(ctx, fid, channels, tracking, address, letter_id=letter_id)

    def confirmed(self) -> bool:
        channels = ", ".join(channel_label(c, self.state.language) for c in self.chosen())
        address = self.address.text().strip()
        question = (
            self.tr("Record the dispatch of letter %1 by %2 to %3?").replace("%3", address)
            if address
            else self.tr("Record the dispatch of letter %1 by %2?")
        )
        tracking = self.tracking.text().strip() if self.tracking.isEnabled() else ""
        details = self.tr("Tracking number: %1.").replace("%1", tracking) + " " if tracking else ""
        return ask_before(
            self,
            "dispatch_question",
            QMessageBox.Icon.Question,
            (
                self.tr("Record the dispatch?"),
                question.replace("%1", self.letter.label).replace("%2", channels),
                details + self.tr("This will be in the register's history."),
            ),
            self.tr("&Back to the form"),
            (self.tr("&Record the dispatch"), QMessageBox.ButtonRole.AcceptRole),
        )

    def _done(self, result: ChangeReport) -> None:
        self.recorded = result
        super()._done(result)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record the dispatch of letter %1").replace("%1", self.letter.label))
        self.letter_label.setText(self.tr("Letter:"))
        self.channels_label.setText(self.tr("Sent by (art. 11 p.2):"))
        for channel, box in self.channels.items():
            box.setText(channel_label(channel, self.state.language))
        self.channels[DispatchChannel.EMAIL].setToolTip(self.tr("Only together with registered mail."))
        self.channels[DispatchChannel.MOBILE].setToolTip(self.tr("Only together with registered mail."))
        self.tracking_label.setText(self.tr("&Tracking number:"))
        self.address_label.setText(self.tr("&Address:"))


class DeliveryDialog(_ServiceDialog):
    """The acknowledgment of delivery of a registered letter came back."""

    def __init__(self, state: AppState, filing_id: int, pending: list[str], parent: QWidget | None = None) -> None:
        super().__init__(state, filing_id, parent)
        self.tracking = QComboBox(self)
        self.tracking.setEditable(True)
        self.tracking.addItems(pending)
        today = state.ctx.clock().astimezone(state.ctx.settings.tz).date()
        self.delivered = DateField(self, optional=False, today=lambda: today)
        self.delivered.setObjectName("delivered_on")
        self.delivered.set_value(today)
        self.tracking_label, self.delivered_label = QLabel(self), QLabel(self)
        self.add_row(self.tracking_label, self.tracking)
        self.add_row(self.delivered_label, self.delivered)
        self.retranslate_ui()

    def work(self) -> Callable[[], ChangeReport]:
        ctx, fid, tracking = self.state.ctx, self.filing_id, self.tracking.currentText().strip()
        day = self.delivered.value()
        assert day is not None  # submit refused an empty or incomplete date
        return lambda: record_delivery(ctx, fid, tracking, day)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record the delivery"))
        self.tracking_label.setText(self.tr("&Tracking number:"))
        self.delivered_label.setText(self.tr("&Delivered on:"))


class ProposalAnswerDialog(_ServiceDialog):
    """The organizer agreed, declined, or did not answer within one working day."""

    def __init__(self, state: AppState, filing_id: int, parent: QWidget | None = None) -> None:
        super().__init__(state, filing_id, parent)
        self.answers: dict[ProposalAnswer, QRadioButton] = {}
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for answer in ProposalAnswer:
            self.answers[answer] = QRadioButton(box)
            column.addWidget(self.answers[answer])
        self.answers[ProposalAnswer.ACCEPTED].setChecked(True)
        self.channel = QComboBox(self)
        self.channel.addItem("", None)
        for channel in DispatchChannel:
            self.channel.addItem("", channel.value)
        self.received = DateTimeField(self, optional=False)
        self.received.setObjectName("answer_received_at")
        now = state.ctx.clock().astimezone(state.ctx.settings.tz).replace(tzinfo=None, second=0, microsecond=0)
        self.received.set_value(now)
        self.answer_label, self.channel_label, self.received_label = QLabel(self), QLabel(self), QLabel(self)
        self.add_row(self.answer_label, box)
        self.add_row(self.channel_label, self.channel)
        self.add_row(self.received_label, self.received)
        self.answers[ProposalAnswer.NONE].toggled.connect(self._none_toggled)
        self.retranslate_ui()

    def _none_toggled(self, on: bool) -> None:
        self.channel.setEnabled(not on)
        self.received.setEnabled(not on)

    def answer(self) -> ProposalAnswer:
        return next(a for a, b in self.answers.items() if b.isChecked())

    def work(self) -> Callable[[], ChangeReport]:
        ctx, fid, answer = self.state.ctx, self.filing_id, self.answer()
        channel = None
        received = None
        if answer is not ProposalAnswer.NONE:
            code = self.channel.currentData()
            channel = DispatchChannel(code) if code else None
            local = self.received.value()
            assert local is not None  # submit refused an empty or incomplete moment
            received = local.replace(tzinfo=ctx.settings.tz)
        return lambda: record_proposal_answer(ctx, fid, answer, channel, received)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("The organizer's answer to the proposal"))
        self.answer_label.setText(self.tr("The organizer:"))
        for answer, button in self.answers.items():
            button.setText(answer_label(answer, self.state.language))
        self.channel.setItemText(0, self.tr("— not stated —"))
        for i in range(1, self.channel.count()):
            self.channel.setItemText(i, channel_label(self.channel.itemData(i), self.state.language))
        self.channel_label.setText(self.tr("&Answer came by:"))
        self.received_label.setText(self.tr("&Received at:"))
