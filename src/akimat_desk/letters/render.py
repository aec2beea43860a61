"""Render letters and registration receipts to PDF bytes with ReportLab Platypus.

Contracts:
- ``render_letter(letter)`` and ``render_receipt(receipt)`` return one PDF; ``render_letters(letters)`` puts several
  letters (e.g. the kk and the ru letter of one decision) into one PDF, one print job, each letter starting on a
  new page with its own letterhead and its own "page x of y".
- The same input gives the same bytes (ReportLab invariant mode, metadata derived from the letter only).
- Only the bundled Liberation Serif 2.x is used and embedded (``initialFontName`` is set so no un-embedded
  Helvetica is referenced).
- Layout is Platypus only: a ``BaseDocTemplate`` (``LazyDocTemplate``) with one "first-N" page template per
  distinct letterhead (the akimat's name in Kazakh and Russian side by side, drawn as a Table above the body frame,
  once per print job as a form) and a plain "later" template carrying a running reference to the outgoing number.
- Speed (issue 6, bench/bench_letters.py): "page x of y" is written in one pass (``DeferredCanvas``); a print job
  makes each letter's flowables only when the layout reaches it; every paragraph is parsed and broken into lines
  once, and set as one run of text where that looks the same (see ``flowables``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from akimat_desk.letters.flowables import (
    Columns,
    CondBreak,
    Deferred,
    Gap,
    LazyDocTemplate,
    Para,
    labelled,
    paragraph,
)
from akimat_desk.letters.fonts import FAMILY, register_fonts
from akimat_desk.letters.layout import (
    DEFAULT_STYLE,
    DeferredCanvas,
    LetterStart,
    LetterStyle,
    PageDecor,
    line_styles,
    paragraph_styles,
)
from akimat_desk.letters.model import Letter, Letterhead, Receipt
from akimat_desk.letters.wording import LetterText, ReceiptText, compose, compose_receipt, texts

_CREATOR = "akimat_desk"


def _p(text: str, style_name: str, style: LetterStyle) -> Para:
    return paragraph(escape(text).replace("\n", "<br/>"), paragraph_styles(style)[style_name])


def _letterhead_side(head: Letterhead, lang: str, style: LetterStyle) -> list[Flowable]:
    labels = texts(lang)["labels"]
    name, department = getattr(head, f"name_{lang}"), getattr(head, f"department_{lang}")
    address = getattr(head, f"address_{lang}")
    contacts = ", ".join(
        part
        for part in (
            labels["phone"].format(phone=head.phone) if head.phone else "",
            labels["email"].format(email=head.email) if head.email else "",
        )
        if part
    )
    cells = [_p(name, "head_name", style)]
    cells += [_p(line, "head_small", style) for line in (department, address, contacts) if line]
    return cells


def letterhead_table(head: Letterhead, language: str, style: LetterStyle = DEFAULT_STYLE) -> Table:
    """The blank's header: kk name | emblem | ru name, a rule under it, and for English letters the English name."""
    width = style.text_width
    emblem_w = 24 * mm if head.emblem_path else 6 * mm
    emblem: Flowable | str = (
        Image(str(head.emblem_path), emblem_w, emblem_w, kind="proportional") if (head.emblem_path) else ""
    )
    side = (width - emblem_w) / 2
    rows: list[list[object]] = [[_letterhead_side(head, "kk", style), emblem, _letterhead_side(head, "ru", style)]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, "black"),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    if language == "en" and head.name_en:
        rows.append([_letterhead_side(head, "en", style), "", ""])
        commands.append(("SPAN", (0, 1), (-1, 1)))
    return Table(rows, colWidths=[side, emblem_w, side], style=TableStyle(commands), hAlign="LEFT")


def _cell_lines(text: str, style_name: str, style: LetterStyle) -> list[Flowable]:
    """The lines of ``text`` for a Columns cell, one paragraph each, placed where the lines of one paragraph would
    be: a cell never splits them apart, and ReportLab sets a paragraph of one text run (no line break) at half the
    cost. Text with a blank line or a line with outer spaces stays one paragraph."""
    lines = text.split("\n")
    if len(lines) == 1 or any(not line or line != line.strip() for line in lines):
        return [_p(text, style_name, style)]
    first, middle, last = line_styles(style, style_name)
    styles = [first, *[middle] * (len(lines) - 2), last]
    return [paragraph(escape(line), line_style) for line, line_style in zip(lines, styles, strict=True)]


def _two_columns(left: Sequence[Flowable], right: Sequence[Flowable], style: LetterStyle, split: float) -> Columns:
    """Two top-aligned columns splitting the text width at ``split``, 12 pt apart."""
    width = style.text_width
    return Columns([left, right], [width * split, width * (1 - split)], [12, 0])


