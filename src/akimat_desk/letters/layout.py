"""Page geometry, paragraph styles and page decorations of the letters (ReportLab only, no Qt).

Geometry and sizes are data (``LetterStyle``), defaulting to 14 pt text and margins of 30 mm left, 10 mm right,
20 mm top and bottom (office practice quoted in letters.md C2, to be verified against Order 236).

The executor line goes on the last page of each letter, which is only known once the story has been laid out, so
``DeferredCanvas`` keeps every page until ``save()`` and then draws, per letter, the page number (the number alone,
top centre, from the second page on, as office practice numbers pages), the executor line and the "unofficial
translation" or "draft" mark.
One PDF may hold several letters (one print job); each counts its own pages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from akimat_desk.letters.fonts import FAMILY, register_fonts


@dataclass(frozen=True)
class LetterStyle:
    """Sizes in points, margins in millimetres. ``font_size`` is the body text (12-14 pt in office practice)."""

    font_size: float = 14.0
    small_size: float = 10.0
    leading_ratio: float = 1.15
    left_mm: float = 30.0
    right_mm: float = 10.0
    top_mm: float = 20.0
    bottom_mm: float = 20.0
    indent_mm: float = 12.5
    page_size: tuple[float, float] = A4

    def __post_init__(self) -> None:
        if not 8 <= self.font_size <= 16 or not 6 <= self.small_size <= self.font_size:
            raise ValueError("font sizes out of range (body 8-16 pt, small 6 pt up to the body size)")
        if min(self.left_mm, self.right_mm, self.top_mm, self.bottom_mm) < 5:
            raise ValueError("margins must be at least 5 mm")

    @property
    def margins(self) -> dict[str, float]:
        """Margins in points, as BaseDocTemplate keyword arguments."""
        return {
            "leftMargin": self.left_mm * mm,
            "rightMargin": self.right_mm * mm,
            "topMargin": self.top_mm * mm,
            "bottomMargin": self.bottom_mm * mm,
        }

    @property
    def text_width(self) -> float:
        """Width of the text frame in points."""
        return float(self.page_size[0] - (self.left_mm + self.right_mm) * mm)


DEFAULT_STYLE = LetterStyle()


@cache
def paragraph_styles(style: LetterStyle) -> dict[str, ParagraphStyle]:
    """The named paragraph styles of a letter, all in the bundled family (so no base-14 font is ever used)."""
    register_fonts()
    size, small = style.font_size, style.small_size
    lead, small_lead = size * style.leading_ratio, small * style.leading_ratio
    base = ParagraphStyle(
        "base", fontName=FAMILY, fontSize=size, leading=lead, alignment=TA_LEFT, allowWidows=0, allowOrphans=0
    )
    body = ParagraphStyle("body", base, alignment=TA_JUSTIFY, firstLineIndent=style.indent_mm * mm, spaceAfter=6)
    return {
        "base": base,
        "body": body,
        "plain": ParagraphStyle("plain", base, spaceAfter=2),
        "subject": ParagraphStyle("subject", base, fontName=f"{FAMILY}-Bold", spaceBefore=6, spaceAfter=10),
        "ground": ParagraphStyle(
            "ground", body, fontName=f"{FAMILY}-Bold", alignment=TA_LEFT, spaceBefore=4, spaceAfter=2
        ),
        "addressee": ParagraphStyle("addressee", base, fontName=f"{FAMILY}-Bold", spaceAfter=2),
        "ref": ParagraphStyle("ref", base, fontSize=size - 2, leading=(size - 2) * 1.4),
        "reason": ParagraphStyle("reason", body, leftIndent=style.indent_mm * mm, firstLineIndent=0),
        "field": ParagraphStyle("field", base, leftIndent=style.indent_mm * mm, spaceAfter=1),
        "item": ParagraphStyle("item", body, leftIndent=style.indent_mm * mm, firstLineIndent=0, spaceAfter=2),
        "note": ParagraphStyle("note", body, fontName=f"{FAMILY}-Italic", fontSize=small, leading=small_lead),
        "cell": ParagraphStyle("cell", base, fontSize=size - 1, leading=(size - 1) * style.leading_ratio),
        "head_name": ParagraphStyle(
            "head_name",
            base,
            fontName=f"{FAMILY}-Bold",
            fontSize=small + 1,
            leading=(small + 1) * 1.2,
            alignment=TA_CENTER,
        ),
        "head_small": ParagraphStyle("head_small", base, fontSize=small - 1, leading=small * 1.1, alignment=TA_CENTER),
        "sign_name": ParagraphStyle("sign_name", base, fontName=f"{FAMILY}-Bold", alignment=TA_RIGHT),
        "sign_hint": ParagraphStyle(
            "sign_hint", base, fontName=f"{FAMILY}-Italic", fontSize=small - 1, leading=small, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", base, fontName=f"{FAMILY}-Bold", alignment=TA_CENTER, spaceBefore=6, spaceAfter=10
        ),
    }


@cache
def line_styles(style: LetterStyle, name: str) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Paragraph style ``name`` for the first, a middle and the last of lines set as separate paragraphs: the space
    before only above the first, the space after only below the last, as around one paragraph of those lines."""
    whole = paragraph_styles(style)[name]
    return (
        ParagraphStyle(f"{name}-first", whole, spaceAfter=0),
        ParagraphStyle(f"{name}-middle", whole, spaceBefore=0, spaceAfter=0),
        ParagraphStyle(f"{name}-last", whole, spaceBefore=0),
    )


