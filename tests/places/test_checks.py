"""Every legal check on plain data, with the boundary cases of issue 8: capacity equal vs over, overlap by one
minute, 20:00 sharp, two filings received in the same minute, 61-NP for ground 10."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from akimat_desk.domain.checks import FilingFacts, run_all
from akimat_desk.domain.places import (
    Booking,
    BookingKind,
    Names,
    NoPicketZone,
    Place,
    PlaceKind,
    ZoneCategory,
    free_periods,
)

DAY = date(2026, 4, 10)
SQUARE = Place(
    1,
    Names("Алаң", "Площадь", "Square"),
    PlaceKind.PLACE,
    "Есіл",
    "пр. Абая, 1",
    100,
    "133/16-VIII",
    date(2023, 12, 26),
)
ROUTE = Place(
    2,
    Names("Маршрут", "Маршрут", "Route"),
    PlaceKind.ROUTE,
    "Есіл",
    "от А до Б",
    None,
    "133/16-VIII",
    None,
    route_length_km=2.1,
)


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def facts(**kw: Any) -> FilingFacts:
    base: dict[str, Any] = dict(
        id=1,
        incoming_number="01-2026/0001",
        number_order=(2026, 1),
        received_at=datetime(2026, 3, 20, 5, 0, tzinfo=UTC),
        form="rally",
        state="registered",
        place_id=1,
        place_text="Площадь",
        starts_at=at(10),
        ends_at=at(12),
        participants=50,
        sound_equipment=True,
        filed_in_time=True,
    )
    base.update(kw)
    return FilingFacts(**base)


def codes(
    f: FilingFacts,
    place: Place | None = SQUARE,
    bookings: list[Booking] | None = None,
    others: list[FilingFacts] | None = None,
    zones: list[NoPicketZone] | None = None,
) -> list[str]:
    return [r.code for r in run_all(f, place, bookings or [], others or [], zones or [])]


def test_a_clean_rally_in_a_specialized_place_has_no_suggestion() -> None:
    assert codes(facts()) == []


def test_filed_late_suggests_ground_4_with_the_last_day() -> None:
    [result] = run_all(facts(filed_in_time=False, last_filing_day=date(2026, 4, 2)), SQUARE, [], [], [])
    assert (result.code, result.article, result.ground) == ("filed_late", "14.1.4", "A14-4")
    assert result.params["last_filing_day"] == "02.04.2026"


def test_defects_suggest_ground_5_naming_the_items() -> None:
    [result] = run_all(facts(defect_items=(5, 3, 5), defect_codes=("a", "b", "c")), SQUARE, [], [], [])
    assert (result.article, result.ground, result.params["items"]) == ("14.1.5", "A14-5", "3, 5")


@pytest.mark.parametrize(("participants", "expected"), [(99, []), (100, []), (101, ["over_capacity"])])
def test_capacity_equal_is_within_and_one_over_is_ground_9(participants: int, expected: list[str]) -> None:
    assert codes(facts(participants=participants)) == expected


@pytest.mark.parametrize(
    ("start", "end", "outside"),
    [
        (at(9), at(20), False),
        (at(8, 59), at(12), True),
        (at(18), at(20, 1), True),
        (at(19), at(20), False),
        (at(12), at(11), True),
    ],
)
def test_hours_09_to_20_sharp_are_allowed(start: datetime, end: datetime, outside: bool) -> None:
    found = run_all(facts(starts_at=start, ends_at=end), SQUARE, [], [], [])
    assert [r.article for r in found if r.code == "outside_hours"] == (["9.4"] if outside else [])


def booking(start: datetime, end: datetime, place_id: int = 1) -> Booking:
    return Booking(7, place_id, BookingKind.CULTURAL, "Наурыз", start, end)


@pytest.mark.parametrize(
    ("start", "end", "booked"),
    [(at(11, 59), at(14), True), (at(12), at(14), False), (at(8), at(10, 1), True), (at(8), at(10), False)],
)
def test_booking_overlap_by_one_minute_counts_touching_does_not(start: datetime, end: datetime, booked: bool) -> None:
    found = codes(facts(), bookings=[booking(start, end)])
    assert found == (["place_booked_propose_first"] if booked else [])


def test_ground_10_asks_for_a_proposal_first_61_np_and_only_then_allows_refusal() -> None:
    [first] = run_all(facts(), SQUARE, [booking(at(9), at(18))], [], [])
    assert (first.code, first.article, first.ground) == ("place_booked_propose_first", "14.1.10", "A14-10")
    [after] = run_all(facts(proposal_made=True), SQUARE, [booking(at(9), at(18))], [], [])
    assert after.code == "place_booked"


def test_a_booking_of_another_place_does_not_count() -> None:
    assert codes(facts(), bookings=[booking(at(9), at(18), place_id=2)]) == []


def other(n: int, received: datetime, **kw: Any) -> FilingFacts:
    return facts(id=n, incoming_number=f"01-2026/{n:04d}", number_order=(2026, n), received_at=received, **kw)


def test_first_received_first_served_by_receipt_time() -> None:
    early = other(5, datetime(2026, 3, 20, 4, 0, tzinfo=UTC))
    late = other(3, datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
    me = facts()
    found = run_all(me, SQUARE, [], [early, late], [])
    assert [(r.code, r.article, r.params["number"]) for r in found] == [
        ("earlier_filing_same_place", "9.3", "01-2026/0005")
    ]
    assert codes(early, others=[me, late]) == []


def test_two_filings_received_in_the_same_minute_are_ordered_by_incoming_number() -> None:
    a = other(8, datetime(2026, 3, 20, 5, 0, 50, tzinfo=UTC))  # later second, lower number
    b = other(9, datetime(2026, 3, 20, 5, 0, 10, tzinfo=UTC))
    assert codes(a, others=[b]) == []
    assert codes(b, others=[a]) == ["earlier_filing_same_place"]


def test_competing_filings_overlap_by_one_minute_only() -> None:
    early = other(5, datetime(2026, 3, 19, tzinfo=UTC), starts_at=at(8), ends_at=at(10, 1))
    assert codes(facts(), others=[early]) == ["earlier_filing_same_place"]
    touching = replace(early, ends_at=at(10))
    assert codes(facts(), others=[touching]) == []


def test_withdrawn_or_refused_filings_do_not_hold_the_place() -> None:
    for state in ("withdrawn", "refused", "out_of_scope"):
        early = other(5, datetime(2026, 3, 19, tzinfo=UTC), state=state)
        assert codes(facts(), others=[early]) == []


def picket(**kw: Any) -> FilingFacts:
    base = dict(form="picket", participants=1, sound_equipment=False, place_id=None, place_text="ул. Абая, 10")
    base.update(kw)
    return facts(**base)


def test_second_picket_at_the_same_place_outside_specialized_places_is_ground_8() -> None:
    first = replace(
        picket(),
        id=2,
        incoming_number="01-2026/0002",
        number_order=(2026, 2),
        received_at=datetime(2026, 3, 19, tzinfo=UTC),
    )
    [result] = run_all(picket(), None, [], [first], [])
    assert (result.code, result.article, result.ground) == ("second_picket", "9.6", "A14-8")
    in_square = [replace(first, place_id=1)]
    assert codes(picket(place_id=1), place=SQUARE, others=in_square) == []  # pickets may share a specialized place


@pytest.mark.parametrize(("end", "too_long"), [(at(12), False), (at(12, 1), True)])
def test_picket_longer_than_2_hours_outside_a_specialized_place(end: datetime, too_long: bool) -> None:
    assert codes(picket(ends_at=end), place=None) == (["picket_too_long"] if too_long else [])
    assert codes(picket(ends_at=end, place_id=1), place=SQUARE) == []


def test_picket_with_sound_equipment_or_more_than_one_person() -> None:
    found = run_all(picket(sound_equipment=True, participants=2), None, [], [], [])
    assert [(r.code, r.article) for r in found] == [
        ("picket_sound_equipment", "1.10"),
        ("picket_more_than_one", "1.10"),
    ]


def test_assembly_rally_march_outside_a_specialized_place_or_route_art_9_1() -> None:
    for form in ("assembly", "rally", "demonstration", "march"):
        [r] = run_all(facts(form=form, place_id=None), None, [], [], [])
        assert (r.code, r.article, r.ground) == ("outside_specialized_place", "9.1", None)
    assert codes(facts(form="march", place_id=1)) == ["wrong_kind_of_place"]
    assert codes(facts(form="march", place_id=2, participants=5000), place=ROUTE) == []
    assert codes(picket(), place=None) == []


def test_a_place_not_in_force_on_the_event_day() -> None:
    retired = replace(SQUARE, valid_to=DAY - timedelta(days=1))
    assert codes(facts(), place=retired) == ["place_not_in_force"]
    assert codes(facts(), place=replace(SQUARE, valid_to=DAY)) == []


def test_no_picket_zone_by_its_words_category_article() -> None:
    station = NoPicketZone(
        1, Names("Вокзал", "Вокзал", "Station"), ZoneCategory.TRANSPORT, "", "", ("вокзал", "станция")
    )
    [r] = run_all(picket(place_text="Привокзальная площадь, ж/д Вокзал"), None, [], [], [station])
    assert (r.code, r.article, r.ground) == ("no_picket_zone", "9.5.2", "A14-8")
    assert codes(picket(place_text="парк Ганди"), place=None, zones=[station]) == []
    assert codes(facts(place_text="Вокзал"), zones=[station]) == []  # only pickets


def test_free_periods_between_09_and_20() -> None:
    free = free_periods(DAY, [(at(10), at(12)), (at(11), at(13)), (at(19), at(21))])
    assert free == [(at(9), at(10)), (at(13), at(19))]
    assert free_periods(DAY, []) == [(at(9), at(20))]
