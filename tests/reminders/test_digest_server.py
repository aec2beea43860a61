"""The digest goes through the office's SMTP server of the e-mailed answers (issue 18's settings, its password in
the keyring under ``smtp:<user>@<host>``) and falls back to its own server only where that is not set (issue 22
item 3). A stand-in SMTP server on loopback checks which server got the mail and with which password."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from akimat_desk.security.secrets import MemorySecretStore, smtp_secret_name
from akimat_desk.services.deadlines.digest import SMTP_SECRET, digest_server, send_digest
from akimat_desk.services.deadlines.reminders import change_reminder_settings
from tests.reminders.conftest import at, file_one


@dataclass
class Server:
    port: int
    mails: list[Any] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.mails.append(envelope)
        return "250 OK"

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        self.logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def two_servers() -> Iterator[tuple[Server, Server]]:
    """The office's server and the digest's own, both on loopback, both accepting a plain login."""
    servers, controllers = [], []
    for _ in range(2):
        server = Server(_free_port())
        controller = Controller(
            server,
            hostname="127.0.0.1",
            port=server.port,
            authenticator=server,
            auth_require_tls=False,
        )
        controller.start()
        servers.append(server)
        controllers.append(controller)
    yield servers[0], servers[1]
    for controller in controllers:
        controller.stop()


def _office_smtp(office: Any, port: int) -> Any:
    settings = replace(
        office.settings,
        smtp_host="127.0.0.1",
        smtp_port=str(port),
        smtp_security="none",
        smtp_user="answers",
        smtp_from="answers@almaty.gov.kz",
    )
    return replace(office, settings=settings)


def test_the_digest_uses_the_office_smtp_and_its_keyring_password(
    office: Any, two_servers: tuple[Server, Server]
) -> None:
    office_server, own_server = two_servers
    due = file_one(office, received="2026-11-16T10:00:00+05:00")
    change_reminder_settings(
        office,
        digest_to="head@almaty.gov.kz",
        smtp_host="127.0.0.1",
        smtp_port=own_server.port,
        smtp_user="digest",
        smtp_from="digest@almaty.gov.kz",
    )
    ctx = _office_smtp(office, office_server.port)
    secrets = MemorySecretStore()
    secrets.set(smtp_secret_name("127.0.0.1", "answers"), "office-secret")
    secrets.set(SMTP_SECRET, "digest-secret")
    assert digest_server(ctx).source == "office"
    digest = send_digest(at(ctx, 2026, 11, 19, 8), secrets=secrets)
    assert [i.id for i in digest.items] == [due.id]
    assert len(office_server.mails) == 1 and own_server.mails == []
    assert office_server.logins == [("answers", "office-secret")]
    assert office_server.mails[0].mail_from == "answers@almaty.gov.kz"
    assert office_server.mails[0].rcpt_tos == ["head@almaty.gov.kz"]


def test_without_the_office_smtp_the_digest_uses_its_own(office: Any, two_servers: tuple[Server, Server]) -> None:
    office_server, own_server = two_servers
    file_one(office, received="2026-11-16T10:00:00+05:00")
    change_reminder_settings(
        office,
        digest_to="head@almaty.gov.kz",
        smtp_host="127.0.0.1",
        smtp_port=own_server.port,
        smtp_user="digest",
        smtp_from="digest@almaty.gov.kz",
    )
    ctx = replace(office, settings=replace(office.settings, smtp_host=""))
    secrets = MemorySecretStore()
    secrets.set(smtp_secret_name("127.0.0.1", "answers"), "office-secret")
    secrets.set(SMTP_SECRET, "digest-secret")
    assert digest_server(ctx).source == "digest"
    send_digest(at(ctx, 2026, 11, 19, 8), secrets=secrets)
    assert office_server.mails == [] and len(own_server.mails) == 1
    assert own_server.logins == [("digest", "digest-secret")]
    assert own_server.mails[0].mail_from == "digest@almaty.gov.kz"


def test_a_password_typed_for_this_sending_wins_over_the_keyring(
    office: Any, two_servers: tuple[Server, Server]
) -> None:
    office_server, _own = two_servers
    file_one(office, received="2026-11-16T10:00:00+05:00")
    change_reminder_settings(office, digest_to="head@almaty.gov.kz")
    ctx = _office_smtp(office, office_server.port)
    secrets = MemorySecretStore()
    secrets.set(smtp_secret_name("127.0.0.1", "answers"), "office-secret")
    send_digest(at(ctx, 2026, 11, 19, 8), password="typed", secrets=secrets)
    assert office_server.logins == [("answers", "typed")]


@pytest.mark.parametrize(("host", "words"), [("mail.almaty.gov.kz", "mail.almaty.gov.kz"), ("", "is not set")])
def test_the_reminders_page_says_which_server_the_digest_uses(qtbot: Any, state: Any, host: str, words: str) -> None:
    from akimat_desk.ui.deadlines.reminders_page import RemindersPage

    state.ctx = replace(state.ctx, settings=replace(state.ctx.settings, smtp_host=host))
    page = RemindersPage(state)
    qtbot.addWidget(page)
    page.reload()
    assert words in page.server_note.text()
