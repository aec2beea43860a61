"""Language side of the letters: the wording from the catalogue (``catalogue/texts/letters.<lang>.yaml``);
turn a Letter or a Receipt into plain strings.

Nothing here knows about pages or fonts, and nothing here hard-codes a word of kk, ru or en: every phrase, month
name and legal formula comes from the YAML files, so a lawyer can review the wording without reading code. The
output is plain text (not ReportLab markup); the layout escapes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from akimat_desk import catalogue
from akimat_desk.letters.model import (
    LANGUAGES,
    MOVING_FORMS,
    RESTRICTIVE_KINDS,
    Letter,
    Receipt,
    RefusalGround,
    is_notification,
)
from akimat_desk.letters.names import addressee_line

_REQUIRED_KEYS = [
    "months",
    "date",
    "time",
    "same_day",
    "span",
    "page",
    "forms",
    "law",
    "cite",
    "ground_titles",
    "labels",
    "subjects",
    "intro",
    "decision",
    "refuse_basis",
    "reply",
    "appeal",
    "e_document",
    "receipt",
    "unofficial_mark",
    "unofficial_note",
    "quote",
]


@cache
def texts(language: str) -> dict[str, Any]:
    """The wording of one language, loaded once; raises ValueError for an unknown language or an incomplete file."""
    if language not in LANGUAGES:
        raise ValueError(f"no letter texts for language {language!r}")
    data = catalogue.tree("letters", language)
    missing = [key for key in _REQUIRED_KEYS if key not in data]
    if missing or len(data["months"]) != 12:
        raise ValueError(f"letters.{language}.yaml is incomplete: missing {missing or 'twelve months'}")
    return data


def format_date(day: dt.date, language: str, running: bool = False) -> str:
    """A date as the language writes it in letters: 2026 жылғы 25 мамыр / «25» мая 2026 г. / 25 May 2026.

    ``running``: the form inside a sentence ("on that day"): Kazakh puts the month in the locative, «2026 жылғы
    16 қарашада»; Russian and English write the date as above."""
    t = texts(language)
    template, months = (t["date_loc"], t["months_loc"]) if running and "date_loc" in t else (t["date"], t["months"])
    month = months[day.month - 1]
    return str(template.format(d=day.day, dd=f"{day.day:02d}", month=month, month_loc=month, yyyy=day.year))


def format_time(moment: dt.datetime | dt.time, language: str) -> str:
    """Hours and minutes, 24-hour clock."""
    return str(texts(language)["time"].format(hh=f"{moment.hour:02d}", mm=f"{moment.minute:02d}"))


def format_when(start: dt.datetime | None, end: dt.datetime | None, language: str) -> str:
    """The event's date and time span, in one phrase (one date when the event starts and ends on the same day);
    "not stated in the filing" when the filing lacked them."""
    t = texts(language)
    if start is None or end is None:
        return str(t["not_stated"])
    if start.date() == end.date():
        return str(
            t["same_day"].format(
                date=format_date(start.date(), language),
                start=format_time(start, language),
                end=format_time(end, language),
            )
        )
    return str(
        t["span"].format(
            date1=format_date(start.date(), language),
            start=format_time(start, language),
            date2=format_date(end.date(), language),
            end=format_time(end, language),
        )
    )


def cite_ground(code: str, language: str) -> str:
    """The citation of a refusal ground in the language's own order: 'A14-5' -> «подпункт 5) пункта 1 статьи 14
    Закона» / «Заңның 14-бабының 1-тармағының 5) тармақшасы» / «subparagraph 5) of paragraph 1 of Article 14 ...»;
    'A11-3' -> paragraph 3 of Article 11."""
    cite = texts(language)["cite"]
    article, number = code[1:].split("-")
    if article == "14":
        return str(cite["sub"].format(sub=number, par=1, art=14))
    return str(cite["par"].format(par=number, art=article))


@dataclass(frozen=True)
class GroundText:
    """One refusal ground as printed: the heading (citation + the law's short title) and the clerk's reasons."""

    heading: str
    reason_label: str
    reason: str


@dataclass(frozen=True)
class LetterText:
    """Every string a letter prints, in its language, in reading order. Empty strings and tuples are not printed."""

    language: str
    unofficial_mark: str
    outgoing: str
    incoming: str
    addressee: tuple[str, ...]
    subject: str
    intro: str
    event_rows: tuple[tuple[str, str], ...]
    decision: str
    proposal: str
    reply: str
    conditions_title: str
    conditions: tuple[str, ...]
    grounds: tuple[GroundText, ...]
    remarks: str
    appeal: str
    e_document: str
    unofficial_note: str
    signatory_position: str
    signatory_name: str
    executor: str
    page_format: str
    seal: str = ""  # "Register seal: ..." in the letter's language; "" for a preview


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _form_words(form: str, t: dict[str, Any]) -> dict[str, str]:
    return {f"form_{case}": word for case, word in t["forms"][form].items()}


def _place_rows(letter: Letter, t: dict[str, Any]) -> list[tuple[str, str]]:
    """Where: for a march or a demonstration the route (and its starting point when the filing names one apart),
    for the other forms the place; "not stated" rather than an empty line."""
    labels, event = t["labels"], letter.event
    place, route = event.place.strip(), event.route.strip()
    if event.form in MOVING_FORMS and route:
        rows = [(labels["event_route"], route)]
        return [(labels["event_start"], place), *rows] if place and place not in route else rows
    if event.form in MOVING_FORMS and not place:
        return [(labels["event_route"], t["not_stated"])]
    return [(labels["event_place"], place or t["not_stated"])]


def _event_rows(letter: Letter, t: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    labels, event, lang = t["labels"], letter.event, letter.language
    rows = [(labels["event_form"], _capitalize(t["forms"][event.form]["nom"])), *_place_rows(letter, t)]
    rows.append((labels["event_time"], format_when(event.starts_at, event.ends_at, lang)))
    if event.participants is not None:
        rows.append((labels["event_participants"], str(event.participants)))
    return tuple(rows)


def _enumerate(items: list[str], basis: dict[str, str]) -> str:
    """ "a", "a и b", "a, b и c" in the language's own words."""
    if len(items) <= 1:
        return "".join(items)
    return str(basis["sep"].join(items[:-1]) + basis["last"] + items[-1])


def _refuse_basis(letter: Letter, t: dict[str, Any]) -> str:
    """The articles a refusal rests on, as a lawyer cites them together: the decision's own subparagraph first
    (art. 11 p.1 subp. 2) / art. 13 p.1 subp. 3)) when art. 14 grounds are cited, then art. 11 p.3 / 13 p.3, then the
    subparagraphs of art. 14 p.1 in the law's order."""
    basis = t["refuse_basis"]
    subs = sorted(int(g.code.split("-")[1]) for g in letter.grounds if g.code.startswith("A14-"))
    parts: list[str] = []
    if subs:
        parts.append(basis["art14_notification" if letter.is_notification else "art14_application"])
    parts.extend(basis[g.code] for g in letter.grounds if not g.code.startswith("A14-"))
    if subs:
        listed = _enumerate([f"{n})" for n in subs], basis)
        parts.append(basis["art14_one" if len(subs) == 1 else "art14_many"].format(subs=listed))
    return _enumerate(parts, basis)


def _decision(letter: Letter, t: dict[str, Any], words: dict[str, str]) -> str:
    key = letter.kind
    if key == "propose":
        key = "propose_notification" if letter.is_notification else "propose_application"
    basis = _refuse_basis(letter, t) if letter.kind == "refuse" else ""
    return _capitalize(str(t["decision"][key].format(law=t["law"], basis=basis, **words)))


def _ground_order(ground: RefusalGround) -> tuple[int, int]:
    """Art. 14 grounds in the law's order 1)-10), then the art. 11 p.3 / 13 p.3 refusal."""
    article, number = ground.code[1:].split("-")
    return (0, int(number)) if article == "14" else (1, int(article))


def _quoted(code: str, t: dict[str, Any]) -> str:
    """The ground as the law words it, in the language's quotation marks."""
    return str(t["quote"].format(text=t["ground_titles"][code]))


def _grounds(letter: Letter, t: dict[str, Any]) -> tuple[GroundText, ...]:
    ordered = sorted(letter.grounds, key=_ground_order)
    return tuple(
        GroundText(
            heading=f"{_capitalize(cite_ground(g.code, letter.language))}: {_quoted(g.code, t)}.",
            reason_label=t["labels"]["reason"],
            reason=g.reason.strip(),
        )
        for g in ordered
    )


def _addressee(letter: Letter, t: dict[str, Any]) -> tuple[str, ...]:
    person = letter.addressee.person
    lines = [t["labels"]["addressee_title"], addressee_line(letter.addressee.name, letter.language, person)]
    if letter.addressee.representative:
        lines.append(t["labels"]["representative"].format(name=letter.addressee.representative))
    if letter.addressee.address:
        lines.append(letter.addressee.address)
    return tuple(lines)


def _e_document_text(letter: Letter, t: dict[str, Any]) -> str:
    note = letter.e_document
    if note is None:
        return ""
    result = t["e_document"]["valid" if note.signature_valid else "invalid"]
    text = str(t["e_document"]["text"].format(result=result))
    return f"{text} {note.detail}".strip() if note.detail else text


def _reply(letter: Letter, t: dict[str, Any]) -> str:
    """The organizer's one working day from receipt of the proposal (art. 11 p.3 / 13 p.3), as the law states it."""
    if letter.kind != "propose":
        return ""
    return str(t["reply"]["notification" if letter.is_notification else "application"])


def _subject(letter: Letter, t: dict[str, Any]) -> str:
    if letter.subject:
        return letter.subject
    if letter.kind == "propose" and not letter.is_notification:
        return str(t["subjects"]["propose_application"])
    return str(t["subjects"][letter.kind])


def _outgoing(letter: Letter, t: dict[str, Any]) -> str:
    if letter.draft:
        return str(t["labels"]["draft_number"])
    date = format_date(letter.outgoing_date, letter.language)
    return str(t["labels"]["outgoing"].format(number=letter.outgoing_number, date=date))


def compose(letter: Letter) -> LetterText:
    """All the strings of ``letter`` in its own language (never the UI's), ready to lay out."""
    t, lang = texts(letter.language), letter.language
    labels, words = t["labels"], _form_words(letter.event.form, t)
    filing = "notification" if letter.is_notification else "application"
    in_date = format_date(letter.incoming_date, lang)
    in_date_loc = format_date(letter.incoming_date, lang, running=True)
    marks = [labels["draft_mark"] if letter.draft else "", t["unofficial_mark"]]
    return LetterText(
        language=lang,
        unofficial_mark=" · ".join(mark for mark in marks if mark),
        outgoing=_outgoing(letter, t),
        incoming=labels["incoming"].format(number=letter.incoming_number, date=in_date),
        addressee=_addressee(letter, t),
        subject=_subject(letter, t),
        intro=t["intro"][filing].format(
            in_date=in_date, in_date_loc=in_date_loc, in_no=letter.incoming_number, **words
        ),
        event_rows=_event_rows(letter, t),
        decision=_decision(letter, t, words),
        proposal=letter.proposal.strip(),
        reply=_reply(letter, t),
        conditions_title=labels["conditions"] if letter.conditions else "",
        conditions=tuple(c.strip() for c in letter.conditions if c.strip()),
        grounds=_grounds(letter, t),
        remarks=letter.remarks.strip(),
        appeal=t["appeal"][letter.letterhead.appeal_route] if letter.kind in RESTRICTIVE_KINDS else "",
        e_document=_e_document_text(letter, t),
        unofficial_note=t["unofficial_note"],
        signatory_position=letter.signatory.position,
        signatory_name=letter.signatory.name,
        executor=labels["executor"].format(name=letter.executor.name, phone=letter.executor.phone),
        page_format=t["page"],
        seal=labels["seal"].format(seal=letter.seal) if letter.seal else "",
    )


@dataclass(frozen=True)
class ReceiptText:
    """Every string a registration receipt prints, in its language."""

    unofficial_mark: str
    title: str
    rows: tuple[tuple[str, str], ...]
    items_label: str
    items: tuple[str, ...]
    filing_day_note: str
    received_by_label: str
    received_by: str
    handed_to_label: str
    signature_hint: str
    notes: tuple[str, ...]


def compose_receipt(receipt: Receipt) -> ReceiptText:
    """All the strings of a registration receipt in its language."""
    t, lang = texts(receipt.language), receipt.language
    r = t["receipt"]
    filing = "notification" if is_notification(receipt.form) else "application"
    received = f"{format_date(receipt.received_at.date(), lang)}, {format_time(receipt.received_at, lang)}"
    rows = (
        (r["incoming"], receipt.incoming_number),
        (r["received_at"], received),
        (r["form"], _capitalize(t["forms"][receipt.form]["nom"])),
        (r["organizer"], receipt.organizer),
        (r["deadline"], format_date(receipt.review_deadline, lang)),
    )
    return ReceiptText(
        unofficial_mark=t["unofficial_mark"],
        title=r[f"title_{filing}"],
        rows=rows,
        items_label=r["items"],
        items=receipt.received_items,
        filing_day_note=r[f"filing_day_{filing}"],
        received_by_label=r["received_by"],
        received_by=f"{receipt.received_by.position} {receipt.received_by.name}".strip(),
        handed_to_label=r["handed_to"],
        signature_hint=r["signature"],
        notes=tuple(note.strip() for note in receipt.notes if note.strip()),
    )
