"""Use cases of paper intake by OCR: read a scan into the fields of one or more filings for the clerk to
confirm, and (scripted intake) register them when every required field was read well enough.

Contract: reading registers nothing and never reads the time of receipt from the page (it is the clerk's, or
the moment of registration). A stack scanned into one file is split at blank or separator pages and at each
new heading ("Уведомление", "Хабарлама", "Заявление", "Өтініш"). A page read with low confidence throughout
(hand-written, a photo of a screen) gives a filing with no fields and ``handwritten`` set. The scan is stored
with each filing registered from it, byte for byte with its SHA-256.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import FilingRecord
from akimat_desk.domain.places import Place
from akimat_desk.services.filings.attachments import attach_bytes, read_file
from akimat_desk.services.filings.scan_fields import ReadField, Reading, read_fields, to_document
from akimat_desk.services.filings.scan_pages import Line, Page, PageReader, read_pages
from akimat_desk.services.kernel.context import ServiceContext

LOW_CONFIDENCE = 80.0  # below this a field is highlighted for the clerk
HANDWRITTEN_BELOW = 55.0  # mean word confidence of a page that is not typed text
REQUIRED = ("form", "purpose", "organizer", "organizer.id", "place_or_route", "starts_at", "ends_at")
_HEADING = re.compile(r"^\W*(?:уведомлени[ея]|хабарлама|заявлени[ея]|өтініш)\W*$", re.IGNORECASE)
_SIGNATURE = re.compile(r"^(?:подпись|қолы|қолтаңбасы)\W*$", re.IGNORECASE)
_FILED = re.compile(r"дата\s+подачи|берілген\s+күні", re.IGNORECASE)


@dataclass(frozen=True)
class ScanFiling:
    """One filing found in a scan: its pages (numbered from 1 in the file), what was read, and whether its
    pages look hand-written (then ``reading`` is empty and the clerk types the card)."""

    pages: tuple[Page, ...]
    reading: Reading
    handwritten: bool

    @property
    def page_numbers(self) -> tuple[int, ...]:
        return tuple(p.index + 1 for p in self.pages)

    def document(self) -> dict[str, Any]:
        """The filing JSON of what was read, on paper; the time of receipt is left to the caller."""
        return {"channel": "paper"} | to_document(self.reading)

    def low_fields(self, threshold: float = LOW_CONFIDENCE) -> list[ReadField]:
        return [f for f in self.reading.fields.values() if f.conf < threshold]

    def missing_required(self, threshold: float = LOW_CONFIDENCE) -> list[str]:
        """The required items not read, or read below ``threshold`` (named as in REQUIRED)."""
        fields = self.reading.fields

        def good(*paths: str) -> bool:
            return any(p in fields and fields[p].conf >= threshold for p in paths)

        checks = {
            "form": good("form"),
            "purpose": good("purpose"),
            "organizer": good("organizer.surname", "organizer.name"),
            "organizer.id": good("organizer.iin", "organizer.bin"),
            "place_or_route": good("place", "route"),
            "starts_at": good("starts_at"),
            "ends_at": good("ends_at"),
        }
        return [name for name in REQUIRED if not checks[name]]


@dataclass(frozen=True)
class ScanReading:
    """A scanned file as read: its SHA-256, every page, and the filings found in it."""

    name: str
    sha256: str
    content: bytes
    pages: tuple[Page, ...]
    filings: tuple[ScanFiling, ...]


def read_scan(path: Path, places: Sequence[Place] = (), reader: PageReader | None = None) -> ScanReading:
    """Read every page of ``path`` and find the filings in it. InvalidInput when the file cannot be read or
    holds no text at all."""
    content = read_file(path)
    pages = read_pages(path, reader)
    if not pages:
        raise InvalidInput("scan_empty", field="file", value=path.name)
    filings = tuple(_filing(group, places) for group in split_filings(pages))
    if not filings:
        raise InvalidInput("scan_empty", field="file", value=path.name)
    return ScanReading(path.name, hashlib.sha256(content).hexdigest(), content, tuple(pages), filings)


def read_scan_for(ctx: ServiceContext, path: Path) -> ScanReading:
    """``read_scan`` with the office's specialized places to match the place against."""
    from akimat_desk.services.places import list_places

    return read_scan(path, list_places(ctx))


