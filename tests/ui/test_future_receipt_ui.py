"""In the window, a time of receipt more than a day after the register's clock is refused (issue 21 item 12):
the registration dialog stays open with the message and the data, the correction dialog shows the message,
and nothing is written."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QDateTime

from akimat_desk.services.filings.registered import count_filings, get_filing
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.ui.filings.correction_dialog import CorrectionDialog
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.state import AppState
from tests.conftest import FIXED_NOW


def _office_time(state: AppState, days: int, minutes: int = 0) -> QDateTime:
    moment = (FIXED_NOW + timedelta(days=days, minutes=minutes)).astimezone(state.ctx.settings.tz)
    return QDateTime(moment.replace(tzinfo=None))


def test_the_registration_dialog_refuses_a_receipt_two_days_ahead(qtbot: Any, state: AppState) -> None:
    dialog = RegistrationDialog(state)
    qtbot.addWidget(dialog)
    dialog._confirm_defects = lambda _defects: True  # type: ignore[method-assign]  # the defects question, answered
    dialog.form.purpose.setText("Қоғамдық көлік")
    dialog.received.set_value(_office_time(state, 1, 1).toPython())
    dialog.register()
    assert dialog.stack.currentIndex() == 0 and dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("Time of receipt") and "2026-03-19 15:01" in dialog.error.text()
    assert dialog.form.purpose.text() == "Қоғамдық көлік" and count_filings(state.ctx, FilingQuery()) == 0
    dialog.received.set_value(_office_time(state, 1).toPython())  # exactly one day ahead: the next morning's post
    dialog.register()
    assert dialog.stack.currentIndex() == 1 and count_filings(state.ctx, FilingQuery()) == 1


def test_the_correction_dialog_refuses_a_receipt_moved_ahead(qtbot: Any, state: AppState) -> None:
    data = {"form": "picket", "received_at": (FIXED_NOW - timedelta(hours=2)).isoformat(), "purpose": "x"}
    filing = register_filing(state.ctx, data).filing
    correction = CorrectionDialog(state, filing)
    qtbot.addWidget(correction)
    correction.select_field("received_at")
    correction.value.setText((FIXED_NOW + timedelta(days=2)).isoformat())
    correction.reason.setPlainText("опечатка")
    correction.save()
    assert correction.error.isVisibleTo(correction) and correction.error.text().startswith("Time of receipt")
    assert len(get_filing(state.ctx, filing.id).history) == 1
