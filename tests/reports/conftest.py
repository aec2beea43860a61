"""Helpers of the consolidation tests: district registers built through the command line."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from akimat_desk.app import main
from tests.legacy_journal import HEADER

FORM_WORDS = {
    "picket": "пикет",
    "rally": "митинг",
    "march": "шествие",
    "demonstration": "демонстрация",
    "assembly": "собрание",
}
# June 2020 .. May 2021, the NCPT report's year
MONTHS = [date(2020, m, 1) for m in range(6, 13)] + [date(2021, m, 1) for m in range(1, 6)]
PERSONAL = (
    "Сәрсенбаева Айгүл Маратқызы",
    "880512450123",
    "ул. Жарокова, 217, кв. 15",
    "+7 705 123 45 67",
    "Против повышения тарифов на коммунальные услуги",
    "сквер у памятника Абаю",
)


def run(capsys: pytest.CaptureFixture[str] | None, *args: str) -> tuple[int, str, str]:
    """The command line in-process: exit code, stdout, stderr (captured here when ``capsys`` is None)."""
    if capsys is not None:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    out_buf, err_buf = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out_buf), contextlib.redirect_stderr(err_buf):
        code = main(list(args))
    return code, out_buf.getvalue(), err_buf.getvalue()


def journal_csv(path: Path, forms: dict[str, int], start: int = 1) -> Path:
    """A legacy journal with ``forms`` (form -> how many), spread over the twelve months, full of personal data."""
    rows = [HEADER]
    n = start
    for form, count in forms.items():
        for i in range(count):
            month = MONTHS[(n + i) % len(MONTHS)]
            day = f"{3 + (n + i) % 20:02d}.{month.month:02d}.{month.year}"
            rows.append(
                [
                    str(n + i),
                    day,
                    "10:00",
                    FORM_WORDS[form],
                    f"{PERSONAL[0]} {n + i}",
                    PERSONAL[1],
                    PERSONAL[2],
                    PERSONAL[3],
                    PERSONAL[4],
                    PERSONAL[5],
                    day,
                    "11:00",
                    "12:00",
                    "7",
                ]
            )
        n += count
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def district(capsys: pytest.CaptureFixture[str] | None, home: Path, kato: str, name: str, forms: dict[str, int]) -> str:
    """A district register with the office's code and the journal imported; returns its package key."""
    h = str(home)
    code, _, err = run(capsys, "--home", h, "settings", "set", f"kato={kato}", f"name_kk={name}", f"name_ru={name}")
    assert code == 0, err
    if forms:
        code, _, err = run(capsys, "--home", h, "import", str(journal_csv(home.parent / f"{kato}.csv", forms)))
        assert code == 0, err
    code, out, err = run(capsys, "--home", h, "report-up", "--show-key", "--json")
    assert code == 0, err
    return str(json.loads(out)["hmac_key"])


def offices_csv(path: Path, keys: dict[str, str]) -> Path:
    rows = [
        ("kato", "name_kk", "name_ru", "name_en", "parent", "status", "hmac_key"),
        ("710000000", "Астана қаласы", "город Нур-Султан", "Nur-Sultan city", "", "capital", keys.get("710000000", "")),
        ("750000000", "Алматы қаласы", "город Алматы", "Almaty city", "", "city", keys.get("750000000", "")),
        ("350000000", "Қарағанды облысы", "Карагандинская область", "Karaganda region", "", "region", ""),
        (
            "351010000",
            "Абай ауданы",
            "Абайский район",
            "Abay district",
            "350000000",
            "district",
            keys.get("351010000", ""),
        ),
        (
            "351610000",
            "Бұқар жырау ауданы",
            "Бухар-Жырауский район",
            "Bukhar-Zhyrau district",
            "350000000",
            "district",
            "",
        ),
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


YEAR = ("--from", "2020-06-01", "--to", "2021-05-31")
ALMATY = {"rally": 44, "picket": 446, "march": 2, "demonstration": 1}
NUR_SULTAN = {"picket": 21, "rally": 9}
ABAY = {"picket": 20, "rally": 6, "march": 3}


def export(capsys: pytest.CaptureFixture[str] | None, home: Path, out: Path, period: tuple[str, ...] = YEAR) -> Path:
    code, _, err = run(capsys, "--home", str(home), "report-up", *period, "--out", str(out))
    assert code == 0, err
    return out


@pytest.fixture(scope="session")
def districts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The three district registers and their packages, built once for the session."""
    root = tmp_path_factory.mktemp("districts")
    keys = {}
    for kato, name, forms in (
        ("750000000", "Алматы", ALMATY),
        ("710000000", "Нур-Султан", NUR_SULTAN),
        ("351010000", "Абай", ABAY),
    ):
        keys[kato] = district(None, root / kato, kato, name, forms)
        export(None, root / kato, root / f"{kato}.akstat")
    return root, keys
