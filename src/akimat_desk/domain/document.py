"""A filing document as it arrived, parsed leniently: register first, judge later.

``parse_document`` accepts the mapping of the filing JSON (see docs/filing-schema.md). It refuses only what
cannot be a filing at all (no form, unknown form, no or unreadable time of receipt, unknown channel or
language); every other problem is kept for ``content.find_defects`` to report against the law's items.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Any, TypeVar

from akimat_desk.domain.assemblies import Channel, FilingKind, Form, Language, kind_of
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.input_limits import check_json_limits
from akimat_desk.domain.people import Entity, Organizer, Person, normalize_id_number

_E = TypeVar("_E", Channel, Language)

_YES = {"true", "yes", "y", "1", "да", "иә", "ия", "бар", "есть"}
_NO = {"false", "no", "n", "0", "нет", "жоқ", "none", "не будет", "болмайды"}

KNOWN_FIELDS = frozenset(
    {
        "form",
        "channel",
        "received_at",
        "language",
        "organizer",
        "representative",
        "contacts",
        "purpose",
        "place",
        "route",
        "starts_at",
        "ends_at",
        "participants",
        "structures",
        "sound_equipment",
        "visual_materials",
        "vehicles",
        "order_measures",
        "regulations",
        "funding_sources",
        "pd_consent",
        "signed",
        "filed_on",
    }
)


@dataclass(frozen=True, slots=True)
class Intention:
    """A yes/no statement with an optional description (structures, sound equipment, visual materials)."""

    used: bool
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Vehicles:
    """Item 8 of art. 12 p.2: number and categories of vehicles, their route length, start and end points."""

    used: bool
    count: int | None = None
    categories: str | None = None
    route_length_km: float | None = None
    start_point: str | None = None
    end_point: str | None = None
    description: str | None = None  # the organizer's own words, as a paper filing states the item


@dataclass(frozen=True, slots=True)
class FilingDocument:
    """The content of one notification or application; ``None`` means the filing did not say it."""

    form: Form
    channel: Channel
    received_at: datetime
    language: Language
    organizer: Organizer | None = None
    representative: Person | None = None
    email: str | None = None
    phone: str | None = None
    purpose: str | None = None
    place: str | None = None
    route: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    participants: int | None = None
    structures: Intention | None = None
    sound_equipment: Intention | None = None
    visual_materials: Intention | None = None
    vehicles: Vehicles | None = None
    order_measures: str | None = None
    regulations: str | None = None
    funding_sources: str | None = None
    pd_consent: bool | None = None
    signed: bool | None = None
    filed_on: date | None = None
    invalid: Mapping[str, str] = field(default_factory=dict)
    unknown_fields: tuple[str, ...] = ()

    @property
    def kind(self) -> FilingKind:
        return kind_of(self.form)

    @property
    def organizer_name(self) -> str:
        return self.organizer.display_name if self.organizer else ""


def parse_document(data: Mapping[str, Any], office_tz: tzinfo) -> FilingDocument:
    """Parse a filing mapping; raise ``InvalidInput`` (with ``field``) only when it cannot be a filing."""
    if not isinstance(data, Mapping):
        raise InvalidInput("not_an_object", field=None)
    check_json_limits(data)
    invalid: dict[str, str] = {}
    starts_at = _local_datetime(data.get("starts_at"), "starts_at", invalid)
    ends_at = _local_datetime(data.get("ends_at"), "ends_at", invalid)
    email, phone = _contacts(data)
    return FilingDocument(
        form=_form(data.get("form")),
        channel=_enum(Channel, data.get("channel", "paper"), "channel"),
        received_at=parse_received_at(data.get("received_at"), office_tz),
        language=_enum(Language, data.get("language") or "ru", "language"),
        organizer=_organizer(data.get("organizer"), invalid),
        representative=_representative(data.get("representative"), invalid),
        email=email,
        phone=phone,
        purpose=_text(data.get("purpose")),
        place=_place_text(data.get("place")),
        route=_place_text(data.get("route")),
        starts_at=starts_at,
        ends_at=ends_at,
        participants=_participants(data.get("participants"), invalid),
        structures=_intention(data.get("structures")),
        sound_equipment=_intention(data.get("sound_equipment")),
        visual_materials=_intention(data.get("visual_materials")),
        vehicles=_vehicles(data.get("vehicles"), invalid),
        order_measures=_text(data.get("order_measures")),
        regulations=_text_or_flag(data.get("regulations")),
        funding_sources=_text(data.get("funding_sources")),
        pd_consent=_flag(data.get("pd_consent")),
        signed=_flag(data.get("signed")),
        filed_on=_date(data.get("filed_on"), "filed_on", invalid),
        invalid=invalid,
        unknown_fields=tuple(sorted(k for k in data if k not in KNOWN_FIELDS)),
    )


def _form(value: Any) -> Form:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidInput("form_missing", field="form")
    try:
        return Form(str(value).strip().lower())
    except ValueError:
        raise InvalidInput("form_unknown", field="form", value=str(value)) from None


def _enum(enum: type[_E], value: Any, name: str) -> _E:
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(f"{name}_unknown", field=name, value=str(value)) from None


def parse_received_at(value: Any, office_tz: tzinfo) -> datetime:
    """An aware datetime for the time of receipt; a time without offset is read in the office's zone."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InvalidInput("received_at_missing", field="received_at")
    try:
        parsed = datetime.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput("received_at_invalid", field="received_at", value=str(value)) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=office_tz)
    if not YEARS[0] <= parsed.year <= YEARS[1]:
        raise InvalidInput(
            "received_at_out_of_range", field="received_at", value=str(value), first=YEARS[0], last=YEARS[1]
        )
    return parsed


