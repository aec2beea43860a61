"""Benchmark: the consolidation of issue 20 — 200 offices x 24 months of signed packages imported into a
fresh consolidation register, then the report's tables computed, against reading the same packages' cubes
with the csv module and summing them in memory (no checks, no register).

Run:  .venv/bin/python bench/bench_consolidation.py [OFFICES] [MONTHS]      (default 200 x 24)
Prints the time of each phase, the peak memory of the process, and BENCH lines for bench/run.
"""

from __future__ import annotations

import csv
import hashlib
import io
import random
import resource
import sys
import tempfile
import time
import zipfile
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from common import emit

from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.reports.consolidation import import_offices, import_package_files
from akimat_desk.services.reports.consolidation_report import build_report
from akimat_desk.services.reports.statistics_package import (
    HMAC_METHOD,
    OUTCOMES,
    SCHEMA,
    SCHEMA_VERSION,
    CubeRow,
    build_package,
    cube_csv,
    hmac_signing,
    month_span,
)

FORMS = ("picket", "assembly", "rally", "demonstration", "march")
KEY = "5a" * 32


def offices_csv(n: int) -> str:
    lines = ["kato,name_kk,name_ru,name_en,parent,status,hmac_key"]
    lines += ["710000000,Астана,Астана,Astana,,capital,", "750000000,Алматы,Алматы,Almaty,,city,"]
    lines += [f"{100000000 + r * 10000000},Облыс {r},Область {r},Region {r},,region," for r in range(1, 18)]
    for i in range(n):
        region = 100000000 + (i % 17 + 1) * 10000000
        lines.append(f"{region + 10000 + i},Аудан {i},Район {i},District {i},{region},district,{KEY}")
    return "\n".join(lines) + "\n"


def package(kato: str, months: list[str], first: date, last: date, rng: random.Random) -> bytes:
    rows = []
    for month in months:
        for form in FORMS:
            for outcome in rng.sample(OUTCOMES, 3):
                ground = "A14-5" if outcome == "refused" else ""
                rows.append(
                    CubeRow(
                        month, form, "notification", "paper", outcome, ground, rng.randint(0, 1), rng.randint(1, 40)
                    )
                )
    cube = cube_csv(kato, rows)
    manifest = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "office": {"kato": kato},
        "period": {"from": first.isoformat(), "to": last.isoformat()},
        "rows": len(rows),
        "cube_sha256": hashlib.sha256(cube).hexdigest(),
        "exported_at": datetime.now(UTC).isoformat(),
        "signature": {"method": HMAC_METHOD},
    }
    return build_package(manifest, cube, hmac_signing(KEY))


def baseline(paths: list[Path]) -> int:
    """Read every cube with the csv module and sum by office and form: the least any consolidation does."""
    totals: Counter[tuple[str, str]] = Counter()
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            text = archive.read("cube.csv").decode("utf-8")
        for row in csv.DictReader(io.StringIO(text)):
            totals[(row["kato"], row["form"])] += int(row["count"])
    return sum(totals.values())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 24
    first = date(2023, 1, 1)
    last_month = month_span(first, date(2100, 1, 1))[m - 1]
    year, month = int(last_month[:4]), int(last_month[5:])
    last = date(year + month // 12, month % 12 + 1, 1).replace(day=1)
    last = date.fromordinal(last.toordinal() - 1)
    months = month_span(first, last)
    rng = random.Random(20)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        text = offices_csv(n)
        paths = []
        for i in range(n):
            kato = text.splitlines()[20 + i].split(",")[0]
            path = root / f"{kato}.akstat"
            path.write_bytes(package(kato, months, first, last, rng))
            paths.append(path)
        size = sum(p.stat().st_size for p in paths)
        reg = open_register(root / "region.db", None, actor="bench")
        ctx = replace(reg.context, clock=lambda: datetime(2025, 2, 1, tzinfo=UTC))
        import_offices(ctx, text)
        before = peak_mb()
        start = time.perf_counter()
        results = import_package_files(ctx, paths, expected=(first, last))
        imported = time.perf_counter() - start
        assert all(not isinstance(r, Exception) for r in results), results[:1]
        start = time.perf_counter()
        tables = [
            build_report(ctx, first, last, by)
            for by in ("region", "city", "office", "form", "outcome", "ground", "month")
        ]
        reported = time.perf_counter() - start
        reg.close()
        start = time.perf_counter()
        total = baseline(paths)
        base = time.perf_counter() - start
    assert tables[0].total == total, (tables[0].total, total)
    print(f"{n} offices x {m} months: {len(paths)} packages, {size / 1e6:.1f} MB, {total} filings counted")
    print(f"import (every check, every version kept): {imported:.2f} s; 7 report tables: {reported:.2f} s")
    print(f"baseline (csv read and sum, no checks): {base:.2f} s; ratio {(imported + reported) / base:.1f}x")
    print(f"peak memory of the process: {peak_mb():.0f} MB (before the import {before:.0f} MB)")
    emit(f"consolidation import {n}x{m}", imported, base, "csv read and sum", timed="import_package_files", runs="1")
    emit(f"consolidation 7 tables {n}x{m}", reported, base, "csv read and sum", timed="build_report x 7", runs="1")
    emit(
        "consolidation peak memory",
        peak_mb(),
        before,
        "before the import",
        unit="MB",
        timed="peak RSS",
        runs="1",
        clock="peak RSS",
    )


if __name__ == "__main__":
    main()