SEAL_SIZE = 6.5
"""Points: the register seal at the foot of a page is small type, below the executor line."""


@dataclass(frozen=True)
class PageDecor:
    """What the deferred canvas prints on every page of one letter (plain text, in the letter's language)."""

    page_format: str  # with {x} (and optionally {y}); printed at the top centre of the second and later pages
    executor: str  # printed at the foot of the letter's last page
    mark: str  # e.g. "UNOFFICIAL TRANSLATION", printed at the top of every page; "" for none
    seal: str = ""  # the register seal with its label, printed at the foot of every page in small type


class LetterStart(Flowable):  # type: ignore[misc]
    """Zero-size marker at the start of a letter's story: pages from here on belong to letter ``index``."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        self.canv.letter_index = self.index

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.letter_index = self.index  # nothing to place on the page: no saved state, no translation


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps each finished page until ``save()`` and then adds the per-letter decorations.

    Pages are attributed to the letter whose ``LetterStart`` marker was drawn last before the page ended, or on it.
    """

    def __init__(self, *args: Any, decorations: tuple[PageDecor, ...], style: LetterStyle, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.letter_index = 0
        self._decorations = decorations
        self._style = style
        self._pages: list[tuple[dict[str, Any], int]] = []

    def showPage(self) -> None:
        self._pages.append((dict(self.__dict__), self.letter_index))
        self._startPage()

    def save(self) -> None:
        totals = Counter(index for _, index in self._pages)
        seen: Counter[int] = Counter()
        for state, index in self._pages:
            self.__dict__.update(state)
            seen[index] += 1
            self._decorate(self._decorations[index], seen[index], totals[index])
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, decor: PageDecor, page: int, total: int) -> None:
        style = self._style
        width, height = style.page_size
        foot = style.bottom_mm * mm / 2
        self.saveState()
        self.setFont(FAMILY, style.small_size)
        if page > 1:  # office practice: the number alone, centred in the top margin, from the second page on
            centre = style.left_mm * mm + style.text_width / 2
            self.drawCentredString(centre, height - style.top_mm * mm / 2, decor.page_format.format(x=page, y=total))
        if page == total:
            self.drawString(style.left_mm * mm, foot, decor.executor)
        if decor.seal:
            self._draw_seal(decor.seal)
        if decor.mark:
            self.setFont(f"{FAMILY}-Bold", style.small_size)
            self.drawRightString(width - style.right_mm * mm, height - style.top_mm * mm / 2, decor.mark)
        self.restoreState()

    def _draw_seal(self, seal: str) -> None:
        """The register seal under the executor line, in small type shrunk to the text width when long."""
        style = self._style
        size = SEAL_SIZE
        width = self.stringWidth(seal, FAMILY, size)
        if width > style.text_width:
            size = size * style.text_width / width
        self.setFont(FAMILY, size)
        self.drawString(style.left_mm * mm, style.bottom_mm * mm / 4, seal)
