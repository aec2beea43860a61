"""The 13 content items of art. 10 p.3 (notification) and art. 12 p.2 (application), and their defects.

A defect names the item number as the law numbers it, a stable code, the document field it concerns and the
rule it breaks. Defects never stop registration (the registration date is what the law counts); they are
what a clerk checks and, if not cured, what refusal ground 5) of art. 14 p.1 would cite.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from akimat_desk.domain.assemblies import FilingKind, Form, filing_article
from akimat_desk.domain.document import EVENT_WINDOW, FilingDocument, Intention
from akimat_desk.domain.people import Entity, Person, id_number_problem


@dataclass(frozen=True, slots=True)
class ContentItem:
    """One numbered item of the law's content list and the document fields that carry it."""

    number: int
    key: str
    fields: tuple[str, ...]


NOTIFICATION_ITEMS: tuple[ContentItem, ...] = (
    ContentItem(1, "purpose", ("purpose",)),
    ContentItem(2, "form", ("form",)),
    ContentItem(3, "organizer", ("organizer", "representative")),
    ContentItem(4, "place", ("place",)),
    ContentItem(5, "date_time", ("starts_at", "ends_at")),
    ContentItem(6, "participants", ("participants",)),
    ContentItem(7, "structures", ("structures",)),
    ContentItem(8, "means", ("sound_equipment", "visual_materials")),
    ContentItem(9, "regulations", ("regulations",)),
    ContentItem(10, "contacts", ("contacts",)),
    ContentItem(11, "pd_consent", ("pd_consent",)),
    ContentItem(12, "funding_sources", ("funding_sources",)),
    ContentItem(13, "filed_and_signed", ("filed_on", "signed")),
)

APPLICATION_ITEMS: tuple[ContentItem, ...] = (
    ContentItem(1, "purpose", ("purpose",)),
    ContentItem(2, "form", ("form",)),
    ContentItem(3, "organizer", ("organizer", "representative")),
    ContentItem(4, "place_or_route", ("place", "route")),
    ContentItem(5, "date_time", ("starts_at", "ends_at")),
    ContentItem(6, "participants", ("participants",)),
    ContentItem(7, "measures_and_means", ("order_measures", "sound_equipment", "visual_materials", "vehicles")),
    ContentItem(8, "vehicles", ("vehicles",)),
    ContentItem(9, "regulations", ("regulations",)),
    ContentItem(10, "contacts", ("contacts",)),
    ContentItem(11, "pd_consent", ("pd_consent",)),
    ContentItem(12, "funding_sources", ("funding_sources",)),
    ContentItem(13, "filed_and_signed", ("filed_on", "signed")),
)


def items_for(kind: FilingKind) -> tuple[ContentItem, ...]:
    """The 13 items that apply to a notification or to an application."""
    return NOTIFICATION_ITEMS if kind is FilingKind.NOTIFICATION else APPLICATION_ITEMS


@dataclass(frozen=True, slots=True)
class Defect:
    """A content item that is missing or wrong: ``item`` as numbered in the law, ``rule`` the article."""

    item: int
    code: str
    field: str
    rule: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)


DEFECT_CODES: frozenset[str] = frozenset(
    {
        "purpose_missing",
        "organizer_missing",
        "organizer_invalid",
        "surname_missing",
        "given_name_missing",
        "residence_missing",
        "entity_name_missing",
        "location_missing",
        "iin_missing",
        "iin_not_digits",
        "iin_length",
        "iin_checksum",
        "bin_missing",
        "bin_not_digits",
        "bin_length",
        "bin_checksum",
        "representative_invalid",
        "representative_surname_missing",
        "representative_given_name_missing",
        "representative_iin_missing",
        "representative_iin_not_digits",
        "representative_iin_length",
        "representative_iin_checksum",
        "place_missing",
        "place_or_route_missing",
        "starts_at_missing",
        "ends_at_missing",
        "starts_at_invalid",
        "ends_at_invalid",
        "ends_before_start",
        "not_single_day",
        "outside_permitted_hours",
        "participants_missing",
        "participants_invalid",
        "structures_missing",
        "sound_equipment_missing",
        "visual_materials_missing",
        "order_measures_missing",
        "vehicles_missing",
        "vehicle_details_missing",
        "vehicle_details_invalid",
        "regulations_missing",
        "email_missing",
        "email_invalid",
        "phone_missing",
        "phone_invalid",
        "representative_email_missing",
        "representative_email_invalid",
        "representative_phone_missing",
        "representative_phone_invalid",
        "pd_consent_missing",
        "funding_sources_missing",
        "filed_on_missing",
        "filed_on_invalid",
        "signature_missing",
    }
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^\+?[\d\s\-()]+$")


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value))


def is_valid_phone(value: str) -> bool:
    """A phone number of 10 to 15 digits, written with optional +, spaces, dashes and brackets."""
    digits = re.sub(r"\D", "", value)
    return bool(_PHONE_CHARS.match(value)) and 10 <= len(digits) <= 15


