"""Specialized places and routes (art. 8 p.2(1), art. 9 p.1), no-picket zones (art. 9 p.5, art. 8 p.2(2)) and
other bookings of a place (ground 10 of art. 14 p.1). Pure data: no I/O, no UI text.

Times of events and bookings are local wall-clock times of the place (naive datetimes), like the filings'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

#: Art. 9 p.4: an event may not start before 09:00 nor end after 20:00 local time.
DAY_OPENS = time(9, 0)
DAY_CLOSES = time(20, 0)


class PlaceKind(StrEnum):
    PLACE = "place"  # a specialized place (square, park...)
    ROUTE = "route"  # a designated route for demonstrations and marches


class ZoneCategory(StrEnum):
    """The six categories of art. 9 p.5, plus the maslikhat's own adjacent territories (art. 8 p.2(2))."""

    BURIAL = "burial"  # 1) places of mass burial
    TRANSPORT = "transport"  # 2) railway, water, air, road transport facilities
    DEFENCE_SECURITY = "defence_security"  # 3) defence, state security, life-support organizations
    RESIDENCE = "residence"  # 4) residences of the President
    HAZARDOUS = "hazardous"  # 5) hazardous industrial facilities
    TRUNK_NETWORKS = "trunk_networks"  # 6) trunk railways, pipelines, power grid, communication lines
    MASLIKHAT = "maslikhat"  # an adjacent territory set by the maslikhat decision


ZONE_SUBITEM: dict[ZoneCategory, int | None] = {
    ZoneCategory.BURIAL: 1,
    ZoneCategory.TRANSPORT: 2,
    ZoneCategory.DEFENCE_SECURITY: 3,
    ZoneCategory.RESIDENCE: 4,
    ZoneCategory.HAZARDOUS: 5,
    ZoneCategory.TRUNK_NETWORKS: 6,
    ZoneCategory.MASLIKHAT: None,
}


class BookingKind(StrEnum):
    """What else occupies a place (art. 14 p.1 sub. 10)."""

    OFFICIAL = "official"
    CULTURAL = "cultural"
    ENTERTAINMENT = "entertainment"
    HEALTH = "health"
    SPORTS = "sports"
    CONSTRUCTION = "construction"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Names:
    """A name in the three languages; ``get`` falls back to Russian, then Kazakh, then English."""

    kk: str
    ru: str
    en: str

    def get(self, lang: str) -> str:
        value = {"kk": self.kk, "ru": self.ru, "en": self.en}.get(lang, "")
        return value or self.ru or self.kk or self.en

    def all(self) -> tuple[str, str, str]:
        return (self.kk, self.ru, self.en)


@dataclass(frozen=True, slots=True)
class Place:
    """A specialized place or route as the maslikhat decision sets it."""

    id: int
    names: Names
    kind: PlaceKind
    district: str
    address: str  # the address, or for a route its description from start to end
    max_occupancy: int | None
    decision_number: str
    decision_date: date | None
    valid_from: date | None = None
    valid_to: date | None = None
    route_length_km: float | None = None
    rules: str = ""

    def valid_on(self, day: date) -> bool:
        """True when the maslikhat decision is in force for this place on ``day`` (both ends included)."""
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class NoPicketZone:
    """A named territory where picketing is banned; ``keywords`` are words that, found in a filing's place,
    suggest the place lies in the zone (e.g. "вокзал", "теміржол вокзалы")."""

    id: int
    names: Names
    category: ZoneCategory
    district: str
    description: str
    keywords: tuple[str, ...]
    decision_number: str = ""
    valid_from: date | None = None
    valid_to: date | None = None

    @property
    def article(self) -> str:
        sub = ZONE_SUBITEM[self.category]
        return f"9.5.{sub}" if sub else "8.2.2"

    def matches(self, place_text: str) -> bool:
        text = place_text.casefold()
        return any(k.casefold() in text for k in self.keywords if k.strip())


@dataclass(frozen=True, slots=True)
class Booking:
    """Another event or works occupying a place from ``starts_at`` to ``ends_at``."""

    id: int
    place_id: int
    kind: BookingKind
    title: str
    starts_at: datetime
    ends_at: datetime
    expected_participants: int | None = None
    note: str = ""


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: an event ending at 12:00 and another starting at 12:00 do not overlap."""
    return a_start < b_end and b_start < a_end


def free_periods(day: date, busy: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """The parts of ``day`` between 09:00 and 20:00 (art. 9 p.4) not covered by any ``busy`` interval."""
    cursor = datetime.combine(day, DAY_OPENS)
    closes = datetime.combine(day, DAY_CLOSES)
    result = []
    for start, end in sorted(busy):
        if end <= cursor or start >= closes:
            continue
        if start > cursor:
            result.append((cursor, min(start, closes)))
        cursor = max(cursor, end)
    if cursor < closes:
        result.append((cursor, closes))
    return result
