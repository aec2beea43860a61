"""The 13 items of a notification or application, found in the recognised lines of its pages.

Contract: ``read_fields(lines, places)`` returns one ``ReadField`` per filing field it could read, each with the
value in the filing JSON's terms (docs/filing-schema.md), the mean confidence of the words it came from and
those words (for highlighting). A field whose value does not hold (an IIN whose check digit fails, a date
that does not exist) is left out and named in ``unread``; nothing is guessed. ``to_document`` builds the
filing JSON the registration form and ``register_filing`` take.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from akimat_desk.domain.assemblies import FilingKind, Form, kind_of
from akimat_desk.domain.places import Place
from akimat_desk.services.filings import scan_text as tx
from akimat_desk.services.filings.scan_labels import Segment, clean, find_segments
from akimat_desk.services.filings.scan_pages import Line, Word

_ENTITY = re.compile(
    r"\b(?:ТОО|ЖШС|ОО|ҚБ|АО|АҚ|ОФ|ҚҚ|РОО|РҚБ|партия|фонд\w*|объединени\w+|бірлестіг\w*)\b|«", re.IGNORECASE
)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_\-]*(?:-[^\W\d_]+)?$")


@dataclass(frozen=True, slots=True)
class ReadField:
    """A filing field read from the page: ``path`` as in the filing JSON (``organizer.iin``)."""

    path: str
    value: Any
    conf: float
    words: tuple[Word, ...] = ()


@dataclass
class Reading:
    """What was read of one filing: fields by path, the fields seen but not acceptable, its language."""

    fields: dict[str, ReadField] = field(default_factory=dict)
    unread: dict[str, str] = field(default_factory=dict)
    language: str = "ru"
    place_id: int | None = None

    def put(self, path: str, value: Any, words: Sequence[Word], penalty: float = 1.0) -> None:
        if value is None or value == "" or path in self.fields:
            return
        conf = sum(w.conf for w in words) / len(words) if words else 0.0
        self.fields[path] = ReadField(path, value, round(conf * penalty, 1), tuple(words))

    def value(self, path: str) -> Any:
        found = self.fields.get(path)
        return found.value if found else None


class _Stream:
    """The lines joined into one text, remembering which characters came from which word."""

    def __init__(self, lines: Iterable[Line]) -> None:
        parts: list[str] = []
        self.spans: list[tuple[int, int, Word]] = []
        pos = 0
        for line in lines:
            for i, word in enumerate(line.words):
                if i:
                    parts.append(" ")
                    pos += 1
                parts.append(word.text)
                self.spans.append((pos, pos + len(word.text), word))
                pos += len(word.text)
            parts.append("\n")
            pos += 1
        self.text = "".join(parts)

    def words(self, start: int, end: int) -> list[Word]:
        return [w for s, e, w in self.spans if s < end and e > start]


def read_fields(lines: Sequence[Line], places: Sequence[Place] = ()) -> Reading:
    """The fields of one filing read from its lines (all its pages, in order)."""
    stream = _Stream(lines)
    reading = Reading(language=tx.language_of(stream.text))
    segments = find_segments(stream.text)
    _read_form(reading, stream, segments)
    person = "organizer"
    for seg in segments:
        if seg.key == "representative":
            person = "representative"
        elif seg.key in ("place", "route", "date_time", "participants", "contacts", "purpose", "form"):
            person = "organizer"
        _read_segment(reading, stream, seg, person)
    _match_place(reading, places)
    _times(reading)
    return reading


def _value(stream: _Stream, seg: Segment) -> tuple[str, list[Word]]:
    raw = stream.text[seg.value_start : seg.value_end]
    return clean(raw), stream.words(seg.value_start, seg.value_end)


def _read_form(reading: Reading, stream: _Stream, segments: Sequence[Segment]) -> None:
    for seg in segments:
        if seg.key == "form":
            text, words = _value(stream, seg)
            if (form := tx.find_form(text[:60])) is not None:
                reading.put("form", form.value, words[:3])
                return
    head = "\n".join(stream.text.splitlines()[:8])  # the heading: "о проведении митинга", "митинг өткізу туралы"
    if (form := tx.find_form(head)) is not None:
        reading.put("form", form.value, [w for w in stream.words(0, len(head)) if tx.find_form(w.text)])


def _read_segment(reading: Reading, stream: _Stream, seg: Segment, person: str) -> None:
    text, words = _value(stream, seg)
    key = seg.key
    if key in _TEXT_FIELDS:
        reading.put(_TEXT_FIELDS[key], text or None, words)
    elif key == "organizer":
        _read_party(reading, text, words)
    elif key == "representative":
        _read_name(reading, "representative", text, words)
    elif key in ("iin", "bin"):
        _read_id(reading, person, key, text, words)
    elif key == "address" and person == "organizer":
        reading.put("organizer.address", text.split(";")[0].strip() or None, words)
    elif key in ("email", "phone", "contacts"):
        _read_contacts(reading, person, text, words)
    elif key == "place":
        reading.put("place", text or None, words)
    elif key == "date_time":
        _read_date_time(reading, text, words)
    elif key == "participants":
        reading.put("participants", tx.find_count(text), words[:3])
    elif key in _INTENTIONS:
        _read_intention(reading, _INTENTIONS[key], text, words)
    elif key == "vehicles":
        _read_vehicles(reading, text, words)
    elif key == "consent":
        reading.put("pd_consent", tx.consent(seg.label + " " + text), words or stream.words(seg.start, seg.value_start))
    elif key == "filed_on":
        _read_filed_on(reading, text, words)


_TEXT_FIELDS = {
    "purpose": "purpose",
    "route": "route",
    "order_measures": "order_measures",
    "regulations": "regulations",
    "funding": "funding_sources",
}
_STATED_YES = re.compile(
    r"^(?:\s*(?:да|иә|бар|будут|будет|планиру\w*|использ\w*|устан\w*|пайдаланыл\w*|"
    r"қолданыл\w*|орнатыл\w*)\b[\s,:;\-–—]*)+",
    re.IGNORECASE,
)
_INTENTIONS = {"structures": "structures", "sound": "sound_equipment", "visual": "visual_materials"}


def _read_party(reading: Reading, text: str, words: list[Word]) -> None:
    head = text.split(",")[0].strip()
    if _ENTITY.search(head):
        reading.put("organizer.type", "entity", words)
        reading.put("organizer.name", head, _words_of(head, words))
    else:
        _read_name(reading, "organizer", text, words)
    if re.search(r"\b(?:ИИН|ЖСН|БИН|БСН)\b", text) is None:
        _read_id(reading, "organizer", "iin", text, words, quiet=True)


def _read_name(reading: Reading, who: str, text: str, words: list[Word]) -> None:
    """Surname, given name and patronymic: the first two or three name-like words of ``text``."""
    head = re.split(r"[,(;]|\s[–—-]\s", text)[0].split()
    names = [w for w in head[:3] if _NAME_WORD.match(w)]
    if len(names) < 2 or len(names) != len(head[: len(names)]):
        return
    if who == "organizer":
        reading.put("organizer.type", "person", words[:1])
    for part, name in zip(("surname", "given_name", "patronymic"), names, strict=False):
        reading.put(f"{who}.{part}", name, _words_of(name, words))


def _words_of(value: str, words: list[Word]) -> list[Word]:
    parts = set(value.split())
    return [w for w in words if w.text.strip(",.;:«»()") in parts or w.text in parts] or words[:1]


def _read_id(reading: Reading, who: str, key: str, text: str, words: list[Word], quiet: bool = False) -> None:
    found = tx.id_number(text[:40])
    if found is None:
        if not quiet and re.search(r"\w", text[:40]):
            reading.unread[f"{who}.{key}"] = text[:20]
        return
    digits, repaired = found
    if who == "organizer" and key == "bin":
        reading.put("organizer.type", "entity", words[:1])
    id_words = [w for w in words[:6] if re.search(r"\d", w.text)][:3]
    reading.put(f"{who}.{key}", digits, id_words, penalty=0.85 if repaired else 1.0)


def _read_contacts(reading: Reading, who: str, text: str, words: list[Word]) -> None:
    base = "representative" if who == "representative" else "contacts"
    for email in tx.find_emails(text)[:1]:
        reading.put(f"{base}.email", email, [w for w in words if "@" in w.text] or words[:1])
    for phone in tx.find_phones(text)[:1]:
        digits = re.sub(r"\D", "", phone)
        reading.put(
            f"{base}.phone",
            phone,
            [w for w in words if re.sub(r"\D", "", w.text) and re.sub(r"\D", "", w.text) in digits] or words[:1],
        )


def _read_date_time(reading: Reading, text: str, words: list[Word]) -> None:
    found = tx.find_date(text)
    if found is not None:
        reading.put("_date", found[0].isoformat(), words)
    times = tx.find_times(text if found is None else text[: found[1]] + " " + text[found[2] :])
    if times:
        reading.put("_start", times[0].strftime("%H:%M"), words)
    if len(times) > 1:
        reading.put("_end", times[1].strftime("%H:%M"), words)


def _times(reading: Reading) -> None:
    """starts_at and ends_at from the date and the two times, which may stand on separate lines."""
    day = reading.fields.get("_date")
    for part, path in (("_start", "starts_at"), ("_end", "ends_at")):
        clock = reading.fields.get(part)
        if day is not None and clock is not None:
            moment = datetime.fromisoformat(f"{day.value}T{clock.value}")
            words = day.words + tuple(w for w in clock.words if w not in day.words)
            reading.fields[path] = ReadField(path, moment.isoformat(), min(day.conf, clock.conf), words)
    for part in ("_date", "_start", "_end"):
        reading.fields.pop(part, None)


def _read_intention(reading: Reading, path: str, text: str, words: list[Word]) -> None:
    used = tx.intention(text)
    if used is None:
        return
    description = _STATED_YES.sub("", text).strip()
    description = re.sub(r"^\((.*)\)$", r"\1", description).strip()
    value: Any = {"used": True, "description": description} if used and description else used
    reading.put(path, value, words)


def _read_vehicles(reading: Reading, text: str, words: list[Word]) -> None:
    used = tx.intention(text)
    if used is None:
        return
    if not used:
        reading.put("vehicles", False, words)
        return
    details: dict[str, Any] = {}
    if (count := tx.find_count(text)) is not None:
        details["count"] = count
    if (km := tx.find_km(text)) is not None:
        details["route_length_km"] = km
    for key, rx in (
        ("categories", r"(?:категори\w*|санаттары)\s*[:\-–—]?\s*([^;.]+)"),
        ("start_point", r"(?:начальный\s+пункт|бастапқы\s+нүкте\w*)\s*[:\-–—]?\s*([^;]+)"),
        ("end_point", r"(?:конечный\s+пункт|соңғы\s+нүкте\w*)\s*[:\-–—]?\s*([^;]+)"),
    ):
        if m := re.search(rx, text, re.IGNORECASE):
            details[key] = clean(m.group(1))
    reading.put("vehicles", details or True, words)


def _read_filed_on(reading: Reading, text: str, words: list[Word]) -> None:
    found = tx.find_date(text)
    if found is not None:
        reading.put("filed_on", found[0].isoformat(), words)


def _match_place(reading: Reading, places: Sequence[Place]) -> None:
    """Put the office's own name of the specialized place when the page names one of them."""
    read = reading.fields.get("place")
    if read is None or not places:
        return
    text = str(read.value).casefold()
    best: tuple[float, Place | None] = (0.0, None)
    for place in places:
        for name in (*place.names.all(), place.address):
            if not name:
                continue
            ratio = difflib.SequenceMatcher(None, text, name.casefold()).ratio()
            if name.casefold() in text:
                ratio = max(ratio, 0.95)
            best = max(best, (ratio, place), key=lambda b: b[0])
    score, matched = best
    if matched is not None and score >= 0.8:
        name = matched.names.get(reading.language)
        reading.fields["place"] = ReadField("place", name, read.conf, read.words)
        reading.place_id = matched.id


def kind_of_reading(reading: Reading) -> FilingKind | None:
    form = reading.value("form")
    return kind_of(Form(form)) if form else None


def to_document(reading: Reading) -> dict[str, Any]:
    """The filing JSON of what was read (no time of receipt: that is the clerk's)."""
    doc: dict[str, Any] = {}
    for path, read in reading.fields.items():
        target = doc
        *parents, last = path.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = read.value
    organizer = doc.get("organizer")
    if isinstance(organizer, dict):
        organizer.setdefault("type", "entity" if "bin" in organizer or "name" in organizer else "person")
        if organizer["type"] == "entity":
            for key in ("surname", "given_name", "patronymic", "iin"):
                organizer.pop(key, None)
    doc["language"] = reading.language
    return doc
