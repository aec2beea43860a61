"""Reading scanned pages on this machine: files to page images, orientation and skew corrected, then Tesseract
(``kaz+rus+eng``: Kazakh and Russian text, Latin e-mail addresses) word by word with each word's confidence.

Contract: nothing leaves the machine; a PDF is rendered page by page (pypdfium2), an image file gives one page
per frame (PNG, JPEG, TIFF, and HEIC where Pillow reads it). The boxes of the words are in the pixels of the
corrected page image kept in ``Page.image``, so a viewer can highlight them on what it shows.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from akimat_desk.domain.errors import InvalidInput

LANGUAGES = "kaz+rus+eng"
RENDER_DPI = 200
_MAX_PAGES = 200
_DATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "C:/Program Files/Tesseract-OCR/tessdata",
)
_NEEDED = ("kaz", "rus", "eng", "osd")
_BLANK_INK = 0.003  # share of dark pixels below which a page without text is blank (typed pages: 2-6 %)
_GOOD_READING = 70.0  # mean word confidence of a page read the right way up (typed pages read 85-96)


@dataclass(frozen=True, slots=True)
class Word:
    """A recognised word: ``conf`` 0..100 as Tesseract gives it, ``box`` (left, top, right, bottom) in pixels."""

    text: str
    conf: float
    box: tuple[int, int, int, int]
    page: int


@dataclass(frozen=True, slots=True)
class Line:
    """A text line of a page, its words in reading order."""

    words: tuple[Word, ...]
    page: int

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True, slots=True)
class Page:
    """One page as read: the corrected image, how much it was turned, and its lines (empty for a blank page)."""

    index: int
    image: Image.Image
    rotated: int
    skew: float
    lines: tuple[Line, ...]

    @property
    def words(self) -> list[Word]:
        return [w for line in self.lines for w in line.words]

    @property
    def mean_conf(self) -> float:
        words = [w for w in self.words if w.text.strip()]
        return sum(w.conf for w in words) / len(words) if words else 0.0

    ink: float = 1.0

    @property
    def is_blank(self) -> bool:
        """No text and next to no ink: a separator sheet or the empty back of a page."""
        return self.ink < _BLANK_INK and sum(len(w.text) for w in self.words if w.conf > 50) < 8


def tessdata_dir() -> Path:
    """The folder with the trained data: ``TESSDATA_PREFIX``, the frozen build's own copy, or the system's.

    Raises InvalidInput ``ocr_data_missing`` (naming the languages) when no folder holds all of them.
    """
    candidates: list[Path] = []
    if env := os.environ.get("TESSDATA_PREFIX"):
        candidates += [Path(env), Path(env) / "tessdata"]
    if frozen := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(frozen) / "tessdata")
    candidates += [Path(p) for p in _DATA_DIRS]
    for folder in candidates:
        if all((folder / f"{lang}.traineddata").is_file() for lang in _NEEDED):
            return folder
    raise InvalidInput("ocr_data_missing", field="tessdata", languages=", ".join(_NEEDED))


def page_images(path: Path) -> Iterator[Image.Image]:
    """Each page of ``path`` as a greyscale image (PDF rendered at RENDER_DPI); InvalidInput if unreadable."""
    data = _read(path)
    if data[:5] == b"%PDF-":
        yield from _pdf_pages(data, path)
        return
    try:
        _register_heif()
        image = Image.open(path)
        frames = [ImageOps.exif_transpose(f.copy()) for f in ImageSequence.Iterator(image)][:_MAX_PAGES]
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidInput("scan_unreadable", field="file", value=path.name, reason=str(exc)) from None
    for frame in frames:
        yield _grey(frame)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput("scan_unreadable", field="file", value=str(path), reason=exc) from None


def _pdf_pages(data: bytes, path: Path) -> Iterator[Image.Image]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InvalidInput("scan_unreadable", field="file", value=path.name, reason=str(exc)) from None
    try:
        for i in range(min(len(pdf), _MAX_PAGES)):
            try:
                image = pdf[i].render(scale=RENDER_DPI / 72).to_pil()
            except pdfium.PdfiumError as exc:
                raise InvalidInput(
                    "scan_unreadable", field="file", value=path.name, reason=f"page {i + 1}: {exc}"
                ) from None
            yield _grey(image)
    finally:
        pdf.close()


def _register_heif() -> None:
    """HEIC photos open when the optional pillow-heif plugin is installed; without it they are unreadable."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return
    register_heif_opener()


