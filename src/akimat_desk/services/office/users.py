"""Use cases of user accounts: the first administrator, login, passwords, roles, locks.

Until the first account exists the register is in single-clerk mode: the operating-system account acts and may
do everything, and only an administrator account can be created. Once accounts exist, nobody acts before a
login (``open_register`` gives such a context a principal that may do nothing), and only administrators manage
accounts. Every administrative change and every refused login is appended to the chained administration log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

from akimat_desk.domain.errors import InvalidInput, NotFound, PermissionDenied
from akimat_desk.domain.records import record_from
from akimat_desk.security.passwords import hash_password, password_problem, verify_password
from akimat_desk.security.roles import Permission, Role
from akimat_desk.security.users import (
    after_failure,
    is_locked,
    normalise_name,
    parse_roles,
    principal_for,
    unknown_roles,
)
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.office.audit_accounts import credential, logged_accounts
from akimat_desk.storage.kernel.unit_of_work import UnitOfWork, UnitOfWorkFactory
from akimat_desk.storage.office.repositories import SecurityLogRepository, UserRecord, UserRepository


@cache
def _dummy_hash() -> str:
    return hash_password("not a password of anybody")


@dataclass(frozen=True, slots=True)
class UserInfo:
    """An account as the window and the CLI show it (no hash)."""

    name: str
    full_name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: datetime | None
    failed_logins: int
    created_at: datetime
    created_by: str


def _info(user: UserRecord) -> UserInfo:
    return record_from(UserInfo, user)


def users_exist(uow: UnitOfWorkFactory) -> bool:
    """False while the register is in single-clerk mode."""
    with uow() as u:
        return u.repo(UserRepository).count() > 0


def _name(name: str) -> str:
    cleaned = normalise_name(name)
    if cleaned is None:
        raise InvalidInput("user_name_invalid", field="name", value=name)
    return cleaned


def _roles(values: Iterable[str]) -> tuple[str, ...]:
    values = list(values)
    roles = parse_roles(values)
    if roles is None:
        bad = ", ".join(unknown_roles(values)) or "-"
        raise InvalidInput("role_unknown", field="role", value=bad, known=", ".join(r.value for r in Role))
    return tuple(sorted(r.value for r in roles))


def _new_password(password: str, name: str) -> str:
    problem = password_problem(password, name)
    if problem is not None:
        raise InvalidInput(problem, field="password")
    return hash_password(password)


def _require_admin(ctx: ServiceContext) -> None:
    """Account management: an administrator who logged in (single-clerk mode may not once accounts exist)."""
    ctx.require(Permission.MANAGE_USERS)
    if ctx.principal is None or ctx.principal.single_clerk:
        raise PermissionDenied("login_required", field="user")


def _user(uow: UnitOfWork, name: str) -> UserRecord:
    found = uow.repo(UserRepository).get(_name(name))
    if found is None:
        raise NotFound("user_unknown", field="name", name=name)
    return found


def add_user(ctx: ServiceContext, name: str, roles: Iterable[str], password: str, full_name: str = "") -> UserInfo:
    """Create an account. The first one must be an administrator and may be created in single-clerk mode."""
    clean, role_names = _name(name), _roles(roles)
    password_hash = _new_password(password, clean)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        users = uow.repo(UserRepository)
        if users.count() == 0:
            logged = logged_accounts(uow.repo(SecurityLogRepository).replay())
            if logged:  # the table was emptied behind the application's back: no new first administrator
                raise InvalidInput("audit_accounts_missing", field="name", count=logged)
            if Role.ADMINISTRATOR.value not in role_names:
                raise InvalidInput("first_user_must_be_administrator", field="role")
        else:
            _require_admin(ctx)
        if users.get(clean) is not None:
            raise InvalidInput("user_exists", field="name", name=clean)
        users.add(clean, full_name.strip(), role_names, password_hash, now, ctx.user.name)
        uow.repo(SecurityLogRepository).append(
            now,
            ctx.user.name,
            "user_added",
            clean,
            {"roles": list(role_names), "credential": credential(password_hash)},
        )
        created = users.get(clean)
        uow.commit()
    assert created is not None
    return _info(created)


def login(ctx: ServiceContext, name: str, password: str) -> ServiceContext:
    """A context acting as ``name`` when the password is right and the account usable.

    A wrong password counts; after ``LOCK_AFTER_FAILURES`` in a row the account is locked for a while (an
    administrator can unlock it). Unknown names and wrong passwords get the same refusal.
    """
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        users = uow.repo(UserRepository)
        user = users.get(normalise_name(name) or "")
        if user is None:
            verify_password(password, _dummy_hash())  # same time as for a real account
            raise PermissionDenied("login_failed", field="password", user=name)
        if not user.active:
            raise PermissionDenied("account_disabled", field="user", user=user.name)
        if is_locked(user.locked_until, now):
            raise PermissionDenied("account_locked", field="user", user=user.name, until=_local(user.locked_until))
        if not verify_password(password, user.password_hash):
            failures, locked_until = after_failure(user.failed_logins, now)
            users.update(user.name, failed_logins=failures, locked_until=locked_until or user.locked_until)
            action = "account_locked" if locked_until else "login_failed"
            uow.repo(SecurityLogRepository).append(now, user.name, action, user.name, {"failures": failures})
            uow.commit()
            if locked_until is not None:
                raise PermissionDenied("account_locked", field="user", user=user.name, until=_local(locked_until))
            raise PermissionDenied("login_failed", field="password", user=name)
        if user.failed_logins or user.locked_until:
            users.update(user.name, failed_logins=0, locked_until=None)
            uow.commit()
    return replace(ctx, principal=principal_for(user.name, user.roles), actor=user.name)


def _local(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


def change_password(ctx: ServiceContext, old_password: str, new_password: str) -> None:
    """The logged-in user changes their own password (the old one is asked again)."""
    if ctx.principal is None or ctx.principal.single_clerk:
        raise PermissionDenied("login_required", field="user")
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        user = _user(uow, ctx.principal.name)
        if not verify_password(old_password, user.password_hash):
            raise PermissionDenied("login_failed", field="old_password", user=user.name)
        new_hash = _new_password(new_password, user.name)
        uow.repo(UserRepository).update(user.name, password_hash=new_hash, password_changed_at=now)
        uow.repo(SecurityLogRepository).append(
            now, user.name, "password_changed", user.name, {"credential": credential(new_hash)}
        )
        uow.commit()


def reset_password(ctx: ServiceContext, name: str, new_password: str) -> None:
    """An administrator sets a new password for an account (and unlocks it)."""
    _require_admin(ctx)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        user = _user(uow, name)
        new_hash = _new_password(new_password, user.name)
        uow.repo(UserRepository).update(
            user.name, password_hash=new_hash, password_changed_at=now, failed_logins=0, locked_until=None
        )
        uow.repo(SecurityLogRepository).append(
            now, ctx.user.name, "password_reset", user.name, {"credential": credential(new_hash)}
        )
        uow.commit()


def set_roles(ctx: ServiceContext, name: str, roles: Iterable[str]) -> UserInfo:
    """Replace an account's roles; the last active administrator keeps the administrator role."""
    _require_admin(ctx)
    role_names = _roles(roles)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        user = _user(uow, name)
        if Role.ADMINISTRATOR.value not in role_names:
            _keep_an_administrator(uow, user.name)
        uow.repo(UserRepository).update(user.name, roles=role_names)
        uow.repo(SecurityLogRepository).append(
            now, ctx.user.name, "roles_changed", user.name, {"old": list(user.roles), "new": list(role_names)}
        )
        changed = uow.repo(UserRepository).get(user.name)
        uow.commit()
    assert changed is not None
    return _info(changed)


