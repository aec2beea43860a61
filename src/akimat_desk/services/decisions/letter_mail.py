"""Sending an outgoing letter by e-mail from the application (art. 11 p.2, art. 13 p.2), and the EDS package.

The message goes to the address the organizer gave (item 10 of the notification or application) through
the office's SMTP server (settings ``smtp_*``; the password from the OS keyring). It carries the letter's
PDF exactly as stored and, when the letter is signed, its CMS (``.cms``, detached). Every attempt is
recorded: 'sent' with the Message-ID (and a dispatch by e-mail), or 'failed' with the server's reason (no
dispatch). The registered-mail copy the law requires after an e-mail stays on the Today list until its
tracking number is entered (``dispatch --channel registered_mail --tracking ...``).
"""

from __future__ import annotations

import re
import smtplib
import ssl
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from io import BytesIO
from typing import Any

from akimat_desk.domain.decisions import DispatchChannel
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction, FilingId, FilingRecord
from akimat_desk.security.roles import Permission
from akimat_desk.services.decisions.workflow import _start_answer_clock
from akimat_desk.services.esign import letter_of, stored_pdf
from akimat_desk.services.filings import load_filing
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.kernel.messages import message
from akimat_desk.storage.decisions.repositories import DecisionRepository, LetterRecord
from akimat_desk.storage.esign import EmailAttempt, LetterSignatureRepository
from akimat_desk.storage.filings import NewEvent

_EMAIL = re.compile(r"[^@\s<>,;\"']+@[^@\s<>,;\"']+\.[^@\s<>,;\"'.]+")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
SMTP_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    content: bytes
    mime: tuple[str, str]


def organizer_email(record: FilingRecord) -> str | None:
    """The e-mail address the organizer gave (item 10: ``contacts.email``, else ``organizer.email``)."""
    doc = record.document
    for holder in (doc.get("contacts"), doc.get("organizer")):
        if isinstance(holder, dict) and isinstance(holder.get("email"), str) and holder["email"].strip():
            return str(holder["email"]).strip()
    return None


def file_stem(letter: LetterRecord) -> str:
    return re.sub(r"[^\w.-]+", "_", f"{letter.outgoing_number}-{letter.language}")


def letter_package(ctx: ServiceContext, reference: str | int, letter_id: int | None = None) -> list[Attachment]:
    """The letter's PDF as stored and, when signed, its CMS: what the e-mail and the EDS package carry."""
    with ctx.uow() as uow:
        letter = letter_of(uow, reference, letter_id)
        pdf = stored_pdf(uow, letter)
        signatures = uow.repo(LetterSignatureRepository).signatures(letter.id)
    files = [Attachment(f"{file_stem(letter)}.pdf", pdf, ("application", "pdf"))]
    if signatures:
        files.append(Attachment(f"{file_stem(letter)}.pdf.cms", signatures[-1].cms, ("application", "pkcs7-signature")))
    return files


def eds_package(ctx: ServiceContext, reference: str | int, letter_id: int | None = None) -> bytes:
    """A ZIP of the signed letter (PDF + detached CMS) for the akimat's document system (the EDS channel)."""
    ctx.require(Permission.EXPORT)
    files = letter_package(ctx, reference, letter_id)
    if len(files) < 2:
        raise InvalidInput("letter_not_signed", field="letter")
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in files:
            info = zipfile.ZipInfo(item.name, date_time=(1980, 1, 1, 0, 0, 0))
            archive.writestr(info, item.content)
    return buffer.getvalue()


def _check_settings(ctx: ServiceContext) -> None:
    s = ctx.settings
    if not s.smtp_host:
        raise InvalidInput("smtp_host_missing", field="smtp_host")
    if not (s.smtp_from or s.email):
        raise InvalidInput("smtp_from_missing", field="smtp_from")
    if s.smtp_security == "none" and s.smtp_host not in LOOPBACK:
        raise InvalidInput("smtp_plain_not_loopback", field="smtp_security", host=s.smtp_host)


