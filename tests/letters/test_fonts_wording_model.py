"""The bundled fonts' charmaps, the per-language wording files, and what a Letter refuses to be."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont as ToolsFont
from reportlab.pdfbase.ttfonts import TTFont

from akimat_desk.letters import EventDetails, RefusalGround
from akimat_desk.letters import fonts as fonts_module
from akimat_desk.letters.fonts import STYLES, FontCoverageError, font_dir, missing_characters, register_fonts
from akimat_desk.letters.model import GROUND_CODES
from akimat_desk.letters.wording import cite_ground, format_date, format_when, texts
from tests.letters.samples import letter

KAZAKH = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
SYSTEM_LIBERATION_1 = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")


@pytest.mark.parametrize("filename", sorted(STYLES.values()))
def test_bundled_font_is_liberation_2_and_maps_every_kazakh_letter(filename: str) -> None:
    font = ToolsFont(font_dir() / filename)
    assert font["name"].getDebugName(5).startswith("Version 2.")
    cmap = font.getBestCmap()
    assert [ch for ch in KAZAKH + "№«»–" if ord(ch) not in cmap] == []
    assert "₸" not in {chr(code) for code in cmap}  # known gap (letters.md): letters write the word, not the sign


def test_licence_ships_with_the_fonts() -> None:
    assert "SIL OPEN FONT LICENSE Version 1.1" in (font_dir() / "OFL.txt").read_text("utf-8")


def test_registration_fails_loudly_when_a_character_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    font = TTFont("probe", str(font_dir() / "LiberationSerif-Regular.ttf"))
    assert missing_characters(font) == ""
    assert missing_characters(font, "ә₸") == "₸"
    monkeypatch.setattr(fonts_module, "REQUIRED_CHARACTERS", KAZAKH + "₸")
    with pytest.raises(FontCoverageError, match="₸"):
        fonts_module._load("probe-2", "LiberationSerif-Regular.ttf")


def test_the_old_liberation_1_07_would_be_caught() -> None:
    # Debian's fonts-liberation (1.07), installed by scripts/setup.sh: missing it is a failure, not a skip
    assert SYSTEM_LIBERATION_1.is_file(), f"{SYSTEM_LIBERATION_1} missing: run scripts/setup.sh"
    missing = set(missing_characters(TTFont("old", str(SYSTEM_LIBERATION_1))))
    assert missing >= set(KAZAKH) - set("Іі")  # 1.07 has І/і (Ukrainian) but none of the other Kazakh letters


def test_register_fonts_is_idempotent() -> None:
    assert register_fonts() == register_fonts() == "LiberationSerif"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("kk", ["2026 жылғы 25 мамыр", "2027 жылғы 5 қаңтар", "2026 жылғы 31 желтоқсан"]),
        ("ru", ["«25» мая 2026 г.", "«05» января 2027 г.", "«31» декабря 2026 г."]),
        ("en", ["25 May 2026", "5 January 2027", "31 December 2026"]),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(lang: str, expected: list[str]) -> None:
    days = [dt.date(2026, 5, 25), dt.date(2027, 1, 5), dt.date(2026, 12, 31)]
    assert [format_date(day, lang).replace("\xa0", " ") for day in days] == expected
    assert all(" " not in format_date(day, lang) for day in days)  # no-break spaces: a date never splits


def test_event_spanning_two_days_names_both() -> None:
    start, end = dt.datetime(2026, 5, 28, 19, 0), dt.datetime(2026, 5, 29, 9, 30)
    assert format_when(start, end, "ru").replace("\xa0", " ") == "с 19:00 «28» мая 2026 г. до 09:30 «29» мая 2026 г."


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("A14-5", "ru", "подпункт 5) пункта 1 статьи 14 Закона"),
        ("A14-10", "kk", "Заңның 14-бабының 1-тармағының 10) тармақшасы"),
        ("A14-1", "en", "subparagraph 1) of paragraph 1 of Article 14 of the Law"),
        ("A11-3", "kk", "Заңның 11-бабының 3-тармағы"),
        ("A13-3", "en", "paragraph 3 of Article 13 of the Law"),
    ],
)
def test_ground_citations_follow_each_languages_order(code: str, lang: str, expected: str) -> None:
    assert cite_ground(code, lang) == expected


def _shape(value: Any, key: str = "") -> Any:
    if key == "forms":  # the grammatical cases a language needs differ (kk has an accusative); the forms do not
        return sorted(value)
    if isinstance(value, dict):
        return {name: _shape(item, name) for name, item in value.items()}
    return len(value) if isinstance(value, list) else type(value).__name__


def test_the_three_wording_files_have_the_same_keys_and_every_ground() -> None:
    shapes = {lang: _shape(texts(lang)) for lang in ("kk", "ru", "en")}
    assert shapes["kk"] == shapes["ru"] == shapes["en"]
    for lang in shapes:
        assert set(texts(lang)["ground_titles"]) == set(GROUND_CODES)
    assert texts("en")["official"] is False and texts("kk")["official"] is texts("ru")["official"] is True


def test_unknown_language_has_no_texts() -> None:
    with pytest.raises(ValueError, match="de"):
        texts("de")


@pytest.mark.parametrize(
    ("kind", "form", "changes", "message"),
    [
        ("approve", "rally", {}, "application"),
        ("inform", "march", {}, "notification"),
        ("refuse", "rally", {"grounds": ()}, "grounds"),
        ("approve", "march", {"grounds": (RefusalGround("A14-3", "угроза"),)}, "grounds"),
        ("refuse", "rally", {"grounds": (RefusalGround("A13-3", "нет ответа"),)}, "A13-3"),
        ("refuse", "march", {"grounds": (RefusalGround("A11-3", "нет ответа"),)}, "A11-3"),
        ("inform", "rally", {"answer_deadline": dt.date(2026, 5, 26)}, "deadline"),
        ("inform", "rally", {"language": "de"}, "language"),
        ("inform", "rally", {"outgoing_date": dt.date(2026, 5, 1)}, "before the filing"),
        ("inform", "rally", {"proposal": "another place"}, "proposal"),
    ],
)
def test_a_letter_that_would_cite_the_wrong_law_is_refused(
    kind: str, form: str, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        replace(letter(kind, "ru", form), **changes)


@pytest.mark.parametrize("code", ["A14-0", "A14-11", "A12-3", "a14-1"])
def test_unknown_ground_codes_are_refused(code: str) -> None:
    with pytest.raises(ValueError, match="unknown ground"):
        RefusalGround(code, "reason")


def test_a_ground_needs_a_written_reason() -> None:
    with pytest.raises(ValueError, match="written reason"):
        RefusalGround("A14-3", "   ")


def test_event_must_end_after_it_starts() -> None:
    with pytest.raises(ValueError, match="end after"):
        EventDetails("rally", "place", dt.datetime(2026, 5, 28, 12), dt.datetime(2026, 5, 28, 11))
