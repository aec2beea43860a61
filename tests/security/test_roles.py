"""Each role is refused, by the services themselves, every action it lacks; a refusal writes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from akimat_desk.domain.errors import PermissionDenied
from akimat_desk.domain.statuses import Status
from akimat_desk.security.roles import ROLE_PERMISSIONS, Permission, Role
from akimat_desk.services.deadlines import calendar
from akimat_desk.services.filings import attachments
from akimat_desk.services.filings import registered as filings
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.office import settings_change as office
from akimat_desk.services.office import users
from akimat_desk.services.office.backup import backup_register
from tests.conftest import EXAMPLES

PICKET = json.loads((EXAMPLES / "picket.json").read_text("utf-8"))

ACTIONS: dict[str, tuple[Permission, Callable[[Any, Any, Path], Any]]] = {
    "register_filing": (Permission.REGISTER, lambda c, f, _: register_filing(c, PICKET)),
    "correct_filing": (Permission.CORRECT, lambda c, f, _: filings.correct_filing(c, f, {"participants": 7}, "typo")),
    "change_status": (Permission.CHANGE_STATUS, lambda c, f, _: filings.change_status(c, f, Status.UNDER_REVIEW)),
    "withdraw_filing": (Permission.WITHDRAW, lambda c, f, _: filings.withdraw_filing(c, f, "organizer cancelled")),
    "calendar.add_override": (
        Permission.MANAGE_CALENDAR,
        lambda c, f, _: calendar.add_day_off(c, date(2026, 3, 24), "Жарлық №1"),
    ),
    "attachments.attach_bytes": (Permission.ATTACH, lambda c, f, _: attachments.attach_bytes(c, f, "a.pdf", b"%PDF")),
    "office.change_settings": (
        Permission.MANAGE_SETTINGS,
        lambda c, f, _: office.change_settings(c, phone="87272716600"),
    ),
    "users.add_user": (Permission.MANAGE_USERS, lambda c, f, _: users.add_user(c, "newbie", ["viewer"], "pw-newbie-1")),
    "backup_register": (Permission.BACKUP, lambda c, f, tmp: backup_register(c, tmp / "copies")),
}
TABLES = ("filings", "filing_events", "calendar_overrides", "attachments", "settings", "users", "security_events")


def _counts(ctx: Any) -> dict[str, Any]:
    with ctx.uow.engine.connect() as conn:
        counts: dict[str, Any] = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
        counts["settings_json"] = conn.execute(text("SELECT value FROM settings WHERE key = 'office'")).scalar()
        counts["status"] = conn.execute(text("SELECT status, version FROM filings WHERE id = 1")).one()
    return counts


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_exactly_what_its_permissions_say(role: Role, role_ctx: Any, tmp_path: Path) -> None:
    acting = role_ctx(role)
    filing = register_filing(role_ctx(Role.ADMINISTRATOR), PICKET).filing.id
    for name, (permission, call) in ACTIONS.items():
        allowed = permission in ROLE_PERMISSIONS[role]
        before = _counts(acting)
        if allowed:
            call(acting, filing, tmp_path)
            continue
        with pytest.raises(PermissionDenied) as info:
            call(acting, filing, tmp_path)
        assert info.value.params["user"] == f"u_{role.value}", name
        assert info.value.params["permission"] == permission.value, name
        assert _counts(acting) == before, f"{role} {name}: a refusal wrote something"


def test_the_matrix_is_not_trivial() -> None:
    refused = {r: [n for n, (p, _) in ACTIONS.items() if p not in ROLE_PERMISSIONS[r]] for r in Role}
    assert refused[Role.ADMINISTRATOR] == []
    assert len(refused[Role.VIEWER]) == len(ACTIONS)
    assert "change_status" in refused[Role.REGISTRAR] and "calendar.add_override" in refused[Role.SIGNATORY]
    assert "office.change_settings" in refused[Role.EXECUTOR]
