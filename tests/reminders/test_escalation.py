"""Escalation (issue 22 item 3): a filing due today with no decision by noon is on the "Needs a decision" list
of the signatory and the administrator (everyone in single-clerk mode), and in the digest e-mail to the head
of department, sent to a stand-in SMTP server on loopback."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import replace
from email.header import decode_header, make_header
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from akimat_desk.app import main
from akimat_desk.domain.decisions import DecisionKind, DecisionRequest
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.deadlines.digest import DigestFailed, send_digest
from akimat_desk.services.deadlines.legal_clock import escalation_list
from akimat_desk.services.deadlines.reminders import change_reminder_settings
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.office.users import add_user, login
from tests.reminders.conftest import at, file_one

PASSWORD = "Qwerty12-long-enough"


class Inbox(Message):
    def __init__(self) -> None:
        super().__init__()
        self.mails: list[Any] = []

    def handle_message(self, message: Any) -> None:
        self.mails.append(message)


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def three_filings(office: Any) -> tuple[Any, Any, Any]:
    """Seen on Thu 19.11.2026: two notifications due today (one decided), one due tomorrow."""
    due = file_one(office, received="2026-11-16T10:00:00+05:00")
    decided = file_one(office, received="2026-11-16T11:00:00+05:00")
    later = file_one(office, received="2026-11-17T10:00:00+05:00")
    decide(at(office, 2026, 11, 19, 5), decided.id, DecisionRequest(DecisionKind.INFORM))  # 10:00 Almaty
    return due, decided, later


def test_single_clerk_mode_sees_the_list_only_after_noon(office: Any) -> None:
    due, _decided, _later = three_filings(office)
    assert escalation_list(at(office, 2026, 11, 19, 6, 59)) == ()  # 11:59 Almaty
    assert [i.id for i in escalation_list(at(office, 2026, 11, 19, 7))] == [due.id]  # 12:00
    assert escalation_list(at(office, 2026, 11, 18, 10)) == ()  # the day before: not due today


@pytest.mark.parametrize(
    ("role", "sees"), [("signatory", True), ("administrator", True), ("registrar", False), ("executor", False)]
)
def test_the_list_is_for_the_signatory_and_the_administrator(office: Any, role: str, sees: bool) -> None:
    due, *_ = three_filings(office)
    add_user(office, "admin", ["administrator"], PASSWORD)
    admin = login(office, "admin", PASSWORD)
    if role != "administrator":
        add_user(admin, "person", [role], PASSWORD)
    user = login(office, "admin" if role == "administrator" else "person", PASSWORD)
    listed = [i.id for i in escalation_list(at(user, 2026, 11, 19, 8))]
    assert listed == ([due.id] if sees else [])


def test_the_digest_goes_to_the_head_of_department(office: Any, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    due, *_ = three_filings(office)
    change_reminder_settings(
        office, digest_to="head@akimat.kz", smtp_host="127.0.0.1", smtp_port=port, smtp_from="desk@akimat.kz"
    )
    office = replace(office, settings=replace(office.settings, default_language="ru"))
    digest = send_digest(at(office, 2026, 11, 19, 8))
    assert [i.id for i in digest.items] == [due.id]
    assert len(inbox.mails) == 1
    mail = inbox.mails[0]
    assert mail["To"] == "head@akimat.kz" and mail["From"] == "desk@akimat.kz"
    assert str(make_header(decode_header(mail["Subject"]))) == "Требуют решения сегодня, 19.11.2026: 1"
    body = mail.get_payload(decode=True).decode("utf-8")
    assert due.incoming_number in body and "Принять решение" in body


def test_digest_without_settings_or_server_says_what_is_missing(office: Any) -> None:
    with pytest.raises(InvalidInput) as info:
        send_digest(office)
    assert info.value.field == "digest_to"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]  # nothing listens here once the socket is closed
    change_reminder_settings(office, digest_to="head@akimat.kz", smtp_host="127.0.0.1", smtp_port=closed_port)
    with pytest.raises(DigestFailed) as failed:
        send_digest(office)
    assert "Connection" in failed.value.detail or "refused" in failed.value.detail


def test_digest_cli_prints_or_sends(
    register: Any, office: Any, tmp_path: Path, smtp: tuple[Inbox, int], capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, port = smtp
    db = f"sqlite:///{tmp_path / 'register.db'}"
    assert (
        main(
            [
                "--db",
                db,
                "reminders",
                "set",
                f"smtp_port={port}",
                "smtp_host=127.0.0.1",
                "digest_to=head@akimat.kz",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["smtp_port"] == port
    assert main(["--db", db, "reminders", "set", "smtp_port=abc", "--lang", "en"]) == 2
    assert '"smtp_port (' in capsys.readouterr().err  # the setting as typed, with its meaning
    assert main(["--db", db, "digest", "--send", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] is True and len(inbox.mails) == 1
