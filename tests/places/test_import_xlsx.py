"""The XLSX reader of the legacy import (python-calamine, services/reports/legacy_xlsx.py) gives the values
openpyxl's read-only reader gives, up to trailing empty cells, for workbooks written by openpyxl (shared and
inline strings, both date epochs) and for hand-written sheets; where it differs by design (cells placed by
their reference, a stated size that would cut data, error cells) the test says so; what calamine refuses is
left to openpyxl's public reader, which reads it or names what is wrong."""

from __future__ import annotations

import io
import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import MAC_EPOCH

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.reports.legacy_import import read_journal
from akimat_desk.services.reports.legacy_xlsx import Unsupported, first_sheet_rows


def reference(content: bytes) -> list[tuple[Any, ...]]:
    book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    try:
        return [tuple(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def trimmed(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows without their trailing empty cells and without trailing empty rows (the import ignores both)."""
    out = [tuple(row[: max([i + 1 for i, c in enumerate(row) if c is not None], default=0)]) for row in rows]
    while out and not out[-1]:
        out.pop()
    return out


def saved(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def assert_same(content: bytes) -> list[tuple[Any, ...]]:
    expected = trimmed(reference(content))
    got = first_sheet_rows(content)
    assert trimmed(got) == expected
    assert [type(c) for row in trimmed(got) for c in row] == [type(c) for row in expected for c in row]
    return got


def typed_workbook(*, write_only: bool, epoch_1904: bool = False) -> bytes:
    book = Workbook(write_only=write_only)
    if epoch_1904:
        book.epoch = MAC_EPOCH
    sheet = book.create_sheet() if write_only else book.active
    assert sheet is not None
    sheet.append(["Журнал регистрации, 2025"])
    sheet.append(["Вх. №", "Дата", "Время", "Когда", "Длительность", "Участники", "Доля", "Да/нет", "Формула"])
    sheet.append(
        [
            1,
            date(2025, 11, 3),
            time(10, 5),
            datetime(2025, 11, 3, 10, 5, 30),
            timedelta(hours=26),
            150,
            0.25,
            True,
            "=A3+1",
        ]
    )
    sheet.append(["  14 ", "04.11.2025", "15:40", None, None, "300", 1e20, False, None])
    sheet.append([])
    sheet.append([None, None, "только третья"])
    early = date(2024, 2, 29) if epoch_1904 else date(1900, 1, 1)  # calamine misreads days before 1904 there
    sheet.append(["ОО «Жасыл Алматы»", early, time(0, 0), None, None, -3, 2.5])
    if not write_only:
        sheet.cell(row=12, column=12, value="далеко")  # a gap of rows and a wider row
        sheet.cell(row=3, column=2).number_format = "dd.mm.yyyy"
        sheet.cell(row=3, column=6).number_format = "0.00"
    return saved(book)


@pytest.mark.parametrize("write_only", [False, True], ids=["shared-strings", "inline-strings"])
@pytest.mark.parametrize("epoch_1904", [False, True], ids=["1900", "1904"])
def test_workbooks_written_by_openpyxl_read_the_same(write_only: bool, epoch_1904: bool) -> None:
    rows = assert_same(typed_workbook(write_only=write_only, epoch_1904=epoch_1904))
    assert rows[2][:3] == (1, datetime(2025, 11, 3), time(10, 5))  # dates are dates, not serials; 1 not 1.0
    assert rows[3][0] == "  14 " and rows[3][5] == "300"  # text stays text, as typed


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="xl/workbook.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Журнал" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="worksheets/sheet1.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
<Relationship Id="rId2" Target="styles.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
<Relationship Id="rId3" Target="sharedStrings.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>
</Relationships>"""
# cell formats: 0 general, 1 builtin date (14), 2 custom date, 3 builtin time (20), 4 duration, 5 number
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165"
 formatCode="[h]:mm:ss"/></numFmts>
<fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="20"/>
<xf numFmtId="165"/><xf numFmtId="4"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""
SHARED = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>Вх. №</t></si><si><t xml:space="preserve"> Форма </t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Иванова </t></r><r><t>Мария</t></r>
<rPh sb="0" eb="1"><t>phonetic</t></rPh></si>
<si><t>a_x005F_x000D_b</t></si></sst>"""


def handmade(sheet_data: str, dimension: str | None = None) -> bytes:
    head = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet '
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{head}<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in (
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", ROOT_RELS),
            ("xl/workbook.xml", WORKBOOK),
            ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            ("xl/styles.xml", STYLES),
            ("xl/sharedStrings.xml", SHARED),
            ("xl/worksheets/sheet1.xml", sheet),
        ):
            z.writestr(name, text)
    return out.getvalue()


TYPED_ROW = (
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45964</v></c><c r="C2" s="2"><v>45964.4375</v></c>'
    '<c r="D2" s="3"><v>0.5</v></c><c r="E2" s="4"><v>1.25</v></c><c r="F2" s="5"><v>1E3</v></c>'
    '<c r="G2" t="b"><v>1</v></c><c r="H2" t="e"><v>#N/A</v></c><c r="I2" t="str"><f>A1</f><v>Вх. №</v></c>'
    '<c r="J2" t="d"><v>2025-11-03T10:05:00</v></c><c r="K2" t="inlineStr"><is><r><t xml:space="preserve">ТОО </t>'
    '</r><r><t>«Б»</t></r></is></c><c r="L2" t="s"><v>3</v></c><c r="M2"><v></v></c>'
    '<c r="N2" t="inlineStr"><is><t/></is></c></row>'
)
HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
HEADERS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'


def test_the_typed_row_reads_as_a_clerk_expects() -> None:
    content = handmade(HEADERS + TYPED_ROW)
    header, row = first_sheet_rows(content)
    assert header[:2] == ("Вх. №", " Форма ")
    assert row[:7] == (
        "Иванова Мария",
        datetime(2025, 11, 3),
        datetime(2025, 11, 3, 10, 30),
        time(12),
        timedelta(hours=30),
        1000,
        True,
    )
    assert row[8:12] == ("Вх. №", datetime(2025, 11, 3, 10, 5), "ТОО «Б»", "a_x000D_b")
    assert row[12:] == (None, None)  # an empty value, an empty inline string
    assert row[7] is None  # an error cell (#N/A) reads as empty, not as the text of the error
    expected = list(trimmed(reference(content))[1])
    expected[7], expected[13] = None, None  # openpyxl: "#N/A" and ""
    assert trimmed([row]) == [tuple(expected[:12])]


def test_cells_are_placed_by_their_reference_and_a_stated_size_cuts_nothing() -> None:
    small = first_sheet_rows(handmade(HEADER_ROW + TYPED_ROW, "A1:C2"))  # openpyxl keeps only A1:C2
    assert len(small[1]) == 14 and small[1][10] == "ТОО «Б»"
    unordered = '<row r="3"><c r="B3"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>'
    unordered += '<row r="2"><c r="A2"><v>3</v></c></row><row r="6"/>'
    assert trimmed(first_sheet_rows(handmade(unordered))) == [(), (3,), (2, 1)]  # rows keep their numbers
    counted = '<row><c t="s"><v>0</v></c><c/><c t="s"><v>1</v></c></row>'
    counted += '<row><c r="C2"><v>7</v></c><c><v>8</v></c></row>'
    assert_same(handmade(counted))  # no references: counted, as openpyxl counts them


def test_a_whole_number_is_an_int_a_large_or_fractional_one_a_float() -> None:
    rows = first_sheet_rows(
        handmade(
            '<row r="1"><c r="A1"><v>14</v></c><c r="B1"><v>2.5</v></c>'
            '<c r="C1"><v>1E20</v></c><c r="D1"><v>-3</v></c></row>'
        )
    )
    assert rows == [(14, 2.5, 1e20, -3)]
    assert [type(c) for c in rows[0]] == [int, float, float, int]


REFUSED_BY_CALAMINE = {
    "lower-case-and-float-row": ('<row r="4.0" spans="1:2"><c r="b4" s="1"><v>45964</v></c></row>', True),
    "fractional-row": ('<row r="2.5"><c r="A2"><v>1</v></c></row>', False),
    "absolute-reference": ('<row r="2"><c r="$A$2"><v>1</v></c></row>', False),
}


@pytest.mark.parametrize(("second_row", "openpyxl_reads"), REFUSED_BY_CALAMINE.values(), ids=REFUSED_BY_CALAMINE.keys())
def test_what_calamine_refuses_openpyxl_reads_or_names(second_row: str, openpyxl_reads: bool, tmp_path: Path) -> None:
    content = handmade(HEADER_ROW + second_row)
    with pytest.raises(Unsupported):
        first_sheet_rows(content)
    path = tmp_path / "j.xlsx"
    path.write_bytes(content)
    if openpyxl_reads:
        assert trimmed(list(read_journal(path).rows)) == trimmed(reference(content)[1:])
    else:
        with pytest.raises(InvalidInput) as err:
            read_journal(path)
        assert (err.value.code, err.value.field) == ("file_unreadable", "file")


def test_a_damaged_workbook_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "journal.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InvalidInput) as err:
        read_journal(path)
    assert (err.value.code, err.value.field) == ("file_unreadable", "file")


def test_a_failure_of_the_reader_is_logged_with_its_trace_and_openpyxl_reads_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from akimat_desk.services.reports import legacy_xlsx

    content = typed_workbook(write_only=False)
    path = tmp_path / "journal.xlsx"
    path.write_bytes(content)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("bug in the reader")

    expected = read_journal(path).rows
    monkeypatch.setattr(legacy_xlsx, "first_sheet_rows", broken)
    with caplog.at_level("INFO", logger="akimat_desk.services.reports.legacy_import"):
        rows = read_journal(path).rows
    assert trimmed(list(rows)) == trimmed(list(expected)) and len(rows) >= 1
    [record] = [r for r in caplog.records if r.levelname == "WARNING"]
    assert "journal.xlsx" in record.getMessage() and record.exc_info is not None
    assert "bug in the reader" in str(record.exc_info[1])


def test_a_shape_left_to_openpyxl_is_not_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "journal.xlsx"
    path.write_bytes(handmade(HEADER_ROW + REFUSED_BY_CALAMINE["lower-case-and-float-row"][0]))
    with caplog.at_level("INFO", logger="akimat_desk.services.reports.legacy_import"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read_journal(path)
    assert [r.levelname for r in caplog.records] == ["INFO"]
