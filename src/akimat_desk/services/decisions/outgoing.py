"""Outgoing letters and registration receipts: build the letter from the filing, the decision and the
office settings; number it; keep its PDF byte for byte.

The outgoing number and date belong to the decision (the act): its Kazakh and Russian originals and the
unofficial English translation share them. The first letter issued for a decision takes the next number of the
akimat's year; a letter of the same decision in another language is issued under that same number and date, and
asking again for a language already issued returns the stored PDF. A preview (``preview_letters``) is never
numbered and never stored."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from akimat_desk.domain.deadlines import DeadlineKind
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction, FilingRecord
from akimat_desk.domain.text_language import fits
from akimat_desk.letters import (
    Addressee,
    EventDetails,
    Executor,
    Letter,
    Letterhead,
    PersonName,
    Receipt,
    RefusalGround,
    Signatory,
)
from akimat_desk.security.roles import Permission
from akimat_desk.services.filings import load_filing, read_attachment
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.office import OfficeSettings, format_number, heads_in, record_seal, seal_of
from akimat_desk.storage.decisions.repositories import DecisionRecord, DecisionRepository, LetterRecord
from akimat_desk.storage.filings import AttachmentInfo, AttachmentRepository, NewEvent
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork
from akimat_desk.storage.office import UserRepository


@dataclass(frozen=True, slots=True)
class IssuedLetter:
    """A decision's letter; ``new`` when this call numbered and stored it (a history event of the filing, its
    attachment), which ``changes`` says; asking for an issued letter again changes nothing."""

    letter: LetterRecord
    pdf: bytes
    new: bool
    changes: Changes


def letterhead(settings: OfficeSettings) -> Letterhead:
    if not settings.letterhead_ready:
        raise InvalidInput("letterhead_missing", field="name_kk")
    s = settings
    emblem = Path(s.emblem_path).expanduser() if s.emblem_path.strip() else None
    if emblem is not None and not emblem.is_file():
        raise InvalidInput("emblem_missing", field="emblem_path", path=str(emblem))
    return Letterhead(
        name_kk=s.name_kk,
        name_ru=s.name_ru,
        name_en=s.name_en,
        address_kk=s.address_kk or s.address_ru,
        address_ru=s.address_ru or s.address_kk,
        address_en=s.address_en,
        phone=s.phone,
        email=s.email,
        department_kk=s.department_kk,
        department_ru=s.department_ru,
        department_en=s.department_en,
        appeal_route=s.appeal_route,
        emblem_path=emblem,
    )


def _signatory(settings: OfficeSettings, lang: str) -> Signatory:
    position = getattr(settings, f"signatory_position_{lang}") or settings.signatory_position_ru
    if not position or not settings.signatory_name:
        raise InvalidInput("signatory_missing", field="signatory_name")
    return Signatory(position, settings.signatory_name)


def _local(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None) if value else None
    except ValueError:
        return None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _addressee(record: FilingRecord) -> Addressee:
    doc = record.document
    organizer = _mapping(doc.get("organizer"))
    rep = _mapping(doc.get("representative"))
    name = " ".join(str(organizer.get(k) or "") for k in ("surname", "given_name", "patronymic")).strip()
    rep_name = " ".join(str(rep.get(k) or "") for k in ("surname", "given_name", "patronymic")).strip()
    entity = str(organizer.get("name") or "").strip()
    person = None
    if not entity and str(organizer.get("surname") or "").strip():
        person = PersonName(
            *(str(organizer.get(k) or "").strip() for k in ("surname", "given_name", "patronymic", "iin"))
        )
    return Addressee(
        name=entity or name or str(record.organizer_name or "") or "—",
        address=str(organizer.get("address") or "—"),
        representative=rep_name,
        person=person,
    )


def _event(record: FilingRecord) -> EventDetails:
    doc = record.document
    participants = doc.get("participants")
    starts, ends = _local(doc.get("starts_at")), _local(doc.get("ends_at"))
    if starts is None or ends is None or ends <= starts:
        starts, ends = None, None  # defective item 5: the letter says the times were not stated
    return EventDetails(
        form=str(record.form),
        place=str(doc.get("place") or ""),
        route=str(doc.get("route") or ""),
        starts_at=starts,
        ends_at=ends,
        participants=participants if isinstance(participants, int) and participants > 0 else None,
    )


def executor(ctx: ServiceContext, uow: UnitOfWork) -> Executor:
    """Who prepared the letter: the logged-in user's full name (else the configured executor), never the
    operating-system account; the phone is the executor's (else the office's)."""
    settings, name = ctx.settings, ""
    if ctx.principal is not None and not ctx.principal.single_clerk:
        user = uow.repo(UserRepository).get(ctx.principal.name)
        name = user.full_name.strip() if user is not None else ""
    name = name or settings.executor_name.strip()
    if not name:
        raise InvalidInput("executor_missing", field="executor_name")
    return Executor(name, settings.executor_phone or settings.phone)


def _words(decision: DecisionRecord, lang: str, key: str, written: str) -> str:
    """The clerk's text ``key`` for the letter in ``lang``: the text given in that language, else the text as
    written when it is in that language (or does not tell). Raises ``InvalidInput`` naming the text when the
    letter would carry another language's words."""
    given = ((decision.texts or {}).get(lang) or {}).get(key, "").strip()
    kind, _, ground = key.partition(":")
    params = {"field": f"texts.{lang}.{key}", "language": lang, "ground": ground}
    if given:
        if not fits(given, lang):
            raise InvalidInput(f"letter_text_language.{kind}", **params)
        return given
    if not written.strip():
        return ""
    if not fits(written, lang):
        raise InvalidInput(f"letter_text_missing.{kind}", **params)
    return written.strip()


