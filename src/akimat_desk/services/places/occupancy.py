"""The public occupancy board (art. 8 p.3(10); Constitutional Court 61-NP): for each specialized place, the
planned events with place, date, start and end time and expected participants, and the free periods between
09:00 and 20:00. Exported as a self-contained HTML page and as CSV, in kk, ru or en.

The board carries NO personal data: no organizer, IIN/BIN, address, phone, e-mail, purpose or incoming number;
a filing appears only as its form, its times, its expected participants and whether it is agreed or under review.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from akimat_desk.domain.checks import INACTIVE_STATES
from akimat_desk.domain.places import Booking, Place, free_periods
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.cell_safety import csv_row
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.places.checks import state_of
from akimat_desk.storage.places.repositories import FilingSlot, PlaceRepository

_AGREED = {"informed", "informed_with_conditions", "approved", "approved_without_sound_and_vehicles"}


@dataclass(frozen=True, slots=True)
class BoardEvent:
    """One planned event: ``source`` is ``filing`` or ``booking``; ``what`` a form or booking kind code."""

    source: str
    what: str
    title: str  # a booking's public title; empty for filings
    starts_at: datetime
    ends_at: datetime
    participants: int | None
    state: str  # agreed, under_review, booking


@dataclass(frozen=True, slots=True)
class BoardDay:
    day: date
    events: tuple[BoardEvent, ...]
    free: tuple[tuple[datetime, datetime], ...]


@dataclass(frozen=True, slots=True)
class PlaceBoard:
    place: Place
    days: tuple[BoardDay, ...]


@dataclass(frozen=True, slots=True)
class Board:
    first: date
    last: date
    generated_at: datetime
    places: tuple[PlaceBoard, ...]


def _filing_event(slot: FilingSlot) -> BoardEvent | None:
    state = state_of(slot)
    if state in INACTIVE_STATES or slot.starts_at is None or slot.ends_at is None:
        return None
    agreed = (slot.status == Status.DECIDED and slot.outcome in _AGREED) or state in ("held", "proposal_accepted")
    return BoardEvent(
        "filing", slot.form, "", slot.starts_at, slot.ends_at, slot.participants, "agreed" if agreed else "under_review"
    )


def _booking_event(b: Booking) -> BoardEvent:
    return BoardEvent("booking", b.kind.value, b.title, b.starts_at, b.ends_at, b.expected_participants, "booking")


def build_board(ctx: ServiceContext, first: date, last: date) -> Board:
    """The board of every specialized place in force in the period, day by day from ``first`` to ``last``."""
    ctx.require(Permission.EXPORT)
    with ctx.uow() as uow:
        repo = uow.repo(PlaceRepository)
        places = [p for p in repo.places() if _in_force_during(p, first, last)]
        slots = repo.slots_on_days(first, last)
        bookings = repo.bookings(datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time()))
    boards = []
    for place in places:
        events = [e for s in slots if s.place_id == place.id and (e := _filing_event(s)) is not None]
        events += [_booking_event(b) for b in bookings if b.place_id == place.id]
        boards.append(PlaceBoard(place, tuple(_days(place, events, first, last))))
    return Board(first, last, ctx.clock(), tuple(boards))


def _in_force_during(place: Place, first: date, last: date) -> bool:
    return (place.valid_from is None or place.valid_from <= last) and (
        place.valid_to is None or first <= place.valid_to
    )


def _days(place: Place, events: list[BoardEvent], first: date, last: date) -> Iterable[BoardDay]:
    day = first
    while day <= last:
        if place.valid_on(day):
            todays = sorted(
                (e for e in events if e.starts_at.date() <= day <= e.ends_at.date()),
                key=lambda e: (e.starts_at, e.ends_at),
            )
            busy = [(e.starts_at, e.ends_at) for e in todays]
            yield BoardDay(day, tuple(todays), tuple(free_periods(day, busy)))
        day += timedelta(days=1)


# ---- CSV ------------------------------------------------------------------------------------------------------
def _what(e: BoardEvent, lang: str) -> str:
    label = message(f"form.{e.what}" if e.source == "filing" else f"booking.{e.what}", lang)
    return f"{label}: {e.title}" if e.title else label


def board_csv(board: Board, lang: str) -> str:
    """One row per event and per free period: place, district, date, start, end, row type, event, participants."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            message(f"board.col.{c}", lang)
            for c in ("place", "district", "date", "start", "end", "row", "event", "participants", "state")
        ]
    )
    for pb in board.places:
        name = pb.place.names.get(lang)
        for d in pb.days:
            rows = [
                (
                    e.starts_at,
                    e.ends_at,
                    message("board.row.event", lang),
                    _what(e, lang),
                    "" if e.participants is None else str(e.participants),
                    message(f"board.state.{e.state}", lang),
                )
                for e in d.events
            ]
            rows += [(s, t, message("board.row.free", lang), "", "", "") for s, t in d.free]
            for start, end, kind, what, people, state in sorted(rows, key=lambda r: (r[0], r[1])):
                writer.writerow(
                    csv_row(
                        [
                            name,
                            pb.place.district,
                            d.day.isoformat(),
                            _hm(start, d.day),
                            _hm(end, d.day),
                            kind,
                            what,
                            people,
                            state,
                        ]
                    )
                )
    return out.getvalue()


