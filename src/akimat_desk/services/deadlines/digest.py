"""The daily digest to the head of department (issue 22 item 3): the filings that need a decision today (due
today, none by noon), by e-mail. Sending changes nothing in the register.

The server is the office's SMTP of the e-mailed answers (issue 18: ``OfficeSettings.smtp_*``, the password in
the OS keyring under ``smtp_secret_name(host, user)``) whenever its host is set; only where it is not does the
digest use its own (``ReminderSettings.smtp_*``, the password under ``SMTP_SECRET``). ``digest_server`` says
which one, so the window and the command line read the same password."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.security.roles import Permission
from akimat_desk.security.secrets import SecretStore, SecretStoreUnavailable, smtp_secret_name
from akimat_desk.services.deadlines.legal_clock import DueItem, due_report
from akimat_desk.services.deadlines.reminders import load_reminder_settings
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
class DigestServer:
    """The SMTP server the digest goes through; ``source`` is "office" (issue 18's) or "digest" (its own)."""

    host: str
    port: int
    security: str  # "starttls", "ssl" or "none"
    user: str
    sender: str
    secret_name: str
    source: str


def digest_server(ctx: ServiceContext) -> DigestServer:
    """The office SMTP of the e-mailed answers when its host is set, else the digest's own settings."""
    office = ctx.settings
    if office.smtp_host.strip():
        host, user = office.smtp_host.strip(), office.smtp_user.strip()
        sender = office.smtp_from.strip() or office.email.strip() or f"akimat-desk@{host}"
        port = int(office.smtp_port) if str(office.smtp_port).isdigit() else 587
        return DigestServer(host, port, office.smtp_security, user, sender, smtp_secret_name(host, user), "office")
    own = load_reminder_settings(ctx.uow)
    host = own.smtp_host.strip()
    sender = own.smtp_from.strip() or office.email.strip() or f"akimat-desk@{host}"
    security = "starttls" if own.smtp_starttls else "none"
    return DigestServer(host, int(own.smtp_port), security, own.smtp_user.strip(), sender, SMTP_SECRET, "digest")


def digest_password(server: DigestServer, secrets: SecretStore) -> str | None:
    """The password of ``server`` from ``secrets`` (None where it has none or no keyring works)."""
    try:
        return secrets.get(server.secret_name)
    except SecretStoreUnavailable:
        return None


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


def send_digest(
    ctx: ServiceContext,
    password: str | None = None,
    lang: str | None = None,
    secrets: SecretStore | None = None,
) -> Digest:
    """Build and send the digest through ``digest_server(ctx)``; the password is ``password`` if given, else
    the server's entry in ``secrets``. Raises ``InvalidInput`` when no recipient or server is set, and
    ``DigestFailed`` with the server's words when sending fails."""
    settings = load_reminder_settings(ctx.uow)
    if not settings.digest_to.strip():
        raise InvalidInput("smtp_not_set", field="digest_to")
    server = digest_server(ctx)
    if not server.host:
        raise InvalidInput("smtp_not_set", field="smtp_host")
    if password is None and secrets is not None:
        password = digest_password(server, secrets)
    digest = build_digest(ctx, lang)
    _send(server, _mail(server, digest, ctx), password)
    return digest


def _mail(server: DigestServer, digest: Digest, ctx: ServiceContext) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = server.sender
    mail["To"] = digest.to
    mail["Subject"] = digest.subject
    mail["Date"] = formatdate(ctx.clock().timestamp(), localtime=False)
    mail["Message-ID"] = make_msgid(domain="akimat-desk")
    mail.set_content(digest.body)
    return mail


def _send(server: DigestServer, mail: EmailMessage, password: str | None) -> None:
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if server.security == "ssl":
            client = smtplib.SMTP_SSL(server.host, server.port, timeout=SMTP_TIMEOUT_S, context=context)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=SMTP_TIMEOUT_S)
        with client as smtp:
            if server.security == "starttls":
                smtp.starttls(context=context)
            if server.user:
                smtp.login(server.user, password or "")
            smtp.send_message(mail)
    except (smtplib.SMTPException, OSError) as exc:
        raise DigestFailed(f"{type(exc).__name__}: {exc}") from exc
