"""Our own holiday names and day-reason texts in kk / ru / en (in the one catalogue, ``akimat_desk.catalogue``),
and the ``holidays`` package's names of each holiday (``data/holiday_names.yaml``), loaded on first use.

``holidays`` has no Russian names; we never ask it for localised names, only for its en_US names, which
:func:`parse_package_name` maps to our keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from akimat_desk import catalogue

LANGUAGES = ("kk", "ru", "en")
NAMES_RESOURCE = "holiday_names.yaml"
_OBSERVED = " (observed)"
_ESTIMATED = " (estimated)"
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d{2})/(\d{2})/(\d{4})\)$")


@cache
def _holidays() -> dict[str, list[str]]:
    """Our holiday keys, each with the en_US names the ``holidays`` package gives it."""
    raw = resources.files("akimat_desk.workdays").joinpath("data", NAMES_RESOURCE).read_text(encoding="utf-8")
    data: dict[str, list[str]] = catalogue.read_yaml(raw)["holidays"]
    return data


@cache
def _package_index() -> dict[str, str]:
    return {name: key for key, names in _holidays().items() for name in names}


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is one of kk / ru / en, else raise ValueError (no silent fallback)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


@dataclass(frozen=True, slots=True)
class PackageName:
    """One part of a ``holidays`` en_US name, decoded.

    ``key`` is our holiday key (``"unknown"`` if not in our table) or None for a package transfer
    ("Day off (substituted from MM/DD/YYYY)"), in which case ``substituted_from`` holds the working day.
    """

    key: str | None
    observed: bool = False
    estimated: bool = False
    substituted_from: tuple[int, int, int] | None = None


def parse_package_name(name: str) -> PackageName:
    """Decode one ``holidays`` en_US holiday name (a single part, not ``"; "``-joined)."""
    match = _SUBSTITUTED.match(name)
    if match:
        month, day, year = (int(g) for g in match.groups())
        return PackageName(key=None, substituted_from=(year, month, day))
    observed, estimated = name.endswith(_OBSERVED), name.endswith(_ESTIMATED)
    base = name.removesuffix(_OBSERVED).removesuffix(_ESTIMATED)
    return PackageName(_package_index().get(base, "unknown"), observed=observed, estimated=estimated)


def holiday_keys() -> tuple[str, ...]:
    """Every holiday key we have names for."""
    return tuple(_holidays())


def holiday_name(key: str, lang: str) -> str:
    """Our name of holiday ``key`` in ``lang``; KeyError for an unknown key."""
    if key not in _holidays():
        raise KeyError(key)
    return catalogue.template(f"holiday.{key}", check_lang(lang))


def weekday_name(weekday: int, lang: str) -> str:
    """Name of ``weekday`` (0 = Monday) in ``lang``."""
    if not 0 <= weekday <= 6:
        raise IndexError(weekday)
    return catalogue.template(f"weekday.{weekday}", check_lang(lang))


def reason_template(code: str, lang: str) -> str:
    """The text template of a day-reason code in ``lang``."""
    key = f"day_reason.{code}"
    if not catalogue.has(key):
        raise KeyError(code)
    return catalogue.template(key, check_lang(lang))


def paired_template(code: str, lang: str) -> str | None:
    """The template for the paired day of a reason (transfers), if the reason has one."""
    key = f"day_reason.{code}.paired"
    return catalogue.template(key, check_lang(lang)) if catalogue.has(key) else None


def act_template(lang: str) -> str:
    """The template that appends an act, e.g. ``"основание: {act}"``."""
    return catalogue.template("calendar.act", check_lang(lang))


def estimated_label(lang: str) -> str:
    """The words marking an estimated holiday date."""
    return catalogue.template("calendar.estimated", check_lang(lang))
