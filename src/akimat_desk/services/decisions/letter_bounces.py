"""A bounce that comes back after the SMTP server accepted a letter's e-mail (art. 11 p.2, art. 13 p.2).

The clerk saves the delivery status notification from the office's mailbox as an ``.eml`` file and records
it. Understood: the standard DSN (RFC 3464, ``multipart/report; report-type=delivery-status``) and the
common non-standard bounces of mailer daemons (Postfix, Exchange...) that quote the original message or its
headers in the body. The original message is found by its Message-ID (or ``Original-Envelope-Id``,
``X-Original-Message-ID``, the returned message's headers), matched to the recorded e-mail attempt; the
attempt becomes 'bounced' with the DSN's Status / Diagnostic-Code, its dispatch counts as not sent, and the
filing's history gets a ``letter_bounced`` event. A file that is not a bounce, a delay notice only, or a
bounce of no message this register sent raise InvalidInput and write nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from typing import Any

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.filing import EventAction, FilingId
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.storage.decisions.repositories import DecisionRepository
from akimat_desk.storage.esign import EmailAttempt, LetterSignatureRepository
from akimat_desk.storage.filings import NewEvent

_MESSAGE_ID = re.compile(r"^[ \t>]*(?:X-Original-)?Message-ID:[ \t]*\r?\n?[ \t]*(<[^<>\s]+@[^<>\s]+>)", re.I | re.M)
_ENHANCED = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")
_SMTP_REPLY = re.compile(r"^.*\b([45]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?.*$", re.M)
_DAEMONS = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "microsoftexchange")
_SUBJECTS = re.compile(
    r"undeliver|undelivered|delivery status notification|delivery (?:has )?failed|failure notice|returned mail"
    r"|mail delivery failed|non[- ]?delivery|не доставлено|недоставлен|жеткізілмеді",
    re.I,
)
REASON_MAX = 500


@dataclass(frozen=True, slots=True)
class Bounce:
    """What a bounce file says: the original Message-IDs it names, the per-recipient actions, the reason."""

    message_ids: tuple[str, ...]
    actions: tuple[str, ...]
    status: str | None
    diagnostic: str | None
    recipient: str | None
    standard: bool

    @property
    def reason(self) -> str:
        parts = [p for p in (self.status, self.diagnostic) if p]
        return "; ".join(parts)[:REASON_MAX] or "bounced"


@dataclass(frozen=True, slots=True)
class BounceResult:
    """The recorded (or already recorded) bounce: the attempt after it, the letter's number, the filing."""

    attempt: EmailAttempt
    filing_id: int
    letter_number: str
    already: bool
    changes: Changes  # nothing for a bounce recorded before; else the card and the lists (the answer is due again)


def _bracketed(value: str) -> str:
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"


def _text_parts(msg: Message) -> list[str]:
    texts: list[str] = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_type() != "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                texts.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return texts


def _returned_headers(msg: Message) -> list[Message]:
    """The original message (message/rfc822) or its headers (text/rfc822-headers) inside the bounce."""
    found: list[Message] = []
    for part in msg.walk():
        kind = part.get_content_type()
        if kind in ("message/rfc822", "message/rfc822-headers"):
            payload = part.get_payload()
            found.extend(p for p in (payload if isinstance(payload, list) else [payload]) if isinstance(p, Message))
        elif kind == "text/rfc822-headers":
            raw = part.get_payload(decode=True)
            if isinstance(raw, bytes):
                found.append(BytesParser(policy=policy.default).parsebytes(raw, headersonly=True))
    return found


def _dsn_blocks(msg: Message) -> list[Message] | None:
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            payload = part.get_payload()
            return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
    return None


def _looks_like_bounce(msg: Message) -> bool:
    sender = str(msg.get("From", "")).lower()
    if any(d in sender for d in _DAEMONS) or msg.get("X-Failed-Recipients"):
        return True
    return str(msg.get("Return-Path", "")).strip() == "<>" and bool(_SUBJECTS.search(str(msg.get("Subject", ""))))


def _candidate_ids(msg: Message, blocks: list[Message]) -> list[str]:
    ids: list[str] = []
    for block in blocks[:1]:
        if block.get("Original-Envelope-Id"):
            ids.append(_bracketed(str(block["Original-Envelope-Id"])))
    for header in ("X-Original-Message-ID",):
        if msg.get(header):
            ids.append(_bracketed(str(msg[header])))
    ids.extend(_bracketed(str(h["Message-ID"])) for h in _returned_headers(msg) if h.get("Message-ID"))
    for text in _text_parts(msg):
        ids.extend(m.group(1) for m in _MESSAGE_ID.finditer(text))
    for header in ("In-Reply-To", "References"):
        ids.extend(re.findall(r"<[^<>\s]+@[^<>\s]+>", str(msg.get(header, ""))))
    return list(dict.fromkeys(ids))


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text[:REASON_MAX] or None


