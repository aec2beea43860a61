"""The administrator's override layer on top of the ``holidays`` package: data only, no behaviour.

An :class:`OverrideSet` is an immutable, ordered sequence of overrides. Order matters only when two overrides
touch the same day or year: the later one wins. The register stores each override as one row
(``kind, day, paired_day, year, act``); :func:`override_from_row` / :func:`override_to_row` convert.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any


def _require_act(act: str) -> None:
    if not act or not act.strip():
        raise ValueError("every calendar override needs the act (legal basis) that makes it")


@dataclass(frozen=True, slots=True)
class Transfer:
    """A transfer of a day off (перенос дня отдыха): ``day_off`` becomes non-working, ``working_day`` working.

    If ``working_day`` was itself a statutory moved holiday, the transfer cancels that move (2020-05-11).
    """

    day_off: date
    working_day: date
    act: str

    def __post_init__(self) -> None:
        _require_act(self.act)
        if self.day_off == self.working_day:
            raise ValueError("a transfer needs two different days")


@dataclass(frozen=True, slots=True)
class ExtraDayOff:
    """A day made non-working by an act (e.g. a one-off decree)."""

    day: date
    act: str

    def __post_init__(self) -> None:
        _require_act(self.act)


@dataclass(frozen=True, slots=True)
class ExtraWorkingDay:
    """A day made working by an act."""

    day: date
    act: str

    def __post_init__(self) -> None:
        _require_act(self.act)


@dataclass(frozen=True, slots=True)
class KurbanAitCorrection:
    """The first day of Kurban Ait for ``year`` as fixed by the Spiritual Administration of Muslims (ДУМК).

    Replaces the date the ``holidays`` package has (often an estimate). Never moved when it falls on a
    weekend.
    """

    year: int
    day: date
    act: str

    def __post_init__(self) -> None:
        _require_act(self.act)
        if self.day.year != self.year:
            raise ValueError(f"Kurban Ait {self.day} is not in {self.year}")


@dataclass(frozen=True, slots=True)
class YearConfirmation:
    """Whether all acts for ``year`` are known (transfers published, Kurban Ait fixed)."""

    year: int
    confirmed: bool
    act: str

    def __post_init__(self) -> None:
        _require_act(self.act)


Override = Transfer | ExtraDayOff | ExtraWorkingDay | KurbanAitCorrection | YearConfirmation
DayOverride = Transfer | ExtraDayOff | ExtraWorkingDay


class OverrideKind(StrEnum):
    """Row codes for stored overrides."""

    TRANSFER = "transfer"
    EXTRA_DAY_OFF = "extra_day_off"
    EXTRA_WORKING_DAY = "extra_working_day"
    KURBAN_AIT = "kurban_ait"
    CONFIRM_YEAR = "confirm_year"
    UNCONFIRM_YEAR = "unconfirm_year"


def override_to_row(item: Override) -> dict[str, Any]:
    """The storage row of an override: ``{"kind", "day", "paired_day", "year", "act"}`` (``date`` values)."""
    row: dict[str, Any] = {"kind": None, "day": None, "paired_day": None, "year": None, "act": item.act}
    match item:
        case Transfer():
            row |= {"kind": OverrideKind.TRANSFER, "day": item.day_off, "paired_day": item.working_day}
        case ExtraDayOff():
            row |= {"kind": OverrideKind.EXTRA_DAY_OFF, "day": item.day}
        case ExtraWorkingDay():
            row |= {"kind": OverrideKind.EXTRA_WORKING_DAY, "day": item.day}
        case KurbanAitCorrection():
            row |= {"kind": OverrideKind.KURBAN_AIT, "day": item.day, "year": item.year}
        case YearConfirmation():
            kind = OverrideKind.CONFIRM_YEAR if item.confirmed else OverrideKind.UNCONFIRM_YEAR
            row |= {"kind": kind, "year": item.year}
    row["kind"] = str(row["kind"])
    return row


def _need(value: Any, name: str, kind: str) -> Any:
    if value is None:
        raise ValueError(f"override {kind!r} needs {name}")
    return value


def override_from_row(kind: str, day: date | None, paired_day: date | None, year: int | None, act: str) -> Override:
    """Build an override from a storage row; raise ValueError for an unknown kind or a missing field."""
    code = OverrideKind(kind)
    if code is OverrideKind.TRANSFER:
        return Transfer(_need(day, "day", kind), _need(paired_day, "paired_day", kind), act)
    if code is OverrideKind.EXTRA_DAY_OFF:
        return ExtraDayOff(_need(day, "day", kind), act)
    if code is OverrideKind.EXTRA_WORKING_DAY:
        return ExtraWorkingDay(_need(day, "day", kind), act)
    if code is OverrideKind.KURBAN_AIT:
        the_day: date = _need(day, "day", kind)
        return KurbanAitCorrection(year if year is not None else the_day.year, the_day, act)
    return YearConfirmation(_need(year, "year", kind), code is OverrideKind.CONFIRM_YEAR, act)


@dataclass(frozen=True, slots=True)
class OverrideSet:
    """An immutable ordered collection of overrides; later items win over earlier ones for a day/year."""

    items: tuple[Override, ...] = ()

    @classmethod
    def of(cls, items: Iterable[Override]) -> OverrideSet:
        """An OverrideSet over ``items`` in the given order."""
        return cls(tuple(items))

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> OverrideSet:
        """Build from storage rows (mappings with kind/day/paired_day/year/act), in the order given."""
        return cls(
            tuple(
                override_from_row(r["kind"], r.get("day"), r.get("paired_day"), r.get("year"), r["act"]) for r in rows
            )
        )

    def __iter__(self) -> Iterator[Override]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def with_added(self, *items: Override) -> OverrideSet:
        """A new set with ``items`` appended (they win over existing ones)."""
        return OverrideSet(self.items + items)

    def merged(self, other: OverrideSet) -> OverrideSet:
        """A new set: this one, then ``other`` (e.g. shipped facts, then the administrator's rows)."""
        return OverrideSet(self.items + other.items)

    def day_overrides(self) -> tuple[DayOverride, ...]:
        """Transfers, extra days off and extra working days, in order."""
        return tuple(i for i in self.items if isinstance(i, Transfer | ExtraDayOff | ExtraWorkingDay))

    def kurban_ait(self, year: int) -> KurbanAitCorrection | None:
        """The last Kurban Ait correction for ``year``, if any."""
        found = [i for i in self.items if isinstance(i, KurbanAitCorrection) and i.year == year]
        return found[-1] if found else None

    def confirmation(self, year: int) -> YearConfirmation | None:
        """The last confirmation entry for ``year``, if any."""
        found = [i for i in self.items if isinstance(i, YearConfirmation) and i.year == year]
        return found[-1] if found else None

    def fingerprint(self) -> str:
        """A deterministic 16-hex-digit digest of the ordered content (same content, same fingerprint)."""
        lines = [
            json.dumps(
                {k: (v.isoformat() if isinstance(v, date) else v) for k, v in override_to_row(i).items()},
                sort_keys=True,
                ensure_ascii=False,
            )
            for i in self.items
        ]
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
