"""A correction never destroys data (issue 21 item 4): a sub-field of a field that holds text is refused (exit 2,
the field named, nothing written), only fields of the schema are addressed, the true old value is recorded, and
a new time of receipt cannot move a filing into another year than its number."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

from .conftest import run, run_json, snapshot


def registered(capsys: Any, home: str, tmp_path: Path, name: str, **changes: Any) -> dict[str, Any]:
    data = json.loads((EXAMPLES / name).read_text("utf-8")) | changes
    path = tmp_path / f"in-{name}"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result: dict[str, Any] = run_json(capsys, "--home", home, "register", str(path))
    return result


@pytest.mark.parametrize(
    ("name", "changes", "pair", "words"),
    [
        ("march.json", {}, "route.description=x", "not a field of a filing"),
        ("picket.json", {"place": "Сквер у акимата"}, "place.name=x", '"place" holds a value ("Сквер у акимата")'),
        (
            "picket.json",
            {"organizer": "Иванов Иван, ИИН 900101300027"},
            "organizer.iin=880202400001",
            '"organizer" holds a value',
        ),
        ("picket.json", {"structures": "юрта"}, "structures.used=true", '"structures" holds a value'),
        ("picket.json", {}, "organizer.nickname=x", "not a field of a filing"),
        ("picket.json", {}, "purpose.text=x", "not a field of a filing"),
        ("picket.json", {}, "received_at=2025-12-31T17:00:00+05:00", "another year"),
    ],
)
def test_a_destructive_correction_is_refused(
    capsys: Any, home: str, tmp_path: Path, name: str, changes: dict[str, Any], pair: str, words: str
) -> None:
    filing = registered(capsys, home, tmp_path, name, **changes)
    before = snapshot(home)
    code, _, err = run(
        capsys, "--home", home, "--lang", "en", "correct", str(filing["id"]), "--set", pair, "--reason", "test"
    )
    assert code == 2, err
    assert pair.split("=")[0] in err and words in err, err
    assert snapshot(home) == before


def test_a_correction_records_the_true_old_value(capsys: Any, home: str, tmp_path: Path) -> None:
    filing = registered(capsys, home, tmp_path, "picket.json")
    old_iin = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))["organizer"]["iin"]
    run_json(
        capsys, "--home", home, "correct", str(filing["id"]), "--set", "organizer.iin=880202400001", "--reason", "typo"
    )
    shown = run_json(capsys, "--home", home, "show", str(filing["id"]))
    [event] = [e for e in shown["history"] if e["action"] == "corrected"]
    assert event["changes"]["organizer.iin"] == {"old": old_iin, "new": "880202400001"}
