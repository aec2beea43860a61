"""The cell values of the first worksheet of an XLSX journal, read with python-calamine (a maintained reader
in Rust, https://pypi.org/project/python-calamine/), in the shape the import has always read them (the shape
of openpyxl's read-only ``iter_rows(values_only=True)``):

* an empty cell is ``None`` (calamine gives ``""``); rows the file leaves out come back as empty rows, so
  every row keeps its spreadsheet number; trailing empty cells of a row may be there or not;
* a date-formatted whole day is a ``datetime`` at midnight (calamine gives a ``date``), a date-time a
  ``datetime``, a time a ``time``, a duration a ``timedelta``;
* a whole number is an ``int`` (calamine gives every number as a ``float``: "14" must stay "14", not "14.0"),
  other numbers ``float``; booleans ``bool``; text as stored (XML whitespace rules apply: a run of rich
  text keeps its spaces when the file says ``xml:space="preserve"``, as Excel writes it).

Where it differs from openpyxl by design: a cell is put where its reference says (openpyxl counts repeated
or backward rows in file order) and a stated sheet size never cuts cells off (openpyxl drops cells outside
``<dimension>``: data lost). Error cells (``#N/A``) read as empty. A workbook calamine refuses (an odd cell
reference such as ``b4`` or ``4.0``) raises ``Unsupported`` with calamine's reason; the caller then lets
openpyxl's public reader try it and name what is wrong. tests/places/test_import_xlsx.py pins all of it.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum

_EXACT_INT = 2**53  # floats up to here are whole numbers exactly; beyond, the float is what was stored


class Unsupported(Exception):
    """A workbook python-calamine does not read (its reason is the message)."""


def first_sheet_rows(content: bytes) -> list[tuple[Any, ...]]:
    """Every row of the first worksheet (chart sheets skipped), from cell A1, as tuples of cell values (see
    the module's rules)."""
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    except CalamineError as exc:
        raise Unsupported(f"calamine: {exc}") from None
    try:
        worksheets = [i for i, m in enumerate(book.sheets_metadata) if m.typ == SheetTypeEnum.WorkSheet]
        if not worksheets:
            raise Unsupported("no worksheet (only chart or macro sheets)")
        sheet = book.get_sheet_by_index(worksheets[0])
        return [_row(cells) for cells in sheet.to_python(skip_empty_area=False)]
    except CalamineError as exc:
        raise Unsupported(f"calamine: {exc}") from None
    finally:
        book.close()


def _row(cells: Iterable[Any]) -> tuple[Any, ...]:
    return tuple([_value(c) for c in cells])


def _value(cell: Any) -> Any:
    kind = type(cell)
    if kind is str:
        return cell if cell else None
    if kind is float:
        return int(cell) if cell.is_integer() and -_EXACT_INT < cell < _EXACT_INT else cell
    if kind is date:
        return datetime(cell.year, cell.month, cell.day)
    return cell
