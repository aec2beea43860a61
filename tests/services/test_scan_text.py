"""Values read out of recognised text: IIN/BIN with OCR confusions, dates and times as people write them."""

from __future__ import annotations

import random
from datetime import date, time

import pytest

from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.people import is_valid_iin
from akimat_desk.services.filings import scan_text as tx
from tests.scan_samples import valid_id


def test_an_iin_with_letters_for_digits_is_repaired_only_when_its_check_digit_holds() -> None:
    rng = random.Random(19)
    for _ in range(200):
        iin = valid_id(rng)
        garbled = iin.replace("0", "О").replace("3", "З").replace("1", "I").replace("6", "б")
        found = tx.id_number(f"ИИН {garbled[:6]} {garbled[6:]},")
        assert found is not None and found[0] == iin
        assert found[1] == (garbled != iin)


def test_a_wrong_number_is_never_returned() -> None:
    rng = random.Random(7)
    for _ in range(200):
        iin = valid_id(rng)
        wrong = iin[:-1] + str((int(iin[-1]) + rng.randint(1, 9)) % 10)
        assert not is_valid_iin(wrong)
        assert tx.id_number(f"ЖСН: {wrong}") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08.03.2026", date(2026, 3, 8)),
        ("8 марта 2026 г.", date(2026, 3, 8)),
        ("2026 жылғы 8 наурыз", date(2026, 3, 8)),
        ("«12» мая 2026 года", date(2026, 5, 12)),
        ("12 мая 2026 года", date(2026, 5, 12)),
        ("1 маусым 2026 ж.", date(2026, 6, 1)),
        ("31.02.2026", None),
        ("2026 ж. 15 желтоқсан", date(2026, 12, 15)),
    ],
)
def test_dates_in_the_usual_written_forms(text: str, expected: date | None) -> None:
    found = tx.find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("с 12:00 до 15:00", [time(12), time(15)]),
        ("сағат 10.30-дан 13.00-ге дейін", [time(10, 30), time(13)]),
        ("12:00–15:30", [time(12), time(15, 30)]),
        ("150 человек", []),
    ],
)
def test_times(text: str, times: list[time]) -> None:
    assert tx.find_times(text) == times


def test_forms_phones_consent_and_language() -> None:
    assert tx.find_form("о проведении мирного собрания в форме шествия") is Form.MARCH
    assert tx.find_form("бейбіт жиналыс: пикет") is Form.PICKET
    assert tx.find_form("мирное собрание") is None
    assert tx.find_phones("тел. 8 (701) 234-56-78") == ["+7 701 234 56 78"]
    assert tx.consent("согласен") is True and tx.consent("не согласен") is False and tx.consent("—") is None
    assert tx.intention("не планируются") is False and tx.intention("будут (мегафон)") is True
    assert tx.language_of("Бейбіт жиналыстың мақсаты") == "kk" and tx.language_of("Цель собрания") == "ru"