# Zero-width, soft-hyphen and direction-override characters: invisible, they would hide a name from search or
# make a name of nothing look filled in. They are removed from every text the register reads from a filing.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def search_words(query: str | None) -> list[str]:
    """The casefolded words of a search as typed: invisible characters removed, control characters (a NUL
    pasted into the search box) taken as spaces, so no search can break the query or hide a word."""
    return _CONTROL.sub(" ", INVISIBLE.sub("", query or "")).casefold().split()


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    text = INVISIBLE.sub("", str(value)).strip()
    return text or None


def _text_or_flag(value: Any) -> str | None:
    """Regulations may be given as text, a document reference, or ``true`` (attached on paper)."""
    if value is True:
        return "attached"
    return _text(value)


def _place_text(value: Any) -> str | None:
    if isinstance(value, Mapping):
        parts = [_text(value.get(k)) for k in ("name", "address", "description")]
        return ", ".join(p for p in parts if p) or None
    return _text(value)


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value)
    if text is None:
        return None
    lowered = text.casefold()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    return None


def _intention(value: Any) -> Intention | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return Intention(used=value)
    if isinstance(value, Mapping):
        used = _flag(value.get("used"))
        description = _text(value.get("description"))
        if used is None and description is None:
            return None
        return Intention(used=bool(used) if used is not None else True, description=description)
    flag = _flag(value)
    if flag is not None:
        return Intention(used=flag)
    text = _text(value)
    return Intention(used=True, description=text) if text else None


def _local_datetime(value: Any, name: str, invalid: dict[str, str]) -> datetime | None:
    """Event times are local wall-clock times of the place; an offset, if given, is dropped."""
    text = _text(value)
    if text is None:
        return None
    try:
        parsed = datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        invalid[name] = text
        return None
    if not YEARS[0] <= parsed.year <= YEARS[1]:  # no working-day calendar exists for it: a typing error
        invalid[name] = text
        return None
    return parsed


def _date(value: Any, name: str, invalid: dict[str, str]) -> date | None:
    text = _text(value)
    if text is None:
        return None
    try:  # a date, or a date-time of that day; anything after it ("2026-03-18xyz") is a defect
        return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
    except ValueError:
        invalid[name] = text
        return None


# More people than any assembly could gather: a larger count is a typing error, a defect of item 6.
MAX_PARTICIPANTS = 1_000_000


