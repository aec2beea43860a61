"""Use cases of places (administrator): specialized places and routes from the maslikhat decisions, no-picket
zones, other bookings of a place; and linking a filing to its specialized place (a history event).

Inputs arrive as plain mappings of strings or values (from the CLI or a dialog); every field is validated here
and a bad one raises ``InvalidInput`` naming the field, with nothing written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from akimat_desk.domain.errors import InvalidInput, NotFound
from akimat_desk.domain.filing import EventAction
from akimat_desk.domain.places import Booking, BookingKind, NoPicketZone, Place, PlaceKind, ZoneCategory
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings import load_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.filings import NewEvent
from akimat_desk.storage.places.repositories import PlaceRepository


@dataclass(frozen=True, slots=True)
class PlaceChanged:
    place: Place
    changes: Changes


@dataclass(frozen=True, slots=True)
class ZoneAdded:
    zone: NoPicketZone
    changes: Changes


@dataclass(frozen=True, slots=True)
class BookingChanged:
    """A booking recorded or cancelled: the places' catalogue (``SETTINGS``), which the checks of every
    filing at that place read."""

    booking: Booking
    changes: Changes


def _text(fields: Mapping[str, Any], name: str, required: bool = False) -> str:
    value = fields.get(name)
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise InvalidInput("place_field_required", field=name)
    return text


def _day(fields: Mapping[str, Any], name: str) -> date | None:
    value = fields.get(name)
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput("place_date_invalid", field=name, value=str(value)) from None


def _number(fields: Mapping[str, Any], name: str, kind: type[int] | type[float]) -> Any:
    value = fields.get(name)
    if value is None or value == "":
        return None
    try:
        number = kind(str(value).strip().replace(",", "."))
    except ValueError:
        raise InvalidInput("place_number_invalid", field=name, value=str(value)) from None
    if number <= 0:
        raise InvalidInput("place_number_invalid", field=name, value=str(value))
    return number


def _moment(value: Any, name: str) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    try:
        return datetime.fromisoformat(str(value).strip()).replace(tzinfo=None)
    except ValueError:
        raise InvalidInput("place_time_invalid", field=name, value=str(value)) from None


def _validity(fields: Mapping[str, Any]) -> dict[str, date | None]:
    valid_from, valid_to = _day(fields, "valid_from"), _day(fields, "valid_to")
    if valid_from and valid_to and valid_to < valid_from:
        raise InvalidInput("place_validity_reversed", field="valid_to")
    return {"valid_from": valid_from, "valid_to": valid_to}


def place_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validated column values of a place: names in kk and ru required (en falls back to ru), the maslikhat
    decision number, and a positive maximum occupancy for a place (optional for a route)."""
    try:
        kind = PlaceKind(_text(fields, "kind") or "place")
    except ValueError:
        raise InvalidInput("place_kind_unknown", field="kind", value=_text(fields, "kind")) from None
    values: dict[str, Any] = {
        "kind": kind.value,
        "name_kk": _text(fields, "name_kk", required=True),
        "name_ru": _text(fields, "name_ru", required=True),
        "name_en": _text(fields, "name_en"),
        "district": _text(fields, "district"),
        "address": _text(fields, "address", required=True),
        "route_length_km": _number(fields, "route_length_km", float),
        "max_occupancy": _number(fields, "max_occupancy", int),
        "rules": _text(fields, "rules"),
        "decision_number": _text(fields, "decision_number", required=True),
        "decision_date": _day(fields, "decision_date"),
        **_validity(fields),
    }
    if kind is PlaceKind.PLACE and values["max_occupancy"] is None:
        raise InvalidInput("place_field_required", field="max_occupancy")
    return values


def add_place(ctx: ServiceContext, fields: Mapping[str, Any]) -> PlaceChanged:
    """Add a specialized place or route (permission MANAGE_PLACES)."""
    ctx.require(Permission.MANAGE_PLACES)
    values = place_values(fields)
    with ctx.uow(write=True) as uow:
        repo = uow.repo(PlaceRepository)
        place = repo.place(repo.add_place(values, ctx.clock(), ctx.actor))
        uow.commit()
    assert place is not None
    return PlaceChanged(place, Changes.SETTINGS)


def update_place(ctx: ServiceContext, place_id: int, fields: Mapping[str, Any]) -> PlaceChanged:
    """Change some fields of a place (e.g. ``valid_to`` when a new maslikhat decision retires it)."""
    ctx.require(Permission.MANAGE_PLACES)
    with ctx.uow(write=True) as uow:
        repo = uow.repo(PlaceRepository)
        current = _existing(repo, place_id)
        merged = {**place_fields(current), **fields}
        repo.update_place(place_id, place_values(merged))
        place = repo.place(place_id)
        uow.commit()
    assert place is not None
    return PlaceChanged(place, Changes.SETTINGS)


