"""Which language a clerk's text is in (issue 15): Kazakh, Russian, English, or None when it does not tell."""

from __future__ import annotations

import pytest

from akimat_desk.domain.text_language import fits, language_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Угроза общественному порядку: на площади проводится ремонт", "ru"),
        ("В уведомлении не указаны источники финансирования", "ru"),
        ("Қаржыландыру көздері көрсетілмеген", "kk"),
        ("Іс-шара ғимарат ішінде өтеді", "kk"),
        ("Пикет ауруханаға жедел жәрдем көлігінің жүруіне кедергі келтіреді", "kk"),
        ("The sources of funding are not stated", "en"),
        ("Парк «Ғани Мұратбаев» у площади Республики, время проведения с 11:00", "ru"),  # a Kazakh name in Russian
        ("150 > 100", None),
        ("31.03.2026, 11:00-13:00", None),
        ("Парк им. Ганди / Ганди саябағы / Gandhi Park", None),  # as much of each: it does not tell
    ],
)
def test_the_language_of_a_text(text: str, language: str | None) -> None:
    assert language_of(text) == language


def test_a_text_fits_its_own_language_or_one_it_does_not_tell() -> None:
    assert fits("Угроза общественному порядку", "ru") and not fits("Угроза общественному порядку", "kk")
    assert fits("15:00", "kk") and fits("15:00", "en")
