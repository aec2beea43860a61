"""Rules of user accounts that need no database: names, roles, the lock after repeated failures."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from akimat_desk.security.roles import Principal, Role

LOCK_AFTER_FAILURES = 5
LOCK_DURATION = timedelta(minutes=15)
NAME_PATTERN = re.compile(r"[^\W\d][\w.\-]{1,63}")

LOGGED_OUT = Principal("(not logged in)", frozenset())
"""The principal of a register that has user accounts before anyone logged in: may do nothing."""


def normalise_name(name: str) -> str | None:
    """The account name as stored (stripped, lower case), or None when it is not a valid name."""
    cleaned = (name or "").strip().casefold()
    return cleaned if NAME_PATTERN.fullmatch(cleaned) else None


def parse_roles(values: Iterable[str]) -> frozenset[Role] | None:
    """Roles from their names; None when one is unknown or none is given."""
    try:
        roles = frozenset(Role(v.strip().casefold()) for v in values)
    except ValueError:
        return None
    return roles or None


def unknown_roles(values: Iterable[str]) -> list[str]:
    known = {r.value for r in Role}
    return [v for v in values if v.strip().casefold() not in known]


def is_locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and now < locked_until


def after_failure(failed_logins: int, now: datetime) -> tuple[int, datetime | None]:
    """The failure count after one more failure and the lock it brings (None: not locked)."""
    failures = failed_logins + 1
    return failures, (now + LOCK_DURATION if failures >= LOCK_AFTER_FAILURES else None)


def principal_for(name: str, roles: Iterable[str]) -> Principal:
    return Principal(name, frozenset(Role(r) for r in roles))
