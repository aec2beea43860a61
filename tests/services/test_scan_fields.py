"""Finding the 13 items in recognised text (no OCR here: the typed lines themselves, as a perfect reader gives
them), over many made-up filings in Kazakh and Russian, three layouts and five forms."""

from __future__ import annotations

import pytest

from akimat_desk.domain.content import find_defects
from akimat_desk.domain.document import parse_document
from akimat_desk.services.filings.scan_fields import read_fields, to_document
from akimat_desk.services.filings.scan_pages import Line, Word
from tests.scan_samples import LAYOUTS, PLACES, make_filing


def typed_lines(lines: list[str]) -> list[Line]:
    out = []
    for y, text in enumerate(lines):
        words = tuple(Word(w, 95.0, (i * 10, y * 20, i * 10 + 8, y * 20 + 15), 0) for i, w in enumerate(text.split()))
        if words:
            out.append(Line(words, 0))
    return out


FORMS = ("rally", "assembly", "picket", "demonstration", "march")


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_field_of_many_filings_is_found(lang: str, layout: str) -> None:
    wrong: list[tuple[int, str, object, object]] = []
    total = 0
    for seed in range(1000, 1030):
        sample = make_filing(seed, lang, layout, form=FORMS[seed % len(FORMS)])
        reading = read_fields(typed_lines(sample.lines), PLACES)
        for path, expected in sample.expected.items():
            total += 1
            if path != "signed" and reading.value(path) != expected:
                wrong.append((seed, path, expected, reading.value(path)))
    assert not wrong, wrong[:5]
    assert total > 500


def test_the_document_is_a_filing_the_register_accepts() -> None:
    sample = make_filing(5, "ru", "numbered")
    doc = to_document(read_fields(typed_lines(sample.lines), PLACES)) | {"received_at": "2026-03-01T10:00:00"}
    parsed = parse_document(doc | {"signed": True}, __import__("zoneinfo").ZoneInfo("Asia/Almaty"))
    assert parsed.purpose == sample.expected["purpose"]
    codes = {d.code for d in find_defects(parsed)}
    assert not codes & {"purpose_missing", "organizer_missing", "iin_checksum", "place_missing", "starts_at_missing"}


def test_a_wrong_iin_is_left_empty_and_reported() -> None:
    sample = make_filing(8, "kk", "labelled")
    iin = next(v for k, v in sample.expected.items() if k.endswith((".iin", ".bin")) and k.startswith("organizer"))
    wrong = iin[:-1] + str((int(iin[-1]) + 3) % 10)
    lines = [line.replace(iin, wrong) for line in sample.lines]
    reading = read_fields(typed_lines(lines), PLACES)
    assert "organizer.iin" not in reading.fields and "organizer.bin" not in reading.fields
    assert any(path.startswith("organizer.") for path in reading.unread)


def test_a_place_is_matched_to_the_office_s_specialized_place_despite_misreadings() -> None:
    sample = make_filing(3, "ru", "numbered")
    name = PLACES[0].names.ru if sample.expected["place"] != PLACES[0].names.ru else PLACES[1].names.ru
    lines = [
        line if not line.startswith("4.") else f"4. Специализированное место: {name[:-1]}а" for line in sample.lines
    ]
    reading = read_fields(typed_lines(lines), PLACES)
    assert reading.value("place") == name and reading.place_id in (1, 2)
