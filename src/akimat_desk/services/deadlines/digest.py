"""The daily digest to the head of department (issue 22 item 3): the filings that need a decision today (due
today, none by noon), by e-mail over the office's SMTP server (``ReminderSettings.smtp_*``; the password in the
OS keyring under ``SMTP_SECRET``). Sending changes nothing in the register."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.services.deadlines.legal_clock import DueItem, due_report
from akimat_desk.services.deadlines.reminders import ReminderSettings, load_reminder_settings
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.kernel.messages import message

SMTP_SECRET = "akimat-desk:digest-smtp"
SMTP_TIMEOUT_S = 20


class DigestFailed(Exception):
    """The mail server refused or could not be reached; ``detail`` is its own words."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Digest:
    to: str
    subject: str
    body: str
    items: tuple[DueItem, ...]


def build_digest(ctx: ServiceContext, lang: str | None = None) -> Digest:
    """The digest of today's "needs a decision" list in ``lang`` (default: the office's language)."""
    ctx.require(Permission.READ)
    settings = load_reminder_settings(ctx.uow)
    lang = lang or ctx.settings.default_language
    report = due_report(ctx)
    day = report.on.strftime("%d.%m.%Y")
    items = report.needs_decision
    lines = [message("digest.intro" if items else "digest.none", lang, day=day), ""]
    for item in items:
        action = message(f"next_action.{item.next_action.value}", lang)
        lines.append(f"- {item.incoming_number}  {item.organizer}  {action}")
    subject = message("digest.subject", lang, day=day, count=len(items))
    return Digest(settings.digest_to.strip(), subject, "\n".join(lines) + "\n", items)


def send_digest(ctx: ServiceContext, password: str | None = None, lang: str | None = None) -> Digest:
    """Build and send the digest; raises ``InvalidInput`` when no recipient or server is set, and
    ``DigestFailed`` with the server's words when sending fails."""
    settings = load_reminder_settings(ctx.uow)
    if not settings.digest_to.strip():
        raise InvalidInput("smtp_not_set", field="digest_to")
    if not settings.smtp_host.strip():
        raise InvalidInput("smtp_not_set", field="smtp_host")
    digest = build_digest(ctx, lang)
    _send(settings, _mail(settings, digest, ctx), password)
    return digest


def _mail(settings: ReminderSettings, digest: Digest, ctx: ServiceContext) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = settings.smtp_from.strip() or ctx.settings.email.strip() or f"akimat-desk@{settings.smtp_host}"
    mail["To"] = digest.to
    mail["Subject"] = digest.subject
    mail["Date"] = formatdate(ctx.clock().timestamp(), localtime=False)
    mail["Message-ID"] = make_msgid(domain="akimat-desk")
    mail.set_content(digest.body)
    return mail


def _send(settings: ReminderSettings, mail: EmailMessage, password: str | None) -> None:
    try:
        with smtplib.SMTP(settings.smtp_host.strip(), int(settings.smtp_port), timeout=SMTP_TIMEOUT_S) as smtp:
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user.strip():
                smtp.login(settings.smtp_user.strip(), password or "")
            smtp.send_message(mail)
    except (smtplib.SMTPException, OSError) as exc:
        raise DigestFailed(f"{type(exc).__name__}: {exc}") from exc
