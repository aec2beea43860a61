"""Every content item of art. 10 p.3 / art. 12 p.2 and every defect code, triggered one by one."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from akimat_desk.domain.assemblies import FilingKind
from akimat_desk.domain.content import (
    APPLICATION_ITEMS,
    DEFECT_CODES,
    NOTIFICATION_ITEMS,
    find_defects,
    items_for,
)
from akimat_desk.domain.document import parse_document
from tests.conftest import EXAMPLES

ALMATY = ZoneInfo("Asia/Almaty")
Doc = dict[str, Any]


def example(name: str) -> Doc:
    data: Doc = json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    return data


def defects_of(data: Doc) -> list[tuple[int, str, str]]:
    return [(d.item, d.code, d.rule) for d in find_defects(parse_document(data, ALMATY))]


def drop(*keys: str) -> Callable[[Doc], None]:
    def mutate(d: Doc) -> None:
        for key in keys:
            target = d
            *parents, last = key.split(".")
            for p in parents:
                target = target[p]
            target.pop(last, None)

    return mutate


def put(key: str, value: Any) -> Callable[[Doc], None]:
    def mutate(d: Doc) -> None:
        target = d
        *parents, last = key.split(".")
        for p in parents:
            target = target[p]
        target[last] = value

    return mutate


# (base example, mutation, expected item, expected code, expected rule)
CASES: list[tuple[str, Callable[[Doc], None], int, str, str]] = [
    ("rally", drop("purpose"), 1, "purpose_missing", "art. 10 p.3 item 1"),
    ("march", drop("purpose"), 1, "purpose_missing", "art. 12 p.2 item 1"),
    ("rally", drop("organizer"), 3, "organizer_missing", "art. 10 p.3 item 3"),
    ("rally", put("organizer", "Иванова"), 3, "organizer_invalid", "art. 10 p.3 item 3"),
    ("rally", drop("organizer.surname"), 3, "surname_missing", "art. 10 p.3 item 3"),
    ("rally", drop("organizer.given_name"), 3, "given_name_missing", "art. 10 p.3 item 3"),
    ("rally", drop("organizer.address"), 3, "residence_missing", "art. 10 p.3 item 3"),
    ("rally", drop("organizer.iin"), 3, "iin_missing", "art. 10 p.3 item 3"),
    ("rally", put("organizer.iin", "88020240000A"), 3, "iin_not_digits", "art. 10 p.3 item 3"),
    ("rally", put("organizer.iin", "8802024000"), 3, "iin_length", "art. 10 p.3 item 3"),
    ("rally", put("organizer.iin", "880202400007"), 3, "iin_checksum", "art. 10 p.3 item 3"),
    ("assembly", drop("organizer.name"), 3, "entity_name_missing", "art. 10 p.3 item 3"),
    ("assembly", drop("organizer.address"), 3, "location_missing", "art. 10 p.3 item 3"),
    ("assembly", drop("organizer.bin"), 3, "bin_missing", "art. 10 p.3 item 3"),
    ("assembly", put("organizer.bin", "O50540001232"), 3, "bin_not_digits", "art. 10 p.3 item 3"),
    ("assembly", put("organizer.bin", "05054000123"), 3, "bin_length", "art. 10 p.3 item 3"),
    ("assembly", put("organizer.bin", "050540001233"), 3, "bin_checksum", "art. 10 p.3 item 3"),
    ("rally", put("representative", "Ким В."), 3, "representative_invalid", "art. 10 p.3 item 3"),
    ("rally", drop("representative.surname"), 3, "representative_surname_missing", "art. 10 p.3 item 3"),
    (
        "rally",
        drop("representative.given_name"),
        3,
        "representative_given_name_missing",
        "art. 10 p.3 item 3",
    ),
    ("rally", drop("representative.iin"), 3, "representative_iin_missing", "art. 10 p.3 item 3"),
    (
        "rally",
        put("representative.iin", "7503123OOO11"),
        3,
        "representative_iin_not_digits",
        "art. 10 p.3 item 3",
    ),
    ("rally", put("representative.iin", "75031230001"), 3, "representative_iin_length", "art. 10 p.3 item 3"),
    (
        "march",
        put("representative.iin", "750312300012"),
        3,
        "representative_iin_checksum",
        "art. 12 p.2 item 3",
    ),
    ("picket", drop("place"), 4, "place_missing", "art. 10 p.3 item 4"),
    ("march", drop("route"), 4, "place_or_route_missing", "art. 12 p.2 item 4"),
    ("rally", drop("starts_at"), 5, "starts_at_missing", "art. 10 p.3 item 5"),
    ("rally", drop("ends_at"), 5, "ends_at_missing", "art. 10 p.3 item 5"),
    ("rally", put("starts_at", "next Monday"), 5, "starts_at_invalid", "art. 10 p.3 item 5"),
    ("rally", put("ends_at", "25:00"), 5, "ends_at_invalid", "art. 10 p.3 item 5"),
    ("rally", put("ends_at", "2026-03-30T14:00:00"), 5, "ends_before_start", "art. 10 p.3 item 5"),
    ("rally", put("ends_at", "2026-03-31T10:00:00"), 5, "not_single_day", "art. 9 p.4"),
    ("rally", put("ends_at", "2026-03-30T20:30:00"), 5, "outside_permitted_hours", "art. 9 p.4"),
    ("picket", put("starts_at", "2026-03-30T08:30:00"), 5, "outside_permitted_hours", "art. 9 p.4"),
    ("rally", drop("participants"), 6, "participants_missing", "art. 10 p.3 item 6"),
    ("rally", put("participants", 0), 6, "participants_invalid", "art. 10 p.3 item 6"),
    ("march", put("participants", "много"), 6, "participants_invalid", "art. 12 p.2 item 6"),
    ("rally", drop("structures"), 7, "structures_missing", "art. 10 p.3 item 7"),
    ("rally", drop("sound_equipment"), 8, "sound_equipment_missing", "art. 10 p.3 item 8"),
    ("picket", drop("visual_materials"), 8, "visual_materials_missing", "art. 10 p.3 item 8"),
    ("march", drop("sound_equipment"), 7, "sound_equipment_missing", "art. 12 p.2 item 7"),
    ("march", drop("visual_materials"), 7, "visual_materials_missing", "art. 12 p.2 item 7"),
    ("march", drop("order_measures"), 7, "order_measures_missing", "art. 12 p.2 item 7"),
    ("march", drop("vehicles"), 7, "vehicles_missing", "art. 12 p.2 item 7"),
    ("demonstration", drop("vehicles.route_length_km"), 8, "vehicle_details_missing", "art. 12 p.2 item 8"),
    ("demonstration", drop("vehicles"), 8, "vehicle_details_missing", "art. 12 p.2 item 8"),
    ("march", put("vehicles", True), 8, "vehicle_details_missing", "art. 12 p.2 item 8"),
    ("demonstration", put("vehicles.count", 0), 8, "vehicle_details_invalid", "art. 12 p.2 item 8"),
    (
        "demonstration",
        put("vehicles.route_length_km", "far"),
        8,
        "vehicle_details_invalid",
        "art. 12 p.2 item 8",
    ),
    ("rally", drop("regulations"), 9, "regulations_missing", "art. 10 p.3 item 9"),
    ("march", drop("regulations"), 9, "regulations_missing", "art. 12 p.2 item 9"),
    ("rally", drop("contacts.email"), 10, "email_missing", "art. 10 p.3 item 10"),
    ("rally", put("contacts.email", "ivanova at mail"), 10, "email_invalid", "art. 10 p.3 item 10"),
    ("rally", drop("contacts.phone"), 10, "phone_missing", "art. 10 p.3 item 10"),
    ("rally", put("contacts.phone", "12-34"), 10, "phone_invalid", "art. 10 p.3 item 10"),
    ("rally", drop("representative.email"), 10, "representative_email_missing", "art. 10 p.3 item 10"),
    ("rally", put("representative.email", "kim@"), 10, "representative_email_invalid", "art. 10 p.3 item 10"),
    ("rally", drop("representative.phone"), 10, "representative_phone_missing", "art. 10 p.3 item 10"),
    (
        "rally",
        put("representative.phone", "phone"),
        10,
        "representative_phone_invalid",
        "art. 10 p.3 item 10",
    ),
    ("rally", drop("pd_consent"), 11, "pd_consent_missing", "art. 10 p.3 item 11"),
    ("march", put("pd_consent", False), 11, "pd_consent_missing", "art. 12 p.2 item 11"),
    ("rally", drop("funding_sources"), 12, "funding_sources_missing", "art. 10 p.3 item 12"),
    ("rally", drop("filed_on"), 13, "filed_on_missing", "art. 10 p.3 item 13"),
    ("rally", put("filed_on", "вчера"), 13, "filed_on_invalid", "art. 10 p.3 item 13"),
    ("rally", drop("signed"), 13, "signature_missing", "art. 10 p.3 item 13"),
    ("demonstration", put("signed", False), 13, "signature_missing", "art. 12 p.2 item 13"),
]


@pytest.mark.parametrize(("base", "mutate", "item", "code", "rule"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_each_defect_names_its_item_code_and_rule(
    base: str, mutate: Callable[[Doc], None], item: int, code: str, rule: str
) -> None:
    data = copy.deepcopy(example(base))
    assert defects_of(data) == []
    mutate(data)
    assert (item, code, rule) in defects_of(data)


def test_every_defect_code_is_exercised() -> None:
    assert {c[3] for c in CASES} == DEFECT_CODES


def test_a_picket_needs_no_regulations_but_other_forms_do() -> None:
    picket = example("picket")
    assert "regulations" not in picket
    assert defects_of(picket) == []


def test_a_march_without_vehicles_needs_no_item_8() -> None:
    march = example("march")
    assert march["vehicles"] is False
    assert not any(item == 8 for item, _, _ in defects_of(march))


@pytest.mark.parametrize("vehicles", [False, "", "   ", {"used": False}, "нет", "жоқ"])
def test_a_march_whose_filing_uses_no_vehicles_or_leaves_them_blank_has_no_item_8_defect(vehicles: Any) -> None:
    march = example("march")
    march["vehicles"] = vehicles
    assert [d for d in defects_of(march) if d[0] == 8] == []


@pytest.mark.parametrize(
    ("text", "count", "length"),
    [
        ("Колонна из 5 легковых автомобилей по маршруту шествия, 2,1 км", 5, 2.1),
        ("3 автобус, маршрут ұзындығы 4 км, Абай даңғылынан Республика алаңына дейін", 3, 4.0),
        ("Грузовик с платформой для выступающих и два легковых автомобиля сопровождения", None, None),
    ],
)
def test_a_demonstration_describing_its_vehicles_in_words_states_item_8(
    text: str, count: int | None, length: float | None
) -> None:
    demo = example("demonstration")
    demo["vehicles"] = text
    assert [d for d in defects_of(demo) if d[0] == 8] == []
    vehicles = parse_document(demo, ALMATY).vehicles
    assert vehicles is not None and vehicles.description == text
    assert (vehicles.count, vehicles.route_length_km) == (count, length)  # read from the text when it gives them


def test_a_demonstration_that_says_nothing_of_its_vehicles_still_lacks_item_8() -> None:
    demo = example("demonstration")
    demo["vehicles"] = ""
    assert [(item, code, rule) for item, code, rule in defects_of(demo) if item == 8] == [
        (8, "vehicle_details_missing", "art. 12 p.2 item 8")
    ]


def test_an_empty_filing_lists_a_defect_for_every_item_except_the_form() -> None:
    for form, kind in (("rally", FilingKind.NOTIFICATION), ("demonstration", FilingKind.APPLICATION)):
        data = {"form": form, "received_at": "2026-03-18T09:00:00+05:00"}
        items = {item for item, _, _ in defects_of(data)}
        assert items == {i.number for i in items_for(kind)} - {2}


def test_items_are_numbered_1_to_13_as_in_the_law() -> None:
    assert [i.number for i in NOTIFICATION_ITEMS] == list(range(1, 14))
    assert [i.number for i in APPLICATION_ITEMS] == list(range(1, 14))
    assert NOTIFICATION_ITEMS[6].key == "structures" and APPLICATION_ITEMS[7].key == "vehicles"


def test_defects_come_in_item_order() -> None:
    items = [item for item, _, _ in defects_of({"form": "march", "received_at": "2026-03-18T09:00:00+05:00"})]
    assert items == sorted(items)
