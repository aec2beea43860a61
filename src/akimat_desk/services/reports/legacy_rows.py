"""Columns of a legacy journal: which filing field each column holds, and one row turned into a filing mapping
(the JSON the front desk registers; see docs/filing-schema.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, tzinfo
from functools import lru_cache
from typing import Any

from akimat_desk.domain.errors import InvalidInput

FIELDS = (
    "legacy_number",
    "received_at",
    "received_date",
    "received_time",
    "form",
    "organizer",
    "organizer.surname",
    "organizer.given_name",
    "organizer.patronymic",
    "organizer.iin",
    "organizer.bin",
    "organizer.address",
    "contacts.phone",
    "contacts.email",
    "purpose",
    "place",
    "route",
    "event_date",
    "start_time",
    "end_time",
    "starts_at",
    "ends_at",
    "participants",
    "channel",
    "language",
    "ignore",
)

#: Header words (casefolded, stripped of punctuation) -> field. The first match wins.
SYNONYMS: tuple[tuple[str, str], ...] = (
    ("дата и время поступ", "received_at"),
    ("received at", "received_at"),
    ("время поступ", "received_time"),
    ("уақыты", "received_time"),
    ("time received", "received_time"),
    ("телефон", "contacts.phone"),
    ("phone", "contacts.phone"),
    ("почта", "contacts.email"),
    ("e-mail", "contacts.email"),
    ("email", "contacts.email"),
    ("иин", "organizer.iin"),
    ("жсн", "organizer.iin"),
    ("iin", "organizer.iin"),
    ("бин", "organizer.bin"),
    ("бсн", "organizer.bin"),
    ("bin", "organizer.bin"),
    ("адрес организатора", "organizer.address"),
    ("мекенжай", "organizer.address"),
    ("address", "organizer.address"),
    ("адрес", "organizer.address"),
    ("дата проведения", "event_date"),
    ("өткізу күні", "event_date"),
    ("event date", "event_date"),
    ("вх", "legacy_number"),
    ("кіріс", "legacy_number"),
    ("incoming", "legacy_number"),
    ("номер", "legacy_number"),
    ("№", "legacy_number"),
    ("дата поступ", "received_date"),
    ("дата регистр", "received_date"),
    ("түскен күн", "received_date"),
    ("тіркелген күн", "received_date"),
    ("date received", "received_date"),
    ("received", "received_date"),
    ("форма", "form"),
    ("нысан", "form"),
    ("вид", "form"),
    ("form", "form"),
    ("организатор", "organizer"),
    ("ұйымдастырушы", "organizer"),
    ("фио", "organizer"),
    ("organizer", "organizer"),
    ("цель", "purpose"),
    ("мақсат", "purpose"),
    ("purpose", "purpose"),
    ("маршрут", "route"),
    ("route", "route"),
    ("место", "place"),
    ("орын", "place"),
    ("place", "place"),
    ("начал", "start_time"),
    ("басталу", "start_time"),
    ("start", "start_time"),
    ("окончан", "end_time"),
    ("аяқталу", "end_time"),
    ("end", "end_time"),
    ("количество", "participants"),
    ("участник", "participants"),
    ("саны", "participants"),
    ("participants", "participants"),
    ("язык", "language"),
    ("тіл", "language"),
    ("language", "language"),
)

FORM_WORDS = {
    "picket": ("пикет", "picket"),
    "assembly": ("собрани", "жиналыс", "assembly", "meeting"),
    "rally": ("митинг", "rally"),
    "demonstration": ("демонстрац", "demonstration"),
    "march": ("шестви", "шеру", "march", "procession"),
}
_KAZAKH = re.compile("[әғқңөұүһі]", re.IGNORECASE)
_ENTITY = re.compile(r"[«\"]|\b(ТОО|ОО|ОФ|АО|ЖШС|ҚБ|бірлестігі|объединение|фонд|партия)\b", re.IGNORECASE)


def _norm(header: str) -> str:
    return " ".join(re.sub(r"[^\w№@\- ]", " ", header.casefold()).split())


def auto_mapping(header: Sequence[str]) -> dict[int, str]:
    """Column index -> field for every header that names a known field (each field used once)."""
    result: dict[int, str] = {}
    for index, title in enumerate(header):
        text = _norm(title)
        if not text:
            continue
        if text in FIELDS:
            found: str | None = text
        else:
            found = next((f for word, f in SYNONYMS if word in text), None)
        if found and found not in result.values():
            result[index] = found
    return result


def _column(ref: str, header: Sequence[str]) -> int:
    ref = ref.strip()
    for index, title in enumerate(header):
        if title.strip().casefold() == ref.casefold():
            return index
    if ref.isdigit() and 1 <= int(ref) <= len(header):
        return int(ref) - 1
    if re.fullmatch(r"[A-Za-z]{1,2}", ref):
        index = 0
        for ch in ref.upper():
            index = index * 26 + (ord(ch) - 64)
        if index <= len(header):
            return index - 1
    raise InvalidInput("import_column_unknown", field="--map", column=ref)


def parse_overrides(text: str | None, header: Sequence[str]) -> dict[int, str]:
    """``"Вх. №=legacy_number,C=form"`` -> {index: field}; columns by header text, number (1-based) or letter."""
    result: dict[int, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        column, sep, target = part.rpartition("=")
        if not sep or target.strip() not in FIELDS:
            raise InvalidInput("import_map_invalid", field="--map", item=part.strip(), fields=", ".join(FIELDS))
        result[_column(column, header)] = target.strip()
    return result


def _cell_text(value: Any) -> str:
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _day(value: Any, name: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _cell_text(value)
    day = _day_of_text(text)
    if day is None:
        raise InvalidInput("import_date_invalid", field=name, value=text)
    return day


@lru_cache(maxsize=4096)  # a journal repeats its days; strptime is slow
def _day_of_text(text: str) -> date | None:
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text[:10] if fmt == "%Y-%m-%d" else text, fmt).date()
        except ValueError:
            continue
    return None


def _clock(value: Any, name: str) -> time:
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    found = _clock_of_text(_cell_text(value))
    if found is None:
        raise InvalidInput("import_time_invalid", field=name, value=_cell_text(value))
    return found


@lru_cache(maxsize=4096)
def _clock_of_text(text: str) -> time | None:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?", text.replace(".", ":").replace("-", ":"))
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        return None
    return time(int(match.group(1)), int(match.group(2)))


def _moment(value: Any, name: str) -> datetime:
    if isinstance(value, datetime):
        return value
    text = _cell_text(value)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        parts = text.split()
        if len(parts) == 2:
            return datetime.combine(_day(parts[0], name), _clock(parts[1], name))
        raise InvalidInput("import_date_invalid", field=name, value=text) from None


def _received_from_date(day_cell: Any, time_cell: Any) -> datetime:
    """The time of receipt from a date column (and a time column when there is one). A date cell that holds a
    date and a time (a datetime other than midnight, or text "03.11.2025 10:05") keeps its time; only a bare
    date without a time column becomes 09:00, the opening of the office."""
    if time_cell is not None:
        return datetime.combine(_day(day_cell, "received_date"), _clock(time_cell, "received_time"))
    if isinstance(day_cell, datetime) and day_cell.time() != time(0, 0):
        return day_cell
    if not isinstance(day_cell, date) and len(_cell_text(day_cell).split()) == 2:
        return _moment(day_cell, "received_date")
    return datetime.combine(_day(day_cell, "received_date"), time(9, 0))


def form_of(value: Any) -> str:
    return _form_of_text(_cell_text(value))


@lru_cache(maxsize=256)
def _form_of_text(text: str) -> str:
    text = text.casefold()
    for form, words in FORM_WORDS.items():
        if any(w in text for w in words):
            return form
    return text  # parse_document refuses an unknown form with the value


def _organizer(texts: dict[str, str]) -> dict[str, Any] | None:
    """The organizer from the filled cells' texts (``organizer``, ``organizer.<part>``)."""
    name = texts.get("organizer", "")
    parts = {k[10:]: v for k, v in texts.items() if k.startswith("organizer.")}
    if not name and not parts:
        return None
    if parts.get("bin") or (name and _is_entity(name)):
        entity = {"type": "entity", "name": name, "bin": parts.get("bin"), "address": parts.get("address")}
        return {k: v for k, v in entity.items() if v}
    if name and not {"surname", "given_name"} & parts.keys():
        parts.update(zip(("surname", "given_name", "patronymic"), _name_parts(name), strict=True))
    person = {"type": "person", **{k: v for k, v in parts.items() if k != "bin" and v}}
    return person


