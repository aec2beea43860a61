"""Limits on untrusted structured input (a filing's JSON, a correction's value), checked before anything else.

A filing comes from outside: a 52 MB JSON, text nested ten thousand levels deep, a number of 5000 digits or
10^30, a lone UTF-16 surrogate or a NUL character must be refused with the field and the limit named, not
crash the register or slow every later list. The limits are generous for any real notification.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from akimat_desk.domain.errors import InvalidInput

MAX_FILING_BYTES = 1_000_000  # a filing JSON file (the CLI reads at most this many bytes)
MAX_DEPTH = 8  # objects and lists within each other
MAX_TEXT = 10_000  # characters in one text value
MAX_TOTAL_TEXT = 200_000  # characters in all text values of one filing
MAX_ENTRIES = 2_000  # keys and list items in one filing
MAX_INTEGER = 2**53  # the largest integer JSON readers agree on (and SQLite stores)


_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")
"""A NUL or a lone UTF-16 surrogate (one regular-expression scan in C rather than a loop over characters)."""


def _path(parent: str, key: object) -> str:
    return f"{parent}[{key}]" if isinstance(key, int) else (f"{parent}.{key}" if parent else str(key))


def _check_text(field: str, value: str) -> None:
    if len(value) > MAX_TEXT:
        raise InvalidInput("text_too_long", field=field or "text", limit=MAX_TEXT, length=len(value))
    if _BAD_CHARACTER.search(value) is not None:
        raise InvalidInput("text_invalid_character", field=field or "text")


def _check_scalar(field: str, value: Any) -> int:
    """Check one value; returns the characters of text it adds."""
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        if abs(value) > MAX_INTEGER:
            raise InvalidInput("number_out_of_range", field=field or "number", limit=MAX_INTEGER)
        return 0
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > MAX_INTEGER:
            raise InvalidInput("number_out_of_range", field=field or "number", limit=MAX_INTEGER)
        return 0
    if isinstance(value, str):
        _check_text(field, value)
        return len(value)
    raise InvalidInput("value_type_invalid", field=field or "value", type=type(value).__name__)


def check_json_limits(data: Any, root: str = "") -> None:
    """Raise InvalidInput (field = dotted path) when ``data`` breaks a limit above; iterative, so any depth is safe.

    The walk is depth-first, last entry first; a value's dotted path is built only when the value is a container
    (its entries need it) or breaks a rule (the error names it): a plain text that keeps every rule costs one
    length check and one scan."""
    stack: list[tuple[str, Any, Any, int]] = [("", None, data, 0)]  # (parent path, key, value, depth)
    entries = total = 0
    bad = _BAD_CHARACTER.search
    while stack:
        parent, key, value, depth = stack.pop()
        if type(value) is str and len(value) <= MAX_TEXT and bad(value) is None:
            total += len(value)
        elif isinstance(value, Mapping | list | tuple):
            field = root if key is None else _path(parent, key)
            if depth >= MAX_DEPTH:
                raise InvalidInput("input_too_deep", field=field or "filing", limit=MAX_DEPTH)
            items = list(value.items()) if isinstance(value, Mapping) else list(enumerate(value))
            entries += len(items)
            if entries > MAX_ENTRIES:
                raise InvalidInput("input_too_many_entries", field=field or "filing", limit=MAX_ENTRIES)
            for name, item in items:
                if isinstance(name, str) and (len(name) > MAX_TEXT or bad(name) is not None):
                    _check_text(_path(field, "…"), name)
                stack.append((field, name, item, depth + 1))
            continue
        else:
            total += _check_scalar(root if key is None else _path(parent, key), value)
        if total > MAX_TOTAL_TEXT:
            field = root if key is None else _path(parent, key)
            raise InvalidInput("input_too_much_text", field=field or "filing", limit=MAX_TOTAL_TEXT)
