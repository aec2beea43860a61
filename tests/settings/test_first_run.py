"""The first run (issue 22 item 5): the interface language comes first and the dialog switches to it at once;
an empty form, phone "abc" and e-mail "not-an-email" are refused beside their fields, nothing stored."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from akimat_desk.services.office.settings import load_settings
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.office.first_run_dialog import FirstRunDialog
from akimat_desk.ui.state import AppState
from tests.settings.letterhead import fill_letterhead


@pytest.fixture
def dialog(qtbot: Any, state: AppState, switcher: LanguageSwitcher) -> FirstRunDialog:
    view = FirstRunDialog(state, register_is_empty=False, switch_language=switcher.switch)
    qtbot.addWidget(view)
    return view


def test_the_language_is_the_first_field_and_has_the_focus(qtbot: Any, dialog: FirstRunDialog) -> None:
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.language)
    first_row = dialog.layout().itemAt(0).layout()
    assert first_row.itemAt(1).widget() is dialog.language
    assert dialog.language.nextInFocusChain() is not None
    assert dialog.language_label.buddy() is dialog.language


@pytest.mark.parametrize(
    ("code", "title", "label"),
    [
        ("kk", "akimat_desk-ке қош келдіңіз", "Интерфейс &тілі:"),
        ("ru", "Добро пожаловать в akimat_desk", "&Язык интерфейса:"),
    ],
)
def test_choosing_a_language_switches_the_dialog_at_once(
    qapp: Any, dialog: FirstRunDialog, state: AppState, code: str, title: str, label: str
) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    qapp.processEvents()
    assert state.language == code
    assert dialog.windowTitle() == title
    assert dialog.language_label.text() == label
    expected = QCoreApplication.translate("SettingsForm", "Akimat's name in Kazakh:") + " *"
    assert dialog.form.labels["name_kk"].text() == expected and not expected.startswith("Akimat")


def test_the_chosen_language_becomes_the_offices_default(dialog: FirstRunDialog, state: AppState) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    fill_letterhead(dialog.form)
    dialog.save()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert load_settings(state.ctx.uow).default_language == "kk"


def test_an_empty_first_run_form_is_refused(dialog: FirstRunDialog, state: AppState) -> None:
    dialog.save()
    assert list(dialog.form.errors.shown()) == ["name_kk"]
    assert not dialog.error.isHidden() and dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert not load_settings(state.ctx.uow).letterhead_ready


@pytest.mark.parametrize(("key", "value"), [("phone", "abc"), ("email", "not-an-email"), ("executor_phone", "12")])
def test_bad_contacts_are_refused_at_first_run(dialog: FirstRunDialog, state: AppState, key: str, value: str) -> None:
    fill_letterhead(dialog.form, **{key: value})
    dialog.save()
    assert list(dialog.form.errors.shown()) == [key]
    assert not load_settings(state.ctx.uow).letterhead_ready
