"""Platypus flowables of the letters that cost less to lay out than the general-purpose ones they stand for.

A print job of a thousand letters lays out some fifteen thousand paragraphs; what these classes save is repeated
work, never content or look:

- ``Columns`` draws flowables side by side exactly where a one-row ``Table`` of cell lists would (same paddings,
  same positions), but lays the cells out once: a Table wraps every cell when measured and again when drawn.
- ``Para`` is a ``Paragraph`` that keeps its line breaks for the width it was last wrapped at, so measuring it
  again (``KeepTogether`` measures its content before the frame places it) costs nothing.
- ``Gap`` and ``CondBreak`` are a ``Spacer`` and a ``CondPageBreak`` that write nothing to the page: the frame
  moves on by their height as before, without an empty ``q 1 0 0 1 x y cm Q`` for each.
- ``Deferred`` stands in the story for a letter's flowables, which ``LazyDocTemplate`` makes only when the layout
  reaches them: a print job holds one letter's flowables at a time instead of all of them (less memory, and less
  for the garbage collector to walk through again and again).
- ``paragraph(markup, style)`` makes a ``Para`` from escaped text with only ``<br/>``, ``<i>`` and ``</i>`` tags
  without running ReportLab's XML parser: it clones the fragments the parser makes for this style, and gives the
  very same fragments (checked in tests/letters/test_flowables.py). Anything else goes through the parser.
- ``labelled(label, text, style, width)`` sets "*label* text" (an italic label, then the text) in a left-aligned
  style as ``paragraph`` would, but with the label as the paragraph's bullet and the first line indented by it:
  the text is then one run, which ReportLab breaks and draws at half the cost of a run of two fonts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Paragraph, Spacer
from reportlab.platypus.paragraph import _wsc, cleanBlockQuotedText

TABLE_PADDING = 3.0  # ReportLab's default TOPPADDING and BOTTOMPADDING of a Table cell, in points


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph whose line breaking is done once per width (the available height never changes it)."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # ``split`` may drop blPara to push the whole paragraph on; then it is broken again.
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


class Columns(Flowable):  # type: ignore[misc]
    """Flowables side by side in columns of fixed widths, aligned at the top.

    Looks exactly like ``Table([cells], colWidths=widths)`` with VALIGN TOP, LEFTPADDING 0, the given
    RIGHTPADDING per column and the Table's default 3 pt above and below each cell; like that one-row Table it never
    splits across pages. The cells are laid out once, at their column's width, so their content must not depend on
    the available height (paragraphs, spacers).
    """

    def __init__(
        self,
        cells: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        right_paddings: Sequence[float],
        h_align: str = "LEFT",
    ) -> None:
        super().__init__()
        if not len(cells) == len(widths) == len(right_paddings):
            raise ValueError("one width and one right padding per column")
        self._cells = [list(cell) for cell in cells]
        self._widths = [float(width) for width in widths]
        self._right = [float(padding) for padding in right_paddings]
        self._heights: list[list[float]] | None = None
        self.hAlign = h_align
        self.width = sum(self._widths)
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._heights is None:
            canvas = getattr(self, "canv", None)
            self._heights = [
                [item.wrapOn(canvas, width - right, availHeight)[1] for item in cell]
                for cell, width, right in zip(self._cells, self._widths, self._right, strict=True)
            ]
            tallest = max(_stacked(cell, heights) for cell, heights in zip(self._cells, self._heights, strict=True))
            self.height = tallest + (TABLE_PADDING + TABLE_PADDING)
        return self.width, self.height

    def draw(self) -> None:
        if self._heights is None:
            self.wrap(self.width, self.height)
        assert self._heights is not None
        left = 0.0
        for cell, heights, width in zip(self._cells, self._heights, self._widths, strict=True):
            y = self.height - TABLE_PADDING + (cell[0].getSpaceBefore() if cell else 0)
            for item, height in zip(cell, heights, strict=True):  # the Table's arithmetic, step for step
                y -= item.getSpaceBefore()
                y -= height
                item.drawOn(self.canv, left, y)
                y -= item.getSpaceAfter()
            left += width


def _stacked(cell: Sequence[Flowable], heights: Sequence[float]) -> float:
    """Height of a cell's flowables one under another, as a Table counts it (no space above the first, none below
    the last)."""
    if not cell:
        return 0.0
    total = 0.0
    for item, height in zip(cell, heights, strict=True):
        total += height + item.getSpaceAfter() + item.getSpaceBefore()
    return float(total - cell[0].getSpaceBefore() - cell[-1].getSpaceAfter())


class Gap(Spacer):  # type: ignore[misc]
    """Vertical space of ``height`` points; like Spacer, but drawing it writes nothing."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        return None


class CondBreak(CondPageBreak):  # type: ignore[misc]
    """Breaks to the next frame unless ``height`` points are left (as CondPageBreak); drawing it writes nothing."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        return None


class Deferred(Flowable):  # type: ignore[misc]
    """A placeholder for the flowables ``make()`` returns, made when a ``LazyDocTemplate`` reaches it."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self._make = make

    def expand(self) -> list[Flowable]:
        """The flowables this placeholder stands for (made now, once)."""
        return self._make()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0.0, 0.0)


class LazyDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A BaseDocTemplate that replaces each ``Deferred`` by its flowables just before laying it out."""

    def filterFlowables(self, flowables: list[Flowable | None]) -> None:
        while flowables and isinstance(flowables[0], Deferred):
            flowables[0:1] = flowables[0].expand()
        if not flowables:  # an empty expansion at the very end: handle_flowable skips a None
            flowables.append(None)


_TAG = re.compile(r"(<br/>|<i>|</i>)")
# What ReportLab's cleaning changes: its whitespace list but the plain space (the no-break space is not in it and
# survives), a space at either end, two spaces in a row. Markup without any of these is already clean.
UNCLEAN_SPACE = "".join(sorted(set(_wsc) - {" "}))
_unclean = re.compile(f"[{re.escape(UNCLEAN_SPACE)}]|^ | $|  ").search
_prototypes: dict[int, tuple[ParagraphStyle, Any, Any, Any]] = {}  # id(style) -> style, plain, italic, line break
_label_styles: dict[tuple[int, str], tuple[ParagraphStyle, ParagraphStyle]] = {}  # (id(style), label) -> style, its
# variant with the label as bullet
_BULLET_SIZE = 0.001  # ReportLab leaves 0.6 x the bullet's font size after it; the label's own size is its frag's


def paragraph(markup: str, style: ParagraphStyle) -> Para:
    """A Para of ``markup`` (text escaped with ``xml.sax.saxutils.escape``, tags ``<br/>`` ``<i>`` ``</i>`` only),
    equal to ``Para(markup, style)``."""
    frags = _fragments(markup, style) if "&" not in markup and not style.textTransform else None
    if frags is None:  # entities, other markup or a text transform: ReportLab's own parser
        return Para(markup, style)
    return Para(frags[0], style, frags=frags[1])


def _fragments(markup: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """The cleaned text and the fragments the parser would make of it, or None if it needs the parser."""
    text = cleanBlockQuotedText(markup) if _unclean(markup) else markup
    plain, italic, line_break = _prototypes_of(style)
    frags: list[Any] = []
    in_italic = False
    for n, token in enumerate(_TAG.split(text)):
        if n % 2 == 0:  # text between tags
            if "<" in token or ">" in token:
                return None
            if token:
                frags.append((italic if in_italic else plain).clone(text=token, link=[], us_lines=[]))
        elif token == "<br/>" and not in_italic:
            frags.append(line_break.clone(link=[], us_lines=[]))
        elif token == "<i>" and not in_italic:
            in_italic = True
        elif token == "</i>" and in_italic:
            in_italic = False
        else:
            return None
    return (text, frags) if frags and not in_italic else None


def _prototypes_of(style: ParagraphStyle) -> tuple[Any, Any, Any]:
    known = _prototypes.get(id(style))
    if known is None or known[0] is not style:
        plain = Paragraph("x", style).frags[0]
        italic = Paragraph("<i>x</i>", style).frags[0]
        line_break = Paragraph("x<br/>x", style).frags[1]
        known = _prototypes[id(style)] = (style, plain, italic, line_break)
    return known[1], known[2], known[3]


def labelled(label: str, text: str, style: ParagraphStyle, width: float) -> Para:
    """``paragraph(f"<i>{escape(label)}</i> {escape(text)}", style)`` in a frame ``width`` wide, set the same (same
    line breaks, every glyph in the same place) but with the label drawn as the paragraph's bullet.

    Falls back to that paragraph unless the style is left-aligned without a first-line indent, both parts are
    clean text without markup characters and the label with the first word of the text fits on the first line.
    """
    if not _label_fits_as_bullet(label, text, style, width):
        return paragraph(f"<i>{escape(label)}</i> {escape(text)}", style)
    plain, italic, _ = _prototypes_of(style)
    return Para(
        f"<i>{label}</i> {text}",
        _label_style(style, label, italic.fontName),
        bulletText=[italic.clone(text=label, link=[], us_lines=[])],
        frags=[plain.clone(text=text, link=[], us_lines=[])],
    )


def _label_fits_as_bullet(label: str, text: str, style: ParagraphStyle, width: float) -> bool:
    if style.alignment != TA_LEFT or style.firstLineIndent or style.textTransform or style.endDots:
        return False
    if not label or not text or any(ch in label + text for ch in "&<>") or _unclean(label) or _unclean(text):
        return False
    _, italic, _ = _prototypes_of(style)
    first_line = width - style.leftIndent - style.rightIndent
    space = stringWidth(" ", style.fontName, style.fontSize)
    first_word = stringWidth(text.split(" ", 1)[0], style.fontName, style.fontSize)
    # A hair of margin: where the two ways of adding up widths could round apart, the two-run paragraph is used.
    return bool(stringWidth(label, italic.fontName, italic.fontSize) + space + first_word < first_line - 0.01)


def _label_style(style: ParagraphStyle, label: str, italic_font: str) -> ParagraphStyle:
    known = _label_styles.get((id(style), label))
    if known is None or known[0] is not style:
        if len(_label_styles) > 1000:  # labels come from the wording files: a few dozen; never grow without bound
            _label_styles.clear()
        indent = stringWidth(label, italic_font, style.fontSize) + stringWidth(" ", style.fontName, style.fontSize)
        variant = ParagraphStyle(
            f"{style.name}-labelled",
            style,
            firstLineIndent=indent,
            bulletIndent=style.leftIndent,
            bulletFontName=italic_font,
            bulletFontSize=_BULLET_SIZE,
            bulletAnchor="start",
        )
        known = _label_styles[(id(style), label)] = (style, variant)
    return known[1]
