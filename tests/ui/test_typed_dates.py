"""Every date in the window is typed the same way (issue 22 item 5): the register's date filter, the statistics
period, the place dialogs and the delivery date take dd.mm.yyyy digits typed with the keys, an empty or incomplete
required date is refused naming the field, and no Qt date spin box is left in the window's sources."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from akimat_desk.domain.decisions import DispatchChannel
from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.register_view import RegisterFilter, SortKey, open_register_view
from akimat_desk.services.places import catalogue as svc
from akimat_desk.ui.decisions import dispatch_dialog
from akimat_desk.ui.decisions.dispatch_dialog import DeliveryDialog
from akimat_desk.ui.filings.register_page import RegisterView
from akimat_desk.ui.places.place_dialogs import place_dialog
from akimat_desk.ui.reports.statistics_page import StatisticsView
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.date_fields import DateField
from tests.conftest import REPO
from tests.places.conftest import filing
from tests.ui.conftest import answer_question, type_text
from tests.ui.test_decisions_ui import _picket, _proposal_dispatch, office_state  # noqa: F401  (the fixture, with the letterhead)

UI = REPO / "src" / "akimat_desk" / "ui"


def _retype(field: DateField, digits: str) -> None:
    """What a clerk does: select what the field holds and type the digits over it."""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Delete)
    QTest.keyClicks(field, digits)


def _shown(view: RegisterView) -> set[int]:
    return {view.model.filing_id(r) for r in range(view.model.rowCount())}


def _registered(state: AppState, first: date | None, last: date | None) -> set[int]:
    """The filings registered in the period, asked of the service directly."""
    flt = RegisterFilter(received_from=first, received_to=last)
    return set(open_register_view(state.ctx, flt, SortKey.RECEIVED, True, 100).ids)


def test_the_register_filter_takes_typed_digits_and_filters_the_rows(qtbot: Any, state: AppState) -> None:
    create_demo_register(state.ctx, count=30)  # received 08.03.2026 to 17.03.2026, three a day
    view = RegisterView(state)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    assert view.model.rowCount() == 30 and view.date_from.text() == "" and view.date_to.text() == ""  # no bound
    _retype(view.date_from, "12032026")
    assert view.date_from.text() == "12.03.2026"  # not "day1022026": the dots come by themselves
    assert view.current_filter().received_from == date(2026, 3, 12)
    from_12th = _registered(state, date(2026, 3, 12), None)
    assert _shown(view) == from_12th and 0 < len(from_12th) < 30
    _retype(view.date_to, "1403202")  # one digit short: not applied, the rows stay
    assert view.current_filter().received_to is None and _shown(view) == from_12th
    QTest.keyClick(view.date_to, Qt.Key.Key_Return)
    assert view.date_to.palette().color(QPalette.ColorRole.Text).name() == "#c62828"  # shown red
    QTest.keyClicks(view.date_to, "6")
    assert view.date_to.text() == "14.03.2026"
    assert view.current_filter().received_to == date(2026, 3, 14)
    week = _registered(state, date(2026, 3, 12), date(2026, 3, 14))
    assert _shown(view) == week and 0 < len(week) < len(from_12th)
    _retype(view.date_from, "01022026")
    assert view.date_from.text() == "01.02.2026"
    assert _shown(view) == _registered(state, None, date(2026, 3, 14)) != week
    view.date_from.clear()
    view.date_to.clear()  # emptied: no bound again
    assert view.model.rowCount() == 30 and view.current_filter().received_to is None
    assert view.date_from.accessibleName() == "Registered from"  # named for screen readers by its label


def test_the_calendar_of_an_empty_filter_opens_on_today(qtbot: Any, state: AppState) -> None:
    view = RegisterView(state)
    qtbot.addWidget(view)
    view.show()
    calendar = view.date_from.open_calendar()
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)  # the register's today, not January 2000
    calendar.clicked.emit(QDate(2026, 3, 10))
    assert view.date_from.text() == "10.03.2026" and view.current_filter().received_from == date(2026, 3, 10)


def test_the_statistics_period_is_typed_with_the_keys(qtbot: Any, state: AppState) -> None:
    assert filing(state.ctx, received="2026-03-17T10:15:00+05:00").id
    page = StatisticsView(state)
    qtbot.addWidget(page)
    page.show()
    assert (page.first.text(), page.last.text()) == ("01.01.2026", "18.03.2026")  # the old default: this year
    _retype(page.first, "01032026")
    _retype(page.last, "16032026")
    page.compute()
    assert page.table is not None and (page.table.first, page.table.last) == (date(2026, 3, 1), date(2026, 3, 16))
    assert "Total: 0" in page.total_label.text()  # the filing of the 17th is outside the typed period
    _retype(page.last, "31032026")
    QTest.keyClick(page.last, Qt.Key.Key_Return)  # Enter computes
    assert page.table.last == date(2026, 3, 31) and "Total: 1" in page.total_label.text()
    _retype(page.first, "")
    page.compute()
    assert page.message.text() == "Registered from: this date must be stated; type it as dd.mm.yyyy."
    assert page.table.last == date(2026, 3, 31)  # nothing was computed


def test_the_place_dialog_takes_a_typed_date_and_stores_it(qtbot: Any, state: AppState) -> None:
    dialog = place_dialog(state, None)
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in (
        ("name_kk", "Республика алаңы"),
        ("name_ru", "Площадь Республики"),
        ("name_en", "Republic Square"),
        ("address", "Republic avenue, 1"),
        ("max_occupancy", "100"),
        ("decision_number", "133/16-VIII"),
    ):
        dialog.set_value(key, text)
    decision_date = dialog.widgets["decision_date"]
    assert isinstance(decision_date, DateField) and decision_date.text() == ""
    type_text(decision_date, "1612202")
    dialog.submit()
    assert "Decision date: not a complete date" in dialog.message.text() and dialog.result() == 0
    type_text(decision_date, "6")
    assert decision_date.text() == "16.12.2026"
    dialog.submit()
    assert dialog.result() == 1
    (place,) = svc.list_places(state.ctx)
    assert place.decision_date == date(2026, 12, 16) and place.valid_from is None  # empty: not stated


def test_the_delivery_date_is_typed(qtbot: Any, office_state: AppState, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    fid, sent = _proposal_dispatch(qtbot, office_state)
    sent.channels[DispatchChannel.REGISTERED_MAIL].setChecked(True)
    sent.tracking.setText("RR123456789KZ")
    answer_question(qtbot, "dispatch_question", "&Record the dispatch")
    sent.submit()
    assert sent.result() == 1
    called: list[date] = []
    record = dispatch_dialog.record_delivery
    monkeypatch.setattr(
        dispatch_dialog, "record_delivery", lambda ctx, f, t, day: called.append(day) or record(ctx, f, t, day)
    )
    delivery = DeliveryDialog(office_state, fid, ["RR123456789KZ"])
    qtbot.addWidget(delivery)
    delivery.show()
    assert delivery.delivered.text() == "18.03.2026"  # today, as before
    _retype(delivery.delivered, "")
    delivery.submit()
    assert delivery.error.text() == "Delivered on: this date must be stated; type it as dd.mm.yyyy."
    assert delivery.result() == 0 and not called  # refused in the dialog, which stays open
    QTest.keyClicks(delivery.delivered, "17032026")
    delivery.submit()
    assert delivery.result() == 1 and called == [date(2026, 3, 17)]


def test_no_qt_date_spin_box_is_left_in_the_window() -> None:
    """One date widget: a QDateEdit or QDateTimeEdit anywhere in ui/ (but the widget's own module) fails."""
    spin_box = re.compile(r"\bQ(?:Date|DateTime)Edit\b")
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "date_fields.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if spin_box.search(line)
    ]
    assert found == []


def test_the_ui_sources_are_walked(tmp_path: Path) -> None:
    """The walk above reads the window's sources (a wrong folder would find nothing and pass)."""
    assert len(list(UI.rglob("*.py"))) > 50 and (UI / "widgets" / "date_fields.py").exists()
