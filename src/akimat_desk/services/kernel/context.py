"""What every use case receives: units of work, the office settings, a clock and the acting user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Flag, auto

from akimat_desk.domain.errors import PermissionDenied
from akimat_desk.security.roles import Permission, Principal, single_clerk
from akimat_desk.services.deadlines.calendar_cache import CalendarCache
from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.storage.kernel.unit_of_work import UnitOfWorkFactory


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ServiceContext:
    """The composition root builds one; tests build their own with a fixed clock."""

    uow: UnitOfWorkFactory
    settings: OfficeSettings
    actor: str
    clock: Callable[[], datetime] = field(default=utc_now)
    calendar: CalendarCache = field(default_factory=CalendarCache)
    principal: Principal | None = None

    @property
    def user(self) -> Principal:
        """The acting principal; without user accounts, the OS account in single-clerk mode."""
        return self.principal or single_clerk(self.actor)

    def require(self, permission: Permission) -> None:
        """Raise ``PermissionDenied`` unless the acting user may do ``permission``."""
        if not self.user.may(permission):
            raise PermissionDenied(field=None, user=self.user.name, permission=permission.value)


class Changes(Flag):
    """What a use case changed, so views refresh only what they show (Anki's OpChanges)."""

    NONE = 0
    FILING = auto()
    REGISTER = auto()
    SETTINGS = auto()
    CALENDAR = auto()
