"""The registration journal (книга регистрации / тіркеу журналы) for a period: one line per filing registered,
in order of incoming number, printed as a PDF table and exported to XLSX and CSV.

Personal data (IIN/BIN, address, phone, e-mail) is masked unless the caller asks for it unmasked: an IIN shows
its first 2 and last 2 digits, a phone its country code and last 2 digits, an e-mail its first letter and
domain, an address nothing. Organizer names are not masked: the journal identifies who filed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from akimat_desk.domain.document import parse_document
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.people import Entity
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.office import heads_in, record_seal
from akimat_desk.services.reports.table_export import PlainTable, to_csv, to_pdf, to_xlsx
from akimat_desk.storage.places import FilingSlot, PlaceRepository

COLUMNS = (
    "no",
    "incoming_number",
    "received",
    "registered_on",
    "form",
    "organizer",
    "id_number",
    "address",
    "contacts",
    "purpose",
    "place",
    "event",
    "participants",
    "status",
)
_WIDTHS = (0.55, 1.3, 1.1, 1.1, 1.25, 1.5, 1.1, 0.8, 1.6, 1.9, 2.0, 1.25, 0.85, 1.7)


@dataclass(frozen=True, slots=True)
class Journal:
    first: date
    last: date
    unmasked: bool
    rows: tuple[tuple[str, ...], ...]  # in COLUMNS order, already in the requested language
    seal: str = ""  # the register seal when the journal was made, printed at the foot of every PDF page


def mask_id(value: str | None) -> str:
    digits = (value or "").strip()
    return digits if len(digits) < 6 else digits[:2] + "*" * (len(digits) - 4) + digits[-2:]


def mask_phone(value: str | None) -> str:
    text = (value or "").strip()
    positions = [i for i, ch in enumerate(text) if ch.isdigit()]
    keep = set(positions[-2:]) | ({positions[0]} if text.startswith("+") and positions else set())
    return "".join("*" if ch.isdigit() and i not in keep else ch for i, ch in enumerate(text))


def mask_email(value: str | None) -> str:
    text = (value or "").strip()
    match = re.fullmatch(r"(.)[^@]*(@.+)", text)
    return f"{match.group(1)}***{match.group(2)}" if match else ("***" if text else "")


def mask_address(value: str | None) -> str:
    return "***" if (value or "").strip() else ""


def build_journal(ctx: ServiceContext, first: date, last: date, lang: str, unmask: bool = False) -> Journal:
    """The journal lines of the filings registered from ``first`` to ``last``; EXPORT permission. The register
    seal of the moment goes on every page and into the anchors file beside the register."""
    ctx.require(Permission.EXPORT)
    if last < first:
        raise InvalidInput("period_reversed", field="--to")
    with ctx.uow() as uow:
        slots = uow.repo(PlaceRepository).slots_registered(first, last)
        heads = heads_in(uow)
    rows = tuple(_row(s, i, ctx, lang, unmask) for i, s in enumerate(slots, start=1))
    seal = record_seal(ctx.uow.engine, heads, ctx.clock(), f"journal {first.isoformat()}..{last.isoformat()}")
    return Journal(first, last, unmask, rows, seal)


def _row(slot: FilingSlot, no: int, ctx: ServiceContext, lang: str, unmask: bool) -> tuple[str, ...]:
    doc = parse_document(slot.document, ctx.settings.tz)
    org = doc.organizer
    id_number = (org.bin if isinstance(org, Entity) else org.iin) if org is not None else None
    address = org.address if org is not None else None
    contacts = [c for c in (doc.phone, doc.email) if c]
    if not unmask:
        id_number, address = mask_id(id_number), mask_address(address)
        contacts = [mask_phone(doc.phone)] if doc.phone else []
        contacts += [mask_email(doc.email)] if doc.email else []
    event = ""
    if slot.starts_at is not None:
        event = slot.starts_at.strftime("%d.%m.%Y %H:%M")
        if slot.ends_at is not None:
            event += "–" + (
                slot.ends_at.strftime("%H:%M")
                if slot.ends_at.date() == slot.starts_at.date()
                else slot.ends_at.strftime("%d.%m.%Y %H:%M")
            )
    status = message(f"status.{slot.status}", lang)
    if slot.outcome:
        status += ": " + message(f"outcome.{slot.outcome}", lang)
    received = slot.received_at.astimezone(ctx.settings.tz).strftime("%d.%m.%Y %H:%M")
    return (
        str(no),
        slot.incoming_number,
        received,
        slot.registered_on.strftime("%d.%m.%Y"),
        message(f"form.{slot.form}", lang),
        org.display_name if org else "",
        id_number or "",
        address or "",
        "\n".join(contacts),
        doc.purpose or "",
        slot.place_text,
        event,
        "" if slot.participants is None else str(slot.participants),
        status,
    )


def journal_table(journal: Journal, lang: str) -> PlainTable:
    period = message(
        "journal.period",
        lang,
        first=journal.first.strftime("%d.%m.%Y"),
        last=journal.last.strftime("%d.%m.%Y"),
        count=len(journal.rows),
    )
    note = message("journal.unmasked" if journal.unmasked else "journal.masked", lang)
    header = tuple(message(f"journal.col.{c}", lang) for c in COLUMNS)
    seal = message("audit.seal", lang, seal=journal.seal) if journal.seal else ""
    return PlainTable(
        message("journal.title", lang), f"{period}. {note}", header, journal.rows, _WIDTHS, page_note=seal
    )


def write_journal(
    journal: Journal, lang: str, *, pdf: Path | None = None, xlsx: Path | None = None, csv_path: Path | None = None
) -> None:
    table = journal_table(journal, lang)
    if pdf is not None:
        to_pdf(table, pdf, wide=True)
    if xlsx is not None:
        to_xlsx([table], xlsx, [message("journal.sheet", lang)])
    if csv_path is not None:
        csv_path.write_text(to_csv(table), encoding="utf-8-sig")
