"""Benchmark: importing a 10,000-row legacy journal (XLSX) against openpyxl's own read of the same file.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_import.py [N]
Target (issue 8): the import within 2x openpyxl's read. Three of our timings are printed, each against the
bare read (``load_workbook(read_only=True)`` + ``iter_rows(values_only=True)`` over every row):

* read: our ``read_journal`` (openpyxl plus header detection);
* preview: read + map + validate every row (``prepare_import``: what ``--dry-run`` does);
* import: preview + registering every row in one transaction on a fresh SQLite register.

Each is the best of three runs, as the baseline is (the three imports go into three fresh registers).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from common import emit
from openpyxl import Workbook, load_workbook

from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.reports.legacy_import import commit_import, prepare_import, read_journal

REPEAT = 3
HEADER = ["Вх. №", "Дата поступления", "Время поступления", "Форма", "ФИО организатора", "ИИН", "Адрес", "Телефон",
          "Цель", "Место проведения", "Дата проведения", "Начало", "Окончание", "Количество участников"]  # fmt: skip
FORMS = ["пикет"] * 7 + ["митинг", "собрание", "шествие"]


def write_journal(path: Path, n: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    first = date(2024, 1, 9)
    for i in range(n):
        received = first + timedelta(days=i * 700 // n)
        event = received + timedelta(days=14)
        form = FORMS[i % len(FORMS)]
        sheet.append([str(i + 1), received, clock(9 + i % 8, i % 60), form, "Иванова Мария Петровна", "900101400026",
                      "г. Алматы, ул. Абая, 10", "+7 701 000 00 01", "О тарифах на отопление", "Парк им. Ганди",
                      event, clock(10), clock(12), 1 if form == "пикет" else 50])  # fmt: skip
    book.save(path)


def bare_read(path: Path) -> int:
    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def timed(label: str, fn: object, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best:8.2f} s")
    return best


def one_import(tmp: Path, path: Path, rep: int) -> tuple[float, float]:
    """Dry run and registration of the whole journal into a fresh register: (dry run seconds, write seconds)."""
    reg = open_register(tmp / f"register-{rep}.db", None, actor="bench")
    ctx = replace(reg.context, clock=lambda: datetime(2026, 3, 18, 10, tzinfo=UTC))
    start = time.perf_counter()
    plan = prepare_import(ctx, read_journal(path), None, "en")
    preview = time.perf_counter() - start
    assert not plan.refused, plan.refused[:3]
    start = time.perf_counter()
    commit_import(ctx, plan)
    write = time.perf_counter() - start
    reg.close()
    return preview, write


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.xlsx"
        write_journal(path, n)
        print(f"{n} rows, {path.stat().st_size // 1024} KiB")
        ours = timed("read_journal", lambda: read_journal(path), repeat=REPEAT)
        bases, previews, imports = [], [], []
        for rep in range(REPEAT):  # alternated, each import into a fresh register; best of each, like the read
            bases.append(timed("openpyxl read_only iter_rows (bare read)", lambda: bare_read(path)))
            preview, write = one_import(Path(tmp), path, rep)
            print(f"{'read + map + validate (--dry-run)':<48} {preview:8.2f} s")
            print(f"{'register every row, one transaction':<48} {write:8.2f} s")
            previews.append(preview)
            imports.append(preview + write)
        base, preview, total = min(bases), min(previews), min(imports)
    print(f"ratio read     / bare read: {ours / base:5.2f}x")
    print(f"ratio dry run  / bare read: {preview / base:5.2f}x")
    print(f"ratio import   / bare read: {total / base:5.2f}x   (target <= 2x)")
    emit(
        f"legacy journal import, {n:,} XLSX rows (read, validate, register)",
        total,
        base,
        "openpyxl's own read of the file",
        2,
    )
    emit(
        f"legacy journal dry run, {n:,} XLSX rows (read, validate)", preview, base, "openpyxl's own read of the file", 2
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