def _rows_table(rows: Sequence[tuple[str, str]], style: LetterStyle) -> Table:
    width = style.text_width
    data = [[_p(label, "cell", style), _p(value, "cell", style)] for label, value in rows]
    table = Table(data, colWidths=[width * 0.42, width * 0.58], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FAMILY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, "grey"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _fields(rows: Sequence[tuple[str, str]], style: LetterStyle) -> list[Flowable]:
    """Label: value lines (the event as filed), lighter than a table for a letter's few details."""
    field_style = paragraph_styles(style)["field"]
    return [labelled(f"{label}:", value, field_style, style.text_width) for label, value in rows]


def _signature(position: str, name: str, style: LetterStyle) -> Columns:
    return _two_columns([_p(position, "plain", style)], [_p(name, "sign_name", style)], style, 0.6)


def _decision_part(text: LetterText, style: LetterStyle) -> list[Flowable]:
    story: list[Flowable] = [_p(text.decision, "body", style)]
    if text.proposal:
        story += [_p(text.proposal, "item", style), _p(text.reply, "body", style)]
    if text.conditions:
        story.append(_p(text.conditions_title, "body", style))
        story += [_p(f"{n}) {item}", "item", style) for n, item in enumerate(text.conditions, start=1)]
    for ground in text.grounds:
        reason = paragraph(
            f"<i>{escape(ground.reason_label)}</i> {escape(ground.reason)}", paragraph_styles(style)["reason"]
        )
        # A heading never ends a page, yet a long reason may run on: break early only if 4 lines don't fit.
        story += [CondBreak(4 * style.font_size * style.leading_ratio), _p(ground.heading, "ground", style), reason]
    return story


def letter_story(text: LetterText, style: LetterStyle = DEFAULT_STYLE) -> list[Flowable]:
    """The body of one letter (everything below the letterhead) as flowables, in reading order."""
    refs = _cell_lines(f"{text.outgoing}\n{text.incoming}", "ref", style)
    title, *lines = text.addressee
    addressee = [_p(title, "addressee", style), *_cell_lines("\n".join(lines), "plain", style)]
    story: list[Flowable] = [_two_columns(refs, addressee, style, 0.5), Gap(0, 6 * mm)]
    story += [_p(text.subject, "subject", style), _p(text.intro, "body", style), *_fields(text.event_rows, style)]
    story += [Gap(0, 3 * mm), *_decision_part(text, style)]
    story += [_p(part, "body", style) for part in (text.remarks, text.appeal) if part]
    notes = [_p(part, "note", style) for part in (text.e_document, text.unofficial_note) if part]
    signature = [Gap(0, 8 * mm), _signature(text.signatory_position, text.signatory_name, style)]
    # The signature never stands alone on a page: it keeps the last paragraph of the text with it.
    return [*story[:-1], KeepTogether([story[-1], *signature, Gap(0, 4 * mm), *notes])]


class _Letterheads:
    """One letterhead Table per distinct (letterhead, language) of a document, drawn once into a PDF form XObject
    and reused on every first page: a 1,000-letter print job carries the blank once."""

    def __init__(self, style: LetterStyle) -> None:
        self._style = style
        self._known: dict[tuple[Letterhead, str], tuple[Table, float, str]] = {}

    def name(self, head: Letterhead, language: str) -> str:
        """The form name of this letterhead in this document (stable: numbered in order of first use)."""
        return self._get(head, language)[2]

    def height(self, head: Letterhead, language: str) -> float:
        """Height in points of the blank's header for this letterhead and language."""
        return self._get(head, language)[1]

    def on_page(self, head: Letterhead, language: str) -> Callable[[Canvas, BaseDocTemplate], None]:
        """The onPage callback drawing this letterhead at the top of the text frame."""
        table, height, name = self._get(head, language)
        top = self._style.page_size[1]

        def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
            if not canvas.hasForm(name):
                canvas.beginForm(name)
                table.drawOn(canvas, doc.leftMargin, top - doc.topMargin - height)
                canvas.endForm()
            canvas.doForm(name)

        return draw

    def _get(self, head: Letterhead, language: str) -> tuple[Table, float, str]:
        key = (head, "en" if language == "en" and head.name_en else "kk+ru")  # the kk and ru blanks are the same
        if key not in self._known:
            table = letterhead_table(head, language, self._style)
            _, height = table.wrap(self._style.text_width, self._style.page_size[1])
            self._known[key] = (table, height, f"letterhead{len(self._known)}")
        return self._known[key]


def _on_later_page(refs: Sequence[str], style: LetterStyle) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, style.small_size)
        canvas.drawString(doc.leftMargin, style.page_size[1] - doc.topMargin / 2, refs[canvas.letter_index])
        canvas.restoreState()

    return draw


def _frame(doc: BaseDocTemplate, top_reserve: float, frame_id: str) -> Frame:
    return Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height - top_reserve,
        id=frame_id,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _document(buffer: io.BytesIO, style: LetterStyle, title: str, author: str, subject: str) -> BaseDocTemplate:
    register_fonts()
    return LazyDocTemplate(
        buffer,
        pagesize=style.page_size,
        invariant=1,
        initialFontName=FAMILY,
        initialFontSize=style.font_size,
        title=title,
        author=author,
        subject=subject,
        creator=_CREATOR,
        producer=_CREATOR,
        keywords=[],
        **style.margins,
    )