def _grey(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(background, image)
    return image.convert("L")


_WORKING_PIXELS = 1750 * 2480  # about A4 at 210 dpi: enough for 10-12 pt type, and twice as fast as 300 dpi


def _working_size(image: Image.Image) -> Image.Image:
    """Large scans (300 dpi and more) reduced to about 210 dpi; smaller ones kept as they are."""
    scale = (_WORKING_PIXELS / (image.width * image.height)) ** 0.5
    if scale >= 0.95:
        return image
    size = (round(image.width * scale), round(image.height * scale))
    return image.resize(size, Image.Resampling.LANCZOS)


def skew_angle(image: Image.Image, limit: float = 10.0) -> float:
    """The angle (degrees, counter-clockwise) that makes the text lines of ``image`` horizontal.

    Projection profile: text lines give the sharpest row-by-row ink profile when they are level. Searched
    coarsely on a small copy, then refined; Pillow only (the row means are a resize to one column).
    """
    small = ImageOps.invert(image.convert("L"))
    small.thumbnail((600, 600))
    best = max(_steps(-limit, limit, 0.5), key=lambda a: _sharpness(small, a))
    return max(_steps(best - 0.5, best + 0.5, 0.1), key=lambda a: _sharpness(small, a))


def ink_share(image: Image.Image) -> float:
    """The share of dark pixels of the page (on a reduced copy, so that specks of noise fade)."""
    small = image.convert("L")
    small.thumbnail((800, 800))
    histogram = small.histogram()
    return sum(histogram[:128]) / max(small.width * small.height, 1)


def is_sideways(image: Image.Image) -> bool:
    """True when the text lines of the page run vertically (a page scanned turned by 90 degrees)."""
    small = ImageOps.invert(image.convert("L"))
    small.thumbnail((600, 600))
    return _sharpness(small.transpose(Image.Transpose.ROTATE_90), 0) > 1.5 * _sharpness(small, 0)


def _steps(first: float, last: float, step: float) -> list[float]:
    count = round((last - first) / step)
    return [round(first + i * step, 2) for i in range(count + 1)]


def _sharpness(inverted: Image.Image, angle: float) -> float:
    turned = inverted.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=0)
    column = turned.resize((1, turned.height), Image.Resampling.BOX)
    rows = [float(column.getpixel((0, y)) or 0) for y in range(column.height)]  # type: ignore[arg-type]
    mean = sum(rows) / len(rows)
    return sum((r - mean) ** 2 for r in rows)