def find_defects(doc: FilingDocument) -> list[Defect]:
    """Every defect of the document against the content list of its kind, in item order."""
    rule = filing_article(doc.kind)
    checks = _NOTIFICATION_CHECKS if doc.kind is FilingKind.NOTIFICATION else _APPLICATION_CHECKS
    defects: list[Defect] = []
    for number, check in checks:
        for code, fld, params in check(doc):
            item_rule = params.pop("rule", None) or f"{rule} item {number}"
            defects.append(_shared_defect(number, code, fld, item_rule, params))
    return defects


_SHARED: dict[tuple[Any, ...], Defect] = {}
_SHARED_MAX = 4096


def _shared_defect(number: int, code: str, fld: str, rule: str, params: dict[str, Any]) -> Defect:
    """One ``Defect`` object for every filing with the same defect (frozen, so it can be shared): a journal of
    20,000 rows has a few dozen kinds of defect, not 200,000. A defect with a list among its params is not
    shared; the table of shared ones is emptied when it reaches ``_SHARED_MAX`` kinds."""
    try:
        key = (number, code, fld, rule, *((k, type(v), v) for k, v in params.items()))
        found = _SHARED.get(key)
    except TypeError:  # an unhashable param (a list of missing details)
        return Defect(number, code, fld, rule, params)
    if found is None:
        if len(_SHARED) >= _SHARED_MAX:
            _SHARED.clear()
        found = _SHARED[key] = Defect(number, code, fld, rule, params)
    return found


_Found = tuple[str, str, dict[str, Any]]
_Check = Callable[[FilingDocument], Iterator[_Found]]


def _missing(code: str, fld: str, **params: Any) -> _Found:
    return code, fld, dict(params)


def _purpose(doc: FilingDocument) -> Iterator[_Found]:
    if not doc.purpose:
        yield _missing("purpose_missing", "purpose")


def _form(doc: FilingDocument) -> Iterator[_Found]:
    """The form is always present: a filing without one is refused before registration."""
    yield from ()


def _id_defects(prefix: str, fld: str, value: str | None) -> Iterator[_Found]:
    problem = id_number_problem(value)
    if problem is not None:
        yield _missing(f"{prefix}_{problem.value}", fld, value=value or "")


def _organizer(doc: FilingDocument) -> Iterator[_Found]:
    org = doc.organizer
    if org is None:
        code = "organizer_invalid" if "organizer" in doc.invalid else "organizer_missing"
        yield _missing(code, "organizer")
    elif isinstance(org, Entity):
        if not org.name:
            yield _missing("entity_name_missing", "organizer.name")
        yield from _id_defects("bin", "organizer.bin", org.bin)
        if not org.address:
            yield _missing("location_missing", "organizer.address")
    else:
        yield from _person_defects(org, "", "organizer")
        if not org.address:
            yield _missing("residence_missing", "organizer.address")
    yield from _representative(doc)


def _person_defects(person: Person, prefix: str, path: str) -> Iterator[_Found]:
    if not person.surname:
        yield _missing(f"{prefix}surname_missing", f"{path}.surname")
    if not person.given_name:
        yield _missing(f"{prefix}given_name_missing", f"{path}.given_name")
    yield from _id_defects(f"{prefix}iin", f"{path}.iin", person.iin)


def _representative(doc: FilingDocument) -> Iterator[_Found]:
    if "representative" in doc.invalid:
        yield _missing("representative_invalid", "representative")
    elif doc.representative is not None:
        yield from _person_defects(doc.representative, "representative_", "representative")


def _place(doc: FilingDocument) -> Iterator[_Found]:
    if not doc.place:
        yield _missing("place_missing", "place")


def _place_or_route(doc: FilingDocument) -> Iterator[_Found]:
    if not doc.place and not doc.route:
        yield _missing("place_or_route_missing", "route")


def _date_time(doc: FilingDocument) -> Iterator[_Found]:
    for name, value in (("starts_at", doc.starts_at), ("ends_at", doc.ends_at)):
        if name in doc.invalid:
            yield _missing(f"{name}_invalid", name, value=doc.invalid[name])
        elif value is None:
            yield _missing(f"{name}_missing", name)
    if doc.starts_at is None or doc.ends_at is None:
        return
    if doc.ends_at <= doc.starts_at:
        yield _missing("ends_before_start", "ends_at")
    elif doc.ends_at.date() != doc.starts_at.date():
        yield _missing("not_single_day", "ends_at", rule="art. 9 p.4")
    opens, closes = EVENT_WINDOW
    if doc.starts_at.time() < opens or doc.ends_at.time() > closes or doc.ends_at.time() < opens:
        yield _missing("outside_permitted_hours", "starts_at", rule="art. 9 p.4", opens="09:00", closes="20:00")


