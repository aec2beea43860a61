"""Writing a plain table (title, header, rows) as XLSX (openpyxl), PDF (ReportLab with the letters' bundled
Kazakh-capable fonts) or CSV. Used by the statistics and the registration journal. Deterministic PDF output
(``invariant=1``): the same table gives the same bytes."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from akimat_desk.services.kernel.cell_safety import csv_row, keep_as_text

if TYPE_CHECKING:  # openpyxl and ReportLab load when an export is made, not when the window opens
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class PlainTable:
    title: str
    subtitle: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths for the PDF; equal when empty
    footer: tuple[Cell, ...] | None = None  # e.g. the totals row, printed bold
    notes: tuple[str, ...] = field(default=())
    page_note: str = ""  # printed at the foot of every PDF page in small type (e.g. the register seal)


def to_csv(table: PlainTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(csv_row(table.header))
    writer.writerows(csv_row(row) for row in table.rows)
    if table.footer is not None:
        writer.writerow(csv_row(table.footer))
    return out.getvalue()


def to_xlsx(tables: Sequence[PlainTable], path: Path, sheet_names: Sequence[str] = ()) -> None:
    """One sheet per table: title, subtitle, bold header (frozen), rows, bold footer."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active) if book.active is not None else None
    for i, table in enumerate(tables):
        name = (sheet_names[i] if i < len(sheet_names) else table.title)[:31]
        for bad in "[]:*?/\\":
            name = name.replace(bad, " ")
        sheet = book.create_sheet(name or f"Sheet{i + 1}")
        sheet.append([table.title])
        sheet.append([table.subtitle])
        sheet.append(list(table.header))
        for row in table.rows:
            sheet.append(list(row))
        if table.footer is not None:
            sheet.append(list(table.footer))
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        for note in table.notes:
            sheet.append([note])
        sheet["A1"].font = Font(bold=True, size=13)
        fill = PatternFill("solid", fgColor="E8EEF5")
        for cell in sheet[3]:
            cell.font, cell.fill = Font(bold=True), fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A4"
        keep_as_text(sheet)
        for col, title in enumerate(table.header, start=1):
            longest = max([len(str(title))] + [len(str(r[col - 1] or "")) for r in table.rows[:500]])
            sheet.column_dimensions[get_column_letter(col)].width = min(max(8, longest + 2), 50)
    book.save(path)


def to_pdf(
    table: PlainTable,
    path: Path,
    *,
    wide: bool = False,
    figures: Callable[[float, str], list[Any]] | None = None,
) -> None:
    """A4 (landscape when ``wide``) with the header repeated on every page and page numbers.

    ``figures(width, font_family)`` gives the flowables drawn between the table and its notes (a chart), for the
    width of the page between its margins."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from akimat_desk.letters.fonts import register_fonts

    family = register_fonts()
    size = landscape(A4) if wide else A4
    body = ParagraphStyle("cell", fontName=family, fontSize=7.5 if wide else 9, leading=9 if wide else 11)
    head = ParagraphStyle("head", parent=body, fontName=f"{family}-Bold")
    title = ParagraphStyle("title", fontName=f"{family}-Bold", fontSize=14, leading=17, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName=family, fontSize=10, leading=12, spaceAfter=6)
    margin = 12 * mm
    available = size[0] - 2 * margin
    weights = table.widths or tuple(1.0 for _ in table.header)
    widths = [available * w / sum(weights) for w in weights]

    def cells(row: Sequence[Cell], style: ParagraphStyle) -> list[Paragraph]:
        return [Paragraph(_escape("" if c is None else str(c)), style) for c in row]

    data = [cells(table.header, head)] + [cells(r, body) for r in table.rows]
    if table.footer is not None:
        data.append(cells(table.footer, head))
    grid = LongTable(data, colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story = [Paragraph(_escape(table.title), title), Paragraph(_escape(table.subtitle), sub), grid]
    if figures is not None:
        story += [Spacer(1, 5 * mm), *figures(available, family)]
    story += [Spacer(1, 4 * mm)] + [Paragraph(_escape(n), sub) for n in table.notes]

    def number_pages(canvas: object, doc: SimpleDocTemplate) -> None:
        canvas.setFont(family, 8)  # type: ignore[attr-defined]
        canvas.drawRightString(size[0] - margin, 7 * mm, str(doc.page))  # type: ignore[attr-defined]
        if table.page_note:
            canvas.setFont(family, 6.5)  # type: ignore[attr-defined]
            canvas.drawString(margin, 7 * mm, table.page_note)  # type: ignore[attr-defined]

    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=table.title,
        invariant=1,
    )
    doc.build(story, onFirstPage=number_pages, onLaterPages=number_pages)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
