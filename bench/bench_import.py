"""Benchmark: importing a 20,000-row legacy journal (XLSX) against python-calamine's own read of the file.

Run:  PYTHONPATH=src .venv/bin/python bench/bench_import.py [N]
Target (issue 17): the import within 2x the bare read, peak memory at most 200 MB. Against the bare read
(``CalamineWorkbook.from_path`` + ``to_python()`` of the first sheet, best of three, wall clock):

* read: our ``read_journal`` (calamine, the archive and cell checks, header detection), best of three;
* dry run: read + map + validate every row (``prepare_import``: what ``--dry-run`` does), best of three;
* import: dry run + registering every row in one transaction, into a copy of each register of
  ``make_register`` (1,000 and 100,000 filings), one run each (a second import of a file is refused);
* peak memory: the whole import in a fresh process (its peak RSS, VmHWM), against a fresh process that only
  reads the file with python-calamine (the baseline process of the read).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from common import emit, register_label
from make_register import copy_of, sizes
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.reports.legacy_import import commit_import, prepare_import, read_journal

REPEAT = 3
HEADER = [
    "Вх. №",
    "Дата поступления",
    "Время поступления",
    "Форма",
    "ФИО организатора",
    "ИИН",
    "Адрес",
    "Телефон",
    "Цель",
    "Место проведения",
    "Дата проведения",
    "Начало",
    "Окончание",
    "Количество участников",
]
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
        sheet.append(
            [
                str(i + 1),
                received,
                clock(9 + i % 8, i % 60),
                form,
                "Иванова Мария Петровна",
                "900101400026",
                "г. Алматы, ул. Абая, 10",
                "+7 701 000 00 01",
                "О тарифах на отопление",
                "Парк им. Ганди",
                event,
                clock(10),
                clock(12),
                1 if form == "пикет" else 50,
            ]
        )
    book.save(path)


def bare_read(path: Path) -> int:
    book = CalamineWorkbook.from_path(str(path))
    count = len(book.get_sheet_by_index(0).to_python())
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


def one_import(path: Path, register: Path) -> tuple[float, float]:
    """Dry run and registration of the whole journal into ``register``: (dry run seconds, write seconds)."""
    reg = open_register(register, None, actor="bench")
    ctx = replace(reg.context, clock=lambda: datetime(2026, 12, 1, 10, tzinfo=UTC))
    start = time.perf_counter()
    plan = prepare_import(ctx, read_journal(path), None, "en")
    preview = time.perf_counter() - start
    assert not plan.refused, plan.refused[:3]
    start = time.perf_counter()
    commit_import(ctx, plan)
    write = time.perf_counter() - start
    reg.close()
    return preview, write


def peak_mb(path: Path, register: Path | None) -> float:
    """Peak RSS (MB) of a fresh process that imports ``path`` into ``register`` (None: that only reads ``path``
    with python-calamine, as the bare read does)."""
    code = (
        "import sys; from pathlib import Path; import bench_import as b; "
        "b.child(Path(sys.argv[1]), Path(sys.argv[2])) if len(sys.argv) > 2 else b.bare_read(Path(sys.argv[1])); "
        "print(b.high_water_kb())"
    )
    args = [sys.executable, "-c", code, str(path)] + ([str(register)] if register else [])
    out = subprocess.run(args, check=True, capture_output=True, text=True, cwd=Path(__file__).parent).stdout
    return int(out.split()[-1]) / 1024


def child(path: Path, register: Path) -> None:
    one_import(path, register)


def high_water_kb() -> int:
    """VmHWM of this process (ru_maxrss would carry the parent's peak over the fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def main(n: int) -> None:
    label = "python-calamine's own read of the file"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.xlsx"
        write_journal(path, n)
        print(f"{n} rows, {path.stat().st_size // 1024} KiB")
        base = timed("python-calamine to_python (bare read)", lambda: bare_read(path), repeat=REPEAT)
        ours = timed("read_journal", lambda: read_journal(path), repeat=REPEAT)
        reg = open_register(Path(tmp) / "dry.db", None, actor="bench")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 12, 1, 10, tzinfo=UTC))
        dry = [
            timed(
                "read + map + validate (--dry-run)",
                lambda: prepare_import(ctx, read_journal(path), None, "en"),
                repeat=REPEAT,
            )
        ]
        reg.close()
        runs = f"best of {REPEAT}"
        emit(
            f"legacy journal read, {n:,} XLSX rows",
            ours,
            base,
            label,
            2,
            timed="read_journal: calamine read, archive and cell checks, header",
            runs=runs,
        )
        emit(
            f"legacy journal dry run, {n:,} XLSX rows (read, validate)",
            min(dry),
            base,
            label,
            2,
            timed="read_journal + prepare_import (map and validate every row)",
            runs=runs,
        )
        for size in sizes():
            preview, write = one_import(path, copy_of(size, Path(tmp)))
            print(f"into the register of {size:,}: dry run {preview:.2f} s + register {write:.2f} s")
            emit(
                f"legacy journal import, {n:,} XLSX rows into {size:,} filings",
                preview + write,
                base,
                label,
                2,
                timed="read, validate, register every row in one transaction",
                runs="1",
                register=register_label(size),
            )
            before = peak_mb(path, None)
            peak = peak_mb(path, copy_of(size, Path(tmp)))
            print(f"peak memory: {peak:.0f} MB (a process that only reads the file: {before:.0f} MB)")
            emit(
                f"peak memory of the import, {n:,} XLSX rows into {size:,} filings",
                peak,
                before,
                "a process that only reads the file (calamine)",
                "200 MB",
                unit="MB",
                timed="peak RSS of a fresh process that reads, validates and registers the journal",
                runs="1",
                register=register_label(size),
                clock="peak RSS",
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
