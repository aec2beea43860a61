"""Use case: the administrator changes the office settings (numbering, letterhead, office hours)."""

from __future__ import annotations

from typing import Any

from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import ServiceContext
from akimat_desk.services.office.settings import OfficeSettings, update_settings


def change_settings(ctx: ServiceContext, **changes: Any) -> OfficeSettings:
    """Validate and store ``changes``; the caller rebuilds its context with the returned settings."""
    ctx.require(Permission.MANAGE_SETTINGS)
    return update_settings(ctx.uow, **changes)
