"""Exported cells are text, never formulas (CSV/formula injection, OWASP).

An organizer writes the purpose, place or name of a filing; a spreadsheet program would run
``=HYPERLINK(...)`` or ``@SUM(...)`` typed there. CSV cells that start with a formula character get a leading
apostrophe (the usual rule: the spreadsheet shows the text, the apostrophe is hidden); XLSX cells holding text
are written with the string type, so openpyxl never stores them as ``<f>`` formulas.
"""

from __future__ import annotations

from typing import Any

# The characters a spreadsheet reads as the start of a formula (also tab and carriage return, per OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_text(value: Any) -> Any:
    """``value`` for a CSV cell: text that a spreadsheet would take for a formula gets a leading apostrophe.

    Numbers stay numbers (a negative count is not text typed by anyone); None becomes an empty cell.
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(row: Any) -> list[Any]:
    """Every cell of ``row`` through ``csv_text``."""
    return [csv_text(cell) for cell in row]


def keep_as_text(sheet: Any) -> None:
    """Mark every string cell of an openpyxl sheet as text, so none is saved as a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"
