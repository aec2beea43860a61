"""The languages' own forms and the law's own words (issue 15): Kazakh dates and case endings, the Russian dative
of the addressee, the route as the place of a march, the refusal grounds quoted in full, APPK spelled out."""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.letters import Addressee, EventDetails, PersonName, RefusalGround, render_letter
from akimat_desk.letters.names import addressee_line, gender_of, split_name
from akimat_desk.letters.wording import compose, format_date, texts
from tests.letters.samples import REASONS, letter, pdf_text

# Ten organizers: Russian and Kazakh names, with and without a patronymic, and organizations.
DATIVES = [
    (PersonName("Иванова", "Мария", "Петровна"), "Ивановой М. П."),
    (PersonName("Сәрсенбаев", "Ерлан", "Қайратұлы"), "Сәрсенбаеву Е. Қ."),
    (PersonName("Петров", "Сергей", "Иванович"), "Петрову С. И."),
    (PersonName("Ахметова", "Айгүл", ""), "Ахметовой А."),
    (PersonName("Нұрланов", "Дәурен", ""), "Нұрланову Д."),
    (PersonName("Ким", "Алия", "", "950101400123"), "Ким А."),  # the IIN tells a woman: the surname stays
    (PersonName("Ким", "Сергей", "Ерланұлы"), "Киму С. Е."),  # a Kazakh patronymic tells a man
    (PersonName("Жақсыбекова", "Динара", "Ерлан қызы"), "Жақсыбековой Д. Е."),
    (PersonName("Төлеубайұлы", "Асхат", ""), "Төлеубайұлы А."),  # a -ұлы surname is not declined
]
ORGANIZATIONS = ["ТОО «Болашақ-Инвест»", "«Жасыл Ел» қоғамдық бірлестігі", "ОО «Союз молодежи»"]


@pytest.mark.parametrize(("person", "expected"), DATIVES)
def test_the_russian_addressee_is_in_the_dative(person: PersonName, expected: str) -> None:
    full = " ".join(p for p in (person.surname, person.given_name, person.patronymic) if p)
    assert addressee_line(full, "ru", person) == expected


@pytest.mark.parametrize("name", ORGANIZATIONS)
def test_an_organization_is_addressed_unchanged(name: str) -> None:
    assert addressee_line(name, "ru") == addressee_line(name, "kk") == name


def test_a_name_written_in_one_line_is_split_with_its_kazakh_patronymic() -> None:
    parts = split_name("Жақсыбекова Динара Ерлан қызы")
    assert parts == PersonName("Жақсыбекова", "Динара", "Ерлан қызы")
    assert gender_of(parts) == "female" and gender_of(PersonName("Омаров", "Бек", "Серікұлы")) == "male"


def test_the_rendered_russian_letter_addresses_the_organizer_in_the_dative(tmp_path: Path) -> None:
    person = PersonName("Иванова", "Мария", "Петровна")
    sample = replace(letter("inform", "ru"), addressee=Addressee("Иванова Мария Петровна", "г. Алматы", "", person))
    text = pdf_text(render_letter(sample), tmp_path)
    assert "Организатору мирного собрания Ивановой М. П." in text
    assert "Иванова Мария Петровна" not in text


@pytest.mark.parametrize(
    ("day", "plain", "running"),
    [
        (dt.date(2026, 11, 17), "2026 жылғы 17 қараша", "2026 жылғы 17 қарашада"),
        (dt.date(2026, 1, 5), "2026 жылғы 5 қаңтар", "2026 жылғы 5 қаңтарда"),
        (dt.date(2026, 9, 1), "2026 жылғы 1 қыркүйек", "2026 жылғы 1 қыркүйекте"),  # soft stem, voiceless end: -те
        (dt.date(2026, 7, 30), "2026 жылғы 30 шілде", "2026 жылғы 30 шілдеде"),  # soft vowel: -де
        (dt.date(2026, 3, 22), "2026 жылғы 22 наурыз", "2026 жылғы 22 наурызда"),  # hard stem, voiced end: -да
        (dt.date(2026, 12, 16), "2026 жылғы 16 желтоқсан", "2026 жылғы 16 желтоқсанда"),
    ],
)
def test_kazakh_dates_are_written_the_kazakh_way(day: dt.date, plain: str, running: str) -> None:
    assert format_date(day, "kk").replace("\xa0", " ") == plain
    assert format_date(day, "kk", running=True).replace("\xa0", " ") == running


def test_the_kazakh_intro_says_when_the_filing_was_registered_in_the_locative() -> None:
    text = compose(letter("inform", "kk")).intro.replace("\xa0", " ")
    assert "Сіздің 2026 жылғы 20 мамырда № ЖТ-0457 болып тіркелген" in text


# A suffix glued to a placeholder; "14-бабы", "1-тармағы" are compounds whose noun does not depend on the number.
_GLUED = r"(?!-(?:баб|бап|тармақ|тармағ))-?[а-яәғқңөұүһі]"


