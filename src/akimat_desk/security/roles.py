"""Roles of the office and what each may do. Services check permissions themselves (``ctx.require``);
the window only hides what a role cannot do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    REGISTRAR = "registrar"  # registers filings, corrects them with a reason
    EXECUTOR = "executor"  # prepares decisions and letters
    SIGNATORY = "signatory"  # approves decisions and signs letters
    ADMINISTRATOR = "administrator"  # users, places, calendar, trust anchors, settings, backups
    VIEWER = "viewer"  # reads only


class Permission(StrEnum):
    READ = "read"
    REGISTER = "register"
    CORRECT = "correct"
    WITHDRAW = "withdraw"
    CHANGE_STATUS = "change_status"
    ACKNOWLEDGE = "acknowledge"
    ATTACH = "attach"
    PREPARE_DECISION = "prepare_decision"
    SIGN_DECISION = "sign_decision"
    DISPATCH = "dispatch"
    EXPORT = "export"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_PLACES = "manage_places"
    MANAGE_TRUST = "manage_trust"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP = "backup"


_P = Permission
_CLERK = {_P.READ, _P.REGISTER, _P.CORRECT, _P.WITHDRAW, _P.ACKNOWLEDGE, _P.ATTACH, _P.EXPORT}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: frozenset({_P.READ}),
    Role.REGISTRAR: frozenset(_CLERK | {_P.DISPATCH}),
    Role.EXECUTOR: frozenset(_CLERK | {_P.CHANGE_STATUS, _P.PREPARE_DECISION, _P.DISPATCH}),
    Role.SIGNATORY: frozenset(_CLERK | {_P.CHANGE_STATUS, _P.PREPARE_DECISION, _P.SIGN_DECISION, _P.DISPATCH}),
    Role.ADMINISTRATOR: frozenset(Permission),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """Who acts: a logged-in user with roles, or the operating-system account in single-clerk mode."""

    name: str
    roles: frozenset[Role]
    single_clerk: bool = False

    def may(self, permission: Permission) -> bool:
        return self.single_clerk or any(permission in ROLE_PERMISSIONS[r] for r in self.roles)


def single_clerk(name: str) -> Principal:
    """Before the first user account exists, the OS account is the clerk and may do everything."""
    return Principal(name, frozenset(Role), single_clerk=True)