def _participants(doc: FilingDocument) -> Iterator[_Found]:
    if "participants" in doc.invalid or (doc.participants is not None and doc.participants < 1):
        yield _missing("participants_invalid", "participants", value=doc.invalid.get("participants", ""))
    elif doc.participants is None:
        yield _missing("participants_missing", "participants")


def _structures(doc: FilingDocument) -> Iterator[_Found]:
    if doc.structures is None:
        yield _missing("structures_missing", "structures")


def _means(doc: FilingDocument) -> Iterator[_Found]:
    if doc.sound_equipment is None:
        yield _missing("sound_equipment_missing", "sound_equipment")
    if doc.visual_materials is None:
        yield _missing("visual_materials_missing", "visual_materials")


def _measures_and_means(doc: FilingDocument) -> Iterator[_Found]:
    if not doc.order_measures:
        yield _missing("order_measures_missing", "order_measures")
    yield from _means(doc)
    if doc.vehicles is None and doc.form is not Form.DEMONSTRATION:
        yield _missing("vehicles_missing", "vehicles")


_VEHICLE_DETAILS = ("count", "categories", "route_length_km", "start_point", "end_point")


def _vehicles(doc: FilingDocument) -> Iterator[_Found]:
    """Item 8 applies "if needed": always for a demonstration (it uses vehicles by definition), and
    for a march only when the organizer states vehicles will be used (a march without vehicles, or one whose
    filing leaves the field blank, has no item-8 defect). A free-text description of the vehicles counts as the
    item stated; the structured fields are then optional."""
    vehicles = doc.vehicles
    needed = doc.form is Form.DEMONSTRATION or (vehicles is not None and vehicles.used)
    if not needed:
        return
    if any(k.startswith("vehicles.") for k in doc.invalid) or (
        vehicles is not None and vehicles.count is not None and vehicles.count < 1
    ):
        yield _missing("vehicle_details_invalid", "vehicles")
    if vehicles is not None and vehicles.description:  # the organizer's description states the item
        return
    absent = [k for k in _VEHICLE_DETAILS if vehicles is None or getattr(vehicles, k) is None]
    if absent:
        yield _missing("vehicle_details_missing", "vehicles", missing=absent)


def _regulations(doc: FilingDocument) -> Iterator[_Found]:
    if doc.form is not Form.PICKET and not doc.regulations:
        yield _missing("regulations_missing", "regulations")


def _contact_defects(prefix: str, path: str, email: str | None, phone: str | None) -> Iterator[_Found]:
    if not email:
        yield _missing(f"{prefix}email_missing", f"{path}.email")
    elif not is_valid_email(email):
        yield _missing(f"{prefix}email_invalid", f"{path}.email", value=email)
    if not phone:
        yield _missing(f"{prefix}phone_missing", f"{path}.phone")
    elif not is_valid_phone(phone):
        yield _missing(f"{prefix}phone_invalid", f"{path}.phone", value=phone)


def _contacts(doc: FilingDocument) -> Iterator[_Found]:
    yield from _contact_defects("", "contacts", doc.email, doc.phone)
    rep = doc.representative
    if rep is not None:
        yield from _contact_defects("representative_", "representative", rep.email, rep.phone)


def _pd_consent(doc: FilingDocument) -> Iterator[_Found]:
    if doc.pd_consent is not True:
        yield _missing("pd_consent_missing", "pd_consent")


def _funding(doc: FilingDocument) -> Iterator[_Found]:
    if not doc.funding_sources:
        yield _missing("funding_sources_missing", "funding_sources")


def _filed_and_signed(doc: FilingDocument) -> Iterator[_Found]:
    if "filed_on" in doc.invalid:
        yield _missing("filed_on_invalid", "filed_on", value=doc.invalid["filed_on"])
    elif doc.filed_on is None:
        yield _missing("filed_on_missing", "filed_on")
    if doc.signed is not True:
        yield _missing("signature_missing", "signed")


_COMMON_HEAD: tuple[tuple[int, _Check], ...] = (
    (1, _purpose),
    (2, _form),
    (3, _organizer),
)
_COMMON_TAIL: tuple[tuple[int, _Check], ...] = (
    (5, _date_time),
    (6, _participants),
)
_LAST: tuple[tuple[int, _Check], ...] = (
    (9, _regulations),
    (10, _contacts),
    (11, _pd_consent),
    (12, _funding),
    (13, _filed_and_signed),
)
_NOTIFICATION_CHECKS = (*_COMMON_HEAD, (4, _place), *_COMMON_TAIL, (7, _structures), (8, _means), *_LAST)
_APPLICATION_CHECKS = (
    *_COMMON_HEAD,
    (4, _place_or_route),
    *_COMMON_TAIL,
    (7, _measures_and_means),
    (8, _vehicles),
    *_LAST,
)


def is_intention_used(value: Intention | None) -> bool:
    """True when the organizer stated an intention (e.g. to use sound equipment)."""
    return value is not None and value.used
