"""The cheaper flowables of the letters give what the general ReportLab ones give: same fragments, same places."""

from __future__ import annotations

import io
import random
import re
import subprocess
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText

from akimat_desk.letters.flowables import (
    UNCLEAN_SPACE,
    Columns,
    Deferred,
    LazyDocTemplate,
    Para,
    labelled,
    paragraph,
)
from akimat_desk.letters.fonts import FAMILY
from akimat_desk.letters.layout import DEFAULT_STYLE, paragraph_styles

STYLES = paragraph_styles(DEFAULT_STYLE)
MARKUP = [
    "Шығыс № 01-15/4821, «25» мамыр 2026 ж.<br/>Кіріс № ЖТ-0457",
    "<i>Өткізу орны:</i> Алматы қ., Атамекен саябағы",
    "  spaces   and\ttabs\n and a newline  ",
    "no\xa0break\xa0 space",
    "a<br/><br/>b",
    "<br/>leading break",
    "<i>label </i> after a space",
    "A &amp; B &lt;c&gt;",  # entities: the parser's way
    "<b>bold</b> is not ours to build",
    "",
]


def _fragments(p: Paragraph) -> list[list[tuple[str, Any]]]:
    return [sorted((k, str(v)) for k, v in frag.__dict__.items()) for frag in p.frags]


@pytest.mark.parametrize("markup", MARKUP)
@pytest.mark.parametrize("style", ["body", "field", "ref", "note", "sign_name"])
def test_paragraph_gives_the_parsers_fragments(markup: str, style: str) -> None:
    ours, parsed = paragraph(markup, STYLES[style]), Paragraph(markup, STYLES[style])
    assert isinstance(ours, Para)
    assert (ours.text, _fragments(ours), ours.style) == (parsed.text, _fragments(parsed), parsed.style)


def _made(make: Any, markup: str) -> object:
    """Text and fragments of the paragraph ``make`` builds of ``markup``, or "refused" for markup it rejects."""
    try:
        made = make(markup, STYLES["body"])
    except ValueError:
        return "refused"
    return made.text, _fragments(made)


def test_paragraph_agrees_with_the_parser_on_random_markup() -> None:
    pieces = [*"aбә қ\t\n\xa0\u2003\u200b\x1c\u3000  .,:«»–", "<br/>", "<i>", "</i>", "&amp;", "ҮШҚОҢЫР"]
    rng = random.Random(6)
    for _ in range(2000):
        markup = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert _made(paragraph, markup) == _made(Paragraph, markup), markup


def test_markup_skips_cleaning_only_where_cleaning_changes_nothing() -> None:
    spaces = {chr(code) for code in range(0x110000) if chr(code).isspace()} | set(UNCLEAN_SPACE)
    kept = spaces - set(UNCLEAN_SPACE) - {" "}
    assert kept == {"\xa0"}  # the no-break space the wording puts in dates and numbers
    for markup in ("a\xa0b", "\xa0a\xa0", "a\xa0\xa0b", "a\xa0 b"):
        assert cleanBlockQuotedText(markup) == markup


def test_para_breaks_lines_again_after_a_split_dropped_them() -> None:
    para = paragraph(" ".join(["слово"] * 80), STYLES["body"])
    width, height = para.wrap(300, 1000)
    assert para.wrap(300, 20) == (width, height)
    assert para.split(300, 20) == []  # one line would be an orphan: the whole paragraph moves on
    assert para.wrap(300, 1000) == (width, height)
    assert para.wrap(400, 1000)[1] < height


class _Spy(Paragraph):  # type: ignore[misc]
    """Records where on the page it is drawn."""

    def __init__(self, text: str, style: Any, seen: list[tuple[str, float, float]]) -> None:
        super().__init__(text, style)
        self.seen = seen

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.seen.append((self.text, *canvas.absolutePosition(x, y)))
        super().drawOn(canvas, x, y, _sW)