def build_letter(
    ctx: ServiceContext,
    record: FilingRecord,
    decision: DecisionRecord,
    lang: str,
    number: str,
    today: date,
    staff: Executor,
    draft: bool = False,
    seal: str = "",
) -> Letter:
    """The letter of ``decision`` in ``lang``; ``number`` is "" for a draft (a preview); ``seal`` is the register
    seal at issue, printed at the foot of every page ("" for a preview)."""
    settings = ctx.settings
    written = (decision.proposal or {}).get("text", "") if decision.kind == "propose" else ""
    proposal = _words(decision, lang, "proposal", written)
    grounds = tuple(
        RefusalGround(g["code"], _words(decision, lang, f"reason:{g['code']}", g["reason"])) for g in decision.grounds
    )
    conditions = _words(decision, lang, "conditions", decision.conditions or "")
    remarks = _words(decision, lang, "remarks", decision.remarks or "")
    return Letter(
        kind=decision.kind,
        language=lang,
        letterhead=letterhead(settings),
        outgoing_number=number,
        outgoing_date=today,
        incoming_number=record.incoming_number,
        incoming_date=record.registered_on,
        addressee=_addressee(record),
        event=_event(record),
        signatory=_signatory(settings, lang),
        executor=staff,
        grounds=grounds,
        proposal=proposal,
        conditions=(conditions,) if conditions else (),
        remarks=remarks,
        review_deadline=decision.review_deadline,
        draft=draft,
        seal=seal,
    )


def _latest_decision(uow: UnitOfWork, record: FilingRecord) -> DecisionRecord:
    decisions = uow.repo(DecisionRepository).decisions(record.id)
    if not decisions:
        raise InvalidInput("no_decision", field="id", reference=record.incoming_number)
    return decisions[-1]


def _number_of(uow: UnitOfWork, record: FilingRecord, decision: DecisionRecord) -> LetterRecord | None:
    """The first letter issued for ``decision``: its number and date are the decision's."""
    return next((x for x in uow.repo(DecisionRepository).letters(record.id) if x.decision_id == decision.id), None)


