"""Statistics of the register the way the one-year report on the law tabulates them: counts of filings by
district, place, form, outcome, refusal ground and month, for a period of registration dates.

Each filing counts once, under one outcome: the final event state when there is one (withdrawn, held, not held,
suspended, terminated), else ``proposal_accepted`` when the organizer accepted a proposal, else the decision
(informed, approved, refused, out of scope), else ``pending``. With ``ground`` among the keys a refused filing
counts once per ground of its latest refusal decision (so ground rows may add up to more than the total).
District: of the linked specialized place; else a registered place named in the filing's place text; else the
"... ауданы" / "... район" words of the place text; else empty (shown as "not stated").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.places import Names, Place
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.reports.statistics_package import OUTCOMES
from akimat_desk.services.reports.table_export import Cell, PlainTable, to_pdf, to_xlsx
from akimat_desk.storage.places import FilingSlot, PlaceRepository
from akimat_desk.storage.reports.statistics import StatisticsRepository

KEYS = ("district", "place", "form", "outcome", "ground", "month", "kind")
_FINAL = {"withdrawn", "held", "not_held", "suspended", "terminated"}
_DECIDED = {
    "informed": "informed",
    "informed_with_conditions": "informed",
    "approved": "approved",
    "approved_without_sound_and_vehicles": "approved",
    "refused": "refused",
    "out_of_scope": "out_of_scope",
}
_DISTRICT = re.compile(r"([\w\-]+)\s+(ауданы|району?|р-н|district)\b|\b(район|р-н)\s+([\w\-]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatsTable:
    first: date
    last: date
    by: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]  # the ``by`` keys (codes) and "count"
    total: int
    place_names: dict[str, Names] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "by": list(self.by),
            "rows": [dict(r) for r in self.rows],
            "total": self.total,
        }


def parse_keys(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """``form,district`` -> ("form", "district"); unknown keys are refused naming the field ``--by``."""
    items = text.split(",") if isinstance(text, str) else list(text or ["form"])
    keys = tuple(k.strip() for k in items if k.strip())
    unknown = [k for k in keys if k not in KEYS]
    if unknown or not keys or len(set(keys)) != len(keys):
        raise InvalidInput("stats_key_unknown", field="--by", value=",".join(unknown or keys), known=", ".join(KEYS))
    return keys


def outcome_of(slot: FilingSlot, accepted_proposal: bool) -> str:
    if slot.status in _FINAL:
        return slot.status
    if slot.status == Status.PROPOSAL_ACCEPTED:
        return "proposal_accepted"
    if slot.status == Status.DECIDED and slot.outcome in _DECIDED:
        decided = _DECIDED[slot.outcome]
        return "proposal_accepted" if accepted_proposal and decided in ("informed", "approved") else decided
    return "pending"


def district_of(slot: FilingSlot, places: dict[int, Place]) -> str:
    if slot.place_id is not None and slot.place_id in places:
        return places[slot.place_id].district
    text = slot.place_text.casefold()
    for place in places.values():
        if place.district and any(n and n.casefold() in text for n in place.names.all()):
            return place.district
    match = _DISTRICT.search(slot.place_text)
    if match:
        return (match.group(1) or match.group(4) or "").strip()
    return ""


def compute_statistics(ctx: ServiceContext, first: date, last: date, by: Sequence[str]) -> StatsTable:
    """Counts of the filings registered from ``first`` to ``last`` (both included), grouped by ``by``."""
    ctx.require(Permission.READ)
    keys = parse_keys(list(by))
    if last < first:
        raise InvalidInput("period_reversed", field="--to")
    with ctx.uow() as uow:
        repo = uow.repo(PlaceRepository)
        slots = repo.slots_registered(first, last)
        places = {p.id: p for p in repo.places()}
        ids = [s.id for s in slots]
        stats = uow.repo(StatisticsRepository)
        grounds = stats.refusal_grounds(ids) if "ground" in keys else {}
        accepted = stats.accepted_proposals(ids) if "outcome" in keys else set()
    counter: Counter[tuple[str, ...]] = Counter()
    for slot in slots:
        for combo in _combos(slot, keys, places, grounds, accepted):
            counter[combo] += 1
    rows = tuple(
        {**dict(zip(keys, combo, strict=True)), "count": n}
        for combo, n in sorted(
            counter.items(), key=lambda item: tuple(_order(k, v) for k, v in zip(keys, item[0], strict=True))
        )
    )
    names = {str(p.id): p.names for p in places.values()}
    return StatsTable(first, last, keys, rows, len(slots), names)


def _order(key: str, value: str) -> tuple[int, str]:
    if key == "form":
        return (("picket", "assembly", "rally", "demonstration", "march").index(value), "")
    if key == "outcome":
        return (OUTCOMES.index(value), "")
    return (1 if value == "" else 0, value)


def _combos(
    slot: FilingSlot, keys: Sequence[str], places: dict[int, Place], grounds: dict[int, list[str]], accepted: set[int]
) -> Iterable[tuple[str, ...]]:
    values: list[list[str]] = []
    for key in keys:
        if key == "ground":
            refused = slot.status == Status.DECIDED and slot.outcome == "refused"
            values.append((grounds.get(slot.id) or ["not_stated"]) if refused else [""])
        elif key == "outcome":
            values.append([outcome_of(slot, slot.id in accepted)])
        elif key == "district":
            values.append([district_of(slot, places)])
        elif key == "place":
            place = places.get(slot.place_id) if slot.place_id is not None else None
            values.append([str(place.id) if place else ""])
        elif key == "month":
            values.append([slot.registered_on.strftime("%Y-%m")])
        else:
            values.append([getattr(slot, key)])
    combos: list[tuple[str, ...]] = [()]
    for options in values:
        combos = [(*c, v) for c in combos for v in options]
    return combos


# ---- export ---------------------------------------------------------------------------------------------------
def label(table: StatsTable, key: str, value: str, lang: str) -> str:
    """A key's value as a reader sees it in ``lang``."""
    if value == "":
        return message(f"stats.none.{key}", lang)
    if key == "form":
        return message(f"form.{value}", lang)
    if key == "kind":
        return message(f"kind.{value}", lang)
    if key == "outcome":
        return message(f"stats.outcome.{value}", lang)
    if key == "ground":
        return (
            message("stats.ground", lang, code=value) if value != "not_stated" else message("stats.ground_none", lang)
        )
    if key == "place" and value in table.place_names:
        return table.place_names[value].get(lang)
    return value


