"""Organizers and representatives (art. 1 sub. 4, art. 10 p.3 item 3), and IIN / BIN validation.

IIN (individual identification number) and BIN (business identification number) are both 12 digits whose
last digit is a check digit: the weighted sum of the first 11 digits with weights 1..11, modulo 11; if that
gives 10, weights 3..11,1,2 are used instead; if that also gives 10 the number is invalid.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


class IdProblem(StrEnum):
    """Why an IIN or BIN is not acceptable."""

    MISSING = "missing"
    NOT_DIGITS = "not_digits"
    LENGTH = "length"
    CHECKSUM = "checksum"


def check_digit(first_eleven: str) -> int | None:
    """The check digit for 11 leading digits, or None when no digit is valid (the number cannot exist)."""
    digits = [int(c) for c in first_eleven]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        value = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if value != 10:
            return value
    return None


def id_number_problem(value: str | None) -> IdProblem | None:
    """The first problem of a 12-digit IIN or BIN, or None when it is well-formed with a correct check digit.

    Spaces are ignored (clerks copy numbers grouped as ``123456 789012``); anything else non-digit is an error.
    """
    if value is None or not value.strip():
        return IdProblem.MISSING
    compact = value.replace(" ", "").strip()
    if not compact.isascii() or not compact.isdigit():
        return IdProblem.NOT_DIGITS
    if len(compact) != 12:
        return IdProblem.LENGTH
    expected = check_digit(compact[:11])
    if expected is None or expected != int(compact[11]):
        return IdProblem.CHECKSUM
    return None


def is_valid_iin(value: str | None) -> bool:
    """True for a 12-digit IIN with a correct check digit."""
    return id_number_problem(value) is None


def is_valid_bin(value: str | None) -> bool:
    """True for a 12-digit BIN with a correct check digit (same algorithm as the IIN)."""
    return id_number_problem(value) is None


def normalize_id_number(value: str | None) -> str | None:
    """The number without spaces, or None for empty input; invalid numbers are kept as typed."""
    if value is None:
        return None
    compact = value.replace(" ", "").strip()
    return compact or None


class OrganizerType(StrEnum):
    """A citizen (or one of a group of citizens) or a registered legal entity."""

    PERSON = "person"
    ENTITY = "entity"


@dataclass(frozen=True, slots=True)
class Person:
    """A citizen organizer or representative, as written in the filing (fields may be missing)."""

    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    iin: str | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def display_name(self) -> str:
        """``Surname Given Patronymic`` with missing parts left out."""
        parts = (self.surname, self.given_name, self.patronymic)
        return " ".join(p for p in parts if p)

    @property
    def short_name(self) -> str:
        """``Surname G. P.``, the form used in register lists."""
        initials = " ".join(f"{p[0]}." for p in (self.given_name, self.patronymic) if p)
        return " ".join(p for p in (self.surname, initials) if p)


@dataclass(frozen=True, slots=True)
class Entity:
    """A legal-entity organizer: name, BIN and location."""

    name: str | None = None
    bin: str | None = None
    address: str | None = None

    @property
    def display_name(self) -> str:
        return self.name or ""

    @property
    def short_name(self) -> str:
        return self.name or ""


Organizer = Person | Entity
