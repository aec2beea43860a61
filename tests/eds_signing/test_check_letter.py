"""The letter copy's EDS mark and QR code, and check-letter on the original, a rendered PNG and strangers."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.letters.eds_mark import EdsMark, mark_pdf, parse_payload, qr_payload
from akimat_desk.services.esign.letter_copies import Outcome, check_letter, letter_copy
from akimat_desk.services.esign.letter_signing import sign_letter
from akimat_desk.signatures.p12_signer import Pkcs12Signer

from .conftest import PASSWORD, Pki


def _png(pdf: bytes, tmp_path: Path, dpi: int = 110) -> bytes:
    source = tmp_path / "copy.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(source), str(tmp_path / "page")], check=True)
    return (tmp_path / "page.png").read_bytes()


def _text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "t.pdf"
    source.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(source), "-"], capture_output=True, text=True, check=True).stdout


def test_signed_copy_shows_the_mark_and_its_qr_round_trips_from_a_png(
    signing_office: tuple[Any, Any], pki: Pki, tmp_path: Path
) -> None:
    clerk, issued = signing_office
    signed = sign_letter(clerk, issued.letter.filing_id, Pkcs12Signer(pki.p12, lambda: PASSWORD), "ru")
    copy = letter_copy(clerk, issued.letter.filing_id)
    text = _text(copy, tmp_path)
    assert "ПОДПИСАНО ЭЛЕКТРОННОЙ ЦИФРОВОЙ ПОДПИСЬЮ" in text
    assert signed.signature.certificate_serial in text and "АХМЕТОВ" in text
    found = check_letter(clerk, _png(copy, tmp_path))
    assert found.outcome is Outcome.ISSUED and not found.original
    assert found.letter is not None and found.letter.id == issued.letter.id
    assert found.signature is not None and found.signature.id == signed.signature.id


def test_the_original_pdf_is_recognised_byte_for_byte(signing_office: tuple[Any, Any]) -> None:
    clerk, issued = signing_office
    found = check_letter(clerk, issued.pdf)
    assert found.outcome is Outcome.ISSUED and found.original


def test_a_qr_with_a_known_number_but_another_hash_is_a_different_version(
    signing_office: tuple[Any, Any], tmp_path: Path
) -> None:
    clerk, issued = signing_office
    letter = issued.letter
    forged = mark_pdf(issued.pdf, EdsMark("ru", letter.outgoing_number, letter.outgoing_date, "ab" * 32))
    assert check_letter(clerk, _png(forged, tmp_path)).outcome is Outcome.DIFFERENT_VERSION
    stranger = mark_pdf(issued.pdf, EdsMark("kk", "99-2026/9999-ш", letter.outgoing_date, letter.sha256))
    assert check_letter(clerk, stranger).outcome is Outcome.UNKNOWN


def test_a_picture_without_our_qr_is_unknown_and_junk_is_refused(signing_office: tuple[Any, Any]) -> None:
    clerk, _ = signing_office
    import io

    from PIL import Image

    blank = io.BytesIO()
    Image.new("L", (300, 200), 255).save(blank, "PNG")
    assert check_letter(clerk, blank.getvalue()).outcome is Outcome.UNKNOWN
    with pytest.raises(InvalidInput) as junk:
        check_letter(clerk, b"this is not a letter")
    assert junk.value.code == "letter_file_unreadable" and junk.value.field == "file"


@pytest.mark.parametrize(
    "text", ["", "AKD1|x", "AKD1|a|2026-13-01|0123456789abcdef", "AKD2|1|2026-01-01|0123456789abcdef"]
)
def test_foreign_qr_texts_are_not_ours(text: str) -> None:
    assert parse_payload(text) is None


def test_payload_round_trip() -> None:
    from datetime import date

    facts = parse_payload(qr_payload("01-2026/0007-ш", date(2026, 11, 17), "AB" * 32))
    assert facts is not None and facts.outgoing_number == "01-2026/0007-ш" and facts.sha256_prefix == "ab" * 8
    with pytest.raises(ValueError, match="1-64 characters"):
        qr_payload("a|b", date(2026, 1, 1), "00" * 32)


def test_a_full_last_page_gets_the_stamp_on_a_page_of_its_own() -> None:
    import io
    from datetime import date

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from akimat_desk.letters.qr_read import qr_texts

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for y in range(60, 800, 14):
        canvas.drawString(90, y, "text down to the foot of the page " * 3)
    canvas.save()
    full = buffer.getvalue()
    marked = mark_pdf(full, EdsMark("en", "01-2026/0001", date(2026, 11, 17), "cd" * 32))
    assert len(PdfReader(io.BytesIO(marked)).pages) == 2
    assert qr_texts(marked) == [qr_payload("01-2026/0001", date(2026, 11, 17), "cd" * 32)]
