"""Issue 20, done-when: three district registers built through the command line (Almaty 493, Nur-Sultan 30,
29 in another region) send their packages; the consolidation gives the NCPT's Table 3 and the Almaty line
exactly, a corrected package replaces the old one, and tampered, unknown and out-of-period packages are refused
with nothing changed."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import PERSONAL, YEAR, district, export, offices_csv, run


def report(capsys: pytest.CaptureFixture[str], region: str, by: str) -> dict[str, object]:
    code, out, err = run(capsys, "--home", region, "--lang", "en", "consolidate", "report", *YEAR, "--by", by, "--json")
    assert code == 0, err
    return dict(json.loads(out))


def totals(table: dict[str, object]) -> dict[str, int]:
    return {str(r["key"]): int(r["total"]) for r in table["rows"]}  # type: ignore[attr-defined]


@pytest.fixture
def packages(
    capsys: pytest.CaptureFixture[str], districts: tuple[Path, dict[str, str]], tmp_path: Path
) -> dict[str, Path]:
    """A fresh region with the list of offices, and the districts' packages."""
    root, keys = districts
    region = str(tmp_path / "region")
    code, _, err = run(capsys, "--home", region, "consolidate", "offices", str(offices_csv(tmp_path / "o.csv", keys)))
    assert code == 0, err
    found = {kato: root / f"{kato}.akstat" for kato in keys}
    found["region"] = Path(region)
    found["root"] = root
    return found


def test_table_3_and_the_almaty_line_come_out_exactly(
    capsys: pytest.CaptureFixture[str], packages: dict[str, Path]
) -> None:
    region = str(packages["region"])
    files = [str(packages[k]) for k in ("750000000", "710000000", "351010000")]
    code, _, err = run(
        capsys,
        "--home",
        region,
        "consolidate",
        "import",
        *files,
        "--from",
        "2020-06-01",
        "--to",
        "2021-05-31",
        "--json",
    )
    assert code == 0, err
    by_city = report(capsys, region, "city")
    assert by_city["total"] == 552
    assert totals(by_city) == {"710000000": 30, "750000000": 493, "other_regions": 29}
    almaty = next(r for r in by_city["rows"] if r["key"] == "750000000")  # type: ignore[attr-defined]
    assert almaty["counts"] == {"rally": 44, "picket": 446, "march": 2, "demonstration": 1}
    nur_sultan = next(r for r in by_city["rows"] if r["key"] == "710000000")  # type: ignore[attr-defined]
    assert nur_sultan["counts"] == {"picket": 21, "rally": 9}
    # the office that sent nothing is named on every table: the total is never silently short
    assert by_city["complete"] is False
    assert [m["kato"] for m in by_city["no_report"]] == ["351610000"]  # type: ignore[attr-defined]
    other = next(r for r in by_city["rows"] if r["key"] == "other_regions")  # type: ignore[attr-defined]
    assert other["no_report"] == ["351610000"]
    by_form = report(capsys, region, "form")
    assert totals(by_form) == {"picket": 487, "rally": 59, "demonstration": 1, "march": 5}
    by_month = report(capsys, region, "month")
    assert len(by_month["rows"]) == 12 and sum(totals(by_month).values()) == 552  # type: ignore[arg-type]
    by_kind = report(capsys, region, "kind")
    assert totals(by_kind) == {"notification": 546, "application": 6}  # marches and demonstrations need approval