def read_bounce(data: bytes) -> Bounce:
    """Parse a bounce file (``email`` with policy.default); InvalidInput('not_a_bounce') when it is none."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise InvalidInput("not_a_bounce", field="file")
    blocks = _dsn_blocks(msg)
    if blocks is not None:
        recipients = blocks[1:] or blocks
        failed = [b for b in recipients if str(b.get("Action", "")).strip().lower() == "failed"]
        chosen = failed[0] if failed else (recipients[0] if recipients else Message())
        return Bounce(
            tuple(_candidate_ids(msg, blocks)),
            tuple(str(b.get("Action", "")).strip().lower() for b in recipients if b.get("Action")),
            _clean(chosen.get("Status")),
            _clean(chosen.get("Diagnostic-Code")),
            _clean(str(chosen.get("Final-Recipient", "")).partition(";")[2] or chosen.get("Final-Recipient")),
            standard=True,
        )
    if not _looks_like_bounce(msg):
        raise InvalidInput("not_a_bounce", field="file")
    text = "\n".join(_text_parts(msg))
    reply = _SMTP_REPLY.search(text)
    enhanced = _ENHANCED.search(text)
    recipient = _clean(msg.get("X-Failed-Recipients"))
    return Bounce(
        tuple(_candidate_ids(msg, [])),
        ("failed",),
        enhanced.group(1) if enhanced else None,
        _clean(reply.group(0)) if reply else _clean(msg.get("Subject")),
        recipient,
        standard=False,
    )


def record_bounce(ctx: ServiceContext, data: bytes, file_name: str) -> BounceResult:
    """Record the bounce ``data`` (an .eml file) against the e-mail attempt it names.

    Raises InvalidInput (nothing written): 'not_a_bounce', 'bounce_delayed_only' (action=delayed: the server
    keeps trying), 'bounce_not_failed' (a delivery report), 'bounce_unmatched' (no attempt of this register
    sent the message). A bounce of an attempt already bounced changes nothing (``already``=True).
    """
    ctx.require(Permission.DISPATCH)
    bounce = read_bounce_named(data, file_name)
    if "failed" not in bounce.actions:
        code = "bounce_delayed_only" if "delayed" in bounce.actions else "bounce_not_failed"
        raise InvalidInput(code, field="file", file=file_name, action=", ".join(bounce.actions) or "—")
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        attempts = uow.repo(LetterSignatureRepository)
        attempt = next((a for mid in bounce.message_ids if (a := attempts.attempt_by_message_id(mid))), None)
        if attempt is None:
            ids = ", ".join(bounce.message_ids[:3]) or "—"
            raise InvalidInput("bounce_unmatched", field="file", file=file_name, message_id=ids)
        decisions = uow.repo(DecisionRepository)
        letter = decisions.letter(attempt.letter_id)
        assert letter is not None
        if attempt.status == "bounced":
            return BounceResult(attempt, letter.filing_id, letter.outgoing_number, already=True, changes=Changes.NONE)
        updated = attempts.mark_bounced(attempt.id, bounce.reason)
        if attempt.dispatch_id is not None:
            decisions.mark_bounced(attempt.dispatch_id, now, bounce.reason)
        change: dict[str, Any] = {
            "letter": letter.outgoing_number,
            "to": attempt.address,
            "message_id": attempt.message_id,
            "status": bounce.status,
            "diagnostic": bounce.diagnostic,
            "recipient": bounce.recipient,
            "standard_dsn": bounce.standard,
            "file": file_name,
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        uow.filings.append_event(
            FilingId(letter.filing_id), NewEvent(now, ctx.actor, EventAction.LETTER_BOUNCED, change)
        )
        uow.commit()
    return BounceResult(
        updated, letter.filing_id, letter.outgoing_number, already=False, changes=Changes.FILING | Changes.REGISTER
    )


def read_bounce_named(data: bytes, file_name: str) -> Bounce:
    """read_bounce, with the file's name in the error."""
    try:
        return read_bounce(data)
    except InvalidInput as exc:
        raise InvalidInput(exc.code, field="file", file=file_name) from None
