"""Frozen records built from any object that has attributes of the same names (an ORM row, another record)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import date
from typing import Any, TypeVar

R = TypeVar("R")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(record_type: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(record_type)
    if names is None:
        names = _FIELD_NAMES[record_type] = tuple(f.name for f in fields(record_type))
    return names


def record_from(record_type: type[R], source: object, **overrides: Any) -> R:
    """``record_type`` with each field read from the attribute of that name on ``source``; ``overrides`` win.

    Contract: every field of the record must exist on ``source`` or in ``overrides`` (AttributeError otherwise), so a
    field added to the record and forgotten in the row fails at once instead of being left at a default.
    """
    names = _field_names(record_type)
    values = {name: overrides[name] if name in overrides else getattr(source, name) for name in names}
    return record_type(**values)


def json_value(value: Any) -> Any:
    """A value as JSON holds it: dates and instants in ISO 8601, tuples as lists, the rest as they are."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [json_value(v) for v in value]
    return value


def record_json(
    record: object, *, omit: tuple[str, ...] = (), rename: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The record's fields in their order as a JSON-ready dict, less ``omit``, keys renamed by ``rename``."""
    renamed = rename or {}
    return {
        renamed.get(name, name): json_value(getattr(record, name))
        for name in _field_names(type(record))
        if name not in omit
    }
