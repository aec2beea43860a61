"""Reading a letter's QR code back from a PDF (rendered with poppler's ``pdftoppm``) or a photo (Pillow),
decoded with zxing-cpp. Returns the texts of every QR code found, best first; never raises on bad input."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PAGES = 20
MAX_PIXELS = 60_000_000  # a photo up to about 60 megapixels


class UnreadableFile(ValueError):
    """Neither a PDF poppler can render nor an image Pillow can open."""


def _read(image: Image.Image) -> list[str]:
    formats = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)  # not a module global: nanobind would
    return [r.text for r in zxingcpp.read_barcodes(image, formats=formats)]  # report it leaked at exit


def _decode(image: Image.Image) -> list[str]:
    gray = ImageOps.exif_transpose(image).convert("L")
    found = _read(gray)
    if not found and max(gray.size) > 2000:  # large photos: try once more at a smaller scale
        gray.thumbnail((2000, 2000))
        found = _read(gray)
    return found


def qr_texts_of_image(data: bytes) -> list[str]:
    """QR texts in a PNG/JPEG/... photo or scan."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return _decode(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError) as exc:
        raise UnreadableFile(str(exc)[:200]) from None


def qr_texts_of_pdf(data: bytes, dpi: int = 150) -> list[str]:
    """QR texts on the pages of a PDF, last page first (the letter's mark is on its last page)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise UnreadableFile("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory(prefix="akimat-qr-") as folder:
        source = Path(folder) / "letter.pdf"
        source.write_bytes(data)
        done = subprocess.run(
            [tool, "-r", str(dpi), "-gray", "-png", "-l", str(MAX_PAGES), str(source), str(Path(folder) / "page")],
            capture_output=True,
            timeout=120,
        )
        pages = sorted(Path(folder).glob("page*.png"), reverse=True)
        if done.returncode != 0 or not pages:
            raise UnreadableFile(done.stderr.decode("utf-8", "replace")[:200] or "no page rendered")
        found: list[str] = []
        for page in pages:
            with Image.open(page) as image:
                found += _decode(image)
        return found


def qr_texts(data: bytes) -> list[str]:
    """QR texts of a PDF or an image, told apart by their first bytes."""
    if data[:5] == b"%PDF-":
        return qr_texts_of_pdf(data)
    return qr_texts_of_image(data)
