"""A bounce that arrives after the server accepted the letter's e-mail: ``record_bounce`` and ``akimat-desk bounce``.

The letter is first sent through the local aiosmtpd stand-in, so the attempt and its Message-ID are real; the
bounce files are built here in the forms mail servers write them (see ``_dsn`` and ``_exchange``).
"""

from __future__ import annotations

from email.message import Message
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.domain.legal_clock import StepKind, StepState
from akimat_desk.services.deadlines.legal_clock import filing_chain
from akimat_desk.services.decisions.letter_bounces import record_bounce
from akimat_desk.services.decisions.letter_mail import email_attempts, send_letter_email
from akimat_desk.services.decisions.workflow import answers_json
from akimat_desk.services.filings import load_filing
from akimat_desk.services.filings.register_view import Bucket, today_dashboard
from akimat_desk.services.filings.registered import get_filing
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.office.audit import verify_store

from .test_cli_sign import office_home, run  # noqa: F401  (the CLI register fixture)
from .test_mail import Inbox, _mail_office, smtp  # noqa: F401  (the aiosmtpd stand-in)

TO = "ivanova.m@example.kz"
DIAGNOSTIC = "smtp; 550 5.1.1 <ivanova.m@example.kz>: Recipient address rejected: User unknown in virtual mailbox"


def _dsn(original: Message, *, action: str = "failed", status: str = "5.1.1", headers_only: bool = False) -> bytes:
    """An RFC 3464 report; ``headers_only``: Postfix's form (text/rfc822-headers, no body of the original)."""
    if headers_only:
        returned = "Content-Type: text/rfc822-headers\n\n" + "".join(f"{k}: {v}\n" for k, v in original.items())
    else:
        returned = "Content-Type: message/rfc822\n\n" + original.as_string()
    subject = "Delayed Mail (still being retried)" if action == "delayed" else "Undelivered Mail Returned to Sender"
    return f"""Return-Path: <>
From: MAILER-DAEMON@mx.almaty.gov.kz (Mail Delivery System)
To: medeu@almaty.gov.kz
Subject: {subject}
Date: Wed, 02 Dec 2026 09:14:03 +0500
Message-ID: <20261202041403.6C1F2@mx.almaty.gov.kz>
Auto-Submitted: auto-replied
X-Postfix-Queue-ID: 6C1F2
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="6C1F2.1764648843/mx"

--6C1F2.1764648843/mx
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.almaty.gov.kz.
I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

--6C1F2.1764648843/mx
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.almaty.gov.kz
X-Postfix-Queue-ID: 6C1F2
Arrival-Date: Wed,  2 Dec 2026 09:13:58 +0500 (+05)

Final-Recipient: rfc822; {TO}
Original-Recipient: rfc822;{TO}
Action: {action}
Status: {status}
Remote-MTA: dns; mx.example.kz
Diagnostic-Code: {DIAGNOSTIC}

--6C1F2.1764648843/mx
{returned}
--6C1F2.1764648843/mx--
""".encode()


def _exchange(message_id: str) -> bytes:
    """Exchange's non-delivery report as some gateways forward it: plain text, the original headers quoted."""
    return f"""From: postmaster@example.kz
To: medeu@almaty.gov.kz
Subject: Undeliverable: =?utf-8?b?0J7RgtCy0LXRgg==?=
Date: Wed, 2 Dec 2026 04:20:11 +0000
Message-ID: <a1b2c3@EX01.example.kz>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Delivery has failed to these recipients or groups:

{TO}
The e-mail address you entered couldn't be found.

Diagnostic information for administrators:

Generating server: EX01.example.kz

{TO}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from mx.almaty.gov.kz (10.0.0.1) by EX01.example.kz
From: medeu@almaty.gov.kz
To: {TO}
Message-ID:
 {message_id}
Subject: Ответ акимата
""".encode()


def _reply(message_id: str) -> bytes:
    """The organizer's ordinary reply to the letter: it names the Message-ID but is no bounce."""
    return f"""From: {TO}
To: medeu@almaty.gov.kz
Subject: Re: ответ акимата
In-Reply-To: {message_id}
References: {message_id}
Message-ID: <reply-1@example.kz>
Content-Type: text/plain; charset="utf-8"

Спасибо, письмо получено.
""".encode()


@pytest.fixture
def mailed(signing_office: tuple[Any, Any], smtp: tuple[Inbox, int]) -> tuple[Any, int, Message]:  # noqa: F811
    """(the clerk, the filing id, the message as the stand-in server received it); the attempt is 'sent'."""
    inbox, port = smtp
    clerk, issued = signing_office
    clerk = _mail_office(clerk, port)
    attempt = send_letter_email(clerk, issued.letter.filing_id)
    assert attempt.status == "sent"
    [msg] = inbox.messages
    assert msg["Message-ID"] == attempt.message_id
    return clerk, issued.letter.filing_id, msg


def _dispatch_step(clerk: Any, fid: int) -> StepState:
    return next(s.state for s in filing_chain(clerk, fid).steps if s.kind is StepKind.DISPATCH)