def _build(
    doc: BaseDocTemplate,
    story: list[Flowable],
    decorations: tuple[PageDecor, ...],
    style: LetterStyle,
    buffer: io.BytesIO,
) -> bytes:
    doc.build(story, canvasmaker=partial(DeferredCanvas, decorations=decorations, style=style))
    return buffer.getvalue()


def render_letters(letters: Sequence[Letter], style: LetterStyle = DEFAULT_STYLE) -> bytes:
    """Several letters in one PDF (one print job), each on new pages with its own letterhead and page count.

    Raises ValueError for an empty sequence. Identical input gives identical bytes.
    """
    if not letters:
        raise ValueError("nothing to render")
    buffer = io.BytesIO()
    first = letters[0]
    names = [f"{letter.outgoing_number} ({letter.language})" for letter in letters]
    title = " / ".join(names) if len(names) <= 4 else f"{names[0]} … {names[-1]}"
    doc = _document(buffer, style, title, first.letterhead.name_ru, compose(first).subject)
    story: list[Flowable] = []
    templates: dict[str, PageTemplate] = {}  # one first-page template per distinct letterhead, not per letter
    decorations, refs = [], []
    heads = _Letterheads(style)
    for index, letter in enumerate(letters):
        text = compose(letter)
        head, lang = letter.letterhead, letter.language
        opening = f"first-{heads.name(head, lang)}"
        if opening not in templates:
            frame = _frame(doc, heads.height(head, lang) + 6 * mm, "body")
            templates[opening] = PageTemplate(id=opening, frames=[frame], onPage=heads.on_page(head, lang))
        decorations.append(PageDecor(text.page_format, text.executor, text.unofficial_mark, text.seal))
        refs.append(text.outgoing)
        story += [NextPageTemplate(opening), PageBreak()] if index else []
        # Each letter's flowables are made when the layout reaches it: one letter in memory at a time.
        story += [LetterStart(index), NextPageTemplate("later"), Deferred(partial(letter_story, text, style))]
    later = PageTemplate(id="later", frames=[_frame(doc, 0, "body")], onPage=_on_later_page(refs, style))
    # The first letter's template must come first: BaseDocTemplate starts on pageTemplates[0].
    doc.addPageTemplates([*templates.values(), later])
    return _build(doc, story, tuple(decorations), style, buffer)


def render_letter(letter: Letter, style: LetterStyle = DEFAULT_STYLE) -> bytes:
    """One letter as a PDF. Identical input gives identical bytes."""
    return render_letters([letter], style)


def _signing_line(label: str, hint: str, style: LetterStyle) -> Columns:
    line = [_p("_" * 22, "sign_name", style), _p(hint, "sign_hint", style)]
    return _two_columns([_p(label, "plain", style)], line, style, 0.6)


def receipt_story(text: ReceiptText, style: LetterStyle = DEFAULT_STYLE) -> list[Flowable]:
    """The body of a registration receipt: title, the registration data, what was received, two signatures."""
    items = [_p(f"{n}) {item}", "item", style) for n, item in enumerate(text.items, start=1)]
    return [
        _p(text.title, "title", style),
        _rows_table(text.rows, style),
        Gap(0, 4 * mm),
        _p(text.items_label + ":", "ground", style),
        *items,
        *(_p(note, "body", style) for note in text.notes),
        Gap(0, 3 * mm),
        _p(text.filing_day_note, "note", style),
        Gap(0, 10 * mm),
        _signing_line(f"{text.received_by_label}: {text.received_by}", text.signature_hint, style),
        Gap(0, 8 * mm),
        _signing_line(f"{text.handed_to_label}:", text.signature_hint, style),
    ]


def render_receipt(receipt: Receipt, style: LetterStyle = DEFAULT_STYLE) -> bytes:
    """A registration receipt for a paper filing as a one-page PDF. Identical input gives identical bytes."""
    text = compose_receipt(receipt)
    buffer = io.BytesIO()
    doc = _document(buffer, style, receipt.incoming_number, receipt.letterhead.name_ru, text.title)
    heads, head, lang = _Letterheads(style), receipt.letterhead, receipt.language
    first = _frame(doc, heads.height(head, lang) + 6 * mm, "body")
    doc.addPageTemplates(
        [
            PageTemplate(id="first-0", frames=[first], onPage=heads.on_page(head, lang)),
            PageTemplate(id="later", frames=[_frame(doc, 0, "body")]),
        ]
    )
    decor = PageDecor(texts(receipt.language)["page"], "", text.unofficial_mark)
    story = [LetterStart(0), NextPageTemplate("later"), *receipt_story(text, style)]
    return _build(doc, story, (decor,), style, buffer)
