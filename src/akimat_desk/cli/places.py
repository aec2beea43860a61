"""``akimat-desk places add|list|update|book|bookings|cancel-booking|zone-add|zones|link``: specialized places and
routes, no-picket zones and other bookings (administrator), and linking a filing to its place."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import Any

from akimat_desk.cli.common import EXIT_OK, Commands, Register, print_json, wants_json
from akimat_desk.cli.deadlines import parse_day
from akimat_desk.domain.places import Booking, BookingKind, NoPicketZone, Place, ZoneCategory
from akimat_desk.services.kernel.messages import message

_PLACE_OPTIONS = (
    ("--kind", "kind", "place or route"),
    ("--name-kk", "name_kk", None),
    ("--name-ru", "name_ru", None),
    ("--name-en", "name_en", None),
    ("--district", "district", None),
    ("--address", "address", "address, or the route from start to end"),
    ("--length-km", "route_length_km", "route length"),
    ("--max-occupancy", "max_occupancy", None),
    ("--rules", "rules", "rules of use"),
    ("--decision-number", "decision_number", "maslikhat decision"),
    ("--decision-date", "decision_date", "YYYY-MM-DD"),
    ("--valid-from", "valid_from", "YYYY-MM-DD"),
    ("--valid-to", "valid_to", "YYYY-MM-DD"),
)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> Commands:
    p = sub.add_parser("places", parents=[common], help="specialized places, routes, no-picket zones, bookings")
    actions = p.add_subparsers(dest="places_command", required=True)
    for name in ("add", "update"):
        a = actions.add_parser(name, parents=[common], help=f"{name} a specialized place or route")
        if name == "update":
            a.add_argument("place_id", type=int)
        for flag, dest, hint in _PLACE_OPTIONS:
            a.add_argument(flag, dest=dest, help=hint)
    actions.add_parser("list", parents=[common], help="list places and routes")
    b = actions.add_parser("book", parents=[common], help="record another event or works at a place (ground 10)")
    b.add_argument("place_id", type=int)
    b.add_argument("--kind", default="other", choices=[k.value for k in BookingKind])
    b.add_argument("--title", required=True)
    b.add_argument("--from", dest="starts_at", required=True, help="YYYY-MM-DDTHH:MM, local time")
    b.add_argument("--to", dest="ends_at", required=True, help="YYYY-MM-DDTHH:MM, local time")
    b.add_argument("--participants", dest="expected_participants")
    b.add_argument("--note")
    b = actions.add_parser("bookings", parents=[common], help="bookings in a period")
    b.add_argument("--from", dest="first")
    b.add_argument("--to", dest="last")
    b.add_argument("--place", type=int)
    b = actions.add_parser("cancel-booking", parents=[common], help="cancel a booking")
    b.add_argument("booking_id", type=int)
    z = actions.add_parser("zone-add", parents=[common], help="add a no-picket zone (art. 9 p.5)")
    z.add_argument("--category", required=True, choices=[c.value for c in ZoneCategory])
    for flag in (
        "--name-kk",
        "--name-ru",
        "--name-en",
        "--district",
        "--description",
        "--decision-number",
        "--valid-from",
        "--valid-to",
    ):
        z.add_argument(flag)
    z.add_argument("--keywords", required=True, help="words that name the zone in a place, separated by ';'")
    actions.add_parser("zones", parents=[common], help="list no-picket zones")
    lk = actions.add_parser("link", parents=[common], help="link a filing to its specialized place")
    lk.add_argument("id", help="filing id or incoming number")
    lk.add_argument("place_id", type=int)
    lk.add_argument("--reason")
    return {"places": _places}


def place_json(p: Place) -> dict[str, Any]:
    from akimat_desk.services.places import catalogue as svc

    values = {name: _iso(v) if isinstance(v, date) else v for name, v in svc.place_fields(p).items()}
    return {"id": p.id, **values}


def zone_json(z: NoPicketZone) -> dict[str, Any]:
    return {
        "id": z.id,
        "category": z.category.value,
        "article": z.article,
        "name_kk": z.names.kk,
        "name_ru": z.names.ru,
        "name_en": z.names.en,
        "district": z.district,
        "description": z.description,
        "keywords": list(z.keywords),
        "decision_number": z.decision_number,
    }


def booking_json(b: Booking) -> dict[str, Any]:
    return {
        "id": b.id,
        "place_id": b.place_id,
        "kind": b.kind.value,
        "title": b.title,
        "starts_at": b.starts_at.isoformat(),
        "ends_at": b.ends_at.isoformat(),
        "expected_participants": b.expected_participants,
        "note": b.note,
    }


def _iso(d: date | None) -> str | None:
    return None if d is None else d.isoformat()


def _fields(args: argparse.Namespace, names: list[str]) -> dict[str, Any]:
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def _places(args: argparse.Namespace, lang: str) -> int:
    from akimat_desk.services.places import catalogue as svc

    action = args.places_command
    with Register(args) as reg:
        ctx = reg.context
        if action in ("add", "update"):
            fields = _fields(args, [dest for _, dest, _ in _PLACE_OPTIONS])
            changed = svc.add_place(ctx, fields) if action == "add" else svc.update_place(ctx, args.place_id, fields)
            _out(args, [place_json(changed.place)], lang)
        elif action == "list":
            _out(args, [place_json(p) for p in svc.list_places(ctx)], lang)
        elif action == "book":
            fields = _fields(args, ["kind", "title", "starts_at", "ends_at", "expected_participants", "note"])
            _out(args, [booking_json(svc.book_place(ctx, args.place_id, fields).booking)], lang)
        elif action == "bookings":
            first = parse_day(args.first, "--from") if args.first else ctx.clock().date()
            last = parse_day(args.last, "--to") if args.last else first + timedelta(days=30)
            _out(args, [booking_json(b) for b in svc.list_bookings(ctx, first, last, args.place)], lang)
        elif action == "cancel-booking":
            _out(args, [booking_json(svc.cancel_booking(ctx, args.booking_id).booking)], lang)
        elif action == "zone-add":
            names = [
                "category",
                "name_kk",
                "name_ru",
                "name_en",
                "district",
                "description",
                "decision_number",
                "valid_from",
                "valid_to",
                "keywords",
            ]
            _out(args, [zone_json(svc.add_zone(ctx, _fields(args, names)).zone)], lang)
        elif action == "zones":
            _out(args, [zone_json(z) for z in svc.list_zones(ctx)], lang)
        else:
            _out(args, [place_json(svc.link_place(ctx, args.id, args.place_id, args.reason).place)], lang)
    return EXIT_OK


def _out(args: argparse.Namespace, items: list[dict[str, Any]], lang: str) -> None:
    if wants_json(args):
        print_json(items)
        return
    if not items and args.places_command == "list":
        print(message("places.none", lang))
    for item in items:
        name = item.get(f"name_{lang}") or item.get("name_ru") or item.get("title", "")
        extra = item.get("district") or item.get("starts_at", "")
        print(f"{item['id']}\t{item.get('kind') or item.get('category')}\t{name}\t{extra}")