def export_table(table: StatsTable, lang: str) -> PlainTable:
    """A flat table (one row per combination), or for two keys the cross table of the report (rows by the first
    key, a column per value of the second, totals on the right and below)."""
    title = message("stats.title", lang)
    subtitle = message(
        "stats.period",
        lang,
        first=table.first.strftime("%d.%m.%Y"),
        last=table.last.strftime("%d.%m.%Y"),
        total=table.total,
    )
    heads = [message(f"stats.key.{k}", lang) for k in table.by]
    count = message("stats.count", lang)
    if len(table.by) == 2:
        return _cross(table, lang, title, subtitle, heads)
    rows = tuple((*(label(table, k, r[k], lang) for k in table.by), r["count"]) for r in table.rows)
    footer: tuple[Cell, ...] = (message("stats.total", lang), *([""] * (len(table.by) - 1)), table.total)
    return PlainTable(title, subtitle, (*heads, count), rows, footer=footer)


def _cross(table: StatsTable, lang: str, title: str, subtitle: str, heads: list[str]) -> PlainTable:
    first, second = table.by
    row_values = list(dict.fromkeys(r[first] for r in table.rows))
    col_values = sorted({r[second] for r in table.rows}, key=lambda v: _order(second, v))
    cells = {(r[first], r[second]): r["count"] for r in table.rows}
    total = message("stats.total", lang)
    header = (f"{heads[0]} \\ {heads[1]}", *(label(table, second, v, lang) for v in col_values), total)
    rows = tuple(
        (
            label(table, first, rv, lang),
            *(cells.get((rv, cv), 0) for cv in col_values),
            sum(cells.get((rv, cv), 0) for cv in col_values),
        )
        for rv in row_values
    )
    sums = [sum(cells.get((rv, cv), 0) for rv in row_values) for cv in col_values]
    footer = (total, *sums, sum(sums))
    return PlainTable(title, subtitle, header, rows, widths=(3.0, *([1.0] * (len(col_values) + 1))), footer=footer)


def write_statistics(table: StatsTable, lang: str, *, xlsx: Path | None = None, pdf: Path | None = None) -> None:
    plain = export_table(table, lang)
    if xlsx is not None:
        to_xlsx([plain], xlsx)
    if pdf is not None:
        to_pdf(plain, pdf, wide=len(plain.header) > 6)