def _templates(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [t for value in node.values() for t in _templates(value)]
    if isinstance(node, list):
        return [t for value in node for t in _templates(value)]
    return [node] if isinstance(node, str) else []


def test_no_kazakh_template_glues_a_case_ending_to_a_placeholder() -> None:
    """A suffix after a name or a number must follow its vowels (-ға/-ге, -ның/-нің...), which a fixed template
    cannot know: every Kazakh template leaves a space or punctuation after each placeholder."""
    glued = [
        template
        for template in _templates(texts("kk"))
        for _, name, _, _ in string.Formatter().parse(template)
        if name and re.search(r"\{" + re.escape(name) + r"(?::[^}]*)?\}" + _GLUED, template, re.IGNORECASE)
    ]
    assert glued == []


@pytest.mark.parametrize(
    ("incoming", "organizer"),
    [
        ("01-2026/0001", "Ахметова Айгүл"),  # ends in a hard vowel
        ("ЖТ-0457", "Сейітов Әлихан"),  # a soft-vowel name
        ("01-2026/0010", "Серік Ерболұлы"),
        ("А-7", "ТОО «Болашақ»"),
    ],
)
def test_every_kazakh_letter_renders_names_and_numbers_without_a_stray_suffix(incoming: str, organizer: str) -> None:
    for kind, form in (("inform", "rally"), ("refuse", "march"), ("propose", "march"), ("out_of_scope", "picket")):
        sample = replace(letter(kind, "kk", form), incoming_number=incoming, addressee=Addressee(organizer, "x"))
        text = compose(sample)
        for part in (text.intro, text.decision, *text.addressee):
            assert not re.search(re.escape(incoming) + r"-?[а-яәғқңөұүһі]", part)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_march_prints_its_route_as_the_place(lang: str) -> None:
    march = EventDetails("march", "", None, None, route="Абай даңғылы – Республика алаңы")
    rows = dict(compose(replace(letter("approve", lang, "march"), event=march)).event_rows)
    assert rows[texts(lang)["labels"]["event_route"]] == "Абай даңғылы – Республика алаңы"
    assert texts(lang)["labels"]["event_place"] not in rows  # no empty "Место проведения:"
    bare = dict(compose(replace(letter("approve", lang, "march"), event=replace(march, route=""))).event_rows)
    assert bare[texts(lang)["labels"]["event_route"]] == texts(lang)["not_stated"]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_grounds_1_and_7_are_quoted_in_full(lang: str) -> None:
    grounds = (RefusalGround("A14-7", REASONS["ru"]["A14-5"]), RefusalGround("A14-1", REASONS["ru"]["A14-5"]))
    headings = [g.heading for g in compose(replace(letter("refuse", lang), grounds=grounds)).grounds]
    words = {
        "kk": ("тектік-топтық және рулық алауыздықты", "шетелдіктер, азаматтығы жоқ адамдар"),
        "ru": ("сословной и родовой розни", "иностранцами, лицами без гражданства"),
        "en": ("class or clan discord", "foreigners, stateless persons"),
    }[lang]
    assert words[0] in headings[0] and words[1] in headings[1]  # the law's order: 1) before 7)


def test_articles_cited_together_read_as_a_lawyer_writes_them() -> None:
    grounds = (
        RefusalGround("A14-9", "x"),
        RefusalGround("A11-3", "x"),
        RefusalGround("A14-5", "x"),
    )
    decision = compose(replace(letter("refuse", "ru"), grounds=grounds)).decision.replace("\xa0", " ")
    assert decision.startswith(
        "В соответствии с подпунктом 2) пункта 1 статьи 11, пунктом 3 статьи 11 и подпунктами 5) и 9) пункта 1 "
        "статьи 14 Закона"
    )


@pytest.mark.parametrize(
    ("lang", "spelled", "short"),
    [
        ("ru", "Административным процедурно-процессуальным кодексом Республики Казахстан (далее – АППК)", "АППК"),
        ("kk", "Әкімшілік рәсімдік-процестік кодексінде (бұдан әрі – ӘРПК)", "ӘРПК"),
    ],
)
def test_the_appeal_code_is_spelled_out_before_its_abbreviation(lang: str, spelled: str, short: str) -> None:
    appeal = " ".join(compose(letter("refuse", lang)).appeal.split())
    assert spelled in appeal and appeal.index(spelled) < appeal.index(f"{short}-нің" if lang == "kk" else f"92 {short}")


def test_the_configured_emblem_is_printed_on_the_letterhead(tmp_path: Path) -> None:
    from PIL import Image

    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (64, 64), (0, 90, 160)).save(emblem)
    plain = letter("inform", "kk")
    with_emblem = replace(plain, letterhead=replace(plain.letterhead, emblem_path=emblem))
    assert b"/Subtype /Image" in render_letter(with_emblem)
    assert b"/Subtype /Image" not in render_letter(plain)
