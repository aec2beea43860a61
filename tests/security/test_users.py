"""User accounts: scrypt hashes, the first administrator, login and lock, passwords, roles, single-clerk mode."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from akimat_desk.domain.errors import InvalidInput, NotFound, PermissionDenied
from akimat_desk.security.passwords import hash_password, verify_password
from akimat_desk.security.users import LOCK_AFTER_FAILURES, LOGGED_OUT
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import needs_login, open_register, single_clerk_mode
from akimat_desk.services.office import users
from tests.conftest import EXAMPLES, FIXED_NOW


def test_a_password_is_stored_only_as_a_salted_scrypt_hash() -> None:
    first, second = hash_password("Қазақ-пароль-1"), hash_password("Қазақ-пароль-1")
    assert first.startswith("scrypt$") and first != second  # salted
    assert "Қазақ-пароль-1" not in first
    assert verify_password("Қазақ-пароль-1", first) and verify_password("Қазақ-пароль-1", second)
    assert not verify_password("қазақ-пароль-1", first)
    assert not verify_password("x", "garbage") and not verify_password("x", "scrypt$1$2")


def test_single_clerk_mode_until_the_first_administrator(tmp_path: Path, ctx: Any) -> None:
    reg = open_register(tmp_path / "r.db", None, actor="clerk")
    assert single_clerk_mode(reg) and reg.context.user.single_clerk and reg.context.user.name == "clerk"
    with pytest.raises(InvalidInput) as info:
        users.add_user(reg.context, "anna", ["registrar"], "anna-password-1")
    assert info.value.code == "first_user_must_be_administrator"
    users.add_user(reg.context, "Boss", ["administrator"], "boss-password-1")
    reg.close()
    again = open_register(tmp_path / "r.db", None, actor="clerk")
    assert needs_login(again) and not single_clerk_mode(again)
    assert again.context.principal is LOGGED_OUT
    with pytest.raises(PermissionDenied):  # nobody logged in: the OS account may no longer do anything
        register_filing(again.context, json.loads((EXAMPLES / "picket.json").read_text("utf-8")))
    with pytest.raises(PermissionDenied) as denied:  # nor create users
        users.add_user(again.context, "eve", ["administrator"], "eve-password-1")
    assert denied.value.code == "permission_denied"
    again.close()


def test_the_history_records_the_logged_in_user(admin_ctx: Any) -> None:
    users.add_user(admin_ctx, "anna", ["registrar"], "anna-password-1")
    anna = replace(users.login(admin_ctx, "ANNA ", "anna-password-1"), clock=lambda: FIXED_NOW)
    filing = register_filing(anna, json.loads((EXAMPLES / "picket.json").read_text("utf-8"))).filing
    assert [e.actor for e in filing.history] == ["anna"]


def test_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it(admin_ctx: Any) -> None:
    users.add_user(admin_ctx, "anna", ["registrar"], "anna-password-1")
    for attempt in range(LOCK_AFTER_FAILURES):
        with pytest.raises(PermissionDenied) as info:
            users.login(admin_ctx, "anna", f"wrong-{attempt}")
    assert info.value.code == "account_locked"
    with pytest.raises(PermissionDenied) as info:  # even the right password, while locked
        users.login(admin_ctx, "anna", "anna-password-1")
    assert info.value.code == "account_locked"
    later = replace(admin_ctx, clock=lambda: FIXED_NOW + timedelta(hours=1))
    assert users.login(later, "anna", "anna-password-1").user.name == "anna"  # the lock expires
    for attempt in range(LOCK_AFTER_FAILURES):
        with pytest.raises(PermissionDenied):
            users.login(admin_ctx, "anna", f"wrong-{attempt}")
    users.unlock_user(admin_ctx, "anna")
    assert users.login(admin_ctx, "anna", "anna-password-1").user.name == "anna"
    actions = [row["action"] for row in users_log(admin_ctx)]
    assert "account_locked" in actions and "unlocked" in actions


def users_log(ctx: Any) -> list[dict[str, Any]]:
    from akimat_desk.services.office.audit import administration_log

    return administration_log(ctx)


def test_unknown_user_and_wrong_password_get_the_same_refusal(admin_ctx: Any) -> None:
    codes = []
    for name, password in (("nobody", "boss-password-1"), ("boss", "wrong-password")):
        with pytest.raises(PermissionDenied) as info:
            users.login(admin_ctx, name, password)
        codes.append(info.value.code)
    assert codes == ["login_failed", "login_failed"]


def test_change_password_needs_the_old_one(admin_ctx: Any) -> None:
    with pytest.raises(PermissionDenied):
        users.change_password(admin_ctx, "not-the-old-one", "new-password-2")
    with pytest.raises(InvalidInput) as info:
        users.change_password(admin_ctx, "boss-password-1", "short")
    assert info.value.code == "password_too_short"
    users.change_password(admin_ctx, "boss-password-1", "new-password-2")
    with pytest.raises(PermissionDenied):
        users.login(admin_ctx, "boss", "boss-password-1")
    assert users.login(admin_ctx, "boss", "new-password-2").user.name == "boss"


def test_only_administrators_manage_accounts_and_one_always_remains(admin_ctx: Any) -> None:
    users.add_user(admin_ctx, "anna", ["registrar"], "anna-password-1")
    anna = users.login(admin_ctx, "anna", "anna-password-1")
    for call in (
        lambda: users.add_user(anna, "eve", ["administrator"], "eve-password-1"),
        lambda: users.set_roles(anna, "anna", ["administrator"]),
        lambda: users.reset_password(anna, "boss", "taken-over-1"),
        lambda: users.list_users(anna),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(InvalidInput) as info:
        users.set_roles(admin_ctx, "boss", ["viewer"])
    assert info.value.code == "last_administrator"
    with pytest.raises(InvalidInput):
        users.set_active(admin_ctx, "boss", False)
    assert users.set_roles(admin_ctx, "anna", ["signatory", "registrar"]).roles == ("registrar", "signatory")
    users.set_active(admin_ctx, "anna", False)
    with pytest.raises(PermissionDenied) as info:
        users.login(admin_ctx, "anna", "anna-password-1")
    assert info.value.code == "account_disabled"
    with pytest.raises(NotFound):
        users.unlock_user(admin_ctx, "ghost")
    with pytest.raises(InvalidInput) as info:
        users.add_user(admin_ctx, "anna", ["viewer"], "other-password-1")
    assert info.value.code == "user_exists"
    with pytest.raises(InvalidInput) as info:
        users.add_user(admin_ctx, "x y", ["viewer"], "other-password-1")
    assert info.value.code == "user_name_invalid"
    with pytest.raises(InvalidInput) as info:
        users.add_user(admin_ctx, "vera", ["clerk"], "other-password-1")
    assert info.value.code == "role_unknown"


def test_no_password_in_the_database(admin_ctx: Any) -> None:
    with admin_ctx.uow.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM users")).scalars().all()
        log = json.dumps([list(r) for r in conn.execute(text("SELECT * FROM security_events")).all()], default=str)
    assert stored and all(s.startswith("scrypt$") for s in stored)
    assert "boss-password-1" not in log and "boss-password-1" not in "".join(stored)
