"""The consolidated report as a table a reader prints: PDF (with a bar chart of the rows' totals), XLSX or
JSON, in kk, ru or en; every office that sent nothing for the period is named under the table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from akimat_desk.services.kernel.messages import message
from akimat_desk.services.reports.consolidation_report import FORMS, ConsolidatedReport
from akimat_desk.services.reports.table_export import Cell, PlainTable, to_pdf, to_xlsx


def report_table(report: ConsolidatedReport, lang: str) -> PlainTable:
    """Rows by the report's key; by form one count column, else a column per form and the row's total."""
    title = message(f"consolidation.title.{report.by}", lang)
    subtitle = message(
        "consolidation.period",
        lang,
        first=report.first.strftime("%d.%m.%Y"),
        last=report.last.strftime("%d.%m.%Y"),
        total=report.total,
        offices=report.reporting,
        missing=len(report.missing),
    )
    key_head = message(f"consolidation.key.{report.by}", lang)
    total_head = message("stats.total", lang)
    no_report = message("consolidation.no_report", lang)
    if report.by == "form":
        header: tuple[str, ...] = (key_head, message("stats.count", lang))
        rows: tuple[tuple[Cell, ...], ...] = tuple((report.label(r.key, lang), r.total) for r in report.rows)
        footer: tuple[Cell, ...] | None = (total_head, report.total)
        widths: tuple[float, ...] = (3.0, 1.0)
    else:
        header = (key_head, *(message(f"form.{f}", lang) for f in FORMS), total_head)
        rows = tuple(_row(report, r.key, r.counts, r.total, r.no_report, lang, no_report) for r in report.rows)
        sums = [sum(r.counts.get(f, 0) for r in report.rows) for f in FORMS]
        footer = (total_head, *sums, sum(sums))
        widths = (3.0, *([1.0] * (len(FORMS) + 1)))
    if report.by == "ground":
        footer = None  # a refusal on several grounds counts under each: the column sums are not a total
    whole = message("consolidation.whole_period", lang)
    notes = [
        message(
            "consolidation.no_report_line",
            lang,
            office=report.offices[m.kato].name(lang),
            kato=m.kato,
            months=whole if len(m.months) == report.months else ", ".join(m.months),
        )
        for m in report.missing
    ]
    if not report.missing:
        notes.append(message("consolidation.complete", lang, offices=report.reporting))
    if report.by == "ground":
        notes.append(message("consolidation.ground_note", lang))
    return PlainTable(title, subtitle, header, rows, widths=widths, footer=footer, notes=tuple(notes))


def _row(
    report: ConsolidatedReport,
    key: str,
    counts: dict[str, int],
    total: int,
    missing: tuple[str, ...],
    lang: str,
    no_report: str,
) -> tuple[Cell, ...]:
    label = report.label(key, lang)
    if missing:
        label = f"{label} ({no_report}: {len(missing)})" if report.by != "office" else f"{label} ({no_report})"
    return (label, *(counts.get(f, 0) for f in FORMS), total)


def write_report(report: ConsolidatedReport, lang: str, *, pdf: Path | None = None, xlsx: Path | None = None) -> None:
    table = report_table(report, lang)
    if xlsx is not None:
        to_xlsx([table], xlsx)
    if pdf is not None:
        report_pdf(report, table, pdf)


def report_pdf(report: ConsolidatedReport, table: PlainTable, path: Path) -> None:
    """A4 landscape: title, the table, a horizontal bar chart of the rows' totals, the notes."""
    to_pdf(table, path, wide=True, figures=lambda width, family: _chart(report, table, width, family))


def _chart(report: ConsolidatedReport, table: PlainTable, width: float, family: str) -> list[Any]:
    """A horizontal bar chart of the 30 first rows with a count (none when every row is empty)."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    shown = [r for r in report.rows if r.total > 0][:30]
    if not shown:
        return []
    height = 14 * len(shown) + 30
    chart_drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 190, 15, width - 230, height - 25
    chart.data = [[r.total for r in reversed(shown)]]
    chart.categoryAxis.categoryNames = [_short(report, r.key, table) for r in reversed(shown)]
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = family
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#3C6E9F")
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart_drawing.add(chart)
    return [chart_drawing]


def _short(report: ConsolidatedReport, key: str, table: PlainTable) -> str:
    for row, r in zip(table.rows, report.rows, strict=True):
        if r.key == key:
            text = str(row[0])
            return text if len(text) <= 34 else text[:33] + "…"
    return key
