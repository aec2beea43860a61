"""Every letter kind in kk, ru and en, read back from the PDF: articles, grounds, reasons, numbers, dates, letters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from akimat_desk.letters import RefusalGround, render_letter, render_letters
from tests.letters.samples import (
    IN_NO,
    KAZAKH_LETTERS,
    OUT_NO,
    PROPOSAL,
    REASONS,
    REPRESENTATIVE,
    letter,
    long_refusal,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)

LANGS = ("kk", "ru", "en")
DATES = {  # outgoing 25 May, incoming 20 May, proposal answer deadline 26 May 2026, as each language writes them
    "kk": ("2026 жылғы 25 мамыр", "2026 жылғы 20 мамыр", "2026 жылғы 26 мамыр"),
    "ru": ("«25» мая 2026 г.", "«20» мая 2026 г.", "«26» мая 2026 г."),
    "en": ("25 May 2026", "20 May 2026", "26 May 2026"),
}
LAW = {
    "kk": "«Қазақстан Республикасында бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы» 2020 жылғы "
    "25 мамырдағы № 333-VI Қазақстан Республикасы Заңының",
    "ru": "Закона Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и проведения мирных "
    "собраний в Республике Казахстан»",
    "en": "of the Law of the Republic of Kazakhstan of 25 May 2020 No. 333-VI “On the procedure for organizing and "
    "holding peaceful assemblies in the Republic of Kazakhstan”",
}
# (kind, form) -> the legal basis each language must cite for it.
CITED = {
    ("inform", "picket"): {
        "kk": "Заңының (бұдан әрі – Заң) 11-бабының 1-тармағының 1) тармақшасына сәйкес пикеттеуді киіз үйлерді",
        "ru": "подпунктом 1) пункта 1 статьи 11 Закона",
        "en": "Under subparagraph 1) of paragraph 1 of Article 11 of the Law",
    },
    ("inform_with_conditions", "assembly"): {
        "kk": "11-бабының 1-тармағының 1) тармақшасына сәйкес жиналысты киіз үйлерді",
        "ru": "подпунктом 1) пункта 1 статьи 11 Закона",
        "en": "Under subparagraph 1) of paragraph 1 of Article 11 of the Law",
    },
    ("approve", "march"): {
        "kk": "13-бабының 1-тармағының 1) тармақшасына сәйкес шеру өткізудің келісілгені",
        "ru": "подпунктом 1) пункта 1 статьи 13 Закона",
        "en": "Under subparagraph 1) of paragraph 1 of Article 13 of the Law",
    },
    ("approve_without_sound_and_vehicles", "demonstration"): {
        "kk": "13-бабының 1-тармағының 2) тармақшасына сәйкес демонстрацияны дыбыс күшейткіш",
        "ru": "подпунктом 2) пункта 1 статьи 13 Закона",
        "en": "Under subparagraph 2) of paragraph 1 of Article 13 of the Law",
    },
    ("propose", "rally"): {
        "kk": "11-бабының 1-тармағының 3) тармақшасына сәйкес",
        "ru": "подпунктом 3) пункта 1 статьи 11 Закона",
        "en": "Under subparagraph 3) of paragraph 1 of Article 11 of the Law",
    },
    ("propose", "march"): {
        "kk": "13-бабының 1-тармағының 4) тармақшасына сәйкес",
        "ru": "подпунктом 4) пункта 1 статьи 13 Закона",
        "en": "Under subparagraph 4) of paragraph 1 of Article 13 of the Law",
    },
    ("refuse", "rally"): {
        "kk": "11-бабының 1-тармағының 2) тармақшасына және 14-бабының 1-тармағының 5) және 9) тармақшаларына сәйкес "
        "митингіні өткізуден",
        "ru": "В соответствии с подпунктом 2) пункта 1 статьи 11 и подпунктами 5) и 9) пункта 1 статьи 14 Закона",
        "en": "Under subparagraph 2) of paragraph 1 of Article 11 and subparagraphs 5) and 9) of paragraph 1 of "
        "Article 14 of the Law",
    },
    ("refuse", "demonstration"): {
        "kk": "13-бабының 1-тармағының 3) тармақшасына және 14-бабының 1-тармағының 5) және 9) тармақшаларына "
        "сәйкес демонстрацияны",
        "ru": "В соответствии с подпунктом 3) пункта 1 статьи 13 и подпунктами 5) и 9) пункта 1 статьи 14 Закона",
        "en": "Under subparagraph 3) of paragraph 1 of Article 13 and subparagraphs 5) and 9) of paragraph 1 of "
        "Article 14 of the Law",
    },
    ("out_of_scope", "assembly"): {
        "kk": "2-бабының 5-тармағына сәйкес",
        "ru": "пунктом 5 статьи 2 Закона",
        "en": "paragraph 5 of Article 2 of the Law",
    },
}
GROUND_HEADINGS = {
    "kk": ("Заңның 14-бабының 1-тармағының 5) тармақшасы:", "Заңның 14-бабының 1-тармағының 9) тармақшасы:"),
    "ru": ("Подпункт 5) пункта 1 статьи 14 Закона:", "Подпункт 9) пункта 1 статьи 14 Закона:"),
    "en": (
        "Subparagraph 5) of paragraph 1 of Article 14 of the Law:",
        "Subparagraph 9) of paragraph 1 of Article 14 of the Law:",
    ),
}
ANSWER_FORMS = {
    "kk": ("жазбаша (қолма-қол)", "электрондық нысанда", "ұялы байланыстың абоненттік нөмірі бойынша"),
    "ru": ("письменной (нарочно)", "электронной (на адрес электронной почты", "по абонентскому номеру сотовой связи"),
    "en": ("in writing (by hand)", "electronically (to the e-mail address", "through the mobile number"),
}
APPEAL = {
    "kk": ("үш ай ішінде", "ӘРПК-нің 91, 92-баптары", "сотқа"),
    "ru": ("в течение трех месяцев", "статьи 91, 92 АППК", "в суд"),
    "en": ("within three months", "Articles 91 and 92", "in court"),
}
REPLY = {  # the one-working-day answer clause of a proposal (art. 11 p.3 / 13 p.3)
    ("kk", "rally"): "Заңның 11-бабының 3-тармағына сәйкес Сіз осы ұсынысты алған күннен бастап бір жұмыс күні ішінде",
    ("kk", "march"): "Заңның 13-бабының 3-тармағына сәйкес Сіз осы ұсынысты алған күннен бастап бір жұмыс күні ішінде",
    ("ru", "rally"): "В соответствии с пунктом 3 статьи 11 Закона Вам необходимо в течение одного рабочего дня со дня "
    "получения настоящего предложения",
    ("ru", "march"): "В соответствии с пунктом 3 статьи 13 Закона Вам необходимо в течение одного рабочего дня со дня "
    "получения настоящего предложения",
    ("en", "rally"): "Under paragraph 3 of Article 11 of the Law, within one working day of the day you receive",
    ("en", "march"): "Under paragraph 3 of Article 13 of the Law, within one working day of the day you receive",
}
CASES = [(kind, form, lang) for (kind, form) in CITED for lang in LANGS]
ADDRESSED = {"kk": "Сейітов Ә. Қ.", "ru": "Сейітову Ә. Қ.", "en": "Ә. Қ. Сейітов"}  # ORGANIZER as addressed


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], str]:
    """Text of every (kind, form, language) letter, rendered once for the module."""
    tmp = tmp_path_factory.mktemp("letters")
    return {case: pdf_text(render_letter(letter(case[0], case[2], case[1])), tmp) for case in CASES}


@pytest.mark.parametrize(("kind", "form", "lang"), CASES)
def test_every_kind_cites_its_article_with_numbers_and_dates(
    rendered: dict[tuple[str, str, str], str], kind: str, form: str, lang: str
) -> None:
    text = rendered[(kind, form, lang)]
    out_date, in_date, _ = DATES[lang]
    assert CITED[(kind, form)][lang] in text
    assert LAW[lang] in text
    assert OUT_NO in text and IN_NO in text
    assert out_date in text and in_date in text
    assert ADDRESSED[lang] in text and REPRESENTATIVE in text
    assert ("UNOFFICIAL TRANSLATION" in text) == (lang == "en")


@pytest.mark.parametrize(("kind", "form", "lang"), CASES)
def test_letterhead_is_bilingual_and_kazakh_letters_survive(
    rendered: dict[tuple[str, str, str], str], kind: str, form: str, lang: str
) -> None:
    text = rendered[(kind, form, lang)]
    assert "Алматы қаласының әкімдігі" in text and "Акимат города Алматы" in text
    assert "Ішкі саясат басқармасы" in text
    assert "Ә. ҚҰРМАНҒАЛИ" in text and "Ү. Ізбасарова, " in text and " 8 (727) 271-65-01" in text


@pytest.mark.parametrize(("form", "lang"), [(form, lang) for form in ("rally", "demonstration") for lang in LANGS])
def test_refusal_prints_each_ground_with_reasons_and_the_appeal(
    rendered: dict[tuple[str, str, str], str], form: str, lang: str
) -> None:
    text = rendered[("refuse", form, lang)]
    first, second = GROUND_HEADINGS[lang]
    assert first in text and second in text
    assert text.index(first) < text.index(second)
    assert REASONS[lang]["A14-5"] in text and REASONS[lang]["A14-9"] in text
    assert text.index(first) < text.index(REASONS[lang]["A14-5"]) < text.index(second)
    assert all(part in text for part in APPEAL[lang])


@pytest.mark.parametrize(("kind", "form", "lang"), [case for case in CASES if case[0] != "refuse"])
def test_only_refusals_carry_grounds_and_every_restrictive_kind_the_appeal(
    rendered: dict[tuple[str, str, str], str], kind: str, form: str, lang: str
) -> None:
    text = rendered[(kind, form, lang)]
    assert (APPEAL[lang][1] in text) == (kind != "approve")  # art. 14 p.2, art. 19: all but a plain approval
    assert GROUND_HEADINGS[lang][0] not in text


@pytest.mark.parametrize(("form", "lang"), [(form, lang) for form in ("rally", "march") for lang in LANGS])
def test_proposal_states_the_offer_and_the_one_day_answer_deadline(
    rendered: dict[tuple[str, str, str], str], form: str, lang: str
) -> None:
    text = rendered[("propose", form, lang)]
    assert PROPOSAL[lang] in text
    assert REPLY[(lang, form)] in text
    assert DATES[lang][2] not in text  # never a date counted from the letter's date (art. 11 p.3, 13 p.3)
    assert "_reply_deadline_" not in text
    for form_words in ANSWER_FORMS[lang]:  # the three forms of answer the law allows
        assert form_words in text


def test_kazakh_refusal_keeps_every_kazakh_letter(tmp_path: Path) -> None:
    grounds = (RefusalGround("A14-10", REASONS["kk"]["A14-10"]), RefusalGround("A14-5", REASONS["kk"]["A14-5"]))
    text = pdf_text(render_letter(letter("refuse", "kk", grounds=grounds)), tmp_path)
    assert REASONS["kk"]["A14-10"] in text
    assert [ch for ch in KAZAKH_LETTERS if ch not in text] == []
    assert "\ufffd" not in text and "■" not in text


@pytest.mark.parametrize(
    ("code", "form", "cited", "not_cited"),
    [
        ("A11-3", "rally", "В соответствии с пунктом 3 статьи 11 Закона", "статьи 14"),
        ("A13-3", "march", "В соответствии с пунктом 3 статьи 13 Закона", "статьи 14"),
    ],
)
def test_refusal_after_unaccepted_proposal_cites_its_own_article_not_art_14(
    tmp_path: Path, code: str, form: str, cited: str, not_cited: str
) -> None:
    refusal = letter("refuse", "ru", form, grounds=(RefusalGround(code, REASONS["ru"][code]),))
    text = pdf_text(render_letter(refusal), tmp_path)
    assert cited in text
    assert f"Пункт 3 статьи {code[1:3]} Закона:" in text and REASONS["ru"][code] in text
    assert not_cited not in text


def test_same_letter_gives_identical_bytes_here_and_in_a_fresh_process() -> None:
    sample = letter("refuse", "kk")
    first = render_letter(sample)
    assert render_letter(sample) == first
    script = "import sys; from tests.letters.samples import letter; from akimat_desk.letters import render_letter; "
    script += "sys.stdout.buffer.write(render_letter(letter('refuse', 'kk')))"
    repo = Path(__file__).resolve().parents[2]
    fresh = subprocess.run([sys.executable, "-c", script], cwd=repo, capture_output=True, check=True, timeout=60)
    assert fresh.stdout == first
    assert render_letter(letter("refuse", "ru")) != first


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded_liberation_and_never_helvetica(tmp_path: Path, lang: str) -> None:
    rows = pdf_fonts(render_letter(letter("refuse", lang)), tmp_path)
    assert rows
    for row in rows:
        name, emb = row[0], row[-5]
        assert "LiberationSerif" in name and "Helvetica" not in name
        assert emb == "yes"


def test_single_page_letter_has_no_page_number(tmp_path: Path) -> None:
    pages = pdf_pages(render_letter(letter("approve", "ru", "march")), tmp_path)
    assert len(pages) == 1
    assert "\n1\n" not in pages[0] and "Страница" not in pages[0]
    assert "Исп.: Ү. Ізбасарова" in pages[0]


def test_kk_and_ru_in_one_print_job_each_with_letterhead_and_own_page_count(tmp_path: Path) -> None:
    kk, ru = long_refusal("kk"), long_refusal("ru")
    pages = pdf_pages(render_letters([kk, ru]), tmp_path)
    kk_pages = [p for p in pages if "бас тарту туралы" in p or "Шығыс №" in p]
    ru_pages = [p for p in pages if "Исх. №" in p or "Об отказе" in p]
    assert len(kk_pages) + len(ru_pages) == len(pages) and len(kk_pages) >= 2 and len(ru_pages) >= 2
    assert "Бейбіт жиналыс өткізуден бас тарту туралы" in pages[0]
    assert "Об отказе в проведении мирного собрания" in pages[len(kk_pages)]
    assert pages[len(kk_pages)].count("Акимат города Алматы") == 1  # the ru letter opens on its own letterhead
    for pages_of_letter in (kk_pages, ru_pages):  # each letter numbers its own pages from its second page on
        assert "-бет" not in pages_of_letter[0] and "Страница" not in pages_of_letter[0]
        for number, page in enumerate(pages_of_letter[1:], start=2):
            assert str(number) in page.lstrip().splitlines()[0].split()


def test_render_letters_refuses_an_empty_job() -> None:
    with pytest.raises(ValueError, match="nothing"):
        render_letters([])
