"""The legal checks of a filing against the law's place, time and picket rules: pure functions over plain data.

Every result is a *suggestion* the clerk confirms, never a decision: it names the rule (``article`` such as
"9.4" = art. 9 p.4, "14.1.9" = art. 14 p.1 sub. 9) and, where one exists, the refusal ground (``ground`` such as
"A14-9"). Some rules have no refusal ground at all (art. 9 p.1 and p.4, see Q10/Q11 of the domain notes): for
them the suggestion is a proposal of another place or time. For ground 10 the Constitutional Court's 61-NP
requires a proposal of another place and/or time first: the result says whether one was already made.

Times are local wall-clock times (naive); intervals are half-open, so 10:00-12:00 and 12:00-14:00 do not overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from akimat_desk.domain.places import DAY_CLOSES, DAY_OPENS, Booking, NoPicketZone, Place, PlaceKind, overlaps

PICKET = "picket"
ROUTE_FORMS = frozenset({"demonstration", "march"})
PLACE_FORMS = frozenset({"assembly", "rally"})
PICKET_MAX_HOURS = 2
#: Filings in these states no longer claim the place (for art. 9 p.3 and p.6).
INACTIVE_STATES = frozenset({"withdrawn", "refused", "out_of_scope", "not_held"})


@dataclass(frozen=True, slots=True)
class FilingFacts:
    """What the checks need to know about one filing (built by the service from the register)."""

    id: int
    incoming_number: str
    number_order: tuple[int, int]  # (year, sequence): the tie-break after the minute of receipt
    received_at: datetime  # aware
    form: str
    state: str  # status, or "refused" / "out_of_scope" when decided so
    place_id: int | None
    place_text: str
    starts_at: datetime | None
    ends_at: datetime | None
    participants: int | None
    sound_equipment: bool | None = None
    defect_items: tuple[int, ...] = ()
    defect_codes: tuple[str, ...] = ()
    filed_in_time: bool | None = None
    last_filing_day: date | None = None
    proposal_made: bool = False

    @property
    def receipt_order(self) -> tuple[datetime, tuple[int, int]]:
        """Art. 9 p.3 order: receipt time to the minute, then the incoming number."""
        return (self.received_at.replace(second=0, microsecond=0), self.number_order)


@dataclass(frozen=True, slots=True)
class CheckResult:
    code: str
    article: str
    ground: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


def _t(value: datetime) -> str:
    return value.strftime("%d.%m.%Y %H:%M")


def _end(start: datetime, end: datetime) -> str:
    """The end time alone when it falls on the start's day."""
    return end.strftime("%H:%M") if end.date() == start.date() else _t(end)


def check_filed_late(f: FilingFacts) -> list[CheckResult]:
    """Ground 4: registered after the last filing day (arts 10 p.1, 12 p.1)."""
    if f.filed_in_time is False:
        last = f.last_filing_day.strftime("%d.%m.%Y") if f.last_filing_day else ""
        return [CheckResult("filed_late", "14.1.4", "A14-4", {"last_filing_day": last})]
    return []


def check_defects(f: FilingFacts) -> list[CheckResult]:
    """Ground 5: items of the content missing or defective, or no signature."""
    if not f.defect_codes:
        return []
    items = ", ".join(str(i) for i in sorted(set(f.defect_items)))
    return [CheckResult("defects", "14.1.5", "A14-5", {"items": items, "count": len(f.defect_codes)})]


def check_hours(f: FilingFacts) -> list[CheckResult]:
    """Art. 9 p.4: not before 09:00, not after 20:00 on the event day (20:00 sharp is allowed)."""
    if f.starts_at is None or f.ends_at is None:
        return []
    opens = datetime.combine(f.starts_at.date(), DAY_OPENS)
    closes = datetime.combine(f.starts_at.date(), DAY_CLOSES)
    if f.starts_at < opens or f.ends_at > closes or f.ends_at <= f.starts_at:
        return [
            CheckResult("outside_hours", "9.4", None, {"start": _t(f.starts_at), "end": _end(f.starts_at, f.ends_at)})
        ]
    return []


def check_specialized_place(f: FilingFacts, place: Place | None) -> list[CheckResult]:
    """Art. 9 p.1: assemblies and rallies only in specialized places, demonstrations and marches only on routes;
    the place must be in force on the event day. No refusal ground names this (Q10): propose another place."""
    if f.form == PICKET:
        return []
    wanted = PlaceKind.ROUTE if f.form in ROUTE_FORMS else PlaceKind.PLACE
    if place is None:
        return [CheckResult("outside_specialized_place", "9.1", None, {"place": f.place_text})]
    if place.kind is not wanted:
        return [CheckResult("wrong_kind_of_place", "9.1", None, {"place": place.names.ru, "kind": wanted.value})]
    if f.starts_at is not None and not place.valid_on(f.starts_at.date()):
        return [
            CheckResult(
                "place_not_in_force", "9.1", None, {"place": place.names.ru, "day": f.starts_at.strftime("%d.%m.%Y")}
            )
        ]
    return []


def check_capacity(f: FilingFacts, place: Place | None) -> list[CheckResult]:
    """Ground 9: expected participants over the place's maximum occupancy (equal is within it)."""
    if place is None or place.max_occupancy is None or f.participants is None:
        return []
    if f.participants > place.max_occupancy:
        return [
            CheckResult(
                "over_capacity",
                "14.1.9",
                "A14-9",
                {"participants": f.participants, "max_occupancy": place.max_occupancy},
            )
        ]
    return []


