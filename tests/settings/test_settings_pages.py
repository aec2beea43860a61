"""The Settings page (issue 22 item 5): tabs for the office hours, the number formats and the working-day calendar
that were only in the CLI, and the akimat's letterhead checked by the services; a bad value is shown under its
field with the rule, nothing is stored, and the page is in kk, ru and en."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTime

from akimat_desk.services.deadlines.calendar import current_calendar
from akimat_desk.services.office.settings import load_settings
from akimat_desk.services.office.users import add_user, login
from akimat_desk.ui.office.settings_page import SettingsView
from akimat_desk.ui.state import AppState
from tests.settings.letterhead import fill_letterhead

PASSWORD = "Qwerty12-long-enough"


@pytest.fixture
def page(qtbot: Any, state: AppState) -> SettingsView:
    view = SettingsView(state)
    qtbot.addWidget(view)
    return view


def test_the_tabs_are_the_akimat_hours_numbers_calendar_and_backups(
    page: SettingsView, switcher: Any, qapp: Any
) -> None:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["The akimat", "Office hours", "Number formats", "Working-day calendar", "Backups"]
    switcher.switch("kk")
    page.retranslate_ui()
    assert page.tabs.tabText(1) == "Қабылдау уақыты" and page.tabs.tabText(3) == "Жұмыс күндерінің күнтізбесі"
    switcher.switch("ru")
    qapp.processEvents()  # the language change reaches every tab
    assert page.tabs.tabText(2) == "Форматы номеров"
    assert page.hours.labels["office_closes"].text() == "Приём &заканчивается в:"
    assert page.hours.save_button.text() == "&Сохранить"
    assert page.numbers.labels["number_format"].text() == "&Входящие обращения:"
    assert page.calendar.confirm_button.text() == "&Подтвердить год"


def test_office_hours_are_saved_and_used(page: SettingsView, state: AppState) -> None:
    tab = page.hours
    tab.opens.setTime(QTime(8, 30))
    tab.closes.setTime(QTime(17, 0))
    tab.save()
    assert (state.ctx.settings.office_opens, state.ctx.settings.office_closes) == ("08:30", "17:00")
    assert load_settings(state.ctx.uow).office_closes == "17:00"
    assert tab.message.text() == "Saved."


def test_office_hours_closing_before_opening_are_refused_beside_the_field(page: SettingsView, state: AppState) -> None:
    before = load_settings(state.ctx.uow)
    tab = page.hours
    tab.opens.setTime(QTime(18, 0))
    tab.closes.setTime(QTime(9, 0))
    tab.save()
    shown = tab.errors.shown()
    assert list(shown) == ["office_closes"] and "before it closes" in shown["office_closes"]
    assert load_settings(state.ctx.uow) == before


def test_an_unknown_time_zone_is_refused(page: SettingsView, state: AppState) -> None:
    page.hours.timezone.setCurrentText("Asia/Nowhere")
    page.hours.save()
    assert "IANA" in page.hours.errors.shown()["office_timezone"]
    assert load_settings(state.ctx.uow).office_timezone == "Asia/Almaty"


def test_number_formats_show_the_first_numbers_and_are_saved(page: SettingsView, state: AppState) -> None:
    tab = page.numbers
    tab.akimat_code.setText("MED")
    tab.incoming.setText("{akimat}/{year}/{seq:05d}")
    tab.outgoing.setText("{akimat}-{year}-{seq}-исх")
    assert "MED/2026/00001" in tab.preview.text() and "MED-2026-1-исх" in tab.preview.text()
    tab.save()
    stored = load_settings(state.ctx.uow)
    assert (stored.akimat_code, stored.number_format) == ("MED", "{akimat}/{year}/{seq:05d}")
    assert state.ctx.settings.outgoing_number_format == "{akimat}-{year}-{seq}-исх"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("incoming", "{akimat}-{year}", "must contain {seq}"),
        ("incoming", "{seq:>999999999}", "two-digit width"),
        ("outgoing", "{number}", "only {akimat}, {year} and {seq}"),
        ("akimat_code", "../x", "1 to 10 letters or digits"),
    ],
)
def test_a_bad_number_format_is_refused_beside_its_field(
    page: SettingsView, state: AppState, field: str, value: str, words: str
) -> None:
    before = load_settings(state.ctx.uow)
    tab = page.numbers
    getattr(tab, field).setText(value)
    assert "—" in tab.preview.text()
    tab.save()
    key = {"incoming": "number_format", "outgoing": "outgoing_number_format", "akimat_code": "akimat_code"}[field]
    shown = tab.errors.shown()
    assert list(shown) == [key] and words in shown[key], shown
    assert load_settings(state.ctx.uow) == before


def test_the_calendar_tab_confirms_and_withdraws_a_year(page: SettingsView, state: AppState) -> None:
    tab = page.calendar
    tab.year.setValue(2028)
    tab.reload()
    assert not current_calendar(state.ctx).is_confirmed(2028)
    assert "NOT confirmed" in tab.state_line.text() and tab.confirm_button.isEnabled()
    tab.act.setText("Постановление Правительства РК № 123")
    seen: list[Any] = []
    state.changes_applied.connect(seen.append)
    tab.confirm_button.click()
    assert current_calendar(state.ctx).is_confirmed(2028)
    assert "is confirmed" in tab.state_line.text()
    assert "Постановление Правительства РК № 123" in tab.history.text()
    assert seen, "the window is told the calendar changed"
    tab.withdraw_button.click()
    assert not current_calendar(state.ctx).is_confirmed(2028)
    assert "confirmation withdrawn" in tab.history.text()


def test_the_calendar_tab_lists_the_years_days(page: SettingsView) -> None:
    tab = page.calendar
    tab.year.setValue(2026)
    tab.reload()
    assert "01.01" in tab.days_off.text() and "16.12" in tab.days_off.text()


def test_a_clerk_without_the_right_cannot_confirm(qtbot: Any, state: AppState) -> None:
    add_user(state.ctx, "admin", ["administrator"], PASSWORD)
    admin = login(state.ctx, "admin", PASSWORD)
    add_user(admin, "clerk", ["registrar"], PASSWORD)
    state.ctx = login(state.ctx, "clerk", PASSWORD)
    view = SettingsView(state)
    qtbot.addWidget(view)
    tab = view.calendar
    tab.year.setValue(2028)
    tab.reload()
    tab.confirm_button.click()
    assert not current_calendar(state.ctx).is_confirmed(2028)
    assert tab.message.text(), "the refusal is said"


def test_the_akimat_form_refuses_phone_abc_beside_the_field(page: SettingsView, state: AppState) -> None:
    before = load_settings(state.ctx.uow)
    fill_letterhead(page.form, phone="abc")
    page.save()
    shown = page.form.errors.shown()
    assert list(shown) == ["phone"]
    assert shown["phone"].startswith('Field "Office phone": "abc" is not a Kazakh phone number')
    assert "Nothing was saved" in page.message.text()
    assert load_settings(state.ctx.uow) == before


def test_the_akimat_form_refuses_not_an_email_in_russian(page: SettingsView, state: AppState, switcher: Any) -> None:
    switcher.switch("ru")
    state.language = "ru"
    page.retranslate_ui()
    fill_letterhead(page.form, email="not-an-email")
    page.save()
    shown = page.form.errors.shown()
    assert list(shown) == ["email"] and "не адрес электронной почты" in shown["email"]
    assert "«" in shown["email"] and "email" not in shown["email"].split(":")[0]


def test_an_empty_akimat_form_is_refused_on_the_first_required_field(page: SettingsView, state: AppState) -> None:
    page.save()
    shown = page.form.errors.shown()
    assert list(shown) == ["name_kk"] and "is required" in shown["name_kk"]
    assert not load_settings(state.ctx.uow).letterhead_ready


def test_a_complete_letterhead_is_saved(page: SettingsView, state: AppState) -> None:
    fill_letterhead(page.form, phone="8 (727) 271-66-00", email="medeu@almaty.gov.kz")
    page.save()
    assert page.form.errors.shown() == {}
    assert state.ctx.settings.phone == "8 (727) 271-66-00" and state.ctx.settings.letterhead_ready


def test_confirming_next_year_in_settings_clears_the_windows_warning(
    qtbot: Any, state: AppState, switcher: Any
) -> None:
    from akimat_desk.ui.main_window import MainWindow

    window = MainWindow(state, switcher.switch, "test")
    qtbot.addWidget(window)
    window.start()
    assert not current_calendar(state.ctx).is_confirmed(2027)
    qtbot.waitUntil(lambda: "2027" in window.banner.text())
    assert "Settings, Working-day calendar" in window.banner.text()
    tab = window.settings.calendar
    tab.year.setValue(2027)
    tab.act.setText("Приказ МТСЗН № 1 от 01.12.2026")
    tab.confirm_button.click()
    qtbot.waitUntil(lambda: "2027" not in window.banner.text())
