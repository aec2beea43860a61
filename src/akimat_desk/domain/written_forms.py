"""People and places as a clerk writes them on a card or in a list, in the reader's language (issue 22 item 5):

- a citizen: ``Оспанова Жанар Әлібекқызы, ЖСН 631122474374, Алматы қ., Абай даңғ., 10`` (surname, given name,
  patronymic; the IIN with its name in the language: ЖСН / ИИН / IIN; the address as the organizer wrote it);
- a legal entity: ``«Азат» қоғамдық бірлестігі, БСН 040340001283, Алматы қ., Төле би к-сі, 50`` (БСН / БИН / BIN);
- a representative: the citizen's line, then the phone and the e-mail the filing gives for them;
- contacts: ``+7 701 123 45 67, erlan.s@example.kz``;
- a place: its name, then its address, then its description in brackets (a place written as text stays as is).

Nothing is invented: a part the filing does not have is left out (the card lists it as a defect); values are
shown as written, never rewritten (an address keeps the organizer's ``г.`` or ``қ.``). Pure Python; the names of
IIN and BIN come from the catalogue (``people.iin`` / ``people.bin``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from akimat_desk.catalogue import text


def _clean(value: Any) -> str:
    """A written value as one line: text trimmed, a number as its digits, anything else (None, dicts) empty."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def _join(parts: list[str]) -> str:
    return ", ".join(p for p in parts if p)


def _number(kind: str, value: Any, lang: str) -> str:
    digits = _clean(value)
    return f"{text(f'people.{kind}', lang)} {digits}" if digits else ""


def is_entity(data: Mapping[str, Any]) -> bool:
    """An organizer object is a legal entity when it says so, or gives a BIN and no person's type."""
    kind = data.get("type")
    return kind == "entity" or (kind is None and bool(data.get("bin")) and not data.get("surname"))


def person_text(data: Mapping[str, Any], lang: str) -> str:
    """``Surname Given Patronymic, ЖСН …, address`` (then phone and e-mail when the object carries them)."""
    name = " ".join(_clean(data.get(k)) for k in ("surname", "given_name", "patronymic") if _clean(data.get(k)))
    return _join(
        [
            name,
            _number("iin", data.get("iin"), lang),
            _clean(data.get("address")),
            _clean(data.get("phone")),
            _clean(data.get("email")),
        ]
    )


def entity_text(data: Mapping[str, Any], lang: str) -> str:
    """``Name, БСН …, address``."""
    return _join([_clean(data.get("name")), _number("bin", data.get("bin"), lang), _clean(data.get("address"))])


def organizer_text(value: Any, lang: str) -> str:
    """An organizer or representative as written: an object in its line, text as it is."""
    if isinstance(value, Mapping):
        return entity_text(value, lang) if is_entity(value) else person_text(value, lang)
    return _clean(value)


def contacts_text(value: Any) -> str:
    """``phone, e-mail`` of the contacts item (item 10)."""
    if isinstance(value, Mapping):
        return _join([_clean(value.get("phone")), _clean(value.get("email"))])
    return _clean(value)


def place_text(value: Any) -> str:
    """``name, address (description)``; a place written as text stays as written."""
    if not isinstance(value, Mapping):
        return _clean(value)
    line = _join([_clean(value.get("name")), _clean(value.get("address"))])
    description = _clean(value.get("description"))
    if description:
        return f"{line} ({description})" if line else description
    return line