def build_message(ctx: ServiceContext, letter: LetterRecord, to: str, files: list[Attachment]) -> EmailMessage:
    s = ctx.settings
    sender = s.smtp_from or s.email
    lang = letter.language
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = formatdate(ctx.clock().timestamp(), localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    number, day = letter.outgoing_number, letter.outgoing_date.strftime("%d.%m.%Y")
    msg["Subject"] = message("mail.subject", lang, number=number, date=day)
    body = message(
        "mail.body_signed" if len(files) > 1 else "mail.body",
        lang,
        number=number,
        date=day,
        office=getattr(s, f"name_{lang}") or s.name_ru,
    )
    msg.set_content(body)
    for item in files:
        msg.add_attachment(item.content, maintype=item.mime[0], subtype=item.mime[1], filename=item.name)
    return msg


def _transmit(ctx: ServiceContext, msg: EmailMessage, password: str | None) -> None:
    """Hand the message to the SMTP server; raises smtplib/socket/ssl errors as they come."""
    s = ctx.settings
    port = int(s.smtp_port)
    context = ssl.create_default_context()
    client: smtplib.SMTP
    if s.smtp_security == "ssl":
        client = smtplib.SMTP_SSL(s.smtp_host, port, timeout=SMTP_TIMEOUT, context=context)
    else:
        client = smtplib.SMTP(s.smtp_host, port, timeout=SMTP_TIMEOUT)
    with client:
        if s.smtp_security == "starttls":
            client.starttls(context=context)
        if s.smtp_user:
            client.login(s.smtp_user, password or "")
        refused = client.send_message(msg)
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)


def _reason(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = "; ".join(f"{addr}: {code} {text!r}" for addr, (code, text) in exc.recipients.items())
        return f"recipient refused: {codes}"[:500]
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"{exc.smtp_code} {text}"[:500]
    return f"{type(exc).__name__}: {exc}"[:500]


def send_letter_email(
    ctx: ServiceContext,
    reference: str | int,
    *,
    to: str | None = None,
    password: str | None = None,
    letter_id: int | None = None,
) -> EmailAttempt:
    """E-mail the (latest) letter of the filing to ``to`` (default: the organizer's address) and record it.

    Returns the attempt: status 'sent' (with ``message_id``; a dispatch by e-mail is recorded and the
    filing's history says so) or 'failed' (with ``reason``; no dispatch). Raises InvalidInput, writing
    nothing, when the settings or the address are missing or wrong.
    """
    ctx.require(Permission.DISPATCH)
    _check_settings(ctx)
    with ctx.uow() as uow:
        record = load_filing(uow, reference)
        letter = letter_of(uow, reference, letter_id)
    address = (to or organizer_email(record) or "").strip()
    if not address:
        raise InvalidInput("email_address_missing", field="to", reference=record.incoming_number)
    if not _EMAIL.fullmatch(address):
        raise InvalidInput("email_address_invalid", field="to", value=address[:100])
    files = letter_package(ctx, reference, letter.id)
    msg = build_message(ctx, letter, address, files)
    failure: str | None = None
    try:
        _transmit(ctx, msg, password)
    except (TimeoutError, smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        failure = _reason(exc)
    return _record(ctx, record, letter, address, msg, [f.name for f in files], failure)


def _record(
    ctx: ServiceContext,
    record: FilingRecord,
    letter: LetterRecord,
    address: str,
    msg: EmailMessage,
    names: list[str],
    failure: str | None,
) -> EmailAttempt:
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        repo = uow.repo(DecisionRepository)
        dispatch = None
        if failure is None:
            dispatch = repo.add_dispatch(
                letter_id=letter.id,
                channel=DispatchChannel.EMAIL.value,
                sent_at=now,
                address=address,
                tracking_number=None,
                delivered_on=None,
                recorded_at=now,
                recorded_by=ctx.actor,
            )
        attempt = uow.repo(LetterSignatureRepository).add_attempt(
            letter_id=letter.id,
            address=address,
            status="failed" if failure else "sent",
            message_id=None if failure else str(msg["Message-ID"]),
            reason=failure,
            attachments=names,
            dispatch_id=dispatch.id if dispatch else None,
            attempted_at=now,
            attempted_by=ctx.actor,
        )
        change: dict[str, Any] = {
            "letter": letter.outgoing_number,
            "to": address,
            "status": attempt.status,
            "message_id": attempt.message_id,
            "reason": failure,
            "attachments": names,
        }
        uow.filings.append_event(FilingId(record.id), NewEvent(now, ctx.actor, EventAction.LETTER_EMAILED, change))
        if dispatch is not None:
            _start_answer_clock(ctx, uow, record, letter, [dispatch])
        uow.commit()
    return attempt


def email_attempts(ctx: ServiceContext, reference: str | int, letter_id: int | None = None) -> list[EmailAttempt]:
    ctx.require(Permission.READ)
    with ctx.uow() as uow:
        letter = letter_of(uow, reference, letter_id)
        return uow.repo(LetterSignatureRepository).attempts(letter.id)


def sending_changes(attempt: EmailAttempt) -> Changes:
    """What ``send_letter_email`` changed: a sent e-mail is a dispatch (the card and the lists: the answer is no
    longer due, the registered-mail copy is); a failed one only adds the attempt to the card."""
    return Changes.FILING | Changes.REGISTER if attempt.status == "sent" else Changes.FILING
