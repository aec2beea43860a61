"""The labels people put before each item of a notification or application, in Kazakh and Russian, numbered
or not, in a form or inside the sentences of a free letter; and the cutting of recognised text into the
segments that follow them.

A label is a regular expression (case-insensitive) for the words that introduce an item. A segment runs from
the end of its label to the start of the next label, so the order of the items on the page does not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FILL = r"(?:[\s,]+(?:{words})\b)*"


def _tail(head: str, words: str) -> str:
    """``head`` followed by any of ``words`` (the rest of a long label such as "юрт, палаток, иных сооружений")."""
    return head + _FILL.format(words=words)


LABELS: tuple[tuple[str, str], ...] = (
    # (segment key, pattern); at one position the longest match wins, so long labels may contain short ones
    ("heading", r"^\W*(?:уведомлени[ея]|хабарлама|заявлени[ея]|өтініш)\b"),
    ("filed_on", r"дата\s+подачи(?:\s+(?:уведомления|заявления))?|(?:хабарламаның\s+|өтініштің\s+)?берілген\s+күні"),
    (
        "signature",
        _tail(r"подпись", r"организатора|или|его|представителя")
        + r"|(?:ұйымдастырушының\s+(?:немесе\s+өкілінің\s+)?)?(?:қолы|қолтаңбасы)\b",
    ),
    (
        "purpose",
        r"\bцел[ьи]\b(?:\s+(?:проведения|мирного|собрания|мероприятия|пикетирования|митинга|шествия|"
        r"демонстрации))*|\bс\s+целью\b"
        r"|(?:(?:бейбіт\s+)?(?:жиналыстың|іс-шараның|шерудің|митингтің|пикеттің|демонстрацияның)\s+)?мақсаты\b",
    ),
    (
        "form",
        r"\bформа\b(?:\s+(?:проведения|мирного|собрания|мероприятия))*|уведомляю\s+о\s+(?:проведении|намерении)"
        r"|прошу\s+согласовать\s+проведение|[,\s]+(?=[^\W\d]+\s+өткізуді\s+келісуді\s+сұраймын)"
        r"|(?:(?:бейбіт\s+)?жиналыстың\s+)?нысаны\b|[,\s]+(?=[^\W\d]+\s+өткізу\s+туралы\s+хабарлаймын)",
    ),
    (
        "organizer",
        r"\bорганизатор(?:е)?\b(?:\s+мирного\s+собрания)?(?:\s*\((?:ф\.?\s?и\.?\s?о\.?|фио)[^)]*\))?"
        r"|\bф\.\s?и\.\s?о\.?(?:\s+организатора)?|^\s*я,|сведения\s+об\s+организаторе"
        r"|\bұйымдастырушы\b(?:\s+туралы\s+мәліметтер)?|ұйымдастырушының\s+(?:тегі|аты-жөні)[\w\s,]*?(?=:)"
        r"|^\s*мен,|наименование(?:\s+юридического\s+лица)?|заңды\s+тұлғаның\s+атауы",
    ),
    ("iin", r"\b(?:ИИН|ЖСН)\b"),
    ("bin", r"\b(?:БИН|БСН)\b"),
    (
        "address",
        r"место\s+жительства(?:\s+или\s+временного\s+пребывания)?|адрес\s+(?:места\s+жительства|"
        r"проживания|регистрации)|проживающ\w*\s+по\s+адресу|местонахождени\w*|юридический\s+адрес|^\s*адрес\b"
        r"|(?:тұрғылықты|тұратын|орналасқан)\s+(?:жері|мекенжайы[мы]?)|тұрғылықты\s+мекенжайым|^\s*мекенжайы\b",
    ),
    ("representative", r"\bпредставител[ьяе]\b(?:\s+организатора)?|(?:ұйымдастырушының\s+)?өкілі\b"),
    (
        "place",
        r"специализированное\s+место(?:\s+проведения)?|место\s+проведения(?:\s+мирного\s+собрания)?"
        r"|в\s+специализированном\s+месте|^\s*место\b|(?:арнайы|өткізу|өткізілетін)\s+(?:орын\w*|орны\w*)",
    ),
    (
        "route",
        r"(?<!протяжённость\s)(?<!протяженность\s)\bмаршрут\b(?!\s+ұзындығы)(?:\s+(?:следования|движения|участников))*"
        r"|(?:жүру\s+)?маршруты\b|по\s+маршруту",
    ),
    (
        "date_time",
        r"дата,?\s+(?:и\s+)?время(?:\s+(?:начала\s+и\s+окончания|проведения))?|дата\s+проведения"
        r"|время\s+(?:проведения|начала)|^\s*время\b|пройд[её]т|состоится"
        r"|(?:басталатын\s+және\s+аяқталатын\s+)?күні(?:\s+мен|,)?\s+уақыты|(?:өткізілетін|өткізу)\s+күні"
        r"|^\s*уақыты\b|^\s*дата\b",
    ),
    (
        "participants",
        r"(?:предполагаемое\s+)?(?:количество|численность)\s+участников|ожидается"
        r"|қатысушылардың\s+(?:болжамды\s+)?саны",
    ),
    (
        "structures",
        _tail(r"(?:сведения\s+об\s+установке\s+)?юрт\w*", r"палат\w*|и|иных|иные|сооружени\w*")
        + "|"
        + _tail(r"киіз\s+үйлер\w*", r"шатырлар|мен|өзге|де|құрылысжайлар\w*|орнату|туралы|мәліметтер"),
    ),
    (
        "sound",
        _tail(r"(?:намерение\s+использовать\s+)?звукоусилива\w*", r"технически\w*|средств\w*|аппаратур\w*")
        + "|"
        + _tail(r"дыбыс\s+күшейткіш\w*", r"техникалық|құралдар\w*"),
    ),
    (
        "visual",
        _tail(r"плакат\w*", r"транспарант\w*|и|иные|иных|средства|средств|наглядной|агитации")
        + r"|(?:средства\s+)?наглядн\w+\s+агитаци\w*"
        + "|"
        + _tail(r"плакаттар", r"транспаранттар|өзге|де|көрнекі|үгіттеу|құралдар\w*")
        + r"|көрнекі\s+үгіттеу\s+құралдар\w*",
    ),
    ("vehicles", r"транспортн\w+\s+средств\w*|көлік\s+құралдар\w*"),
    (
        "order_measures",
        _tail(
            r"мер\w*\s+по\s+(?:обеспечению|содействию)",
            r"в|и|обеспечени\w*|общественного|"
            r"порядка|организации|медицинской|помощи|пожарной|безопасности",
        )
        + "|"
        + _tail(
            r"қоғамдық\s+тәртіпті",
            r"сақтау\w*|медициналық|көмек\w*|ұйымдастыру\w*|өрт|қауіпсіздігі\w*|"
            r"және|жөніндегі|шаралар\w*",
        ),
    ),
    (
        "regulations",
        r"(?:ұйымдастырушы\s+бекіткен\s+)?регламент\w*(?:\s+(?:проведения|мирного|собрания|"
        r"мероприятия|утвержденный|утверждённый|организатором|прилагается))*",
    ),
    ("email", r"(?:адрес\s+)?электронн\w+\s+почт\w*|\be-?mail\b|эл\.\s*почта|электрондық\s+пошта\w*(?:\s+мекенжайы)?"),
    (
        "phone",
        r"(?:номер\s+)?(?:мобильн\w+\s+)?телефон\w*|ұялы\s+(?:байланыс\w*\s+)?(?:абоненттік\s+нөмірі|"
        r"телефон\w*)|абоненттік\s+нөмір\w*",
    ),
    ("contacts", r"контактн\w+\s+данные|для\s+связи|байланыс\s+(?:деректері|үшін|телефондары)"),
    (
        "consent",
        r"согласие[\w\s,()]*?данных|(?:даю|даём|даем)\s+согласие|дербес\s+деректер\w*[\w\s,]*?келісім\w*"
        r"|келісім\s+беремін",
    ),
    ("funding", r"источник\w*\s+финансирования|қаржыландыру\s+көздер\w*"),
)
_COMPILED = tuple((key, re.compile(pattern, re.IGNORECASE | re.MULTILINE)) for key, pattern in LABELS)
_ITEM_NUMBER = re.compile(r"(?:^|\n)\s*\d{1,2}\s*[.)]\s*$")


@dataclass(frozen=True, slots=True)
class Segment:
    """The text after one label: ``key`` of the label, the label's own text and span, the value's span."""

    key: str
    label: str
    start: int
    value_start: int
    value_end: int


def find_segments(text: str) -> list[Segment]:
    """Every label found in ``text`` (longest first where two start together, no overlaps), in text order,
    each with the span of its value up to the next label."""
    found = sorted(
        (
            (m.start(), -(m.end() - m.start()), key, m.end())
            for key, rx in _COMPILED
            for m in rx.finditer(text)
            if m.end() > m.start()
        )
    )
    accepted: list[tuple[int, int, str]] = []
    last_end = -1
    for start, _length, key, end in found:
        if start >= last_end:
            accepted.append((start, end, key))
            last_end = end
    segments = []
    for i, (start, end, key) in enumerate(accepted):
        stop = accepted[i + 1][0] if i + 1 < len(accepted) else len(text)
        segments.append(Segment(key, text[start:end], start, end, _trim_number(text, end, stop)))
    return segments


def _trim_number(text: str, start: int, stop: int) -> int:
    """Where a value really ends: before the next item's number ("... 150\\n7.") if one stands there."""
    match = _ITEM_NUMBER.search(text, start, stop)
    return match.start() if match else stop