def place_fields(p: Place) -> dict[str, Any]:
    """The values a place is saved from, by the names the register and the office chain use."""
    return {
        "kind": p.kind.value,
        "name_kk": p.names.kk,
        "name_ru": p.names.ru,
        "name_en": p.names.en,
        "district": p.district,
        "address": p.address,
        "route_length_km": p.route_length_km,
        "max_occupancy": p.max_occupancy,
        "rules": p.rules,
        "decision_number": p.decision_number,
        "decision_date": p.decision_date,
        "valid_from": p.valid_from,
        "valid_to": p.valid_to,
    }


def _existing(repo: PlaceRepository, place_id: int) -> Place:
    place = repo.place(place_id)
    if place is None:
        raise NotFound("place_not_found", field="place", reference=str(place_id))
    return place


def list_places(ctx: ServiceContext) -> list[Place]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(PlaceRepository).places()


def add_zone(ctx: ServiceContext, fields: Mapping[str, Any]) -> ZoneAdded:
    """Add a no-picket zone with its art. 9 p.5 category (or ``maslikhat`` for an adjacent territory)."""
    ctx.require(Permission.MANAGE_PLACES)
    try:
        category = ZoneCategory(_text(fields, "category", required=True))
    except ValueError:
        raise InvalidInput("zone_category_unknown", field="category", value=_text(fields, "category")) from None
    raw = fields.get("keywords") or ()
    keywords = [k.strip() for k in (raw.split(";") if isinstance(raw, str) else raw) if str(k).strip()]
    if not keywords:
        raise InvalidInput("place_field_required", field="keywords")
    values = {
        "category": category.value,
        "name_kk": _text(fields, "name_kk", True),
        "name_ru": _text(fields, "name_ru", True),
        "name_en": _text(fields, "name_en"),
        "district": _text(fields, "district"),
        "description": _text(fields, "description"),
        "keywords": keywords,
        "decision_number": _text(fields, "decision_number"),
        **_validity(fields),
    }
    with ctx.uow(write=True) as uow:
        repo = uow.repo(PlaceRepository)
        new_id = repo.add_zone(values, ctx.clock(), ctx.actor)
        zone = next(z for z in repo.zones() if z.id == new_id)
        uow.commit()
    return ZoneAdded(zone, Changes.SETTINGS)


def list_zones(ctx: ServiceContext) -> list[NoPicketZone]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(PlaceRepository).zones()


def book_place(ctx: ServiceContext, place_id: int, fields: Mapping[str, Any]) -> BookingChanged:
    """Record another event or works at a place (ground 10). Overlapping bookings are allowed (the
    administrator records what the city decided); the checks show them against filings."""
    ctx.require(Permission.MANAGE_PLACES)
    try:
        kind = BookingKind(_text(fields, "kind") or "other")
    except ValueError:
        raise InvalidInput("booking_kind_unknown", field="kind", value=_text(fields, "kind")) from None
    starts, ends = _moment(fields.get("starts_at"), "starts_at"), _moment(fields.get("ends_at"), "ends_at")
    if ends <= starts:
        raise InvalidInput("booking_ends_before_start", field="ends_at")
    booking = Booking(
        0,
        place_id,
        kind,
        _text(fields, "title", required=True),
        starts,
        ends,
        _number(fields, "expected_participants", int),
        _text(fields, "note"),
    )
    with ctx.uow(write=True) as uow:
        repo = uow.repo(PlaceRepository)
        _existing(repo, place_id)
        new_id = repo.add_booking(booking, ctx.clock(), ctx.actor)
        uow.commit()
    return BookingChanged(Booking(new_id, *(getattr(booking, n) for n in Booking.__slots__[1:])), Changes.SETTINGS)


def cancel_booking(ctx: ServiceContext, booking_id: int) -> BookingChanged:
    ctx.require(Permission.MANAGE_PLACES)
    with ctx.uow(write=True) as uow:
        cancelled = uow.repo(PlaceRepository).cancel_booking(booking_id, ctx.clock())
        if cancelled is None:
            raise NotFound("booking_not_found", field="booking", reference=str(booking_id))
        uow.commit()
    return BookingChanged(cancelled, Changes.SETTINGS)


def list_bookings(ctx: ServiceContext, first: date, last: date, place_id: int | None = None) -> list[Booking]:
    ctx.require(Permission.READ)
    start, end = datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.max.time())
    with ctx.uow() as uow:
        return uow.repo(PlaceRepository).bookings(start, end, place_id)


def link_place(ctx: ServiceContext, reference: str | int, place_id: int, reason: str | None = None) -> PlaceChanged:
    """Record that the filing is for specialized place ``place_id``; the filing's history keeps the change.
    Linking the place it already has changes nothing (``Changes.NONE``)."""
    ctx.require(Permission.CORRECT)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        repo = uow.repo(PlaceRepository)
        place = _existing(repo, place_id)
        previous = repo.link(record.id, place_id, now, ctx.actor)
        if previous != place_id:
            change = {"place_id": {"old": previous, "new": place_id}, "place": {"new": place.names.ru}}
            uow.filings.append_event(record.id, NewEvent(now, ctx.actor, EventAction.PLACE_LINKED, change, reason))
        uow.commit()
    return PlaceChanged(place, Changes.FILING if previous != place_id else Changes.NONE)
