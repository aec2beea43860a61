"""The correction dialog lists the fields by the labels the registration form shows, never by the document's
keys (issue 22 item 5): one table of field labels for both, in the clerk's language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from akimat_desk.services.filings.registration import register_filing
from akimat_desk.ui.filings.correction_dialog import CorrectionDialog
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from tests.conftest import FIXED_NOW

_KEY = re.compile(r"[a-z]+[._][a-z_]+")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_fields_to_correct_read_as_on_the_registration_form(
    qtbot: Any, ctx: Any, tmp_path: Path, lang: str
) -> None:
    state = AppState(ctx, InlineRunner(), lang, GuiState(tmp_path / "gui.json"))
    filing = register_filing(ctx, {"form": "picket", "received_at": FIXED_NOW.isoformat(), "purpose": "x"}).filing
    correction = CorrectionDialog(state, filing)
    registration = RegistrationDialog(state)
    qtbot.addWidget(correction)
    qtbot.addWidget(registration)
    offered = {correction.field.itemData(i): correction.field.itemText(i) for i in range(correction.field.count())}
    assert {"purpose", "pd_consent", "organizer.iin", "contacts.phone"} <= set(offered)
    assert not [text for text in offered.values() if _KEY.search(text)], offered
    captions = {label.text().replace("&", "").removesuffix(":") for label in registration.findChildren(QLabel)}
    on_both = {path for path, text in offered.items() if text in captions}
    assert {"purpose", "pd_consent", "organizer.iin", "organizer.surname", "contacts.phone", "received_at"} <= on_both
    expected = {"kk": "Бейбіт жиналыстың мақсаты", "ru": "Цель мирного собрания", "en": "Purpose"}[lang]
    assert offered["purpose"] == expected