class PageReader:
    """Tesseract loaded once for a run over many pages (loading the models costs more than a page)."""

    def __init__(self, data_dir: Path | None = None) -> None:
        import tesserocr

        folder = str(data_dir or tessdata_dir())
        self._api = tesserocr.PyTessBaseAPI(path=folder, lang=LANGUAGES, psm=tesserocr.PSM.AUTO)
        self._osd = tesserocr.PyTessBaseAPI(path=folder, lang="osd", psm=tesserocr.PSM.OSD_ONLY)
        self._latin = tesserocr.PyTessBaseAPI(path=folder, lang="eng", psm=tesserocr.PSM.SINGLE_LINE)

    def close(self) -> None:
        self._api.End()
        self._osd.End()
        self._latin.End()

    def __enter__(self) -> PageReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, image: Image.Image, index: int) -> Page:
        """Turn the page upright, straighten it, and recognise its words.

        Orientation detection (OSD) costs about as much as reading, so it runs only for a page whose lines
        run up and down (a sideways page) or whose words read badly (perhaps upside down).
        """
        image = _working_size(image)
        rotated = 0
        if is_sideways(image):
            image, rotated = self._upright(image)
        image, skew = self._straight(image)
        lines = tuple(self._lines(image, index))
        page = Page(index, image, rotated, skew, lines, ink_share(image))
        if rotated or page.mean_conf >= _GOOD_READING or page.is_blank:
            return page
        turned, degrees = self._upright(image)
        if not degrees:
            return page
        again = Page(index, turned, (rotated + degrees) % 360, skew, tuple(self._lines(turned, index)), page.ink)
        return again if again.mean_conf > page.mean_conf else page

    def _upright(self, image: Image.Image) -> tuple[Image.Image, int]:
        self._osd.SetImage(image)
        found = self._osd.DetectOrientationScript()
        if not found or found.get("orient_conf", 0) < 1.5 or not found.get("orient_deg"):
            return image, 0
        degrees = int(found["orient_deg"])
        return image.rotate(degrees, expand=True, fillcolor=255), degrees

    def _straight(self, image: Image.Image) -> tuple[Image.Image, float]:
        angle = skew_angle(image)
        if abs(angle) < 0.3:
            return image, 0.0
        return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255), angle

    def _lines(self, image: Image.Image, index: int) -> list[Line]:
        """The recognised lines of the page, e-mail addresses read again in Latin."""
        lines = []
        for line in self._raw_lines(image, index):
            words = tuple(self._latin_word(image, w) if "@" in w.text else w for w in line.words)
            lines.append(Line(words, index))
        return lines

    def _raw_lines(self, image: Image.Image, index: int) -> Iterator[Line]:
        import tesserocr

        api = self._api
        api.SetImage(image)
        api.Recognize()
        it = api.GetIterator()
        if it is None:
            return
        words: list[Word] = []
        level = tesserocr.RIL.WORD
        while True:
            text = _text_at(it, level)
            if text.strip():
                box = it.BoundingBox(level)
                words.append(Word(text.strip(), float(it.Confidence(level)), box, index))
            end_of_line = it.IsAtFinalElement(tesserocr.RIL.TEXTLINE, level)
            if end_of_line and words:
                yield Line(tuple(words), index)
                words = []
            if not it.Next(level):
                break
        if words:
            yield Line(tuple(words), index)

    def _latin_word(self, image: Image.Image, word: Word) -> Word:
        """An e-mail address read again alone with the English data: mixed-script reading takes digits in
        Latin words for letters (``52`` as ``s2``)."""
        left, top, right, bottom = word.box
        pad = max((bottom - top) // 3, 2)
        crop = image.crop((max(left - pad, 0), max(top - pad, 0), right + pad, bottom + pad))
        crop = crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.LANCZOS)
        self._latin.SetImage(crop)
        text = self._latin.GetUTF8Text().strip()
        if "@" not in text or " " in text:
            return word
        return Word(text, float(self._latin.MeanTextConf()), word.box, word.page)


def _text_at(it: object, level: int) -> str:
    try:
        return str(it.GetUTF8Text(level) or "")  # type: ignore[attr-defined]
    except RuntimeError:  # an element without text (a picture or an empty block)
        return ""


_THREAD = threading.local()


def shared_reader() -> PageReader:
    """This thread's reader, loaded on first use and kept: loading the models costs more than reading a page,
    and the window reads every scan on the same worker thread. Tesseract objects are not shared across threads."""
    reader: PageReader | None = getattr(_THREAD, "reader", None)
    if reader is None:
        reader = _THREAD.reader = PageReader()
    return reader


def read_pages(path: Path, reader: PageReader | None = None) -> list[Page]:
    """Every page of the file, read (with this thread's shared reader when none is given)."""
    active = reader or shared_reader()
    return [active.read(image, i) for i, image in enumerate(page_images(path))]