def split_filings(pages: Sequence[Page]) -> list[list[Page]]:
    """Pages grouped into filings: a blank page separates, and a page that opens with a heading starts a new
    filing. Blank pages belong to no filing."""
    groups: list[list[Page]] = []
    current: list[Page] = []
    for page in pages:
        if page.is_blank:
            if current:
                groups.append(current)
            current = []
            continue
        if current and starts_filing(page):
            groups.append(current)
            current = []
        current.append(page)
    if current:
        groups.append(current)
    return groups


def starts_filing(page: Page) -> bool:
    """True when a heading line ("УВЕДОМЛЕНИЕ", "Хабарлама" ...) stands in the top third of the page."""
    top = page.image.height / 3
    return any(_HEADING.match(line.text) and line.words[0].box[1] < top for line in page.lines)


def _filing(pages: list[Page], places: Sequence[Place]) -> ScanFiling:
    words = [w for p in pages for w in p.words if w.text.strip()]
    mean = sum(w.conf for w in words) / len(words) if words else 0.0
    if mean < HANDWRITTEN_BELOW:
        return ScanFiling(tuple(pages), Reading(), True)
    reading = read_fields([line for p in pages for line in p.lines], places)
    _signature(reading, pages)
    return ScanFiling(tuple(pages), reading, False)


def _signature(reading: Reading, pages: Sequence[Page]) -> None:
    """Item 13: signed when there is ink on the signature line ("Подпись", "Қолы", else the line of the date
    of filing, else the last line) that is not recognised text: a hand-written stroke, a facsimile, a seal."""
    reading.fields.pop("signed", None)
    page = pages[-1]
    if not page.lines:
        return
    line = _signature_line(page)
    reading.put("signed", has_ink_beside(page, line), list(line.words[-2:]))


def _signature_line(page: Page) -> Line:
    for pattern in (_SIGNATURE, _FILED):
        for line in reversed(page.lines):
            if any(pattern.search(w.text) for w in line.words) or pattern.search(line.text):
                return line
    return page.lines[-1]


def has_ink_beside(page: Page, line: Line) -> bool:
    """Dark strokes in the band of ``line`` (a line height above and below) once its well-recognised words are
    blanked out: more ink than a speck of noise, about a third of a letter's square at least."""
    top = min(w.box[1] for w in line.words)
    bottom = max(w.box[3] for w in line.words)
    height = max(bottom - top, 8)
    area = (0, max(top - height, 0), page.image.width, min(bottom + height, page.image.height))
    crop = page.image.crop(area).convert("L")
    for other in page.lines:
        for word in other.words:
            if word.conf >= 60 and sum(c.isalnum() for c in word.text) >= 2:
                x0, y0, x1, y1 = word.box
                crop.paste(255, (x0 - 2, y0 - area[1] - 2, x1 + 2, y1 - area[1] + 2))
    dark = crop.point(lambda v: 255 if v < 110 else 0).histogram()[255]
    return dark > 0.3 * height * height


def page_png(page: Page) -> bytes:
    """The corrected page image as PNG (what a viewer shows; word boxes are in its pixels)."""
    import io

    out = io.BytesIO()
    page.image.save(out, "PNG")
    return out.getvalue()


@dataclass(frozen=True)
class ScanRegistered:
    filings: tuple[FilingRecord, ...]
    sha256: str


def register_from_scan(ctx: ServiceContext, path: Path, threshold: float = LOW_CONFIDENCE) -> ScanRegistered:
    """Scripted intake: register every filing of the scan, received now, each with the scan attached.

    Refuses (InvalidInput ``scan_fields_unread``, registering nothing) unless every required field of every
    filing was read at ``threshold`` or better, or when a filing looks hand-written.
    """
    from akimat_desk.services.filings.registration import register_filing

    scan = read_scan_for(ctx, path)
    for number, filing in enumerate(scan.filings, 1):
        if filing.handwritten:
            raise InvalidInput("scan_handwritten", field="file", filing=number, pages=_pages(filing))
        missing = filing.missing_required(threshold)
        if missing:
            raise InvalidInput(
                "scan_fields_unread", field=", ".join(missing), filing=number, pages=_pages(filing), threshold=threshold
            )
    received = ctx.clock().astimezone(ctx.settings.tz).isoformat()
    records = []
    for filing in scan.filings:
        record = register_filing(ctx, filing.document() | {"received_at": received}).filing
        note = None if len(scan.filings) == 1 else f"pages {_pages(filing)} of {scan.name}"
        attach_bytes(ctx, record.id, scan.name, scan.content, "scan", note)
        records.append(record)
    return ScanRegistered(tuple(records), scan.sha256)


def _pages(filing: ScanFiling) -> str:
    numbers = filing.page_numbers
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"
