"""People and places as a clerk writes them (issue 22 item 5): one line each, the IIN/BIN named in the reader's
language, nothing invented for what the filing does not give."""

from __future__ import annotations

import pytest

from akimat_desk.domain.written_forms import contacts_text, organizer_text, person_text, place_text

OSPANOVA = {
    "type": "person",
    "surname": "Оспанова",
    "given_name": "Жанар",
    "patronymic": "Әлібекқызы",
    "iin": "631122474374",
    "address": "Алматы қ., Абай даңғ., 10",
}
AZAT = {
    "type": "entity",
    "name": "«Азат» қоғамдық бірлестігі",
    "bin": "040340001283",
    "address": "Алматы қ., Төле би к-сі, 50",
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("kk", "Оспанова Жанар Әлібекқызы, ЖСН 631122474374, Алматы қ., Абай даңғ., 10"),
        ("ru", "Оспанова Жанар Әлібекқызы, ИИН 631122474374, Алматы қ., Абай даңғ., 10"),
        ("en", "Оспанова Жанар Әлібекқызы, IIN 631122474374, Алматы қ., Абай даңғ., 10"),
    ],
)
def test_a_citizen_in_one_line_per_language(lang: str, expected: str) -> None:
    assert organizer_text(OSPANOVA, lang) == expected


@pytest.mark.parametrize(("lang", "word"), [("kk", "БСН"), ("ru", "БИН"), ("en", "BIN")])
def test_a_legal_entity_with_its_bin(lang: str, word: str) -> None:
    expected = f"«Азат» қоғамдық бірлестігі, {word} 040340001283, Алматы қ., Төле би к-сі, 50"
    assert organizer_text(AZAT, lang) == expected
    untyped = {k: v for k, v in AZAT.items() if k != "type"}
    assert organizer_text(untyped, lang) == expected  # a BIN without a surname reads as an entity


def test_missing_parts_are_left_out_never_invented() -> None:
    assert person_text({"surname": "Ким", "given_name": "Виктор"}, "ru") == "Ким Виктор"
    assert person_text({"surname": " Ким ", "iin": "", "address": None}, "ru") == "Ким"
    assert organizer_text({}, "kk") == ""
    assert organizer_text("ТОО «Самғау», БИН 123", "ru") == "ТОО «Самғау», БИН 123"  # written as one line
    assert organizer_text(None, "en") == ""


def test_a_representative_carries_their_phone_and_e_mail() -> None:
    rep = {"surname": "Ким", "given_name": "Виктор", "patronymic": "Сергеевич", "iin": "750312300011"}
    rep |= {"address": "г. Алматы, ул. Сатпаева, 3", "email": "kim.v@example.kz", "phone": "+7 707 555 12 34"}
    assert organizer_text(rep, "ru") == (
        "Ким Виктор Сергеевич, ИИН 750312300011, г. Алматы, ул. Сатпаева, 3, +7 707 555 12 34, kim.v@example.kz"
    )


def test_places_and_contacts() -> None:
    place = {"name": "Парк им. Ганди", "address": "г. Алматы, ул. Тимирязева, 42", "description": "у фонтана"}
    assert place_text(place) == "Парк им. Ганди, г. Алматы, ул. Тимирязева, 42 (у фонтана)"
    assert place_text({"description": "у фонтана"}) == "у фонтана"
    assert (
        place_text("Алматы қ., Абай даңғылы, әкімдік алдындағы алаң")
        == "Алматы қ., Абай даңғылы, әкімдік алдындағы алаң"
    )
    assert contacts_text({"email": "erlan.s@example.kz", "phone": "+7 701 123 45 67"}) == (
        "+7 701 123 45 67, erlan.s@example.kz"
    )
    assert contacts_text({"email": "erlan.s@example.kz"}) == "erlan.s@example.kz"