_ABBREVIATIONS = frozenset(
    {
        "г",
        "ул",
        "пр",
        "мкр",
        "просп",
        "д",
        "кв",
        "пер",
        "обл",
        "р-н",
        "қ",
        "көш",
        "даңғ",
        "им",
        "ш",
        "а",
        "т",
        "ж",
        "тел",
        "каб",
        "оф",
    }
)
_SENTENCE_END = re.compile(r"(\S+)\.\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def first_sentence(value: str) -> str:
    """The value up to the end of its sentence (free letters run items together: "... услуги. Мирное ...");
    abbreviations such as "г." and "ул." and initials do not end a sentence."""
    for match in _SENTENCE_END.finditer(value):
        word = match.group(1).strip('(«"').casefold()
        if len(word) > 1 and word not in _ABBREVIATIONS:
            return value[: match.start(1) + len(match.group(1))]
    return value


def clean(value: str) -> str:
    """A value as a clerk would type it: one line, no leading colon or dash, no trailing punctuation."""
    value = re.sub(r"\s+", " ", value)
    value = re.sub(r"(?<=\S) [-—] (?=\S)", " – ", value)  # a spaced hyphen is a dash (OCR reads – as -)
    value = first_sentence(re.sub(r"^[\s:;,.\-–—]+", "", value))
    value = re.sub(r"[\s,;:\-–—]+$", "", value)
    return re.sub(r"(?:(?<=[^\W\d]{3})|(?<=[»)\"]))\.$", "", value).strip()