def _cells(seen: list[tuple[str, float, float]]) -> list[list[Any]]:
    left = [_Spy("Шығыс № 01-15/4821", STYLES["ref"], seen), Spacer(0, 7), _Spy("Кіріс", STYLES["ref"], seen)]
    address = " ".join(["мекенжай"] * 9)  # wraps to several lines in the right column
    right = [_Spy("Сейітов Әлихан Құрманұлы", STYLES["addressee"], seen), _Spy(address, STYLES["plain"], seen)]
    return [left, right]


def _placed(flowable: Any) -> tuple[float, float]:
    """Size of ``flowable`` wrapped in 480 x 700 pt, after drawing it at (85, 400) on a canvas."""
    canvas = Canvas(io.BytesIO())
    size: tuple[float, float] = flowable.wrapOn(canvas, 480, 700)
    flowable.drawOn(canvas, 85, 400)
    return size


def test_columns_place_cells_where_a_one_row_table_does() -> None:
    widths = [240.0, 240.0]
    seen_table: list[tuple[str, float, float]] = []
    seen_columns: list[tuple[str, float, float]] = []
    table = Table([_cells(seen_table)], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 12),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    columns = Columns(_cells(seen_columns), widths, [12, 0])
    assert _placed(columns) == _placed(table)
    assert seen_columns == seen_table
    assert len(seen_columns) == 4


def test_lazy_document_makes_deferred_flowables_when_it_reaches_them() -> None:
    made: list[tuple[str, int]] = []

    def part(name: str, count: int) -> Any:
        def make() -> list[Any]:
            made.append((name, doc.page))
            return [Paragraph(f"{name} {n}", STYLES["body"]) for n in range(count)]

        return make

    doc = LazyDocTemplate(io.BytesIO(), pagesize=DEFAULT_STYLE.page_size)
    doc.addPageTemplates([PageTemplate("only", [Frame(50, 50, 400, 700)])])
    story = [Deferred(part("first", 60)), PageBreak(), Deferred(part("second", 1)), Deferred(part("empty", 0))]
    doc.build(story)
    assert made == [("first", 1), ("second", 3), ("empty", 3)]  # 60 paragraphs fill two pages, then the break


def _words(flowable: Any, tmp_path: Path, width: float) -> list[tuple[str, float, float]]:
    """The words of ``flowable`` drawn alone on a page, with their lower-left corners (pdftotext -bbox)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=FAMILY)
    _, height = flowable.wrapOn(canvas, width, 700)
    flowable.drawOn(canvas, 85, 780 - height)
    canvas.save()
    path = tmp_path / "words.pdf"
    path.write_bytes(buffer.getvalue())
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(text, round(float(x), 3), round(float(y), 3)) for x, y, text in found]


@pytest.mark.parametrize(
    ("label", "text", "as_bullet"),
    [
        ("Өткізу күні мен уақыты:", "«28»\xa0мамыр\xa02026\xa0ж., 11:00–13:00", True),
        ("Place:", " ".join(["Атамекен саябағы, Абай даңғылы – Әуезов көшесі –"] * 4), True),  # runs over lines
        ("Маршрут:", "Абай-даңғылы-Әуезов-көшесі-Республика-алаңы-" * 3, False),  # a word longer than the line
        ("A label far too long to leave room for the text on the first line of the field, by far:", "value", False),
        ("Orator:", "A & B <c>", False),  # markup characters: the parser's way
    ],
)
def test_labelled_sets_label_and_text_where_the_two_run_paragraph_does(
    label: str, text: str, as_bullet: bool, tmp_path: Path
) -> None:
    width, field = DEFAULT_STYLE.text_width, STYLES["field"]
    two_runs = paragraph(f"<i>{escape(label)}</i> {escape(text)}", field)
    ours = labelled(label, text, field, width)
    assert bool(ours.bulletText) == as_bullet
    assert ours.wrap(width, 700) == two_runs.wrap(width, 700)
    assert _words(ours, tmp_path, width) == _words(two_runs, tmp_path, width)
