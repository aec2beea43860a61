"""Fixtures of the trust tests: a register with an administrator, contexts acting in each role."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from akimat_desk.security.roles import Role
from akimat_desk.services.office import users
from tests.conftest import FIXED_NOW

PASSWORDS = {role: f"{role.value}-password-1" for role in Role}


@pytest.fixture
def admin_ctx(ctx: Any) -> Any:
    """The register of ``ctx`` with a first administrator ``boss`` (created in single-clerk mode), logged in."""
    users.add_user(ctx, "boss", ["administrator"], "boss-password-1", "Главный Әкімші")
    return users.login(ctx, "boss", "boss-password-1")


@pytest.fixture
def role_ctx(admin_ctx: Any) -> Any:
    """``role_ctx(role)``: a logged-in context of a user who has only ``role``."""

    def make(role: Role) -> Any:
        name = f"u_{role.value}"
        if role is not Role.ADMINISTRATOR:
            users.add_user(admin_ctx, name, [role.value], PASSWORDS[role])
            return replace(users.login(admin_ctx, name, PASSWORDS[role]), clock=lambda: FIXED_NOW)
        return admin_ctx

    return make


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """The same test on a SQLite file and on a fresh PostgreSQL database (a throwaway server)."""
    if request.param == "sqlite":
        return str(tmp_path / "register.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def any_register(database: str, tmp_path: Any) -> Any:
    from akimat_desk.services.kernel.opening import open_register

    reg = open_register(database, tmp_path / "backups", actor="tester")
    yield reg
    reg.close()
