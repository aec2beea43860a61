"""Values as people write them on notifications, read out of recognised text: IIN / BIN with the usual OCR
confusions, dates ("08.03.2026", "8 марта 2026 г.", "2026 жылғы 8 наурыз"), times ("с 12:00 до 15:00",
"12:00-ден 15:00-ге дейін"), counts, yes / no statements, e-mail and mobile numbers, forms of assembly.

Every function is pure and returns None when the text does not hold the value: a value is never guessed.
"""

from __future__ import annotations

import re
from datetime import date, time

from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.people import is_valid_iin

# Letters Tesseract puts for digits in numbers (Cyrillic and Latin look-alikes).
_DIGIT_LOOKALIKES = str.maketrans(
    {
        "О": "0",
        "о": "0",
        "O": "0",
        "o": "0",
        "D": "0",
        "З": "3",
        "з": "3",
        "I": "1",
        "l": "1",
        "|": "1",
        "і": "1",
        "І": "1",
        "!": "1",
        "б": "6",
        "Б": "6",
        "S": "5",
        "s": "5",
        "B": "8",
        "В": "8",
        "Ч": "4",
        "g": "9",
    }
)
_ID_CANDIDATE = re.compile(r"[0-9ОоOoDЗзIl|іІ!бБSsBВЧg][0-9ОоOoDЗзIl|іІ!бБSsBВЧg \-]{10,20}")


def id_number(text: str) -> tuple[str, bool] | None:
    """The first 12-digit IIN/BIN in ``text`` whose check digit holds, and whether letters had to be read as
    digits (О/0, З/3, I/1, б/6 ...). None when no candidate holds: a wrong number is never returned."""
    for match in _ID_CANDIDATE.finditer(text):
        raw = match.group(0)
        compact = re.sub(r"[ \-]", "", raw)
        for start in range(max(len(compact) - 11, 1)):
            chunk = compact[start : start + 12]
            digits = chunk.translate(_DIGIT_LOOKALIKES)
            if len(digits) == 12 and digits.isdigit() and is_valid_iin(digits):
                return digits, digits != chunk
    return None


