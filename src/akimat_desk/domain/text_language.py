"""Which language a clerk's free text is written in: Kazakh, Russian or English (or None when it cannot tell).

A letter carries only text in its own language (issue 15): a Kazakh refusal may not read "Негіздеме: Угроза
общественному порядку". The test is deliberately simple and explainable: Latin words make English; among
Cyrillic words, the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і) and common Kazakh words count for Kazakh,
common Russian words, ё щ ъ э and Russian endings for Russian. A text mixing both about equally (a proposal that
names "Ганди саябағы / парк Ганди"), or one without words (times, numbers), gives None: nothing is refused then.
"""

from __future__ import annotations

import re

KAZAKH_ONLY = frozenset("әғқңөұүһі")
_KK_WORDS = frozenset(
    [
        "және",
        "жоқ",
        "бойынша",
        "үшін",
        "туралы",
        "мен",
        "бен",
        "пен",
        "немесе",
        "болып",
        "табылады",
        "жылғы",
        "көшесі",
        "алаңы",
        "саябағы",
        "орнына",
        "уақыты",
        "уақытын",
        "өтеді",
        "емес",
        "бар",
        "бұл",
        "осы",
        "сағат",
        "күні",
        "ал",
        "да",
        "де",
        "та",
        "те",
        "ғана",
        "сол",
        "оның",
        "олар",
        "мерзімі",
        "жерде",
        "кейін",
        "дейін",
        "арқылы",
    ]
)
_RU_WORDS = frozenset(
    [
        "и",
        "в",
        "на",
        "не",
        "с",
        "по",
        "для",
        "что",
        "от",
        "до",
        "из",
        "у",
        "к",
        "о",
        "об",
        "при",
        "или",
        "это",
        "как",
        "так",
        "нет",
        "согласно",
        "указан",
        "указаны",
        "указано",
        "улица",
        "парк",
        "площадь",
        "время",
        "место",
        "час",
        "часов",
        "будет",
        "был",
        "была",
        "были",
        "который",
        "которая",
        "также",
        "его",
        "её",
        "их",
        "ул",
        "пр",
    ]
)
_RU_ENDINGS = re.compile(r"(?:ого|ому|ыми|ями|ость|ости|ение|ения|ания|ться|ются|ется|ует|ных|ный|ная|ное)$")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z]+")


def language_of(text: str) -> str | None:
    """'kk', 'ru', 'en', or None when the text does not tell (no words, or as much of one as of the other)."""
    words = _WORD.findall(text.casefold())
    latin = sum(1 for w in words if _LATIN.fullmatch(w))
    cyrillic = [w for w in words if not _LATIN.fullmatch(w)]
    if latin > len(cyrillic):
        return "en"
    kk = sum(1 for w in cyrillic if KAZAKH_ONLY & set(w) or w in _KK_WORDS)
    ru = sum(1 for w in cyrillic if w in _RU_WORDS or set(w) & set("ёщъэ") or _RU_ENDINGS.search(w))
    if kk > ru:
        return "kk"
    if ru > kk:
        return "ru"
    return None


def fits(text: str, language: str) -> bool:
    """True unless the text is recognizably in another language than ``language``."""
    found = language_of(text)
    return found is None or found == language
