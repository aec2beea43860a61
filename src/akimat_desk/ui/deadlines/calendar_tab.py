"""The Settings tab "Working-day calendar": the administrator confirms a year's calendar (or withdraws the
confirmation) once the year's transfers of days off and Kurban Ait are known, as ``akimat-desk calendar confirm
YEAR [--act TEXT]`` does, through the same use case (``services.deadlines.calendar.confirm_year``, permission
``manage_calendar``). The tab shows the year's days off on weekdays, its working weekend days and who confirmed
it when; a refusal is shown under the act field and nothing is stored."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.deadlines.calendar import CalendarChanged, YearStatus, confirm_year, year_status
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.field_errors import ERROR_STYLE, FieldErrors, with_error_line
from akimat_desk.ui.widgets.retranslated import Retranslated

FIRST_YEAR = 2020


def _local(moment: Any, tz: Any) -> str:
    """A stored moment as the office reads it (dd.mm.yyyy HH:MM in its time zone)."""
    if isinstance(moment, datetime):
        aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return aware.astimezone(tz).strftime("%d.%m.%Y %H:%M")
    return str(moment)


def _days(days: tuple[date, ...]) -> str:
    return ", ".join(d.strftime("%d.%m") for d in days) or "—"


class CalendarTab(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.status: YearStatus | None = None
        this_year = state.ctx.clock().astimezone(state.ctx.settings.tz).year
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, this_year + 2)
        self.year.setValue(this_year)
        self.year.valueChanged.connect(self.reload)
        self.act = QLineEdit(self)
        self.state_line, self.days_off, self.working, self.history, self.message = (QLabel(self) for _ in range(5))
        for label in (self.state_line, self.days_off, self.working, self.history, self.message):
            label.setWordWrap(True)
        font = self.state_line.font()
        font.setBold(True)
        self.state_line.setFont(font)
        self.confirm_button, self.withdraw_button = QPushButton(self), QPushButton(self)
        self.confirm_button.clicked.connect(lambda: self.save(True))
        self.withdraw_button.clicked.connect(lambda: self.save(False))
        self.year_label, self.act_label = QLabel(self), QLabel(self)
        self.year_label.setBuddy(self.year)
        self.act_label.setBuddy(self.act)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.errors = FieldErrors()
        act_row, act_line = with_error_line(self.act, self)
        self.errors.add("act", self.act, self.act_label, act_line)
        self.days_off_label, self.working_label, self.history_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.year_label, self.year)
        form.addRow(self.state_line)
        form.addRow(self.days_off_label, self.days_off)
        form.addRow(self.working_label, self.working)
        form.addRow(self.history_label, self.history)
        form.addRow(self.act_label, act_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate_ui()

    def reload(self) -> None:
        ctx, year = self.state.ctx, self.year.value()
        self.state.runner.run(lambda: year_status(ctx, year), self._loaded, self._failed)

    def _loaded(self, status: YearStatus) -> None:
        if status.year != self.year.value():
            return  # an older year's answer arriving after the clerk moved on
        self.status = status
        self._show_status()

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            return
        year = str(status.year)
        if status.confirmed:
            self.state_line.setText(self.tr("✔ The calendar of %1 is confirmed.").replace("%1", year))
            self.state_line.setStyleSheet("color: #2e7d32")
        else:
            self.state_line.setText(
                self.tr(
                    "⚠ The calendar of %1 is NOT confirmed: deadlines in %1 are counted on the days known so far and shown as such."  # noqa: E501
                ).replace("%1", year)
            )
            self.state_line.setStyleSheet(ERROR_STYLE)
        self.days_off.setText(_days(status.non_working_weekdays))
        self.working.setText(_days(status.working_weekend_days))
        lines = [
            (self.tr("confirmed") if e.confirmed else self.tr("confirmation withdrawn"))
            + f": {_local(e.at, self.state.ctx.settings.tz)}, {e.by} — {e.act}"
            for e in status.confirmations
        ]
        self.history.setText("\n".join(lines) or "—")
        self.confirm_button.setEnabled(not status.confirmed)
        self.withdraw_button.setEnabled(status.confirmed)

    def save(self, confirmed: bool) -> None:
        ctx, year, act = self.state.ctx, self.year.value(), self.act.text().strip() or None
        self.errors.clear()
        self.message.clear()
        self.state.runner.run(lambda: confirm_year(ctx, year, act, confirmed=confirmed), self._saved, self._failed)

    def _saved(self, result: CalendarChanged) -> None:
        self.act.clear()
        self.message.setStyleSheet("color: #2e7d32")
        moved = len(result.moved)
        text = self.tr("Saved.")
        if moved:
            text += " " + self.tr("Deadlines moved by this change: %1 (see Today).").replace("%1", str(moved))
        self.message.setText(text)
        self.state.apply_result(result)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if not self.errors.show(exc, self.state.language):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error_text(exc, self.state.language))

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Confirm a year once its transfers of days off and the day of Kurban Ait are published. Until then the register warns that the year's deadlines may move."  # noqa: E501
            )
        )
        self.year_label.setText(self.tr("&Year:"))
        self.days_off_label.setText(self.tr("Days off on weekdays:"))
        self.working_label.setText(self.tr("Working Saturdays and Sundays:"))
        self.history_label.setText(self.tr("Confirmations:"))
        self.act_label.setText(self.tr("&Act (order, decision; optional):"))
        self.act.setPlaceholderText(self.tr("Order of the Ministry of Labour No. … of …"))
        self.confirm_button.setText(self.tr("&Confirm the year"))
        self.withdraw_button.setText(self.tr("&Withdraw the confirmation"))
        self._show_status()
