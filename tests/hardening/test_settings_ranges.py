"""Settings that would break the register are refused with the field and the rule, exit 2, nothing stored
(issue 21 item 10)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import EXAMPLES

from .conftest import run, run_json, snapshot


@pytest.mark.parametrize(
    ("pair", "field", "words"),
    [
        ("number_format={seq:>999999999}", "number_format", "two-digit width"),
        ("number_format={akimat}-{year}/{seq:04d}-" + "x" * 70, "number_format", "64"),
        ("number_format={seq!r}", "number_format", "two-digit width"),
        ("outgoing_number_format={seq:,}", "outgoing_number_format", "two-digit width"),
        ("akimat_code=../../x", "akimat_code", "1 to 10 letters or digits"),
        ("akimat_code=", "akimat_code", "1 to 10 letters or digits"),
        ("default_language=de", "default_language", "kk, ru, en"),
        ("office_timezone=Mars/Olympus", "office_timezone", "IANA"),
        ("office_timezone=../../etc/passwd", "office_timezone", "IANA"),
        ("office_opens=19:00", "office_closes", "before it closes"),
        ("name_ru=" + "Я" * 301, "name_ru", "300"),
        ("signatory_name=a\x07b", "signatory_name", "control characters"),
    ],
)
def test_a_breaking_setting_is_refused(capsys: Any, home: str, pair: str, field: str, words: str) -> None:
    run_json(capsys, "--home", home, "register", str(EXAMPLES / "picket.json"))
    before = snapshot(home)
    code, _, err = run(capsys, "--home", home, "--lang", "en", "settings", "set", pair)
    assert code == 2, err
    assert field in err and words in err, err
    assert snapshot(home) == before


def test_registration_still_works_after_a_refused_number_format(capsys: Any, home: str) -> None:
    run(capsys, "--home", home, "settings", "set", "number_format={seq:>999999999}")
    assert run_json(capsys, "--home", home, "register", str(EXAMPLES / "picket.json"))["incoming_number"]
    good = run_json(capsys, "--home", home, "settings", "set", "akimat_code=05", "default_language=kk")
    assert good["akimat_code"] == "05" and good["default_language"] == "kk"
