"""Reading scans end to end with Tesseract: pages the tests make themselves (typed notifications and
applications in Kazakh and Russian, three layouts, five forms), scanned badly (150-300 dpi, skew, blur,
specks, JPEG, one turned 90 degrees), saved as PNG, JPEG, TIFF and PDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.filings.scan_intake import read_scan
from akimat_desk.services.filings.scan_pages import PageReader
from tests.scan_samples import LAYOUTS, NOISES, PLACES, handwritten_page, make_filing, render_pdf, save_scan, scan

FORMS = ("rally", "march", "picket", "demonstration", "assembly", "march")
SUFFIXES = (".png", ".jpg", ".tif", ".pdf", ".png", ".pdf")


@pytest.fixture(scope="module")
def reader() -> Iterator[PageReader]:
    with PageReader() as r:
        yield r


def test_at_least_95_percent_of_fields_are_right_and_no_iin_is_filled_wrong(reader: PageReader, tmp_path: Path) -> None:
    right = total = 0
    wrong: list[tuple[str, str, object, object]] = []
    cases = [(lang, layout) for lang in ("ru", "kk") for layout in LAYOUTS]
    for i, (lang, layout) in enumerate(cases):
        sample = make_filing(4200 + i, lang, layout, form=FORMS[i])
        images = scan(render_pdf([sample.lines]), NOISES[i % len(NOISES)], seed=i)
        path = save_scan(images, tmp_path / f"{lang}-{layout}{SUFFIXES[i]}")
        (filing,) = read_scan(path, PLACES, reader).filings
        for key, expected in sample.expected.items():
            total += 1
            got = filing.reading.value(key)
            right += got == expected
            if got != expected:
                wrong.append((f"{lang}/{layout}/{NOISES[i % len(NOISES)].name}", key, expected, got))
        for key, read in filing.reading.fields.items():
            if key.endswith((".iin", ".bin")):
                assert read.value == sample.expected.get(key), (key, read.value)  # filled means right
    assert right / total >= 0.95, wrong


def test_a_turned_page_is_turned_back_and_each_word_keeps_its_confidence_and_box(
    reader: PageReader, tmp_path: Path
) -> None:
    sample = make_filing(77, "kk", "numbered")
    path = save_scan(scan(render_pdf([sample.lines]), NOISES[-1]), tmp_path / "turned.png")
    result = read_scan(path, PLACES, reader)
    page = result.pages[0]
    assert page.rotated in (90, 270)
    assert page.image.height > page.image.width  # upright A4 again
    words = page.words
    assert words and all(0 <= w.conf <= 100 for w in words)
    left, top, right, bottom = result.filings[0].reading.fields["purpose"].words[0].box
    assert 0 <= left < right <= page.image.width and 0 <= top < bottom <= page.image.height


def test_a_stack_is_split_at_blank_pages_and_headings(reader: PageReader, tmp_path: Path) -> None:
    first = make_filing(501, "ru", "labelled", form="rally")
    second = make_filing(502, "kk", "letter", form="march")
    third = make_filing(503, "kk", "numbered", form="picket")
    third.lines = [line.replace("~~~", "") for line in third.lines]  # not signed
    pdf = render_pdf([first.lines, [], second.lines[:11], second.lines[11:], third.lines])
    path = save_scan(scan(pdf, NOISES[2]), tmp_path / "stack.pdf")
    result = read_scan(path, PLACES, reader)
    assert [f.page_numbers for f in result.filings] == [(1,), (3, 4), (5,)]
    assert [f.reading.value("form") for f in result.filings] == ["rally", "march", "picket"]
    assert [f.reading.value("signed") for f in result.filings] == [True, True, False]
    assert result.filings[1].reading.value("funding_sources") == second.expected["funding_sources"]  # page 2 of 2


def test_a_hand_written_page_gives_an_empty_filing_marked_as_such(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "hand.png"
    handwritten_page(3).save(path)
    (filing,) = read_scan(path, PLACES, reader).filings
    assert filing.handwritten and filing.reading.fields == {}
    assert filing.document() == {"channel": "paper", "language": "ru"}


def test_a_file_that_is_not_a_scan_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    with pytest.raises(InvalidInput) as caught:
        read_scan(path)
    assert caught.value.code == "scan_unreadable" and caught.value.params["value"] == "notes.png"


def test_a_broken_pdf_and_an_empty_one_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(render_pdf([[], []]))  # two blank pages
    for path, code in ((broken, "scan_unreadable"), (empty, "scan_empty")):
        with pytest.raises(InvalidInput) as caught:
            read_scan(path)
        assert caught.value.code == code and caught.value.field == "file"
