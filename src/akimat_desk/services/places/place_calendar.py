"""The window's week / month grid of one specialized place: the filings (with their incoming numbers, so a
click opens the card) and the other bookings of the place, each marked with the conflicts it takes part in, and
the free periods between 09:00 and 20:00 of every day.

This is the clerks' internal view (READ permission); the public board without personal data or numbers is
``services.occupancy``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from akimat_desk.domain.checks import INACTIVE_STATES
from akimat_desk.domain.errors import InvalidInput, NotFound
from akimat_desk.domain.places import Place, free_periods, overlaps
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.places.checks import state_of
from akimat_desk.storage.places.repositories import PlaceRepository

#: Conflict codes: ``booked`` (a filing and another booking overlap), ``overlap`` (two filings claim the place
#: at overlapping times; art. 9 p.3), ``over_capacity`` (more participants than the place holds).
CONFLICTS = ("booked", "overlap", "over_capacity")
MAX_DAYS = 62


@dataclass(frozen=True, slots=True)
class GridEvent:
    """A slot of the grid: ``source`` "filing" (``ref`` = filing id, ``label`` = incoming number) or
    "booking" (``ref`` = booking id, ``label`` = its title); ``what`` the form or booking kind code."""

    source: str
    ref: int
    label: str
    what: str
    starts_at: datetime
    ends_at: datetime
    participants: int | None
    state: str
    received_at: datetime | None
    conflicts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceGrid:
    place: Place
    first: date
    last: date
    events: tuple[GridEvent, ...]
    free: dict[date, tuple[tuple[datetime, datetime], ...]]

    def on(self, day: date) -> list[GridEvent]:
        return [e for e in self.events if e.starts_at.date() <= day <= e.ends_at.date()]


def place_grid(ctx: ServiceContext, place_id: int, first: date, last: date) -> PlaceGrid:
    """The slots of place ``place_id`` from ``first`` to ``last`` (cut to 62 days); withdrawn, refused and
    out-of-scope filings no longer hold the place and are left out."""
    ctx.require(Permission.READ)
    if last < first:
        raise InvalidInput("period_reversed", field="to")
    last = min(last, first + timedelta(days=MAX_DAYS - 1))
    with ctx.uow() as uow:
        repo = uow.repo(PlaceRepository)
        place = repo.place(place_id)
        if place is None:
            raise NotFound("place_not_found", field="place", reference=str(place_id))
        slots = [s for s in repo.slots_on_days(first, last) if s.place_id == place_id]
        bookings = repo.bookings(
            datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time()), place_id
        )
    raw: list[dict[str, object]] = []
    for s in slots:
        state = state_of(s)
        if state in INACTIVE_STATES or s.starts_at is None or s.ends_at is None:
            continue
        raw.append(
            {
                "source": "filing",
                "ref": s.id,
                "label": s.incoming_number,
                "what": s.form,
                "starts_at": s.starts_at,
                "ends_at": s.ends_at,
                "participants": s.participants,
                "state": state,
                "received_at": s.received_at,
            }
        )
    for b in bookings:
        raw.append(
            {
                "source": "booking",
                "ref": b.id,
                "label": b.title,
                "what": b.kind.value,
                "starts_at": b.starts_at,
                "ends_at": b.ends_at,
                "participants": b.expected_participants,
                "state": "booking",
                "received_at": None,
            }
        )
    events = [GridEvent(**e, conflicts=_conflicts(e, raw, place)) for e in raw]  # type: ignore[arg-type]
    events.sort(key=lambda e: (e.starts_at, e.ends_at, e.source, e.ref))
    free: dict[date, tuple[tuple[datetime, datetime], ...]] = {}
    day = first
    while day <= last:
        busy = [(e.starts_at, e.ends_at) for e in events if e.starts_at.date() <= day <= e.ends_at.date()]
        free[day] = tuple(free_periods(day, busy)) if place.valid_on(day) else ()
        day += timedelta(days=1)
    return PlaceGrid(place, first, last, tuple(events), free)


def _conflicts(event: dict[str, object], everything: list[dict[str, object]], place: Place) -> tuple[str, ...]:
    found: list[str] = []
    start, end = event["starts_at"], event["ends_at"]
    assert isinstance(start, datetime) and isinstance(end, datetime)
    for other in everything:
        if other is event:
            continue
        o_start, o_end = other["starts_at"], other["ends_at"]
        assert isinstance(o_start, datetime) and isinstance(o_end, datetime)
        if not overlaps(start, end, o_start, o_end):
            continue
        if "booking" in (event["source"], other["source"]) and event["source"] != other["source"]:
            found.append("booked")
        elif event["source"] == other["source"] == "filing":
            found.append("overlap")
    people = event["participants"]
    if event["source"] == "filing" and place.max_occupancy and isinstance(people, int) and people > place.max_occupancy:
        found.append("over_capacity")
    return tuple(c for c in CONFLICTS if c in found)
