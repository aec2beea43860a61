"""The card shows people and places as a clerk writes them, in the window's language (issue 22 item 5), not
"surname: …; given name: …; IIN: …"; the printed card and `akimat-desk show` use the same lines."""

from __future__ import annotations

import json
from typing import Any

import pytest

from akimat_desk.services.filings.card_view import filing_card
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.ui.filings.card_html import content_html
from tests.conftest import EXAMPLES


@pytest.fixture
def filing(ctx: Any) -> Any:
    data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
    data["organizer"] = {
        "type": "person",
        "surname": "Оспанова",
        "given_name": "Жанар",
        "patronymic": "Әлібекқызы",
        "iin": "631122474374",
        "address": "Алматы қ., Абай даңғ., 10",
    }
    data["place"] = {"name": "Гандиіндегі саябақ", "address": "Алматы қ., Тимирязев к-сі, 42", "description": "№2"}
    return register_filing(ctx, data).filing


@pytest.mark.parametrize(
    ("lang", "organizer", "representative"),
    [
        ("kk", "Оспанова Жанар Әлібекқызы, ЖСН 631122474374, Алматы қ., Абай даңғ., 10", "ЖСН 750312300011"),
        ("ru", "Оспанова Жанар Әлібекқызы, ИИН 631122474374, Алматы қ., Абай даңғ., 10", "ИИН 750312300011"),
        ("en", "Оспанова Жанар Әлібекқызы, IIN 631122474374, Алматы қ., Абай даңғ., 10", "IIN 750312300011"),
    ],
)
def test_the_card_writes_people_and_places_in_one_line(
    ctx: Any, filing: Any, switcher: Any, lang: str, organizer: str, representative: str
) -> None:
    switcher.switch(lang)
    html = content_html(filing_card(ctx, filing.id, lang), lang)
    assert organizer in html
    assert f"Ким Виктор Сергеевич, {representative}, г. Алматы, ул. Сатпаева, 3" in html
    assert "Гандиіндегі саябақ, Алматы қ., Тимирязев к-сі, 42 (№2)" in html
    assert "+7 701 765 43 21, ivanova.m@example.kz" in html
    for internal in ("surname", "given name", "тегі:", "фамилия:", "IIN:", "ИИН:", "ЖСН:"):
        assert internal not in html, internal


def test_show_prints_the_organizer_and_the_place_as_written(ctx: Any, filing: Any) -> None:
    from akimat_desk.services.filings.presenting import filing_lines

    lines = filing_lines(filing, "kk", ctx.settings.tz)
    assert "  Оспанова Жанар Әлібекқызы, ЖСН 631122474374, Алматы қ., Абай даңғ., 10" in lines
    assert "  Гандиіндегі саябақ, Алматы қ., Тимирязев к-сі, 42 (№2)" in lines
