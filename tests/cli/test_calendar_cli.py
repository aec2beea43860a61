"""``akimat-desk deadlines`` and ``akimat-desk calendar``: the issue's examples through the command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.app import main
from tests.conftest import EXAMPLES, freeze_clock
from tests.datafiles import CALENDAR, data_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except json.JSONDecodeError:
        return code, out, err


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


@pytest.mark.parametrize(
    ("registered", "review"),
    [("2025-03-19", "2025-03-27"), ("2024-05-03", "2024-05-10"), ("2025-06-05", "2025-06-11")],
)
def test_worked_examples_of_the_review_deadline(capsys: Any, home: str, registered: str, review: str) -> None:
    code, data, _ = run(capsys, "--home", home, "deadlines", "--form", "rally", "--registered", registered, "--json")
    assert code == 0
    assert data["review_deadline"] == review and data["review_working_days"] == 3
    assert data["kind"] == "notification" and data["calendar_confirmed"] is True


@pytest.mark.parametrize(
    ("event", "reading_a", "reading_b"),
    [("2024-05-13", "2024-05-02", "2024-04-30"), ("2026-03-28", "2026-03-18", "2026-03-17")],
)
def test_worked_examples_of_the_last_filing_day(
    capsys: Any, home: str, event: str, reading_a: str, reading_b: str
) -> None:
    code, data, _ = run(
        capsys, "--home", home, "deadlines", "--form", "picket", "--registered", reading_a, "--event", event, "--json"
    )
    assert code == 0
    assert (data["last_filing_day"], data["last_filing_day_strict"]) == (reading_a, reading_b)
    assert data["filed_in_time"] is True and data["filed_in_time_strict"] is False


def test_registration_on_a_day_off_moves_and_applications_count_seven(capsys: Any, home: str) -> None:
    code, data, _ = run(capsys, "--home", home, "deadlines", "--form", "march", "--registered", "2026-03-21", "--json")
    assert code == 0
    assert data["registered_on"] == "2026-03-26" and data["review_working_days"] == 7


def test_explain_lists_skipped_days_with_reasons(capsys: Any, home: str) -> None:
    code, data, _ = run(
        capsys,
        "--home",
        home,
        "deadlines",
        "--form",
        "picket",
        "--registered",
        "2025-03-19",
        "--explain",
        "--json",
        "--lang",
        "ru",
    )
    assert code == 0
    rows = data["explain"]["review"]
    assert [r["day"] for r in rows if r["counted"]] == ["2025-03-20", "2025-03-26", "2025-03-27"]
    assert any("Наурыз" in r["text"] for r in rows if not r["counted"])


def test_calendar_year_has_the_golden_shape(capsys: Any, home: str) -> None:
    code, data, _ = run(capsys, "--home", home, "calendar", "2024", "--json")
    assert code == 0 and data["year"] == 2024 and data["confirmed"] is True
    golden = json.loads(data_path(CALENDAR, "golden_days_2020_2027.json").read_text("utf-8"))
    assert data["non_working_weekdays"] == golden["2024"]["non_working_weekdays"]
    assert data["working_weekend_days"] == golden["2024"]["working_weekend_days"]


def test_transfer_flags_the_affected_open_filing_until_acknowledged(
    capsys: Any, home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze_clock(monkeypatch, datetime(2027, 2, 14, 12, 0, tzinfo=UTC))  # no receipt below is in its future

    def register(name: str, received: str) -> dict[str, Any]:
        data = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
        data["received_at"] = received
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        code, out, err = run(capsys, "--home", home, "register", str(path), "--json")
        assert code == 0, err
        return dict(out)

    affected = register("picket", "2027-02-01T10:00:00+05:00")  # due Thu 4 Feb 2027
    untouched = register("rally", "2027-02-15T10:00:00+05:00")
    code, out, err = run(
        capsys,
        "--home",
        home,
        "calendar",
        "add-transfer",
        "--day-off",
        "2027-02-03",
        "--working-day",
        "2027-02-06",
        "--act",
        "Приказ № 12 от 20.01.2027",
        "--json",
    )
    assert code == 0, err
    assert [(m["incoming_number"], m["old"], m["new"]) for m in out["moved"]] == [
        (affected["incoming_number"], "2027-02-04", "2027-02-05")
    ]
    code, shown, _ = run(capsys, "--home", home, "show", str(affected["id"]), "--json")
    review = shown["deadlines"][0]
    assert (review["due_on"], review["changed_from"], review["changed_by_act"]) == (
        "2027-02-05",
        "2027-02-04",
        "Приказ № 12 от 20.01.2027",
    )
    assert review["needs_acknowledgement"] is True and shown["calendar_confirmed"] is False
    assert shown["countdown"]["due_on"] == "2027-02-05"
    code, other, _ = run(capsys, "--home", home, "show", str(untouched["id"]), "--json")
    assert other["deadlines"][0]["needs_acknowledgement"] is False and other["deadlines"][0]["changed_from"] is None
    code, _, _ = run(capsys, "--home", home, "acknowledge", str(affected["id"]))
    code, shown, _ = run(capsys, "--home", home, "show", str(affected["id"]), "--json")
    assert shown["deadlines"][0]["needs_acknowledgement"] is False
    assert [h["action"] for h in shown["history"]] == ["registered", "deadline_changed", "deadline_acknowledged"]
    code, history, _ = run(capsys, "--home", home, "calendar", "history", "--json")
    assert [(h["kind"], h["act"]) for h in history] == [("transfer", "Приказ № 12 от 20.01.2027")]


def test_calendar_commands_refuse_bad_input(capsys: Any, home: str) -> None:
    assert run(capsys, "--home", home, "calendar", "add-day-off", "2026-13-01", "--act", "x")[0] == 2
    code, _, err = run(capsys, "--home", home, "calendar", "add-day-off", "2026-12-01", "--lang", "en")
    assert code == 2 and "act" in err
    assert run(capsys, "--home", home, "calendar", "frobnicate")[0] == 2
    assert run(capsys, "--home", home, "deadlines", "--form", "rally", "--registered", "yesterday")[0] == 2


def test_confirm_and_check(capsys: Any, home: str) -> None:
    code, data, _ = run(capsys, "--home", home, "calendar", "2027", "--json")
    assert data["confirmed"] is False
    run(capsys, "--home", home, "calendar", "confirm", "2027", "--act", "Приказ о переносе на 2027 год")
    code, data, _ = run(capsys, "--home", home, "calendar", "2027", "--json")
    assert data["confirmed"] is True
    assert run(capsys, "--home", home, "calendar", "check")[0] == 0
    run(capsys, "--home", home, "calendar", "add-working-day", "2025-03-22", "--act", "wrong")
    code, data, err = run(capsys, "--home", home, "calendar", "check", "--json")
    assert code == 1 and [d["day"] for d in data["differences"]] == ["2025-03-22"]
    assert "2025-03-22" in err  # every command warns loudly about the contradiction