def _participants(value: Any, invalid: dict[str, str]) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        invalid["participants"] = str(value)
        return None
    if isinstance(value, int) and value <= MAX_PARTICIPANTS:
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{1,7}", text) and int(text) <= MAX_PARTICIPANTS:
        return int(text)
    invalid["participants"] = text
    return None


def _id(value: Any) -> str | None:
    return normalize_id_number(None if value is None else str(value))


def _person(data: Mapping[str, Any]) -> Person:
    return Person(
        surname=_text(data.get("surname")),
        given_name=_text(data.get("given_name")),
        patronymic=_text(data.get("patronymic")),
        iin=_id(data.get("iin")),
        address=_text(data.get("address")),
        email=_text(data.get("email")),
        phone=_text(data.get("phone")),
    )


def _organizer(value: Any, invalid: dict[str, str]) -> Organizer | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        invalid["organizer"] = str(value)
        return None
    kind = (_text(value.get("type")) or ("entity" if "bin" in value else "person")).lower()
    if kind == "entity":
        return Entity(name=_text(value.get("name")), bin=_id(value.get("bin")), address=_text(value.get("address")))
    if kind != "person":
        invalid["organizer.type"] = kind
    return _person(value)


def _representative(value: Any, invalid: dict[str, str]) -> Person | None:
    if value is None or value == {}:
        return None
    if not isinstance(value, Mapping):
        invalid["representative"] = str(value)
        return None
    return _person(value)


def _contacts(data: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Organizer's e-mail and phone: ``contacts`` first, then the organizer object."""
    contacts = data.get("contacts")
    contacts = contacts if isinstance(contacts, Mapping) else {}
    organizer = data.get("organizer")
    organizer = organizer if isinstance(organizer, Mapping) else {}
    email = _text(contacts.get("email")) or _text(organizer.get("email"))
    phone = _text(contacts.get("phone")) or _text(organizer.get("phone"))
    return email, phone


def _vehicles(value: Any, invalid: dict[str, str]) -> Vehicles | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return Vehicles(used=value)
    if isinstance(value, Mapping):
        return Vehicles(
            used=_flag(value.get("used")) is not False,
            count=_participants(value.get("count"), invalid) if value.get("count") is not None else None,
            categories=_text(_joined(value.get("categories"))),
            route_length_km=_number(value.get("route_length_km"), invalid),
            start_point=_text(value.get("start_point")),
            end_point=_text(value.get("end_point")),
            description=_text(value.get("description")),
        )
    if _text(value) is None:  # "" or blanks: the filing says nothing about vehicles
        return None
    flag = _flag(value)
    return Vehicles(used=flag) if flag is not None else _described_vehicles(str(_text(value)))


_COUNT = re.compile(
    r"(\d+)\s*(?:ед|шт|автомоб|машин|транспорт|автобус|грузов|легков|мото|көлік|автокөлік|бірлік|дана|vehicle|car|bus|truck)",
    re.IGNORECASE,
)
_LENGTH = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:км|km)\b", re.IGNORECASE)


def _described_vehicles(text: str) -> Vehicles:
    """Vehicles described in free text (item 8 as a paper filing states it): the description counts as the item;
    the number of vehicles and the route length are read from it when it gives them ("5 автомобилей", "3,5 км")."""
    count, length = _COUNT.search(text), _LENGTH.search(text)
    return Vehicles(
        used=True,
        count=int(count.group(1)) if count else None,
        route_length_km=float(length.group(1).replace(",", ".")) if length else None,
        description=text,
    )


def _joined(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return value


def _number(value: Any, invalid: dict[str, str]) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        invalid["vehicles.route_length_km"] = str(value)
        return None


YEARS = (1992, 2100)
"""Years the working-day calendar covers; a date outside them is a typing error, not a filing date."""

EVENT_WINDOW = (time(9, 0), time(20, 0))
"""Art. 9 p.4: an assembly may not start before 09:00 nor end after 20:00 local time."""
