"""The limits on a filing's structured input, rule by rule: the error code and the dotted path of the field.

check_json_limits is on every registration's path (and every imported row's), so its walk builds a value's
path only when needed; these pin that the path and the rule named are still the right ones."""

from __future__ import annotations

from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.input_limits import MAX_DEPTH, MAX_ENTRIES, MAX_TEXT, MAX_TOTAL_TEXT, check_json_limits


def refused(data: Any, root: str = "") -> tuple[str, str | None]:
    with pytest.raises(InvalidInput) as err:
        check_json_limits(data, root)
    return err.value.code, err.value.field


def nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"organizer": {"surname": "Ким\x00"}}, ("text_invalid_character", "organizer.surname")),
        ({"places": ["ok", "\ud800"]}, ("text_invalid_character", "places[1]")),
        ({"bad\udfffkey": 1}, ("text_invalid_character", "…")),
        ({"organizer": {"k\x00": 1}}, ("text_invalid_character", "organizer.…")),
        ({"purpose": "x" * (MAX_TEXT + 1)}, ("text_too_long", "purpose")),
        ({"participants": 2**60}, ("number_out_of_range", "participants")),
        ({"vehicles": {"count": float("nan")}}, ("number_out_of_range", "vehicles.count")),
        ({"when": object()}, ("value_type_invalid", "when")),
        (nested(MAX_DEPTH + 1), ("input_too_deep", "a.a.a.a.a.a.a.a")),
        ({"list": list(range(MAX_ENTRIES))}, ("input_too_many_entries", "list")),
        ({f"k{i}": "x" * MAX_TEXT for i in range(MAX_TOTAL_TEXT // MAX_TEXT + 1)}, ("input_too_much_text", "k0")),
        ("x" * (MAX_TEXT + 1), ("text_too_long", "text")),
    ],
)
def test_each_limit_names_its_rule_and_field(data: Any, expected: tuple[str, str]) -> None:
    assert refused(data) == expected


def test_a_root_names_the_field_of_a_single_value() -> None:
    assert refused("\x00", "purpose") == ("text_invalid_character", "purpose")
    assert refused({"a": "\x00"}, "value") == ("text_invalid_character", "value.a")


def test_what_keeps_every_limit_passes() -> None:
    check_json_limits(
        {
            "purpose": "Қоғамдық тыңдау — О тарифах 🙂",
            "participants": 2**53,
            "vehicles": {"count": 3, "used": True, "route_length_km": 4.5, "note": None},
            "list": ["a", 1, 2.5, None, False, ("t", "u")],
            "deep": nested(MAX_DEPTH - 1),
            "long": "x" * MAX_TEXT,
        }
    )
