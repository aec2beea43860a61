"""What every use case receives: units of work, the office settings, a clock and the acting user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Flag, auto

from akimat_desk.services.calendar_cache import CalendarCache
from akimat_desk.services.settings import OfficeSettings
from akimat_desk.storage.unit_of_work import UnitOfWorkFactory


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


class Changes(Flag):
    """What a use case changed, so views refresh only what they show (Anki's OpChanges)."""

    NONE = 0
    FILING = auto()
    REGISTER = auto()
    SETTINGS = auto()
    CALENDAR = auto()
