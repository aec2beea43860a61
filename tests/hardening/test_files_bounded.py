"""Files the clerk chooses are read bounded (issue 21 items 8, 9, 11, 12): devices and FIFOs are refused unread,
XLSX journals are checked for their unpacked size and cell length, damaged or protected workbooks and
undecodable CSV are exit 2 with the file named, attachment names lose line breaks, and a date cell holding a
date and a time keeps the time of receipt."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from akimat_desk.services.reports import legacy_import
from tests.conftest import EXAMPLES

from .conftest import run, run_json, snapshot

HEADER = ["Вх. №", "Дата поступления", "Форма", "ФИО организатора", "Цель", "Место проведения"]


def journal(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def one_filing(capsys: Any, home: str) -> tuple[int, dict[str, Any]]:
    filing = run_json(capsys, "--home", home, "register", str(EXAMPLES / "picket.json"))
    return filing["id"], snapshot(home)


def refused(capsys: Any, home: str, before: dict[str, Any], *args: str) -> str:
    code, _, err = run(capsys, "--home", home, "--lang", "en", *args)
    assert code == 2, err
    assert "could not be saved or read" not in err, err
    assert snapshot(home) == before
    return err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_attach_refuses_devices_and_fifos_without_reading(capsys: Any, home: str, tmp_path: Path) -> None:
    filing_id, before = one_filing(capsys, home)
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)
    for special in ("/dev/zero", str(fifo)):
        assert "not a regular file" in refused(capsys, home, before, "attach", str(filing_id), special)
        assert "not a regular file" in refused(capsys, home, before, "import", special)


def test_attachment_names_lose_line_breaks_and_controls(capsys: Any, home: str, tmp_path: Path) -> None:
    filing_id, _ = one_filing(capsys, home)
    odd = tmp_path / "скан\nevil\u202egnp.pdf"
    odd.write_bytes(b"%PDF-1.4")
    assert run(capsys, "--home", home, "attach", str(filing_id), str(odd))[0] == 0
    [stored] = run_json(capsys, "--home", home, "attachments", str(filing_id))
    assert stored["name"] == "скан evilgnp.pdf"


def test_an_xlsx_that_unpacks_too_large_is_refused_unread(
    capsys: Any, home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, before = one_filing(capsys, home)
    monkeypatch.setattr(legacy_import, "MAX_XLSX_UNPACKED", 2**20)
    good = journal(tmp_path / "j.xlsx", [["1", date(2025, 11, 3), "пикет", "Ким Виктор", "Цель", "Парк"]])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/padding.bin", b"\0" * (2 * 2**20))
    assert bomb.stat().st_size < 64_000
    err = refused(capsys, home, before, "import", str(bomb), "--dry-run")
    assert "bomb.xlsx" in err and "unpacks to 2 MB" in err and "1 MB" in err


def test_a_cell_longer_than_excel_allows_is_refused(capsys: Any, home: str, tmp_path: Path) -> None:
    _, before = one_filing(capsys, home)
    path = tmp_path / "long.csv"  # openpyxl itself cuts cells at 32767 when it writes a workbook
    path.write_text(";".join(HEADER) + "\n1;03.11.2025;пикет;Ким;" + "я" * 40_000 + ";Парк\n", "utf-8")
    err = refused(capsys, home, before, "import", str(path), "--dry-run")
    assert "row 2, column 5" in err and "32767" in err


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("protected.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
        ("damaged.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4, "damaged"),
        ("long.csv", ("Вх. №;Дата поступления\n1;" + "x" * 131_073 + "\n").encode(), "CSV"),
        ("undecodable.csv", "Вх. №;Дата поступления\n1;03.11.2025\n".encode("cp1251") + b"\x98\n", "0x98"),
    ],
)
def test_damaged_protected_and_undecodable_journals(
    capsys: Any, home: str, tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    _, before = one_filing(capsys, home)
    path = tmp_path / name
    path.write_bytes(content)
    err = refused(capsys, home, before, "import", str(path), "--dry-run")
    assert name in err and words in err, err


def test_a_date_cell_with_a_time_keeps_the_time_of_receipt(capsys: Any, home: str, tmp_path: Path) -> None:
    rows = [
        ["1", datetime(2025, 11, 3, 10, 5), "пикет", "Ким Виктор", "Цель", "Парк"],
        ["2", "04.11.2025 16:40", "пикет", "Ли Анна", "Цель", "Парк"],
        ["3", datetime(2025, 11, 5), "пикет", "Ан Олег", "Цель", "Парк"],
    ]
    path = journal(tmp_path / "j.xlsx", rows)
    code, out, err = run(capsys, "--home", home, "import", str(path), "--dry-run", "--json")
    assert code == 0, err
    received = [row["received_at"] for row in json.loads(out)["preview"]]
    assert received == ["2025-11-03T10:05:00+05:00", "2025-11-04T16:40:00+05:00", "2025-11-05T09:00:00+05:00"]
