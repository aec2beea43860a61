"""Language side of the letters: load ``texts/<lang>.yaml`` and turn a Letter or a Receipt into plain strings.

Nothing here knows about pages or fonts, and nothing here hard-codes a word of kk, ru or en: every phrase, month
name and legal formula comes from the YAML files, so a lawyer can review the wording without reading code. The
output is plain text (not ReportLab markup); the layout escapes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from akimat_desk.letters.model import LANGUAGES, Letter, Receipt, RefusalGround, is_notification

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
]


@cache
def texts(language: str) -> dict[str, Any]:
    """The wording of one language, loaded once; raises ValueError for an unknown language or an incomplete file."""
    if language not in LANGUAGES:
        raise ValueError(f"no letter texts for language {language!r}")
    source = resources.files("akimat_desk.letters").joinpath("texts", f"{language}.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(source)
    missing = [key for key in _REQUIRED_KEYS if key not in data]
    if missing or len(data["months"]) != 12:
        raise ValueError(f"texts/{language}.yaml is incomplete: missing {missing or 'twelve months'}")
    return data


def format_date(day: dt.date, language: str) -> str:
    """A date as the language writes it in letters: «25» мамыр 2026 ж. / «25» мая 2026 г. / 25 May 2026."""
    t = texts(language)
    month = t["months"][day.month - 1]
    return str(t["date"].format(d=day.day, dd=f"{day.day:02d}", month=month, yyyy=day.year))


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


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _form_words(form: str, t: dict[str, Any]) -> dict[str, str]:
    return {f"form_{case}": word for case, word in t["forms"][form].items()}


def _event_rows(letter: Letter, t: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    labels, event, lang = t["labels"], letter.event, letter.language
    rows = [(labels["event_form"], _capitalize(t["forms"][event.form]["nom"])), (labels["event_place"], event.place)]
    if event.route:
        rows.append((labels["event_route"], event.route))
    rows.append((labels["event_time"], format_when(event.starts_at, event.ends_at, lang)))
    if event.participants is not None:
        rows.append((labels["event_participants"], str(event.participants)))
    return tuple(rows)


def _refuse_basis(letter: Letter, t: dict[str, Any]) -> str:
    basis = t["refuse_basis"]
    parts: list[str] = []
    if any(g.code.startswith("A14-") for g in letter.grounds):
        parts.append(basis["art14_notification" if letter.is_notification else "art14_application"])
    parts.extend(basis[g.code] for g in letter.grounds if not g.code.startswith("A14-"))
    return str(basis["join"].join(parts))


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


def _grounds(letter: Letter, t: dict[str, Any]) -> tuple[GroundText, ...]:
    ordered = sorted(letter.grounds, key=_ground_order)
    return tuple(
        GroundText(
            heading=f"{_capitalize(cite_ground(g.code, letter.language))}: {t['ground_titles'][g.code]}.",
            reason_label=t["labels"]["reason"],
            reason=g.reason.strip(),
        )
        for g in ordered
    )


def _addressee(letter: Letter, t: dict[str, Any]) -> tuple[str, ...]:
    lines = [t["labels"]["addressee_title"], letter.addressee.name]
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
    if letter.answer_deadline is None:
        return ""
    key = "notification" if letter.is_notification else "application"
    return str(t["reply"][key].format(deadline=format_date(letter.answer_deadline, letter.language)))


def compose(letter: Letter) -> LetterText:
    """All the strings of ``letter`` in its own language (never the UI's), ready to lay out."""
    t, lang = texts(letter.language), letter.language
    labels, words = t["labels"], _form_words(letter.event.form, t)
    filing = "notification" if letter.is_notification else "application"
    in_date = format_date(letter.incoming_date, lang)
    return LetterText(
        language=lang,
        unofficial_mark=t["unofficial_mark"],
        outgoing=labels["outgoing"].format(number=letter.outgoing_number, date=format_date(letter.outgoing_date, lang)),
        incoming=labels["incoming"].format(number=letter.incoming_number, date=in_date),
        addressee=_addressee(letter, t),
        subject=letter.subject or t["subjects"][letter.kind],
        intro=t["intro"][filing].format(in_date=in_date, in_no=letter.incoming_number, **words),
        event_rows=_event_rows(letter, t),
        decision=_decision(letter, t, words),
        proposal=letter.proposal.strip(),
        reply=_reply(letter, t),
        conditions_title=labels["conditions"] if letter.conditions else "",
        conditions=tuple(c.strip() for c in letter.conditions if c.strip()),
        grounds=_grounds(letter, t),
        remarks=letter.remarks.strip(),
        appeal=t["appeal"][letter.letterhead.appeal_route] if letter.kind == "refuse" else "",
        e_document=_e_document_text(letter, t),
        unofficial_note=t["unofficial_note"],
        signatory_position=letter.signatory.position,
        signatory_name=letter.signatory.name,
        executor=labels["executor"].format(name=letter.executor.name, phone=letter.executor.phone),
        page_format=t["page"],
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