def test_a_corrected_package_replaces_the_old_one(
    capsys: pytest.CaptureFixture[str], packages: dict[str, Path], tmp_path: Path
) -> None:
    region = str(packages["region"])
    for kato in ("750000000", "710000000", "351010000"):
        assert run(capsys, "--home", region, "consolidate", "import", str(packages[kato]))[0] == 0
    # Nur-Sultan finds two pickets it had not registered and sends the year again
    from tests.reports.conftest import journal_csv

    nur = tmp_path / "710000000"
    shutil.copytree(packages["root"] / "710000000", nur)
    late = journal_csv(tmp_path / "late.csv", {"picket": 2}, 900)
    assert run(capsys, "--home", str(nur), "import", str(late))[0] == 0
    corrected = export(capsys, nur, tmp_path / "corrected.akstat")
    code, out, err = run(capsys, "--home", region, "--lang", "en", "consolidate", "import", str(corrected))
    assert code == 0, err
    assert "replaces package #2" in out
    by_city = report(capsys, region, "city")
    assert totals(by_city) == {"710000000": 32, "750000000": 493, "other_regions": 29}
    assert by_city["total"] == 554
    code, out, _ = run(capsys, "--home", region, "consolidate", "packages")
    stored = json.loads(out)
    assert len(stored) == 4  # every version kept
    assert next(p["counted_months"] for p in stored if p["kato"] == "710000000") == []
    code, out, _ = run(capsys, "--home", region, "consolidate", "history")
    assert [h["action"] for h in json.loads(out)][-2:] == ["imported", "replaced"]
    # the old version cannot come back over the newer one
    code, _, err = run(capsys, "--home", region, "--lang", "en", "consolidate", "import", str(packages["710000000"]))
    assert code == 2 and "already imported" in err


