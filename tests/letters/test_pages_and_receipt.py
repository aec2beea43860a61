"""Multi-page letters ("page x of y", running reference, executor on the last page), style data, the receipt."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from akimat_desk.letters import LetterStyle, RefusalGround, render_letter, render_letters, render_receipt
from tests.letters.samples import (
    IN_NO,
    ORGANIZER,
    OUT_NO,
    letter,
    long_refusal,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    receipt,
)

EXECUTOR = {"kk": "Орынд.: Ү. Ізбасарова", "ru": "Исп.: Ү. Ізбасарова", "en": "Executed by: Ү. Ізбасарова"}
OUTGOING = {
    "kk": f"Шығыс № {OUT_NO}, 2026 жылғы 25 мамыр",
    "ru": f"Исх. № {OUT_NO} от «25» мая 2026 г.",
    "en": f"Outgoing No. {OUT_NO} of 25 May 2026",
}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_long_refusal_numbers_pages_and_signs_off_on_the_last(tmp_path: Path, lang: str) -> None:
    pages = pdf_pages(render_letter(long_refusal(lang)), tmp_path)
    total = len(pages)
    assert total >= 2
    for number, page in enumerate(pages, start=1):
        # the usual page mark: the number alone at the top, from the second page on (no "page x of y")
        if number > 1:
            assert str(number) in page.lstrip().splitlines()[0].split()
        assert "-бет" not in page and "Страница" not in page and "Page " not in page
        assert (EXECUTOR[lang] in page) == (number == total)
        assert OUTGOING[lang] in page  # the first page's reference block, then the running reference
    assert "Алматы қаласының әкімдігі" in pages[0]
    assert all("Алматы қаласының әкімдігі" not in page for page in pages[1:])  # later pages are plain


def test_english_pages_are_all_marked_unofficial(tmp_path: Path) -> None:
    pages = pdf_pages(render_letter(long_refusal("en")), tmp_path)
    assert all("UNOFFICIAL TRANSLATION" in page for page in pages)
    assert "Only the letter in Kazakh or Russian is official" in pages[-1]
    assert "Akimat of Almaty" in pages[0]


def test_font_size_and_margins_are_data(tmp_path: Path) -> None:
    sample = long_refusal("ru")
    default, small = render_letter(sample), render_letter(sample, LetterStyle(font_size=12, left_mm=25))
    assert len(pdf_pages(small, tmp_path)) < len(pdf_pages(default, tmp_path))
    assert pdf_text(small, tmp_path) != "" and small != default


@pytest.mark.parametrize("bad", [{"font_size": 30}, {"left_mm": 1}, {"small_size": 20}])
def test_style_rejects_unprintable_values(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"range|margins"):
        LetterStyle(**bad)


RECEIPT = {
    "kk": ("ҚОЛХАТ", "2026 жылғы 20 мамыр, 16:45", "Шеру", "2026 жылғы 29 мамыр", "12-бабының 1-тармағының"),
    "ru": ("РАСПИСКА", "«20» мая 2026 г., 16:45", "Шествие", "«29» мая 2026 г.", "пункта 1 статьи 12"),
    "en": ("RECEIPT", "20 May 2026, 16:45", "March", "29 May 2026", "paragraph 1 of Article 12"),
}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_receipt_shows_number_time_form_items_deadline_and_receiver(tmp_path: Path, lang: str) -> None:
    pdf = render_receipt(receipt(lang))
    pages = pdf_pages(pdf, tmp_path)
    assert len(pages) == 1
    text = pages[0]
    title, received, form, deadline, article = RECEIPT[lang]
    assert title in text and IN_NO in text and received in text and form in text and deadline in text
    assert article in text
    assert "Өтініш, 3 парақ" in text and "Бейбіт жиналыс өткізу регламенті, 2 парақ" in text
    assert ORGANIZER in text and "Бас маман Ү. Ізбасарова" in text
    assert "Алматы қаласының әкімдігі" in text and "Акимат города Алматы" in text
    assert render_receipt(receipt(lang)) == pdf
    assert all(row[-5] == "yes" and "Helvetica" not in row[0] for row in pdf_fonts(pdf, tmp_path))


def test_receipt_for_a_notification_cites_art_10(tmp_path: Path) -> None:
    text = pdf_text(render_receipt(receipt("ru", form="picket")), tmp_path)
    assert "уведомления о проведении мирного собрания" in text
    assert "пункт 2 статьи 10 Закона" in text and "Пикетирование" in text


def test_e_document_note_states_electronic_original_and_check_result(tmp_path: Path) -> None:
    from akimat_desk.letters import EDocumentNote

    ok = letter("approve", "ru", "march", e_document=EDocumentNote(True, "Подписант: Құрманғали Ә."))
    bad = letter("approve", "kk", "march", e_document=EDocumentNote(False))
    ok_text, bad_text = pdf_text(render_letter(ok), tmp_path), pdf_text(render_letter(bad), tmp_path)
    assert "Подлинник настоящего документа – электронный документ" in ok_text
    assert "Результат проверки ЭЦП: положительный. Подписант: Құрманғали Ә." in ok_text
    assert "тексеру нәтижесі: теріс" in bad_text


def test_receipt_prints_the_clerks_notes(tmp_path: Path) -> None:
    noted = replace(receipt("ru"), notes=("Регламент не подписан организатором.",))
    assert "Регламент не подписан организатором." in pdf_text(render_receipt(noted), tmp_path)


def test_clerk_text_is_printed_literally_not_as_markup(tmp_path: Path) -> None:
    reason = "Пункт <b>12</b> & «источники» не указаны"
    refusal = letter("refuse", "ru", grounds=(RefusalGround("A14-5", reason),))
    assert reason in pdf_text(render_letter(refusal), tmp_path)


def test_akimat_without_a_reviewing_body_prints_the_court_route(tmp_path: Path) -> None:
    refusal = letter("refuse", "ru")
    court = replace(refusal, letterhead=replace(refusal.letterhead, appeal_route="court"))
    text = pdf_text(render_letter(court), tmp_path)
    assert "в течение одного месяца" in text and "статья 136" in text
    assert "статьи 91, 92 АППК" not in text


def test_emblem_is_embedded_once_for_a_kk_and_ru_print_job(tmp_path: Path) -> None:
    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (64, 64), (0, 90, 170)).save(emblem)
    sample = letter("approve", "kk", "march")
    with_emblem = replace(sample, letterhead=replace(sample.letterhead, emblem_path=emblem))
    pdf = render_letters([with_emblem, replace(with_emblem, language="ru", signatory=sample.signatory)])
    (tmp_path / "job.pdf").write_bytes(pdf)
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "job.pdf")], capture_output=True, text=True)
    images = [line.split() for line in listing.stdout.splitlines()[2:] if line.strip()]
    assert [row[0] for row in images] == ["1", "2"]  # shown on each letter's first page...
    assert len({row[10] for row in images}) == 1  # ...but embedded once: kk and ru share one blank (a form)
    assert render_letter(with_emblem) == render_letter(with_emblem)