def preview_letters(ctx: ServiceContext, reference: str | int, languages: list[str]) -> bytes:
    """The latest decision's letter in ``languages`` (one PDF) as it would be issued; nothing is numbered or
    stored. Once the decision has its number, the preview shows that number and date; before, it shows blank
    number lines and a "draft" mark."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        decision = _latest_decision(uow, record)
        numbered = _number_of(uow, record, decision)
        letterhead(ctx.settings)
        staff = executor(ctx, uow)
    today = ctx.clock().astimezone(ctx.settings.tz).date()
    try:
        letters = [
            build_letter(
                ctx,
                record,
                decision,
                lang,
                numbered.outgoing_number if numbered else "",
                numbered.outgoing_date if numbered else today,
                staff,
                draft=numbered is None,
            )
            for lang in languages
        ]
    except ValueError as exc:
        raise InvalidInput("letter_invalid", field="letter", detail=str(exc)) from None
    from akimat_desk.letters.render import render_letters

    return render_letters(letters)


def issue_letter(ctx: ServiceContext, reference: str | int, lang: str | None = None) -> IssuedLetter:
    """The letter of the filing's latest decision in ``lang`` (default: the filing's language). Issued once
    per decision and language: asking again returns the same numbered PDF, byte for byte."""
    ctx.require(Permission.PREPARE_DECISION)
    with ctx.uow(write=True) as uow:
        record = load_filing(uow, reference)
        language = lang or str(record.language)
        repo = uow.repo(DecisionRepository)
        decision = _latest_decision(uow, record)
        existing = [x for x in repo.letters(record.id) if x.decision_id == decision.id and x.language == language]
        if existing:
            uow.commit()
            return IssuedLetter(existing[-1], _pdf(ctx, existing[-1]), new=False, changes=Changes.NONE)
        heads = heads_in(uow)  # the register as it stands when the letter is issued: the seal it carries
        issued = _new_letter(ctx, uow, record, decision, language, seal_of(heads))
        uow.commit()
    record_seal(ctx.uow.engine, heads, issued.letter.created_at, f"letter {issued.letter.outgoing_number} {language}")
    return issued


def _new_letter(
    ctx: ServiceContext, uow: UnitOfWork, record: FilingRecord, decision: DecisionRecord, lang: str, seal: str
) -> IssuedLetter:
    now = ctx.clock()
    settings = ctx.settings
    letterhead(settings)  # the blank before the people: its message comes first
    staff = executor(ctx, uow)
    shared = _number_of(uow, record, decision)
    if shared is not None:  # the decision has its number: this language is issued under it
        today, year, seq, number = shared.outgoing_date, shared.year, shared.seq, shared.outgoing_number
    else:
        today = now.astimezone(settings.tz).date()
        year = today.year
        seq = uow.counters.next_value(f"{settings.akimat_code}/out", year)
        number = format_number(settings.outgoing_number_format, settings.akimat_code, year, seq)
    try:
        letter = build_letter(ctx, record, decision, lang, number, today, staff, seal=seal)
    except ValueError as exc:  # the letter model refuses what would be a wrong legal document
        raise InvalidInput("letter_invalid", field="letter", detail=str(exc)) from None
    from akimat_desk.letters.render import render_letter  # ReportLab loads on the first letter

    pdf = render_letter(letter)
    digest = hashlib.sha256(pdf).hexdigest()
    info = AttachmentInfo(
        0,
        record.id,
        "letter",
        f"{number.replace('/', '_')}-{lang}.pdf",
        "application/pdf",
        len(pdf),
        digest,
        decision.kind,
        now,
        ctx.actor,
    )
    attachment_id = uow.repo(AttachmentRepository).add(info, pdf)
    stored = uow.repo(DecisionRepository).add_letter(
        filing_id=record.id,
        decision_id=decision.id,
        akimat_code=shared.akimat_code if shared is not None else settings.akimat_code,
        year=year,
        seq=seq,
        outgoing_number=number,
        outgoing_date=today,
        language=lang,
        kind=decision.kind,
        attachment_id=attachment_id,
        sha256=digest,
        created_at=now,
        created_by=ctx.actor,
    )
    change = {
        "letter": {"outgoing_number": number, "language": lang, "kind": decision.kind, "sha256": digest, "seal": seal}
    }
    uow.filings.append_event(record.id, NewEvent(now, ctx.actor, EventAction.LETTER_ISSUED, change))
    return IssuedLetter(stored, pdf, new=True, changes=Changes.FILING)


def _pdf(ctx: ServiceContext, letter: LetterRecord) -> bytes:
    assert letter.attachment_id is not None
    return read_attachment(ctx, letter.attachment_id)[1]


def issue_letters(ctx: ServiceContext, reference: str | int, languages: list[str]) -> bytes:
    """Several languages of the latest decision's letter (e.g. kk and ru) in one PDF, one print job."""
    issued = [issue_letter(ctx, reference, lang) for lang in languages]
    if len(issued) == 1:
        return issued[0].pdf
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        decision = uow.repo(DecisionRepository).decisions(record.id)[-1]
        staff = executor(ctx, uow)
    seals = _seals_issued(record)
    letters = [_reissued(ctx, record, decision, i.letter, staff, seals) for i in issued]
    from akimat_desk.letters.render import render_letters

    return render_letters(letters)