def _keep_an_administrator(uow: UnitOfWork, leaving: str) -> None:
    others = [
        u
        for u in uow.repo(UserRepository).all()
        if u.active and u.name != leaving and Role.ADMINISTRATOR.value in u.roles
    ]
    if not others:
        raise InvalidInput("last_administrator", field="role", name=leaving)


def set_active(ctx: ServiceContext, name: str, active: bool) -> None:
    """Disable an account (it can no longer log in; its history stays) or enable it again."""
    _require_admin(ctx)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        user = _user(uow, name)
        if not active:
            _keep_an_administrator(uow, user.name)
        uow.repo(UserRepository).update(user.name, active=active)
        uow.repo(SecurityLogRepository).append(now, ctx.user.name, "enabled" if active else "disabled", user.name)
        uow.commit()


def unlock_user(ctx: ServiceContext, name: str) -> None:
    _require_admin(ctx)
    now = ctx.clock()
    with ctx.uow(write=True) as uow:
        user = _user(uow, name)
        uow.repo(UserRepository).update(user.name, failed_logins=0, locked_until=None)
        uow.repo(SecurityLogRepository).append(now, ctx.user.name, "unlocked", user.name)
        uow.commit()


def list_users(ctx: ServiceContext) -> list[UserInfo]:
    _require_admin(ctx)
    with ctx.uow() as uow:
        return [_info(u) for u in uow.repo(UserRepository).all()]
