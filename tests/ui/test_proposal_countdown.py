"""A proposal's countdown is the organizer's one working day to answer, and the window says so (issue 22 item 5):
never "review overdue" or "held as notified" for a filing in "proposal sent"; the register shows the answer's day."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from akimat_desk.domain.deadlines import Countdown, CountdownState, DeadlineKind, LegalDeadline
from akimat_desk.ui.widgets.countdown import countdown_text, countdown_tooltip

ALMATY = ZoneInfo("Asia/Almaty")


def _answer(passed: bool) -> Countdown:
    day = date(2026, 11, 16)
    state = CountdownState.OVERDUE if passed else CountdownState.DUE_TODAY
    closes = datetime(2026, 11, 16, 18, 30, tzinfo=ALMATY)
    return Countdown(
        LegalDeadline(DeadlineKind.PROPOSAL_ANSWER, day), state, -3 if passed else 0, -70.0, closes, passed
    )


@pytest.mark.parametrize(
    ("lang", "waiting", "over"),
    [
        ("en", "the organizer answers the proposal by 16.11.2026", "the organizer's day to answer the proposal ended"),
        ("ru", "организатор отвечает на предложение до 16.11.2026", "срок ответа организатора на предложение истёк"),
        ("kk", "ұйымдастырушы ұсынысқа 16.11.2026 күні", "ұйымдастырушының ұсынысқа жауап беру мерзімі"),
    ],
)
def test_the_answer_deadline_is_named_in_each_language(switcher: Any, lang: str, waiting: str, over: str) -> None:
    switcher.switch(lang)
    assert waiting in countdown_text(_answer(False))
    text = countdown_text(_answer(True))
    assert over in text and "16.11.2026" in text
    for review_words in ("holds it as notified", "overdue by", "проводит согласно", "просрочено"):
        assert review_words not in text


def test_the_tooltip_names_the_answer_not_the_review(switcher: Any) -> None:
    switcher.switch("en")
    tip = countdown_tooltip(_answer(True))
    assert tip.startswith("The organizer's answer to the proposal") and "Review deadline" not in tip


def test_the_register_cell_shows_the_answer_day(switcher: Any) -> None:
    from akimat_desk.ui.filings.register_cells import row_text
    from akimat_desk.ui.filings.register_model import Column

    switcher.switch("en")
    row = type("Row", (), {"review_due": date(2026, 11, 13)})()
    cell = row_text(row, Column.DEADLINE, "en", ALMATY, _answer(True))  # type: ignore[arg-type]
    assert cell.startswith("16.11 · the organizer's day to answer the proposal ended")