def _reissued(
    ctx: ServiceContext,
    record: FilingRecord,
    decision: DecisionRecord,
    issued: LetterRecord,
    staff: Executor,
    seals: dict[tuple[str, str], str],
) -> Letter:
    """An issued letter laid out again (for one print job of several languages), with the seal it was issued with."""
    seal = seals.get((issued.outgoing_number, issued.language), "")
    return build_letter(
        ctx, record, decision, issued.language, issued.outgoing_number, issued.outgoing_date, staff, seal=seal
    )


def _seals_issued(record: FilingRecord) -> dict[tuple[str, str], str]:
    """The seal each letter of the filing was issued with, by (outgoing number, language), from its history."""
    seals: dict[tuple[str, str], str] = {}
    for event in record.history:
        letter = _mapping(event.changes.get("letter")) if event.action == EventAction.LETTER_ISSUED else {}
        if letter.get("seal"):
            seals[(str(letter.get("outgoing_number")), str(letter.get("language")))] = str(letter["seal"])
    return seals


def letters_of(ctx: ServiceContext, reference: str | int) -> list[LetterRecord]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        return uow.repo(DecisionRepository).letters(load_filing(uow, reference).id)


def registration_receipt(ctx: ServiceContext, reference: str | int, lang: str | None = None) -> bytes:
    """The receipt handed to the organizer at the desk: number, time of receipt, what was received, the
    review deadline and who received it."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        files = uow.repo(AttachmentRepository).for_filing(record.id)
        review = next((d for d in uow.deadlines.for_filing(record.id) if d.kind == DeadlineKind.REVIEW.value), None)
    if review is None:
        raise InvalidInput("no_review_deadline", field="id", reference=record.incoming_number)
    language = lang or str(record.language)
    items = (message(f"kind.{record.kind}", language), *(f.name for f in files if f.kind != "letter"))
    receipt = Receipt(
        language=language,
        letterhead=letterhead(ctx.settings),
        incoming_number=record.incoming_number,
        received_at=record.received_at.astimezone(ctx.settings.tz).replace(tzinfo=None),
        form=str(record.form),
        organizer=record.organizer_name or "—",
        received_items=items,
        review_deadline=review.due_on,
        received_by=Signatory("", record.history[0].actor if record.history else ctx.actor),
    )
    from akimat_desk.letters.render import render_receipt

    return render_receipt(receipt)


def decision_number(ctx: ServiceContext, reference: str | int) -> LetterRecord | None:
    """The first letter issued for the filing's latest decision (its number and date are the decision's), or
    None while the decision has no number yet (or there is no decision)."""
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        decisions = uow.repo(DecisionRepository).decisions(record.id)
        return _number_of(uow, record, decisions[-1]) if decisions else None