def _rezip(source: Path, target: Path, member: str, change: bytes, to: bytes) -> Path:
    with zipfile.ZipFile(source) as archive:
        parts, comment = {n: archive.read(n) for n in archive.namelist()}, archive.comment
    assert change in parts[member]
    parts[member] = parts[member].replace(change, to, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
        archive.comment = comment  # the old signature kept
    target.write_bytes(out.getvalue())
    return target


def test_bad_packages_are_refused_and_change_nothing(
    capsys: pytest.CaptureFixture[str], packages: dict[str, Path], tmp_path: Path
) -> None:
    region = str(packages["region"])
    assert run(capsys, "--home", region, "consolidate", "import", str(packages["351010000"]))[0] == 0
    before = report(capsys, region, "office")
    almaty = packages["750000000"]
    flipped = bytearray(almaty.read_bytes())
    flipped[len(flipped) // 3] ^= 0x01
    (tmp_path / "flipped.akstat").write_bytes(bytes(flipped))
    one_count = _rezip(almaty, tmp_path / "count.akstat", "cube.csv", b",1\n", b",2\n")
    resigned = _rezip(almaty, tmp_path / "manifest.akstat", "manifest.json", b'"total": 493', b'"total": 494')
    stranger = tmp_path / "stranger"
    district(capsys, stranger, "111111111", "Бөтен", {"picket": 1})
    unknown = export(capsys, stranger, tmp_path / "unknown.akstat")
    year_2019 = ("--from", "2019-01-01", "--to", "2019-12-31")
    wrong_period = export(capsys, packages["root"] / "750000000", tmp_path / "2019.akstat", year_2019)
    cases = {
        tmp_path / "flipped.akstat": "",  # whichever check it trips first (every byte: test_package_format)
        one_count: "do not match the SHA-256",
        resigned: "signature does not match",
        unknown: "not in the region's list",
        wrong_period: "is not inside the reporting period",
    }
    for path, reason in cases.items():
        code, out, err = run(capsys, "--home", region, "--lang", "en", "consolidate", "import", str(path), *YEAR)
        assert code == 2, (path, out)
        assert "refused, nothing changed" in err and reason in err, err
    assert report(capsys, region, "office") == before
    code, out, _ = run(capsys, "--home", region, "consolidate", "packages")
    assert len(json.loads(out)) == 1


def test_no_personal_datum_leaves_the_district(capsys: pytest.CaptureFixture[str], packages: dict[str, Path]) -> None:
    with zipfile.ZipFile(packages["750000000"]) as archive:
        text = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    assert "493" in text and "picket" in text  # the counts are there
    for datum in (*PERSONAL, "Сәрсенбаева", "880512450123", "Жарокова", "705 123", "тарифов", "Абаю"):
        assert datum not in text, datum
    manifest = json.loads(zipfile.ZipFile(packages["750000000"]).read("manifest.json"))
    assert (
        manifest["signature"]["method"] == "hmac-sha256"
        and "not an electronic digital signature" in manifest["signature"]["note"]
    )
    assert manifest["rows"] > 0 and len(manifest["cube_sha256"]) == 64
    assert set(manifest["register_seal"]) == {"filing_events", "calendar_overrides", "security_events"}


def test_the_ministry_consolidates_on_postgresql_with_the_same_code(
    capsys: pytest.CaptureFixture[str], districts: tuple[Path, dict[str, str]], postgres_url: str, tmp_path: Path
) -> None:
    root, keys = districts
    db = ("--db", postgres_url, "--home", str(tmp_path / "ministry"))
    assert run(capsys, *db, "consolidate", "offices", str(offices_csv(tmp_path / "o.csv", keys)))[0] == 0
    files = [str(root / f"{kato}.akstat") for kato in keys]
    code, _, err = run(capsys, *db, "consolidate", "import", *files, *YEAR)
    assert code == 0, err
    code, out, err = run(capsys, *db, "--lang", "en", "consolidate", "report", *YEAR, "--by", "region", "--json")
    assert code == 0, err
    table = json.loads(out)
    assert table["total"] == 552
    assert totals(table) == {"710000000": 30, "750000000": 493, "350000000": 29}
    code, _, err = run(capsys, *db, "--lang", "en", "consolidate", "import", files[0])
    assert code == 2 and "already imported" in err


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", ("Алматы қаласы", "Басқа өңірлер", "есеп түспеді", "Бұқар жырау ауданы")),
        ("ru", ("город Алматы", "Другие регионы", "отчёт не поступил", "Бухар-Жырауский район")),
        ("en", ("Almaty city", "Other regions", "no report received", "Bukhar-Zhyrau district")),
    ],
)
def test_the_report_as_pdf_and_xlsx_in_each_language(
    capsys: pytest.CaptureFixture[str], packages: dict[str, Path], tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    region = str(packages["region"])
    files = [str(packages[k]) for k in ("750000000", "710000000", "351010000")]
    assert run(capsys, "--home", region, "consolidate", "import", *files)[0] == 0
    pdf, xlsx = tmp_path / f"t3-{lang}.pdf", tmp_path / f"t3-{lang}.xlsx"
    code, _, err = run(
        capsys,
        "--home",
        region,
        "--lang",
        lang,
        "consolidate",
        "report",
        *YEAR,
        "--by",
        "city",
        "--pdf",
        str(pdf),
        "--xlsx",
        str(xlsx),
    )
    assert code == 0, err
    text = _pdf_text(pdf)
    for word in words:
        assert word in text, (word, text)
    assert "493" in text and "552" in text and "446" in text
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    almaty = next(r for r in cells if r[0] == words[0])
    assert list(almaty[1:]) == [446, 0, 44, 1, 2, 493]  # picket, assembly, rally, demonstration, march, total


def test_open_data_has_one_row_per_office_month_form_and_outcome(
    capsys: pytest.CaptureFixture[str], packages: dict[str, Path], tmp_path: Path
) -> None:
    region = str(packages["region"])
    files = [str(packages[k]) for k in ("750000000", "710000000", "351010000")]
    assert run(capsys, "--home", region, "consolidate", "import", *files)[0] == 0
    out_csv, out_json = tmp_path / "open.csv", tmp_path / "open.json"
    code, _, err = run(
        capsys, "--home", region, "consolidate", "open-data", *YEAR, "--csv", str(out_csv), "--json-file", str(out_json)
    )
    assert code == 0, err
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert list(rows[0]) == ["kato", "office_kk", "office_ru", "month", "form", "outcome", "count"]
    keys = [(r["kato"], r["month"], r["form"], r["outcome"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert sum(int(r["count"]) for r in rows) == 552
    assert sum(int(r["count"]) for r in rows if r["kato"] == "750000000" and r["form"] == "rally") == 44
    assert json.loads(out_json.read_text(encoding="utf-8")) == [{**r, "count": int(r["count"])} for r in rows]
