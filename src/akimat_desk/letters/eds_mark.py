"""The visible EDS mark and the QR code on a copy of an outgoing letter, and reading that QR back.

The signed original is the stored PDF, byte for byte (its CMS is over those bytes). The *copy* for reading
and for paper is that PDF with a stamp drawn over the bottom of its last page: who signed with EDS, the
certificate serial, the time, the note that the original is an electronic document, and a QR code with
the outgoing number, its date and the first 16 hex digits of the original PDF's SHA-256
(``AKD1|<number>|<YYYY-MM-DD>|<sha256 prefix>``). An unsigned letter's paper copy carries the same QR.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime

import segno
from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from .fonts import register_fonts
from .wording import texts

BOX_W, BOX_H, BOX_RIGHT, BOX_BOTTOM = 140 * mm, 30 * mm, 10 * mm, 17 * mm
QR_PREFIX = "AKD1"
SHA_PREFIX_LENGTH = 16
_PAYLOAD = re.compile(r"AKD1\|(?P<number>[^|]{1,64})\|(?P<date>\d{4}-\d{2}-\d{2})\|(?P<sha>[0-9a-f]{16})")

_LINES = {
    "kk": {
        "signed": "ЭЛЕКТРОНДЫҚ ЦИФРЛЫҚ ҚОЛТАҢБАМЕН ҚОЛ ҚОЙЫЛДЫ",
        "copy": "ШЫҒЫС ХАТТЫҢ КӨШІРМЕСІ",
        "signer": "Қол қойған: {signer}",
        "serial": "Сертификат: {serial}",
        "time": "Қол қойылған уақыты: {time}",
        "number": "Шығыс № {number}, {date}; SHA-256 {sha}",
    },
    "ru": {
        "signed": "ПОДПИСАНО ЭЛЕКТРОННОЙ ЦИФРОВОЙ ПОДПИСЬЮ",
        "copy": "КОПИЯ ИСХОДЯЩЕГО ПИСЬМА",
        "signer": "Подписал: {signer}",
        "serial": "Сертификат: {serial}",
        "time": "Время подписания: {time}",
        "number": "Исх. № {number} от {date}; SHA-256 {sha}",
    },
    "en": {
        "signed": "SIGNED WITH AN ELECTRONIC DIGITAL SIGNATURE",
        "copy": "COPY OF AN OUTGOING LETTER",
        "signer": "Signed by: {signer}",
        "serial": "Certificate: {serial}",
        "time": "Signed at: {time}",
        "number": "Outgoing No. {number} of {date}; SHA-256 {sha}",
    },
}


@dataclass(frozen=True)
class EdsMark:
    """What the stamp says. ``signer`` None: the paper copy of a letter not signed with EDS.

    ``signed_at`` is shown as given (pass office-local time).
    """

    language: str
    outgoing_number: str
    outgoing_date: date
    pdf_sha256: str
    signer: str | None = None
    certificate_serial: str | None = None
    signed_at: datetime | None = None


@dataclass(frozen=True)
class QrFacts:
    """What a letter's QR code says."""

    outgoing_number: str
    outgoing_date: date
    sha256_prefix: str


def qr_payload(number: str, day: date, pdf_sha256: str) -> str:
    """The QR text; refuses a number that would break the format."""
    if "|" in number or not number or len(number) > 64:
        raise ValueError("an outgoing number for the QR has 1-64 characters and no '|'")
    return f"{QR_PREFIX}|{number}|{day.isoformat()}|{pdf_sha256[:SHA_PREFIX_LENGTH].lower()}"


def parse_payload(text: str) -> QrFacts | None:
    """The facts of a QR text made by :func:`qr_payload`; None for any other text."""
    match = _PAYLOAD.fullmatch(text.strip())
    if match is None:
        return None
    try:
        day = date.fromisoformat(match["date"])
    except ValueError:
        return None
    return QrFacts(match["number"], day, match["sha"])