def check_bookings(f: FilingFacts, place: Place | None, bookings: Iterable[Booking]) -> list[CheckResult]:
    """Ground 10: the place booked by another event or works at the time. 61-NP: propose first."""
    if place is None or f.starts_at is None or f.ends_at is None:
        return []
    results = []
    for b in sorted(bookings, key=lambda b: b.starts_at):
        if b.place_id == place.id and overlaps(f.starts_at, f.ends_at, b.starts_at, b.ends_at):
            code = "place_booked_propose_first" if not f.proposal_made else "place_booked"
            params = {
                "title": b.title,
                "kind": b.kind.value,
                "start": _t(b.starts_at),
                "end": _end(b.starts_at, b.ends_at),
            }
            results.append(CheckResult(code, "14.1.10", "A14-10", params))
    return results


def _same_place(a: FilingFacts, b: FilingFacts) -> bool:
    if a.place_id is not None or b.place_id is not None:
        return a.place_id == b.place_id
    return bool(a.place_text) and _norm(a.place_text) == _norm(b.place_text)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace(",", " ").replace(".", " ").split())


def _competitors(f: FilingFacts, others: Iterable[FilingFacts]) -> list[FilingFacts]:
    if f.starts_at is None or f.ends_at is None:
        return []
    return [
        o
        for o in others
        if o.id != f.id
        and o.state not in INACTIVE_STATES
        and o.starts_at is not None
        and o.ends_at is not None
        and _same_place(f, o)
        and overlaps(f.starts_at, f.ends_at, o.starts_at, o.ends_at)
    ]


def check_competing_filings(f: FilingFacts, place: Place | None, others: Iterable[FilingFacts]) -> list[CheckResult]:
    """Art. 9 p.3: another filing for the same place and an overlapping time was received earlier (to the
    minute; in the same minute the lower incoming number first). Pickets in a specialized place may share it."""
    results = []
    for o in sorted(_competitors(f, others), key=lambda o: o.receipt_order):
        if o.receipt_order >= f.receipt_order:
            continue
        if f.form == PICKET and o.form == PICKET:
            continue  # pickets: art. 9 p.6 below (outside specialized places), allowed inside them
        assert o.starts_at is not None and o.ends_at is not None  # _competitors keeps only timed filings
        params = {
            "number": o.incoming_number,
            "received": _t(o.received_at),
            "start": _t(o.starts_at),
            "end": _end(o.starts_at, o.ends_at),
        }
        results.append(CheckResult("earlier_filing_same_place", "9.3", None, params))
    return results


def check_second_picket(f: FilingFacts, place: Place | None, others: Iterable[FilingFacts]) -> list[CheckResult]:
    """Ground 8 (art. 9 p.6): a second picket at the same place and time, outside specialized places."""
    if f.form != PICKET or place is not None:
        return []
    earlier = [o for o in _competitors(f, others) if o.form == PICKET and o.receipt_order < f.receipt_order]
    return [
        CheckResult("second_picket", "9.6", "A14-8", {"number": o.incoming_number, "received": _t(o.received_at)})
        for o in sorted(earlier, key=lambda o: o.receipt_order)
    ]


def check_picket_rules(f: FilingFacts, place: Place | None) -> list[CheckResult]:
    """Art. 1 sub. 10: a picket is one person without sound equipment; art. 9 p.6: at most 2 hours a day
    outside specialized places (exactly 2 hours is allowed)."""
    if f.form != PICKET:
        return []
    results = []
    if f.sound_equipment:
        results.append(CheckResult("picket_sound_equipment", "1.10", None, {}))
    if f.participants is not None and f.participants > 1:
        results.append(CheckResult("picket_more_than_one", "1.10", None, {"participants": f.participants}))
    if place is None and f.starts_at and f.ends_at and f.ends_at - f.starts_at > timedelta(hours=PICKET_MAX_HOURS):
        hours = round((f.ends_at - f.starts_at).total_seconds() / 3600, 2)
        results.append(CheckResult("picket_too_long", "9.6", "A14-8", {"hours": hours, "limit": PICKET_MAX_HOURS}))
    return results


def check_no_picket_zones(f: FilingFacts, place: Place | None, zones: Iterable[NoPicketZone]) -> list[CheckResult]:
    """Ground 8 (art. 9 p.5): a picket whose place text names a no-picket zone (a specialized place never is)."""
    if f.form != PICKET or place is not None or not f.place_text:
        return []
    day = f.starts_at.date() if f.starts_at else None
    return [
        CheckResult("no_picket_zone", z.article, "A14-8", {"zone": z.names.ru, "category": z.category.value})
        for z in zones
        if z.matches(f.place_text)
        and (
            day is None or ((z.valid_from is None or z.valid_from <= day) and (z.valid_to is None or day <= z.valid_to))
        )
    ]


def run_all(
    f: FilingFacts,
    place: Place | None,
    bookings: Sequence[Booking],
    others: Sequence[FilingFacts],
    zones: Sequence[NoPicketZone],
) -> list[CheckResult]:
    """Every check in the order a clerk reads them: the filing itself, then time, place and other events."""
    return [
        *check_filed_late(f),
        *check_defects(f),
        *check_hours(f),
        *check_picket_rules(f, place),
        *check_no_picket_zones(f, place, zones),
        *check_specialized_place(f, place),
        *check_capacity(f, place),
        *check_bookings(f, place, bookings),
        *check_competing_filings(f, place, others),
        *check_second_picket(f, place, others),
    ]


CHECK_CODES = (
    "filed_late",
    "defects",
    "outside_hours",
    "picket_sound_equipment",
    "picket_more_than_one",
    "picket_too_long",
    "no_picket_zone",
    "outside_specialized_place",
    "wrong_kind_of_place",
    "place_not_in_force",
    "over_capacity",
    "place_booked_propose_first",
    "place_booked",
    "earlier_filing_same_place",
    "second_picket",
)
