"""explain(): each day walked, counted or skipped and why, in kk, ru and en."""

from __future__ import annotations

import re
from datetime import date

import pytest
from holidays.countries.kazakhstan import Kazakhstan

from akimat_desk.workdays import DayReason, KazakhCalendar, explain, explain_day
from akimat_desk.workdays.texts import LANGUAGES, holiday_keys, holiday_name, parse_package_name

KAZAKH_ONLY = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile("[а-яА-ЯёЁ]")
LATIN = re.compile("[A-Za-z]")


def test_nauryz_walk_in_every_language(cal: KazakhCalendar) -> None:
    expected_days = [date(2025, 3, d) for d in range(19, 28)]
    for lang in LANGUAGES:
        rows = explain(date(2025, 3, 19), 3, cal, lang)
        assert [r.day for r in rows] == expected_days
        assert [r.counted for r in rows] == [False, True, False, False, False, False, False, True, True]
        assert [r.ordinal for r in rows] == [None, 1, None, None, None, None, None, 2, 3]
        assert [r.reason for r in rows] == [
            DayReason.START,
            DayReason.WORKING_DAY,
            DayReason.HOLIDAY,
            DayReason.HOLIDAY,
            DayReason.HOLIDAY,
            DayReason.MOVED_HOLIDAY,
            DayReason.MOVED_HOLIDAY,
            DayReason.WORKING_DAY,
            DayReason.WORKING_DAY,
        ]
        assert rows[-1].day == cal.add_working_days(date(2025, 3, 19), 3)
        assert holiday_name("nauryz", lang) in rows[2].text


def test_the_texts_of_one_walk_per_language(cal: KazakhCalendar) -> None:
    texts = {lang: [r.text for r in explain(date(2020, 5, 6), 4, cal, lang)] for lang in LANGUAGES}
    assert texts["ru"][1] == "праздник: День защитника Отечества"
    assert texts["kk"][1] == "мереке: Отан Қорғаушы күні"
    assert texts["en"][1] == "holiday: Defender of the Fatherland Day"
    assert texts["ru"][4] == "выходной день (воскресенье)"
    assert texts["kk"][4] == "демалыс күні (жексенбі)"
    assert texts["ru"][5].startswith("перенос дня отдыха: рабочий день (понедельник); выходной перенесён на 2020-05-08")
    assert "Постановление Правительства РК № 820" in texts["ru"][5]


def test_russian_strings_are_really_russian(cal: KazakhCalendar) -> None:
    rows_ru = explain(date(2020, 4, 29), 12, cal, "ru")
    rows_en = explain(date(2020, 4, 29), 12, cal, "en")
    for ru, en in zip(rows_ru, rows_en, strict=True):
        assert CYRILLIC.search(ru.text), ru.text
        assert not KAZAKH_ONLY.search(ru.text), ru.text
        assert ru.text != en.text
    for key in holiday_keys():
        name = holiday_name(key, "ru")
        assert CYRILLIC.search(name), name
        assert not LATIN.search(name), name
        assert not KAZAKH_ONLY.search(name), name


def test_kazakh_names_agree_with_the_holidays_package() -> None:
    """Our kk names are the package's own (2020-2025; from 2026 the package renames Republic Day)."""
    for year in range(2020, 2026):
        en = Kazakhstan(years=year, language="en_US")
        kk = Kazakhstan(years=year, language="kk")
        for day, name in en.items():
            parsed = parse_package_name(name)
            if parsed.key is None:
                continue
            package_kk = kk[day].removesuffix(" (қайта белгіленген демалыс)").removesuffix(" (бағаланған)")
            assert holiday_name(parsed.key, "kk") == package_kk


def test_every_package_holiday_has_our_names_in_three_languages() -> None:
    for year in range(1995, 2035):
        for name in Kazakhstan(years=year, language="en_US").values():
            for part in name.split("; "):
                parsed = parse_package_name(part)
                assert parsed.key != "unknown", part
    for key in holiday_keys():
        assert all(holiday_name(key, lang) for lang in LANGUAGES)
        assert len({holiday_name(key, "en"), holiday_name(key, "ru")}) == 2 or key == "nauryz"


def test_a_backward_walk_ends_on_the_nth_working_day_before(cal: KazakhCalendar) -> None:
    rows = explain(date(2024, 5, 13), -5, cal, "en")
    assert rows[-1].day == date(2024, 5, 2) == cal.nth_working_day_before(date(2024, 5, 13), 5)
    assert [r.ordinal for r in rows if r.counted] == [1, 2, 3, 4, 5]
    saturday = next(r for r in rows if r.day == date(2024, 5, 4))
    assert saturday.counted
    assert saturday.reason is DayReason.TRANSFER_WORKING_DAY
    assert "17.04.2024" in saturday.text


def test_an_estimated_kurban_ait_is_marked_estimated() -> None:
    bare = KazakhCalendar()
    row = explain_day(date(2028, 5, 5), bare, "ru")
    assert row.info.estimated
    assert row.text == "праздник: Курбан айт (предполагаемая дата)"


def test_zero_days_lists_only_the_start(cal: KazakhCalendar) -> None:
    rows = explain(date(2025, 3, 19), 0, cal, "kk")
    assert [(r.day, r.reason) for r in rows] == [(date(2025, 3, 19), DayReason.START)]


def test_an_unsupported_language_is_refused_not_silently_english(cal: KazakhCalendar) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        explain(date(2025, 3, 19), 3, cal, "de")
