"""The cell values of the first worksheet of an XLSX journal, as openpyxl's read-only
``iter_rows(values_only=True)`` gives them, read about three times faster.

openpyxl reads the workbook parts (content types, shared strings, workbook, styles: which cell formats are
dates), so those are interpreted exactly as openpyxl does. The sheet itself is read here in one streaming
pass: openpyxl's read-only sheet first scans the whole sheet for its size when the file does not state it,
and builds a dictionary per cell and an object per inline string; this loop keeps only the values. The
rules are openpyxl 3.1's (``worksheet/_reader.py`` ``WorkSheetParser.parse_row`` / ``parse_cell`` with
``data_only``, ``worksheet/_read_only.py`` ``_cells_by_row`` / ``_get_row``): rows missing from the file
come back empty, rows are padded to the stated width (or to their last cell), the stated size cuts them.

Anything this loop does not expect (a chart sheet first, a date serial out of range, an odd cell reference)
raises ``Unsupported``; the caller then reads the file with openpyxl itself. Equivalence with openpyxl is
tested in tests/places/test_import_xlsx.py.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any

from openpyxl.cell.text import Text
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_VALUE = f"{{{SHEET_MAIN_NS}}}v"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_TEXT = f"{{{SHEET_MAIN_NS}}}t"
_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_DIGITS = "0123456789"


class Unsupported(Exception):
    """Something the fast reader does not handle; read the file with openpyxl instead."""


def first_sheet_rows(content: bytes) -> list[tuple[Any, ...]]:
    """Every row of the first worksheet as a tuple of values (None for an empty cell)."""
    reader = ExcelReader(io.BytesIO(content), read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        path = _first_worksheet(reader)
        book = reader.wb
        with reader.archive.open(path) as source:
            sheet = _Sheet(reader.shared_strings, book._date_formats, book._timedelta_formats, book.epoch)
            return list(sheet.rows(source))
    finally:
        reader.archive.close()


def _first_worksheet(reader: ExcelReader) -> str:
    for _sheet, rel in reader.parser.find_sheets():
        if rel.target not in reader.valid_files:
            continue
        if "chartsheet" in rel.Type:
            raise Unsupported("chart sheet before the first worksheet")
        return str(rel.target)
    raise Unsupported("no worksheet")


class _Sheet:
    def __init__(self, strings: list[str], dates: Any, deltas: Any, epoch: Any) -> None:
        self.strings = strings
        self.dates = dates
        self.deltas = deltas
        self.epoch = epoch
        self.columns: dict[str, int] = {}
        self.converted: dict[tuple[int, str], Any] = {}  # (style, serial) -> date, time or timedelta

    def rows(self, source: IO[bytes]) -> Iterator[tuple[Any, ...]]:
        """openpyxl's ``_cells_by_row(1, 1, max_col, max_row, values_only=True)``."""
        max_col: int | None = None
        max_row: int | None = None
        empty: tuple[Any, ...] = ()
        counter = idx = 1
        row_counter = 0
        seen_row = seen_dimension = False
        for _event, element in iterparse(source):
            tag = element.tag
            if tag == _DIMENSION:
                if seen_row or seen_dimension:
                    raise Unsupported("dimension after the rows or twice")
                seen_dimension = True
                _min_col, _min_row, max_col, max_row = SheetDimension.from_tree(element).boundaries
                empty = (None,) * max_col if max_col is not None else ()
            elif tag == _ROW:
                seen_row = True
                row_counter = _row_number(element.get("r"), row_counter)
                idx = row_counter
                if max_row is not None and idx > max_row:
                    break
                while counter < idx:
                    counter += 1
                    yield empty
                if counter <= idx:
                    counter += 1
                    yield self._row(element, max_col)
                element.clear()
        if max_row is not None and max_row < idx:
            for _ in range(counter, max_row + 1):
                yield empty

    def _row(self, row: Any, max_col: int | None) -> tuple[Any, ...]:
        """openpyxl's ``parse_row`` + ``_get_row``: values placed by column; the row is as wide as the stated
        size, or else as its LAST cell's column (openpyxl's rule), cells beyond that dropped."""
        values: list[Any] = []
        columns = self.columns
        column = 0
        for cell in row:
            reference = cell.get("r")
            if reference:
                column = columns.get(reference.rstrip(_DIGITS)) or self._column(reference)
            else:
                column += 1
            if column > len(values):
                values.extend([None] * (column - len(values)))
            values[column - 1] = self._value(cell)
        if not len(row) and not max_col:
            return ()
        width = max_col or column
        if width != len(values):
            values = values[:width] if width < len(values) else values + [None] * (width - len(values))
        return tuple(values)

    def _column(self, reference: str) -> int:
        letters = reference.rstrip(_DIGITS)
        if letters == reference or not letters.isalpha():
            raise Unsupported(f"cell reference {reference!r}")
        self.columns[letters] = column_index_from_string(letters)
        return self.columns[letters]

    def _value(self, cell: Any) -> Any:
        get = cell.get
        kind = get("t", "n")
        style = get("s", 0)  # as openpyxl: no style is style 0, a style that is no number is refused
        style = int(style) if style else style
        if kind == "inlineStr":
            child = cell.find(_INLINE)
            return None if child is None else _inline_text(child)
        value = cell.findtext(_VALUE, None) or None
        if value is None:
            return None
        if kind == "s":
            return self.strings[int(value)]
        if kind == "n":
            if style in self.dates:
                return self._date(style, value)
            return float(value) if "." in value or "E" in value or "e" in value else int(value)
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            return from_ISO8601(value)
        return value  # "str" (a formula's text), "e" (an error such as #N/A)

    def _date(self, style: int, serial: str) -> Any:
        key = (style, serial)
        if key not in self.converted:
            number = float(serial) if "." in serial or "E" in serial or "e" in serial else int(serial)
            try:
                self.converted[key] = from_excel(number, self.epoch, timedelta=style in self.deltas)
            except (OverflowError, ValueError):
                raise Unsupported(f"date serial {serial} out of range") from None  # openpyxl warns, "#VALUE!"
        return self.converted[key]


def _row_number(text: str | None, previous: int) -> int:
    if text is None:
        return previous + 1
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise Unsupported(f"row number {text!r}") from None
        return int(number)


def _inline_text(element: Any) -> str:
    """openpyxl's ``Text.from_tree(element).content``; the plain ``<is><t>...</t></is>`` without building it."""
    if len(element) == 1 and element[0].tag == _TEXT and not len(element[0]):
        return str(element[0].text or "")
    return str(Text.from_tree(element).content)
