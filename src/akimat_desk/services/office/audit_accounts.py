"""Accounts are part of the record: the users table is the projection of the administration log.

``replay_accounts`` rebuilds every account from the log (added with its roles and the digest of its password
hash, roles changed, disabled or enabled, password changed or reset) and names the first account whose row
differs, is missing, or exists without having been added through the application. ``logged_accounts`` tells
the opening of a register that the log knows accounts even when the table was emptied, so that such a
register never falls back to single-clerk mode.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from akimat_desk.storage.kernel.audit_chain import ChainBreak, ChainReport
from akimat_desk.storage.office.repositories import UserRecord

ACCOUNTS = "accounts"


def credential(password_hash: str) -> str:
    """What the log keeps of a password hash: its SHA-256 (the hash itself stays in the users table only)."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


def _replayed(log: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    accounts: dict[str, dict[str, Any]] = {}
    for entry in log:
        action, name, details = entry["action"], entry["subject"], entry["details"]
        details = details if isinstance(details, dict) else {}
        if action == "user_added":
            accounts[name] = {
                "roles": sorted(details.get("roles") or []),
                "active": True,
                "credential": details.get("credential"),
            }
        elif name not in accounts:
            continue
        elif action == "roles_changed":
            accounts[name]["roles"] = sorted(details.get("new") or [])
        elif action in ("enabled", "disabled"):
            accounts[name]["active"] = action == "enabled"
        elif action in ("password_changed", "password_reset"):
            accounts[name]["credential"] = details.get("credential")
    return accounts


def logged_accounts(log: Iterable[Mapping[str, Any]]) -> int:
    """How many accounts the administration log says exist."""
    return len(_replayed(log))


def replay_accounts(log: Iterable[Mapping[str, Any]], users: Iterable[UserRecord]) -> ChainReport:
    """Compare the users table with the log; the first account that differs is named with its field."""
    expected = _replayed(log)
    rows = {u.name: u for u in users}
    position = 0
    for name, account in expected.items():
        position += 1
        row = rows.get(name)
        if row is None:
            return ChainReport(ACCOUNTS, len(rows), _break(position, name, "account", "present", "-"))
        found = {"roles": sorted(row.roles), "active": row.active, "credential": credential(row.password_hash)}
        for field_name in ("roles", "active", "credential"):
            want = account[field_name]
            if field_name == "credential" and want is None:
                continue  # added before the log kept the credential's digest
            if want != found[field_name]:
                return ChainReport(
                    ACCOUNTS, len(rows), _break(position, name, field_name, _text(want), _text(found[field_name]))
                )
    for name in rows:
        if name not in expected:
            return ChainReport(ACCOUNTS, len(rows), _break(len(expected) + 1, name, "account", "-", "present"))
    return ChainReport(ACCOUNTS, len(rows), None)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or "-"
    if isinstance(value, str) and len(value) == 64:
        return value[:16]
    return str(value)


def _break(position: int, name: str, field_name: str, expected: str, found: str) -> ChainBreak:
    return ChainBreak(ACCOUNTS, "differs", position, None, name, field_name, expected, found)
