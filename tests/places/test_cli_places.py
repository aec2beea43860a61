"""The commands of issue 8 as a user types them: places, checks --json, stats --json/--xlsx/--pdf, board,
journal, import --dry-run; bad input exits 2 naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akimat_desk.app import main
from tests.conftest import EXAMPLES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_flow_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    code, out, err = run(
        capsys,
        "--home",
        home,
        "places",
        "add",
        "--name-kk",
        "Ганди саябағы",
        "--name-ru",
        "Парк им. Ганди",
        "--district",
        "Медеу",
        "--address",
        "ул. Ганди",
        "--max-occupancy",
        "10",
        "--decision-number",
        "133/16-VIII",
        "--json",
    )
    assert code == 0, err
    place_id = json.loads(out)[0]["id"]
    code, out, err = run(capsys, "--home", home, "register", str(EXAMPLES / "rally.json"), "--json")
    assert code == 0, err
    filing = json.loads(out)
    assert run(capsys, "--home", home, "places", "link", filing["incoming_number"], str(place_id))[0] == 0
    assert (
        run(
            capsys,
            "--home",
            home,
            "places",
            "book",
            str(place_id),
            "--kind",
            "sports",
            "--title",
            "Марафон",
            "--from",
            "2026-01-01T00:00",
            "--to",
            "2027-01-01T00:00",
        )[0]
        == 0
    )
    code, out, err = run(capsys, "--home", home, "--lang", "ru", "checks", str(filing["id"]), "--json")
    assert code == 0, err
    checks = json.loads(out)
    assert {"over_capacity", "place_booked_propose_first"} <= {c["code"] for c in checks}
    assert all({"code", "article", "message"} <= set(c) for c in checks)
    code, out, err = run(
        capsys,
        "--home",
        home,
        "stats",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--by",
        "form,district,outcome",
        "--json",
    )
    assert code == 0, err
    stats = json.loads(out)
    assert stats["total"] == 1 and stats["rows"] == [
        {"form": "rally", "district": "Медеу", "outcome": "pending", "count": 1}
    ]
    xlsx, pdf = tmp_path / "s.xlsx", tmp_path / "s.pdf"
    assert (
        run(
            capsys,
            "--home",
            home,
            "stats",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--xlsx",
            str(xlsx),
            "--pdf",
            str(pdf),
        )[0]
        == 0
    )
    assert xlsx.stat().st_size > 0 and pdf.read_bytes().startswith(b"%PDF")
    html, csv = tmp_path / "b.html", tmp_path / "b.csv"
    assert (
        run(
            capsys,
            "--home",
            home,
            "--lang",
            "kk",
            "board",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--html",
            str(html),
            "--csv",
            str(csv),
        )[0]
        == 0
    )
    assert "Ганди саябағы" in html.read_text("utf-8") and csv.read_text("utf-8-sig").count("\n") > 31
    journal = tmp_path / "j.pdf"
    assert (
        run(
            capsys,
            "--home",
            home,
            "journal",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--pdf",
            str(journal),
            "--csv",
            str(tmp_path / "j.csv"),
        )[0]
        == 0
    )
    assert journal.read_bytes().startswith(b"%PDF")


def test_bad_input_exits_2_naming_the_field(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    code, _, err = run(
        capsys,
        "--home",
        home,
        "--lang",
        "en",
        "places",
        "add",
        "--name-kk",
        "А",
        "--name-ru",
        "А",
        "--address",
        "x",
        "--decision-number",
        "1",
        "--max-occupancy",
        "-5",
    )
    assert code == 2 and "maximum occupancy" in err
    code, _, err = run(
        capsys,
        "--home",
        home,
        "--lang",
        "en",
        "stats",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--by",
        "form,colour",
    )
    assert code == 2 and "--by" in err and "colour" in err


def test_import_dry_run_shows_the_report_and_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    path = tmp_path / "old.csv"
    path.write_text(
        "Вх. №;Дата поступления;Форма;Организатор\n1;03.11.2025;митинг;Петров А.\n2;03.11.2025;флешмоб;Ким В.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--home", home, "--lang", "ru", "import", str(path), "--dry-run")
    assert code == 0, err
    assert "Строка 3 отклонена" in out and "ничего не записано" in out
    code, out, err = run(capsys, "--home", home, "--lang", "en", "import", str(path))
    assert code == 2 and "--only-valid" in err
    assert json.loads(run(capsys, "--home", home, "list", "--json")[1]) == []
    code, out, err = run(capsys, "--home", home, "import", str(path), "--only-valid", "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 1 and len(json.loads(run(capsys, "--home", home, "list", "--json")[1])) == 1
