"""The shipped starting data: ``data/kz_calendar_facts.yaml`` (transfers, Kurban Ait, confirmed years) as
overrides.

The facts restate what ``holidays`` >= 0.101 already knows for 2020-2027; because overrides set a state rather
than toggle it, loading them on top of the package changes nothing for those years (checked against the golden
list), but it attaches the act to each transferred day and records which years are confirmed. The file's
``statutory_changes`` are informational only: the package implements them (a new statutory holiday cannot be
expressed as a one-day override without naming it for every future year).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from akimat_desk.catalogue import read_yaml
from akimat_desk.workdays.calendar import KazakhCalendar
from akimat_desk.workdays.overrides import (
    KurbanAitCorrection,
    Override,
    OverrideSet,
    Transfer,
    YearConfirmation,
)

FACTS_RESOURCE = "kz_calendar_facts.yaml"
KURBAN_AIT_AUTHORITY = "Духовное управление мусульман Казахстана (ДУМК)"


def read_facts_text(path: Path | None = None) -> str:
    """The YAML text of the facts file: ``path`` if given, else the copy shipped in the package."""
    if path is not None:
        return path.read_text(encoding="utf-8")
    return resources.files("akimat_desk.workdays").joinpath("data", FACTS_RESOURCE).read_text(encoding="utf-8")


def _sources(value: Any) -> str:
    if value is None:
        return ""
    return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _as_date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{where}: not a date: {value!r}") from exc


def _year_overrides(year: int, entry: Mapping[str, Any]) -> list[Override]:
    """Overrides of one ``years:`` entry: its transfers, Kurban Ait date and confirmation flag."""
    act = str(entry.get("act") or "") or _sources(entry.get("source")) or f"facts file, {year}"
    result: list[Override] = [
        Transfer(_as_date(t["day_off"], f"{year}"), _as_date(t["working_day"], f"{year}"), act)
        for t in entry.get("transfers") or []
    ]
    kurban = entry.get("kurban_ait")
    if kurban is not None:
        source = _sources(entry.get("kurban_ait_source"))
        ka_act = f"{KURBAN_AIT_AUTHORITY}: {source}" if source else KURBAN_AIT_AUTHORITY
        result.append(KurbanAitCorrection(year, _as_date(kurban, f"{year} kurban_ait"), ka_act))
    result.append(YearConfirmation(year, bool(entry.get("confirmed", False)), act))
    return result


def parse_facts(text: str) -> OverrideSet:
    """Parse the facts YAML (schema 1) into an OverrideSet, years ascending; ValueError if malformed."""
    doc = read_yaml(text)
    if not isinstance(doc, dict) or doc.get("schema") != 1 or not isinstance(doc.get("years"), dict):
        raise ValueError("calendar facts: expected a mapping with schema: 1 and years: {...}")
    items: list[Override] = []
    for year in sorted(doc["years"], key=int):
        items.extend(_year_overrides(int(year), doc["years"][year] or {}))
    return OverrideSet.of(items)


def load_facts(path: Path | None = None) -> OverrideSet:
    """The shipped facts (or the file at ``path``) as an :class:`OverrideSet`."""
    return parse_facts(read_facts_text(path))


def build_calendar(admin_overrides: OverrideSet | None = None, facts: OverrideSet | None = None) -> KazakhCalendar:
    """The office calendar: shipped facts first, then the administrator's overrides (which win), in order.

    Pass the stored override rows in creation order, e.g. ``OverrideSet.from_rows(rows)``.
    """
    base = load_facts() if facts is None else facts
    return KazakhCalendar(base.merged(admin_overrides or OverrideSet()))
