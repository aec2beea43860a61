"""Every field an error can name has a label in the clerk's words in kk, ru and en (issue 22 item 5).

The fields are found in the source itself: each ``field="..."`` given to a domain error anywhere in src/, the
fields of the office settings (named by the settings' own checks) and the fields the correction dialog offers.
"""

from __future__ import annotations

import ast
import re
from dataclasses import fields
from pathlib import Path

import pytest

from akimat_desk.catalogue import LANGUAGES, entries
from akimat_desk.domain.errors import DomainError, InvalidInput
from akimat_desk.services.kernel.messages import error_message, field_label

SRC = Path(__file__).resolve().parents[1] / "src" / "akimat_desk"
_ERRORS = {"InvalidInput", "NotFound", "InvalidTransition", "ConcurrentChange", "PermissionDenied"}
_ERRORS |= {"SignatureRefused", "SigningFailed"}


def _called_name(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def field_literals() -> dict[str, str]:
    """Each literal ``field=`` of a domain error raised in src/, with one place that raises it."""
    found: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or _called_name(node) not in _ERRORS:
                continue
            for keyword in node.keywords:
                value = keyword.value
                if keyword.arg == "field" and isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.setdefault(value.value, f"{path.relative_to(SRC)}:{node.lineno}")
    return found


def _settings_and_corrections() -> set[str]:
    from akimat_desk.services.filings.presenting import CORRECTABLE
    from akimat_desk.services.office.settings import OfficeSettings

    return {f.name for f in fields(OfficeSettings)} | set(CORRECTABLE)


def test_the_walk_finds_the_fields_raised_in_src() -> None:
    literals = field_literals()
    assert len(literals) > 80
    assert {"name_kk", "reason", "--to", "received_at", "ground", "package"} <= set(literals)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_named_by_an_error_has_a_label(lang: str) -> None:
    wanted = dict(field_literals())
    wanted.update({name: "settings or correction dialog" for name in _settings_and_corrections()})
    missing = {name: where for name, where in wanted.items() if f"field.{name}" not in entries(lang)}
    assert not missing, f"fields without a label in {lang}: {missing}"
    if lang != "en":
        same = [n for n in wanted if entries(lang)[f"field.{n}"] == entries("en")[f"field.{n}"]]
        assert len(same) < 5, f"labels left in English in {lang}: {same}"


_INTERNAL = re.compile(r"[«\"]([a-z]+_[a-z_]+|[a-z]+\.[a-z_]+)[»\"]")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_error_names_the_field_in_the_clerks_words(lang: str) -> None:
    """Each literal field, raised with its own code, comes back without the internal name in quotes."""
    for name in field_literals():
        shown = error_message(DomainError("field_unknown", field=name), lang)
        assert not _INTERNAL.search(shown), shown
    assert field_label("name_kk", lang) == {"kk": "атауы (қазақша)", "ru": "наименование (на казахском)"}.get(
        lang, "name (Kazakh)"
    )


def test_an_option_is_named_as_typed_and_with_its_meaning() -> None:
    error = InvalidInput("period_reversed", field="--to")
    assert "--to (the last day of the period)" in error_message(error, "en")
    assert "--to (последний день периода)" in error_message(error, "ru")
    assert "--to (кезеңнің соңғы күні)" in error_message(error, "kk")


def test_the_command_line_keeps_the_name_as_typed_beside_its_meaning() -> None:
    """At the command line the clerk typed ``number_format=...``: the name stays, with what it means."""
    error = InvalidInput("setting_too_long", field="number_format", limit=64, length=80)
    assert '"number_format (format of the incoming number)"' in error_message(error, "en", as_typed=True)
    assert "«number_format (формат входящего номера)»" in error_message(error, "ru", as_typed=True)
    assert "number_format" not in error_message(error, "ru")  # the window: the clerk's words only
