"""The command line: output, exit codes (0 ok, 2 bad input naming the field, 1 other failure)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from tests.conftest import EXAMPLES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


def register_json(capsys: pytest.CaptureFixture[str], home: str, path: Path) -> dict[str, Any]:
    code, out, err = run(capsys, "--home", home, "register", str(path), "--json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_register_prints_the_new_filing(capsys: pytest.CaptureFixture[str], home: str) -> None:
    filing = register_json(capsys, home, EXAMPLES / "rally.json")
    assert {
        "id",
        "incoming_number",
        "received_at",
        "registered_on",
        "form",
        "kind",
        "status",
        "defects",
    } <= set(filing)
    assert filing["incoming_number"] == "01-2026/0001"
    assert (filing["form"], filing["kind"], filing["status"]) == ("rally", "notification", "registered")
    assert filing["received_at"] == "2026-03-18T15:40:00+05:00" and filing["registered_on"] == "2026-03-18"
    assert filing["defects"] == []


def test_defects_are_listed_with_item_code_and_message(
    capsys: pytest.CaptureFixture[str], home: str, tmp_path: Path
) -> None:
    data = json.loads((EXAMPLES / "march.json").read_text("utf-8"))
    del data["regulations"]
    data["organizer"]["iin"] = "880202400001"
    path = tmp_path / "f.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, out, _ = run(capsys, "--home", home, "register", str(path), "--json", "--lang", "ru")
    assert code == 0
    defects = json.loads(out)["defects"]
    assert [(d["item"], d["code"]) for d in defects] == [(3, "iin_checksum"), (9, "regulations_missing")]
    assert "ИИН" in defects[0]["message"] and "ст. 12" in defects[0]["message"]


@pytest.mark.parametrize(
    ("content", "field_word"),
    [
        ("{not json", "JSON"),
        ("[1, 2]", "JSON"),
        ('{"form": "parade", "received_at": "2026-03-18T10:00:00+05:00"}', "form"),
        ('{"received_at": "2026-03-18T10:00:00+05:00"}', "form"),
        ('{"form": "picket"}', "time of receipt"),
        ('{"form": "picket", "received_at": "18.03.2026"}', "time of receipt"),
    ],
)
def test_bad_input_exits_2_with_a_message_naming_the_field(
    capsys: pytest.CaptureFixture[str], home: str, tmp_path: Path, content: str, field_word: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    code, out, err = run(capsys, "--home", home, "register", str(path), "--lang", "en")
    assert code == 2 and out == ""
    assert field_word in err
    code, out, _ = run(capsys, "--home", home, "list", "--json")
    assert json.loads(out) == []  # the register is untouched


def test_missing_file_is_bad_input(capsys: pytest.CaptureFixture[str], home: str) -> None:
    code, _, err = run(capsys, "--home", home, "register", "/nonexistent/filing.json")
    assert code == 2 and "/nonexistent/filing.json" in err


def test_show_list_correct_withdraw(capsys: pytest.CaptureFixture[str], home: str) -> None:
    register_json(capsys, home, EXAMPLES / "picket.json")
    register_json(capsys, home, EXAMPLES / "march.json")
    code, out, _ = run(capsys, "--home", home, "list", "--form", "march", "--json")
    assert [f["form"] for f in json.loads(out)] == ["march"]
    code, out, _ = run(capsys, "--home", home, "list", "--search", "сәрсенбаев", "--json")
    assert [f["incoming_number"] for f in json.loads(out)] == ["01-2026/0001"]
    sets = ["--set", "participants=2", "--set", "organizer.iin=050101300021"]
    code, out, err = run(capsys, "--home", home, "correct", "01-2026/0001", *sets, "--reason", "from original")
    assert code == 0, err
    code, out, _ = run(capsys, "--home", home, "show", "1", "--json")
    shown = json.loads(out)
    assert shown["document"]["organizer"]["iin"] == "050101300021"  # leading zero kept
    assert shown["history"][-1]["reason"] == "from original"
    assert shown["history"][-1]["changes"]["participants"] == {"old": 1, "new": 2}
    code, out, _ = run(capsys, "--home", home, "withdraw", "2", "--reason", "cancelled by phone", "--json")
    assert code == 0 and json.loads(out)["status"] == "withdrawn"
    code, out, _ = run(capsys, "--home", home, "list", "--status", "withdrawn", "--json")
    assert [f["id"] for f in json.loads(out)] == [2]
    code, out, _ = run(capsys, "--home", home, "show", "1", "--json")
    assert [h["action"] for h in json.loads(out)["history"]] == ["registered", "corrected"]


def test_correction_errors(capsys: pytest.CaptureFixture[str], home: str) -> None:
    register_json(capsys, home, EXAMPLES / "picket.json")
    code, _, err = run(capsys, "--home", home, "correct", "1", "--set", "salary=1", "--reason", "x")
    assert code == 2 and "salary" in err
    code, _, err = run(capsys, "--home", home, "correct", "1", "--set", "participants", "--reason", "x")
    assert code == 2 and "FIELD=VALUE" in err
    with pytest.raises(SystemExit) as info:  # argparse: --reason is required
        main(["--home", home, "correct", "1", "--set", "participants=3"])
    assert info.value.code == 2
    code, _, err = run(capsys, "--home", home, "show", "77")
    assert code == 2 and "77" in err


def test_human_output_in_kazakh(capsys: pytest.CaptureFixture[str], home: str) -> None:
    run(capsys, "--home", home, "register", str(EXAMPLES / "picket.json"))
    code, out, _ = run(capsys, "--home", home, "show", "1", "--lang", "kk")
    assert code == 0 and "пикеттеу" in out and "тіркелді" in out


def test_database_failure_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "register.db").write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--home", str(home), "list")
    assert code == 1 and err.strip()


def test_self_test_and_the_installed_command(tmp_path: Path) -> None:
    env = dict(os.environ, AKIMAT_DESK_HOME=str(tmp_path / "h"))
    exe = Path(sys.executable).with_name("akimat-desk")
    result = subprocess.run([str(exe), "self-test", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [s["name"] for s in report["steps"]] == [
        "open",
        "register",
        "read",
        "correct",
        "deadlines",
        "letters",
        "signature",
        "ocr",
        "keyring",
    ]
    result = subprocess.run(
        [str(exe), "register", "-", "--json"],
        input=(EXAMPLES / "rally.json").read_text("utf-8"),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0 and json.loads(result.stdout)["incoming_number"] == "01-2026/0001"


def test_undo_decision_within_the_minute_and_bad_input_exits_2(
    capsys: pytest.CaptureFixture[str], home: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 22: ``undo-decision`` puts the filing back within the minute; without a reason, or a minute later,
    it exits 2 naming the rule and leaves the register as it was."""
    from datetime import UTC, datetime

    from tests.conftest import freeze_clock

    freeze_clock(monkeypatch, datetime(2026, 3, 18, 11, 0, 5, tzinfo=UTC))
    filing = register_json(capsys, home, EXAMPLES / "rally.json")
    code, out, err = run(capsys, "--home", home, "decide", "1", "--outcome", "inform", "--json")
    assert code == 0, err
    decision = str(json.loads(out)["decision_id"])
    code, _, err = run(capsys, "--home", home, "undo-decision", "1", decision)
    assert code == 2 and "Reason for the undo" in err
    freeze_clock(monkeypatch, datetime(2026, 3, 18, 11, 1, 0, tzinfo=UTC))
    code, _, err = run(capsys, "--home", home, "undo-decision", "1", decision, "--reason", "slip")
    assert code == 2 and "undo window has passed" in err
    code, out, _ = run(capsys, "--home", home, "show", "1", "--json")
    assert json.loads(out)["status"] == "decided"
    freeze_clock(monkeypatch, datetime(2026, 3, 18, 11, 0, 59, tzinfo=UTC))
    code, out, err = run(capsys, "--home", home, "undo-decision", "1", decision, "--reason", "slip", "--json")
    assert code == 0 and json.loads(out)["status"] == "registered", err
    code, out, _ = run(capsys, "--home", home, "show", "1", "--json")
    assert json.loads(out)["status"] == "registered" and filing["id"] == 1