def _hm(moment: datetime, day: date) -> str:
    return moment.strftime("%H:%M") if moment.date() == day else moment.strftime("%d.%m %H:%M")


# ---- HTML -----------------------------------------------------------------------------------------------------
_CSS = """
body{font-family:"Liberation Sans",Arial,sans-serif;margin:2em;color:#111;background:#fff}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:2px solid #1f4e79}
.meta{color:#444}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #999;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#e8eef5}td.free{color:#1b5e20}td.busy{font-weight:bold}tr.day td{background:#f6f6f6}
@media print{body{margin:0}h2{page-break-before:auto}}
"""


def board_html(board: Board, lang: str) -> str:
    """A self-contained page (inline CSS, no scripts, no external files) for the akimat's website."""
    e = html.escape
    title = message("board.title", lang)
    period = message("board.period", lang, first=board.first.strftime("%d.%m.%Y"), last=board.last.strftime("%d.%m.%Y"))
    parts = [
        f'<!DOCTYPE html>\n<html lang="{e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f'<h1>{e(title)}</h1><p class="meta">{e(period)}. {e(message("board.basis", lang))}</p>',
        f'<p class="meta">{e(message("board.generated", lang, at=board.generated_at.strftime("%d.%m.%Y %H:%M")))}'
        " UTC</p>",
    ]
    if not board.places:
        parts.append(f"<p>{e(message('board.no_places', lang))}</p>")
    for pb in board.places:
        parts.append(_place_html(pb, lang))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _place_html(pb: PlaceBoard, lang: str) -> str:
    e, p = html.escape, pb.place
    facts = [message(f"place.kind.{p.kind.value}", lang), p.district, p.address]
    if p.max_occupancy:
        facts.append(message("board.capacity", lang, max_occupancy=p.max_occupancy))
    if p.route_length_km:
        facts.append(message("board.length", lang, km=p.route_length_km))
    head = "".join(
        f"<th>{e(message(f'board.col.{c}', lang))}</th>"
        for c in ("date", "start", "end", "event", "participants", "state")
    )
    rows = [
        f'<h2>{e(p.names.get(lang))}</h2><p class="meta">{e(" · ".join(f for f in facts if f))}</p>',
        f"<table><thead><tr>{head}</tr></thead><tbody>",
    ]
    for d in pb.days:
        items = [
            (
                ev.starts_at,
                ev.ends_at,
                _what(ev, lang),
                "" if ev.participants is None else str(ev.participants),
                message(f"board.state.{ev.state}", lang),
                "busy",
            )
            for ev in d.events
        ]
        items += [(s, t, message("board.row.free", lang), "", "", "free") for s, t in d.free]
        for i, (start, end, what, people, state, css) in enumerate(sorted(items, key=lambda r: (r[0], r[1]))):
            day_cell = e(d.day.strftime("%d.%m.%Y")) if i == 0 else ""
            rows.append(
                f'<tr class="{"day" if i == 0 else ""}"><td>{day_cell}</td><td>{_hm(start, d.day)}</td>'
                f'<td>{_hm(end, d.day)}</td><td class="{css}">{e(what)}</td><td>{e(people)}</td>'
                f"<td>{e(state)}</td></tr>"
            )
    rows.append("</tbody></table>")
    return "\n".join(rows)