def _lines(mark: EdsMark) -> tuple[list[str], str]:
    words = _LINES[mark.language]
    sha = mark.pdf_sha256[:SHA_PREFIX_LENGTH]
    number = words["number"].format(number=mark.outgoing_number, date=mark.outgoing_date.strftime("%d.%m.%Y"), sha=sha)
    if mark.signer is None:
        return [words["copy"], number], ""
    when = mark.signed_at.strftime("%d.%m.%Y %H:%M") if mark.signed_at else "—"
    lines = [
        words["signed"],
        words["signer"].format(signer=mark.signer),
        words["serial"].format(serial=mark.certificate_serial or "—"),
        words["time"].format(time=when),
        number,
    ]
    note = str(texts(mark.language)["e_document"]["text"]).format(result=texts(mark.language)["e_document"]["valid"])
    return lines, note


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    code = segno.make(payload, error="m", micro=False)
    matrix = list(code.matrix_iter(scale=1, border=2))
    cell = size / len(matrix)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                canvas.rect(x + col_index * cell, y + size - (row_index + 1) * cell, cell, cell, stroke=0, fill=1)


def _stamp(width: float, height: float, mark: EdsMark) -> bytes:
    family = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    lines, note = _lines(mark)
    qr = 24 * mm
    box_w, box_h = BOX_W, BOX_H
    x0, y0 = width - BOX_RIGHT - box_w, BOX_BOTTOM  # above the executor line, at the foot of the text
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setStrokeColorRGB(0.1, 0.2, 0.55)
    canvas.setLineWidth(0.8)
    canvas.roundRect(x0, y0, box_w, box_h, 2 * mm, stroke=1, fill=1)
    _draw_qr(
        canvas, qr_payload(mark.outgoing_number, mark.outgoing_date, mark.pdf_sha256), x0 + 3 * mm, y0 + 3 * mm, qr
    )
    canvas.setFillColorRGB(0.1, 0.2, 0.55)
    text_x, text_y = x0 + qr + 6 * mm, y0 + box_h - 6 * mm
    canvas.setFont(f"{family}-Bold", 8)
    canvas.drawString(text_x, text_y, lines[0])
    canvas.setFont(family, 7.5)
    for index, line in enumerate(lines[1:], start=1):
        canvas.drawString(text_x, text_y - index * 9.5, line)
    if note:
        canvas.setFont(f"{family}-Italic", 6)
        wrapped = simpleSplit(note, f"{family}-Italic", 6, x0 + box_w - 3 * mm - text_x)[:3]
        for index, line in enumerate(wrapped):
            canvas.drawString(text_x, y0 + 2.5 * mm + (len(wrapped) - 1 - index) * 7, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _text_under_stamp(page: PageObject, width: float) -> bool:
    """True when some text of ``page`` stands where the stamp would go (then the stamp gets its own page)."""
    left, bottom, top = width - BOX_RIGHT - BOX_W, BOX_BOTTOM, BOX_BOTTOM + BOX_H
    hits: list[bool] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if bottom - 2 <= y <= top + 2 and x >= left - 200:  # a line starting left of the box may run into it
            hits.append(True)

    page.extract_text(visitor_text=visit)
    return bool(hits)


def mark_pdf(original: bytes, mark: EdsMark) -> bytes:
    """``original`` with the stamp and QR over the bottom of its last page (the other pages unchanged); when
    text stands there, the stamp goes on a page of its own at the end."""
    if mark.language not in _LINES:
        raise ValueError(f"no stamp wording for {mark.language!r}")
    reader = PdfReader(io.BytesIO(original))
    writer = PdfWriter(clone_from=reader)
    last = writer.pages[-1]
    width, height = float(last.mediabox.width), float(last.mediabox.height)
    stamp = PdfReader(io.BytesIO(_stamp(width, height, mark))).pages[0]
    if _text_under_stamp(reader.pages[-1], width):
        writer.add_page(stamp)
    else:
        last.merge_page(stamp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
