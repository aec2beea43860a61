"""The organizer's name as a letter addresses it: "Ивановой М. П." in the Russian dative, "Иванова М. П." in Kazakh
and English, an organization's name unchanged.

Russian surnames are declined by pytrovich (the petrovich rules, bundled with the package, no network). Kazakh
patronymics are handled here, since petrovich knows only Russian ones: "Ерланұлы" / "Ерлан ұлы" mark a man,
"Ерланқызы" / "Ерлан қызы" a woman, and a surname that is itself such a patronymic ("Сәрсенбайұлы") never changes
its form. The gender comes, in this order, from the IIN (its 7th digit: odd for men, even for women), the
patronymic (Russian -ович/-овна, -ич/-ична, Kazakh -ұлы/-қызы), the surname (-ова, -ева, -ина, -ая) and the given
name (petrovich's dictionary). When none tells, a surname that would decline differently for a man and a woman is
left as written rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_ORGANIZATION = re.compile(
    r"[«\"“]|\b(?:ТОО|АО|ОО|ОФ|РОО|ИП|ЖШС|АҚ|ҚБ|ҚҚ|LLP|LLC|JSC|NGO|партия|партиясы|объединение|бірлестігі|фонд|қоры)\b",
    re.IGNORECASE,
)
_KAZAKH_MALE = re.compile(r"(?:^|\s|-)?(?:ұлы|улы|uly)$", re.IGNORECASE)
_KAZAKH_FEMALE = re.compile(r"(?:^|\s|-)?(?:қызы|кызы|qyzy|kyzy)$", re.IGNORECASE)
_RUSSIAN_MALE = re.compile(r"(?:вич|ьич|ич)$", re.IGNORECASE)
_RUSSIAN_FEMALE = re.compile(r"(?:вна|чна|шна)$", re.IGNORECASE)
_FEMALE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ая|ская|цкая)$", re.IGNORECASE)
_MALE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ый)$", re.IGNORECASE)


@dataclass(frozen=True)
class PersonName:
    """A person's name in parts; ``iin`` (12 digits) only to tell the gender."""

    surname: str
    given_name: str = ""
    patronymic: str = ""
    iin: str = ""

    @property
    def initials(self) -> str:
        """ "М. П." (a Kazakh patronymic "Ерлан ұлы" gives its first letter, "Е.")."""
        return " ".join(f"{part.strip()[0]}." for part in (self.given_name, self.patronymic) if part.strip())


def is_organization(name: str) -> bool:
    """True for a legal entity's name (a quoted name or a legal form such as ТОО, ОО, ЖШС, LLP)."""
    return bool(_ORGANIZATION.search(name))


def split_name(full: str) -> PersonName:
    """'Surname Given Patronymic' as written in a filing; a two-word Kazakh patronymic ("Ерлан ұлы") stays one."""
    words = full.split()
    if len(words) >= 4 and words[-1].casefold() in ("ұлы", "қызы", "улы", "кызы"):
        words = [*words[:-2], f"{words[-2]} {words[-1]}"]
    surname, given, patronymic = [*words, "", "", ""][:3]
    return PersonName(surname, given, " ".join([patronymic, *words[3:]]).strip())


def gender_of(name: PersonName) -> str | None:
    """'male', 'female' or None when nothing tells."""
    iin = re.sub(r"\D", "", name.iin)
    if len(iin) == 12 and iin[6] in "123456":
        return "male" if int(iin[6]) % 2 else "female"
    patronymic = name.patronymic.strip()
    for pattern, gender in ((_KAZAKH_MALE, "male"), (_KAZAKH_FEMALE, "female")):
        if (patronymic and pattern.search(patronymic)) or pattern.search(name.surname.strip()):
            return gender
    if _RUSSIAN_MALE.search(patronymic):
        return "male"
    if _RUSSIAN_FEMALE.search(patronymic):
        return "female"
    if _FEMALE_SURNAME.search(name.surname):
        return "female"
    if _MALE_SURNAME.search(name.surname):
        return "male"
    return _gender_from_given_name(name.given_name)


@cache
def _petrovich() -> tuple[object, object]:
    from pytrovich.detector import PetrovichGenderDetector
    from pytrovich.maker import PetrovichDeclinationMaker

    return PetrovichDeclinationMaker(), PetrovichGenderDetector()


def _gender_from_given_name(given: str) -> str | None:
    from pytrovich.enums import Gender

    if not given.strip():
        return None
    detector = _petrovich()[1]
    try:
        found = detector.detect(firstname=given.strip())  # type: ignore[attr-defined]
    except (KeyError, ValueError, StopIteration):
        return None
    return {Gender.MALE: "male", Gender.FEMALE: "female"}.get(found)


def russian_dative_surname(name: PersonName) -> str:
    """The surname in the Russian dative ("Иванова" -> "Ивановой" for a woman, "Сәрсенбаев" -> "Сәрсенбаеву");
    a Kazakh -ұлы/-қызы surname and a surname whose gender is unknown stay as written."""
    surname = name.surname.strip()
    if not surname or _KAZAKH_MALE.search(surname) or _KAZAKH_FEMALE.search(surname):
        return surname
    gender = gender_of(name)
    if gender is None:
        return surname
    from pytrovich.enums import Case, Gender, NamePart

    maker = _petrovich()[0]
    parts = surname.split("-")
    declined = [
        maker.make(NamePart.LASTNAME, Gender.MALE if gender == "male" else Gender.FEMALE, Case.DATIVE, part)  # type: ignore[attr-defined]
        for part in parts
    ]
    return "-".join(declined)


def addressee_line(full_name: str, language: str, parts: PersonName | None = None) -> str:
    """The organizer as the letter's addressee block names them: a person as "surname initials" (the surname in
    the dative in Russian), an organization unchanged."""
    if not full_name.strip() or is_organization(full_name):
        return full_name.strip()
    name = parts if parts is not None and parts.surname.strip() else split_name(full_name)
    surname = russian_dative_surname(name) if language == "ru" else name.surname.strip()
    if language == "en":
        return f"{name.initials} {surname}".strip()
    return f"{surname} {name.initials}".strip()
