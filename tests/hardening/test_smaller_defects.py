"""Smaller holes of issue 21 item 12: ``filed_on`` with trailing garbage is a defect, participants over a
plausible limit (1,000,000) are a defect whatever their type."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES

from .conftest import run

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))


def register(capsys: Any, home: str, tmp_path: Path, **changes: Any) -> tuple[int, str, str]:
    path = tmp_path / "f.json"
    path.write_text(json.dumps(PICKET | changes, ensure_ascii=False), "utf-8")
    return run(capsys, "--home", home, "--lang", "en", "register", str(path), "--json")


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"filed_on": "2026-03-18; DROP"}, "filed_on_invalid"),
        ({"filed_on": "2026-03-18xyz"}, "filed_on_invalid"),
        ({"participants": 10**12}, "participants_invalid"),
        ({"participants": "5000000"}, "participants_invalid"),
        ({"participants": 2.5}, "participants_invalid"),
    ],
)
def test_implausible_values_are_defects(
    capsys: Any, home: str, tmp_path: Path, changes: dict[str, Any], code: str
) -> None:
    status, out, err = register(capsys, home, tmp_path, **changes)
    assert status == 0, err
    assert code in [d["code"] for d in json.loads(out)["defects"]]


def test_a_filed_on_date_time_is_still_a_date(capsys: Any, home: str, tmp_path: Path) -> None:
    status, out, err = register(capsys, home, tmp_path, filed_on="2026-03-18T10:00:00+05:00")
    assert status == 0, err
    assert "filed_on_invalid" not in [d["code"] for d in json.loads(out)["defects"]]


def test_invisible_characters_neither_fill_a_name_nor_hide_it(capsys: Any, home: str, tmp_path: Path) -> None:
    blank = dict(PICKET["organizer"], surname="\u200b\u200d\u2060")
    status, out, err = register(capsys, home, tmp_path, organizer=blank)
    assert status == 0, err
    assert "surname_missing" in [d["code"] for d in json.loads(out)["defects"]]
    hidden = dict(PICKET["organizer"], surname="Сәр\u200bсен\u202eбаев")
    status, out, err = register(capsys, home, tmp_path, organizer=hidden)
    assert status == 0, err
    code, found, err = run(capsys, "--home", home, "list", "--search", "Сәрсенбаев", "--json")
    assert code == 0 and [f["id"] for f in json.loads(found)] == [json.loads(out)["id"]], err