@lru_cache(maxsize=4096)  # a journal names the same organizers again and again
def _is_entity(name: str) -> bool:
    return _ENTITY.search(name) is not None


@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, str, str]:
    """Surname, given name, patronymic of ``Фамилия Имя Отчество`` (initials ``И.О.`` split too)."""
    words = name.replace(".", ". ").split()
    return words[0], " ".join(words[1:2]), " ".join(words[2:])


def row_to_filing(cells: Sequence[Any], mapping: dict[int, str], tz: tzinfo) -> tuple[dict[str, Any], str]:
    """The filing mapping of one row and its legacy number; InvalidInput names the field that is unreadable.

    A cell counts when its text (numbers as written, text stripped) is not empty; each cell's text is taken
    once."""
    width = len(cells)
    filled: dict[str, Any] = {}
    texts: dict[str, str] = {}
    for index, name in mapping.items():
        if index < width:
            value = cells[index]
            text = _cell_text(value)
            if text:
                filled[name] = value
                texts[name] = text
    data: dict[str, Any] = {"channel": texts.get("channel") or "paper"}
    if "received_at" in filled:
        received = _moment(filled["received_at"], "received_at")
    elif "received_date" in filled:
        received = _received_from_date(filled["received_date"], filled.get("received_time"))
    else:
        raise InvalidInput("received_at_missing", field="received_at")
    data["received_at"] = (received if received.tzinfo else received.replace(tzinfo=tz)).isoformat()
    if "form" in texts:
        data["form"] = _form_of_text(texts["form"])
    organizer = _organizer(texts)
    if organizer:
        data["organizer"] = organizer
    contacts = {k[9:]: v for k, v in texts.items() if k.startswith("contacts.")}
    if contacts:
        data["contacts"] = contacts
    for name in ("purpose", "place", "route"):
        if name in texts:
            data[name] = texts[name]
    _event_times(filled, data)
    if "participants" in texts:
        data["participants"] = texts["participants"]
    language = texts.get("language", "").lower()[:2]
    data["language"] = language or ("kk" if _KAZAKH.search(" ".join(texts.values())) else "ru")
    return data, texts.get("legacy_number", "")


def _event_times(filled: dict[str, Any], data: dict[str, Any]) -> None:
    for name in ("starts_at", "ends_at"):
        if name in filled:
            data[name] = _moment(filled[name], name).replace(tzinfo=None).isoformat()
    if "event_date" in filled:
        day = _day(filled["event_date"], "event_date")
        if "start_time" in filled:
            data["starts_at"] = datetime.combine(day, _clock(filled["start_time"], "start_time")).isoformat()
        if "end_time" in filled:
            data["ends_at"] = datetime.combine(day, _clock(filled["end_time"], "end_time")).isoformat()