@pytest.mark.parametrize("form", ["rfc3464", "postfix", "exchange"])
def test_a_bounce_leaves_the_dispatch_unsent_with_the_reason(mailed: tuple[Any, int, Message], form: str) -> None:
    clerk, fid, msg = mailed
    assert answers_json(clerk, load_filing_of(clerk, fid))["answer_sent_within_review_deadline"] is True
    assert _dispatch_step(clerk, fid) is StepState.DONE
    assert today_dashboard(clerk).counts[Bucket.REGISTERED_MAIL] == 1
    data = {
        "rfc3464": lambda: _dsn(msg),
        "postfix": lambda: _dsn(msg, headers_only=True),
        "exchange": lambda: _exchange(str(msg["Message-ID"])),
    }[form]()
    result = record_bounce(clerk, data, f"{form}.eml")
    assert not result.already and result.filing_id == fid
    assert result.changes == Changes.FILING | Changes.REGISTER  # the card, and Today: the answer is due again
    [attempt] = email_attempts(clerk, fid)
    assert attempt.status == "bounced" and attempt.message_id == msg["Message-ID"]
    expected = "5.1.10" if form == "exchange" else "5.1.1; smtp; 550 5.1.1"
    assert (attempt.reason or "").startswith(expected), attempt.reason
    answers = answers_json(clerk, load_filing_of(clerk, fid))
    assert answers["answer_sent_within_review_deadline"] is None
    [dispatch] = answers["letters"][-1]["dispatches"]
    assert dispatch["bounced_at"] and dispatch["bounce_reason"] == attempt.reason
    assert _dispatch_step(clerk, fid) is not StepState.DONE
    assert today_dashboard(clerk).counts[Bucket.REGISTERED_MAIL] == 0  # no registered copy of what never went out
    history = get_filing(clerk, fid).history
    assert [str(e.action) for e in history[-2:]] == ["letter_emailed", "letter_bounced"]
    assert history[-2].changes["status"] == "sent"  # the sending's event stays as it was
    assert history[-1].changes["message_id"] == msg["Message-ID"] and history[-1].changes["file"] == f"{form}.eml"
    audit = verify_store(clerk.uow, full=True)
    assert audit.intact, audit.first_break  # the replay of the history gives the rows as stored
    again = record_bounce(clerk, data, f"{form}.eml")
    assert again.already and again.attempt == attempt and again.changes == Changes.NONE
    assert len(get_filing(clerk, fid).history) == len(history)


def load_filing_of(clerk: Any, fid: int) -> Any:
    with clerk.uow() as uow:
        return load_filing(uow, fid)


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda m: _dsn(m, action="delayed", status="4.4.1"), "bounce_delayed_only"),
        (lambda m: _reply(str(m["Message-ID"])), "not_a_bounce"),
        (lambda m: _exchange("<someone-else@elsewhere.kz>"), "bounce_unmatched"),
        (lambda m: b"\x00\xff not a mail", "not_a_bounce"),
        (lambda m: b"", "not_a_bounce"),
        (
            lambda m: _dsn(m, headers_only=True).replace(str(m["Message-ID"]).encode(), b"<gone@x.kz>"),
            "bounce_unmatched",
        ),
        (lambda m: _dsn(m).replace(b"Action: failed", b"Action: delivered"), "bounce_not_failed"),
    ],
)
def test_what_is_no_bounce_of_ours_writes_nothing(mailed: tuple[Any, int, Message], build: Any, code: str) -> None:
    clerk, fid, msg = mailed
    before = len(get_filing(clerk, fid).history)
    with pytest.raises(InvalidInput) as refused:
        record_bounce(clerk, build(msg), "x.eml")
    assert refused.value.code == code and refused.value.params["file"] == "x.eml"
    assert [a.status for a in email_attempts(clerk, fid)] == ["sent"]
    assert len(get_filing(clerk, fid).history) == before
    assert answers_json(clerk, load_filing_of(clerk, fid))["answer_sent_within_review_deadline"] is True


def test_cli_bounce(office_home: str, tmp_path: Path, capsys: Any, smtp: tuple[Inbox, int]) -> None:  # noqa: F811
    inbox, port = smtp
    number = (tmp_path / "number").read_text()
    home = ["--home", office_home]
    pairs = ["smtp_host=127.0.0.1", f"smtp_port={port}", "smtp_security=none", "smtp_from=medeu@almaty.gov.kz"]
    assert run(capsys, *home, "settings", "set", *pairs)[0] == 0
    code, sent, err = run(capsys, *home, "send", number, "--channel", "email", "--to", TO, "--json")
    assert code == 0 and sent["status"] == "sent", err
    [msg] = inbox.messages
    delayed = tmp_path / "delayed.eml"
    delayed.write_bytes(_dsn(msg, action="delayed", status="4.4.1"))
    code, _, err = run(capsys, *home, "bounce", "--lang", "ru", str(delayed))
    assert code == 2 and "delayed.eml" in err and "задержке" in err
    bounce = tmp_path / "bounce.eml"
    bounce.write_bytes(_dsn(msg, headers_only=True))
    code, out, err = run(capsys, *home, "bounce", str(bounce), "--json")
    assert code == 0, err
    assert out["status"] == "bounced" and not out["already_recorded"] and out["message_id"] == msg["Message-ID"]
    code, out, err = run(capsys, *home, "bounce", "--lang", "kk", str(bounce))
    assert code == 0 and "бұрын жазылған" in out
