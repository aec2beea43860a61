"""Places, zones and bookings as the administrator keeps them; checks of a registered filing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from akimat_desk.domain.errors import InvalidInput, NotFound, PermissionDenied
from akimat_desk.security.roles import Principal, Role
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.places import catalogue as svc
from akimat_desk.services.places.checks import check_json, run_checks
from tests.places.conftest import add_square, filing


def test_a_place_keeps_every_field_of_the_maslikhat_decision(ctx: ServiceContext) -> None:
    place_id = add_square(ctx, rules="no tents", valid_from="2024-01-01", name_en="")
    [place] = svc.list_places(ctx)
    assert place.id == place_id and place.max_occupancy == 100 and place.decision_number == "133/16-VIII"
    assert place.names.get("en") == "Площадь Республики"  # English falls back to Russian
    assert place.rules == "no tents" and str(place.valid_from) == "2024-01-01"


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"name_kk": " "}, "name_kk"),
        ({"max_occupancy": "0"}, "max_occupancy"),
        ({"max_occupancy": "many"}, "max_occupancy"),
        ({"valid_from": "2025-01-01", "valid_to": "2024-01-01"}, "valid_to"),
        ({"decision_date": "26.12.2023"}, "decision_date"),
        ({"kind": "square"}, "kind"),
        ({"decision_number": ""}, "decision_number"),
    ],
)
def test_bad_place_input_names_the_field_and_writes_nothing(ctx: ServiceContext, over: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        add_square(ctx, **over)
    assert err.value.field == field
    assert svc.list_places(ctx) == []


def test_a_route_needs_no_capacity_but_keeps_its_length(ctx: ServiceContext) -> None:
    route = svc.add_place(
        ctx,
        {
            "kind": "route",
            "name_kk": "Шеру",
            "name_ru": "Шествие",
            "address": "А — Б",
            "route_length_km": "2,5",
            "decision_number": "1",
        },
    ).place
    assert route.route_length_km == 2.5 and route.max_occupancy is None


def test_only_an_administrator_manages_places(ctx: ServiceContext) -> None:
    registrar = replace(ctx, principal=Principal("ким", frozenset({Role.REGISTRAR})))
    with pytest.raises(PermissionDenied):
        add_square(registrar)
    place_id = add_square(ctx)
    with pytest.raises(PermissionDenied):
        svc.book_place(
            registrar, place_id, {"title": "x", "starts_at": "2026-03-20T10:00", "ends_at": "2026-03-20T11:00"}
        )
    assert [p.id for p in svc.list_places(registrar)] == [place_id]


def test_bookings_validated_listed_and_cancelled(ctx: ServiceContext, square: int) -> None:
    with pytest.raises(InvalidInput) as err:
        svc.book_place(ctx, square, {"title": "x", "starts_at": "2026-03-20T12:00", "ends_at": "2026-03-20T12:00"})
    assert err.value.field == "ends_at"
    with pytest.raises(NotFound):
        svc.book_place(ctx, 99, {"title": "x", "starts_at": "2026-03-20T10:00", "ends_at": "2026-03-20T12:00"})
    b = svc.book_place(
        ctx,
        square,
        {
            "kind": "construction",
            "title": "Ремонт плитки",
            "starts_at": "2026-03-20T08:00",
            "ends_at": "2026-03-21T18:00",
        },
    ).booking
    from datetime import date

    assert [x.id for x in svc.list_bookings(ctx, date(2026, 3, 21), date(2026, 3, 21))] == [b.id]
    svc.cancel_booking(ctx, b.id)
    assert svc.list_bookings(ctx, date(2026, 3, 1), date(2026, 3, 31)) == []
    with pytest.raises(NotFound):
        svc.cancel_booking(ctx, b.id)


def test_linking_a_filing_to_a_place_is_kept_in_its_history(ctx: ServiceContext, square: int) -> None:
    f = filing(ctx)
    svc.link_place(ctx, f.id, square, "the organizer named the square")
    svc.link_place(ctx, f.id, square)  # the same place again: no second event
    history = get_filing(ctx, f.id).history
    assert [e.action for e in history][-1] == "place_linked" and len(history) == 2
    assert history[-1].changes["place_id"] == {"old": None, "new": square}


def test_checks_of_a_registered_filing_use_its_place_bookings_and_the_other_filings(
    ctx: ServiceContext, square: int
) -> None:
    early = filing(ctx, received="2026-03-02T09:00:00+05:00")
    late = filing(ctx, received="2026-03-02T11:00:00+05:00", participants=101)
    for f in (early, late):
        svc.link_place(ctx, f.id, square)
    svc.book_place(
        ctx,
        square,
        {"kind": "official", "title": "Наурыз", "starts_at": "2026-03-20T11:59", "ends_at": "2026-03-20T15:00"},
    )
    results = run_checks(ctx, late.incoming_number).results
    assert [(r.code, r.article) for r in results] == [
        ("over_capacity", "14.1.9"),
        ("place_booked_propose_first", "14.1.10"),
        ("earlier_filing_same_place", "9.3"),
    ]
    assert [r.code for r in run_checks(ctx, early.id).results] == ["place_booked_propose_first"]
    as_json = check_json(results[1], "ru")
    assert set(as_json) >= {"code", "article", "message"}
    assert "61-НП" in as_json["message"] and "подп. 10) п. 1 ст. 14" in as_json["message"]


def test_a_picket_near_a_station_is_flagged_by_the_zone_words(ctx: ServiceContext) -> None:
    svc.add_zone(
        ctx,
        {
            "category": "transport",
            "name_kk": "Теміржол вокзалы",
            "name_ru": "Железнодорожный вокзал",
            "keywords": "вокзал;вокзалы",
        },
    )
    f = filing(
        ctx,
        form="picket",
        place="Привокзальная пл., у здания вокзала",
        participants=1,
        sound_equipment=False,
        ends="2026-03-20T11:00:00",
    )
    [result] = run_checks(ctx, f.id).results
    assert (result.code, result.article, result.ground) == ("no_picket_zone", "9.5.2", "A14-8")
    msg = check_json(result, "kk")["message"]
    assert "Заңның 9-бабы 5-тармағының 2) тармақшасы" in msg
