"""E-mail of a (signed) letter through a local stand-in SMTP server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.decisions.letter_mail import eds_package, email_attempts, send_letter_email, sending_changes
from akimat_desk.services.esign.letter_signing import sign_letter
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.office.settings import update_settings
from akimat_desk.signatures.p12_signer import Pkcs12Signer

from .conftest import PASSWORD, Pki


class Inbox:
    """Keeps every message; refuses recipients whose address starts with 'bounce'."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address.startswith("bounce"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def _mail_office(clerk: Any, port: int) -> Any:
    settings = update_settings(
        clerk.uow, smtp_host="127.0.0.1", smtp_port=str(port), smtp_security="none", smtp_from="akimat@almaty.gov.kz"
    )
    return replace(clerk, settings=settings)


def _attachments(msg: Message) -> dict[str, bytes]:
    return {part.get_filename(): part.get_payload(decode=True) for part in msg.walk() if part.get_filename()}


def test_signed_letter_is_mailed_with_pdf_and_cms_byte_for_byte(
    signing_office: tuple[Any, Any], pki: Pki, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    clerk, issued = signing_office
    clerk = _mail_office(clerk, port)
    signed = sign_letter(clerk, issued.letter.filing_id, Pkcs12Signer(pki.p12, lambda: PASSWORD), "ru")
    attempt = send_letter_email(clerk, issued.letter.filing_id)
    assert attempt.status == "sent" and attempt.address == "ivanova.m@example.kz"
    assert signed.changes == Changes.FILING
    assert sending_changes(attempt) == Changes.FILING | Changes.REGISTER  # a dispatch: the lists move too
    [msg] = inbox.messages
    assert msg["Message-ID"] == attempt.message_id
    files = _attachments(msg)
    assert sorted(files) == sorted(attempt.attachments)
    pdf_name = next(n for n in files if n.endswith(".pdf"))
    assert files[pdf_name] == issued.pdf
    assert files[f"{pdf_name}.cms"] == signed.signature.cms
    history = get_filing(clerk, issued.letter.filing_id).history
    assert str(history[-1].action) == "letter_emailed" and history[-1].changes["message_id"] == attempt.message_id
    package = eds_package(clerk, issued.letter.filing_id)
    assert package[:2] == b"PK"


def test_a_refused_recipient_leaves_the_dispatch_unsent(
    signing_office: tuple[Any, Any], smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    clerk, issued = signing_office
    clerk = _mail_office(clerk, port)
    attempt = send_letter_email(clerk, issued.letter.filing_id, to="bounce@example.kz")
    assert attempt.status == "failed" and "550" in (attempt.reason or "") and attempt.dispatch_id is None
    assert sending_changes(attempt) == Changes.FILING  # only the attempt on the card
    assert inbox.messages == []
    assert [a.status for a in email_attempts(clerk, issued.letter.filing_id)] == ["failed"]


def test_server_down_is_a_failed_attempt(signing_office: tuple[Any, Any]) -> None:
    clerk, issued = signing_office
    clerk = _mail_office(clerk, _free_port())
    attempt = send_letter_email(clerk, issued.letter.filing_id)
    assert attempt.status == "failed" and "Connection" in (attempt.reason or "")


@pytest.mark.parametrize(
    ("changes", "to", "code"),
    [
        ({"smtp_host": ""}, None, "smtp_host_missing"),
        ({"smtp_host": "mail.example.kz"}, None, "smtp_plain_not_loopback"),
        ({}, "not-an-address", "email_address_invalid"),
    ],
)
def test_bad_settings_or_address_write_nothing(
    signing_office: tuple[Any, Any], changes: dict[str, str], to: str | None, code: str
) -> None:
    clerk, issued = signing_office
    clerk = _mail_office(clerk, 2525)
    clerk = replace(clerk, settings=update_settings(clerk.uow, **changes))
    with pytest.raises(InvalidInput) as bad:
        send_letter_email(clerk, issued.letter.filing_id, to=to)
    assert bad.value.code == code
    assert email_attempts(clerk, issued.letter.filing_id) == []


def test_unsigned_letter_has_no_eds_package(signing_office: tuple[Any, Any]) -> None:
    clerk, issued = signing_office
    with pytest.raises(InvalidInput) as unsigned:
        eds_package(clerk, issued.letter.filing_id)
    assert unsigned.value.code == "letter_not_signed"


def test_the_registered_mail_copy_waits_on_the_today_list(
    signing_office: tuple[Any, Any], smtp: tuple[Inbox, int]
) -> None:
    from akimat_desk.domain.decisions import DispatchChannel
    from akimat_desk.services.decisions.workflow import dispatch_letter
    from akimat_desk.services.filings.register_view import Bucket, today_dashboard

    _, port = smtp
    clerk, issued = signing_office
    clerk = _mail_office(clerk, port)
    fid = issued.letter.filing_id
    assert today_dashboard(clerk).counts[Bucket.REGISTERED_MAIL] == 0
    assert send_letter_email(clerk, fid).status == "sent"
    board = today_dashboard(clerk)
    assert board.counts[Bucket.REGISTERED_MAIL] == 1 and [r.id for r in board.buckets[Bucket.REGISTERED_MAIL]] == [fid]
    dispatch_letter(clerk, fid, [DispatchChannel.REGISTERED_MAIL], tracking_number="RR123456789KZ")
    assert today_dashboard(clerk).counts[Bucket.REGISTERED_MAIL] == 0