MONTHS_RU = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
MONTHS_KK = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_RU_MONTH = r"(январ[яь]|феврал[яь]|март[а]?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|август[а]?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"  # noqa: E501
_KK_MONTH = "(" + "|".join(MONTHS_KK) + ")"
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s?[./]\s?(\d{1,2})\s?[./]\s?(\d{4})(?!\d)")
_RU_DATE = re.compile(r"(?<!\d)[«\"“]?(\d{1,2})[»\"”]?\s+" + _RU_MONTH + r"\s+(\d{4})", re.IGNORECASE)
_KK_DATE = re.compile(r"(\d{4})\s*(?:жылғы|жыл|ж\.?)\s+(\d{1,2})\s+" + _KK_MONTH, re.IGNORECASE)
_KK_DATE_DAY_FIRST = re.compile(r"(?<!\d)[«\"“]?(\d{1,2})[»\"”]?\s+" + _KK_MONTH + r"\w*\s+(\d{4})", re.IGNORECASE)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _ru_month(word: str) -> int:
    word = word.lower()
    if word.startswith("мар"):
        return 3
    if word.startswith("ма"):
        return 5
    return next(i for i, stem in enumerate(MONTHS_RU, 1) if word.startswith(stem))


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first date written in one of the usual forms, with the span of text it occupies."""
    found: list[tuple[int, int, date]] = []
    for m in _NUMERIC_DATE.finditer(text):
        if d := _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            found.append((m.start(), m.end(), d))
    for m in _RU_DATE.finditer(text):
        if d := _safe_date(int(m.group(3)), _ru_month(m.group(2)), int(m.group(1))):
            found.append((m.start(), m.end(), d))
    for m in _KK_DATE.finditer(text):
        if d := _safe_date(int(m.group(1)), MONTHS_KK.index(m.group(3).lower()) + 1, int(m.group(2))):
            found.append((m.start(), m.end(), d))
    for m in _KK_DATE_DAY_FIRST.finditer(text):
        if d := _safe_date(int(m.group(3)), MONTHS_KK.index(m.group(2).lower()) + 1, int(m.group(1))):
            found.append((m.start(), m.end(), d))
    if not found:
        return None
    start, end, day = min(found)
    return day, start, end


_TIME = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])\s?[:.]\s?([0-5]\d)(?![\d])")


def find_times(text: str) -> list[time]:
    """The clock times in ``text`` in the order written ("с 12:00 до 15:00" gives two)."""
    return [time(int(m.group(1)), int(m.group(2))) for m in _TIME.finditer(text)]


def find_count(text: str) -> int | None:
    """The first whole number of the text (participants: "150 (сто пятьдесят) человек", "до 200")."""
    match = re.search(r"(?<![\d.,:])(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,7})(?![\d.:])", text)
    return int(re.sub(r"\D", "", match.group(1))) if match else None


_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s?@\s?[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?:\+\s?7|8)[\s\-(]*\d{3}[\s\-)]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)")


def find_emails(text: str) -> list[str]:
    return [re.sub(r"\s", "", m.group(0)).strip(".") for m in _EMAIL.finditer(text)]


def find_phones(text: str) -> list[str]:
    """Kazakh mobile numbers (+7 7xx ..., 8 7xx ...) written with spaces, dashes or brackets."""
    return [_phone_format(m.group(0)) for m in _PHONE.finditer(text)]


def _phone_format(written: str) -> str:
    """``+7 7XX XXX XX XX`` (an eleven-digit number with 8 for +7 written the same way)."""
    digits = re.sub(r"\D", "", written)
    if len(digits) != 11:
        return re.sub(r"\s+", " ", written).strip()
    return f"+7 {digits[1:4]} {digits[4:7]} {digits[7:9]} {digits[9:11]}"


_NEGATIONS = (
    "не план",
    "не будут",
    "не будет",
    "не устан",
    "не использ",
    "не предусм",
    "не привлека",
    "отсутств",
    "нет",
    "жоқ",
    "болмайды",
    "орнатылмайды",
    "пайдаланылмайды",
    "жоспарланбайды",
    "қолданылмайды",
    "көзделмеген",
    "тартылмайды",
)
_REFUSALS = ("не соглас", "не даю", "келіспеймін", "келісім бермеймін")
_AGREEMENTS = ("соглас", "даю", "даём", "даем", "келісемін", "келісім беремін", "келісімімді", "келісім")


def intention(text: str) -> bool | None:
    """Whether a statement about structures, sound equipment, visual materials or vehicles says yes or no."""
    lowered = text.casefold()
    if not lowered.strip():
        return None
    return not any(n in lowered for n in _NEGATIONS)


def consent(text: str) -> bool | None:
    """True for a stated consent to the processing of personal data, False for a refusal, else None."""
    lowered = text.casefold()
    if any(r in lowered for r in _REFUSALS):
        return False
    return True if any(a in lowered for a in _AGREEMENTS) else None


_FORM_STEMS: tuple[tuple[str, Form], ...] = (
    ("пикет", Form.PICKET),
    ("митинг", Form.RALLY),
    ("демонстрац", Form.DEMONSTRATION),
    ("шестви", Form.MARCH),
    ("шеру", Form.MARCH),
    ("собрани", Form.ASSEMBLY),
    ("жиналыс", Form.ASSEMBLY),
)
_GENERIC = re.compile(r"мирн\w*\s+собрани\w*|бейбіт\s+жиналыс\w*", re.IGNORECASE)


def find_form(text: str) -> Form | None:
    """The form of assembly named first in ``text``; "мирное собрание" / "бейбіт жиналыс" (any peaceful
    assembly) does not name one."""
    lowered = _GENERIC.sub(" ", text.casefold())
    hits = [(lowered.find(stem), form) for stem, form in _FORM_STEMS if stem in lowered]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


_KAZAKH_LETTERS = set("әғқңөұүһі")


def language_of(text: str) -> str:
    """``kk`` when Kazakh letters are frequent in the text, else ``ru``."""
    letters = [c for c in text.casefold() if c.isalpha()]
    kazakh = sum(c in _KAZAKH_LETTERS for c in letters)
    return "kk" if letters and kazakh / len(letters) > 0.02 else "ru"


def find_km(text: str) -> float | None:
    match = re.search(r"(\d+(?:[.,]\d+)?)\s*(?:км|km)", text, re.IGNORECASE)
    return float(match.group(1).replace(",", ".")) if match else None
