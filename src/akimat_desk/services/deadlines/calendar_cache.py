"""The effective working-day calendar of a register, cached until the stored overrides change."""

from __future__ import annotations

from typing import Any

from akimat_desk.storage.kernel.unit_of_work import UnitOfWork
from akimat_desk.workdays import KazakhCalendar, OverrideSet, build_calendar


class CalendarCache:
    """The effective calendar (shipped facts + stored overrides), rebuilt only when the overrides change."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._calendar: KazakhCalendar | None = None

    def get(self, uow: UnitOfWork) -> KazakhCalendar:
        key = uow.calendar.state()
        if self._calendar is None or key != self._key:
            self._calendar = calendar_from_rows(uow.calendar.rows())
            self._key = key
        return self._calendar


def calendar_from_rows(rows: list[dict[str, Any]]) -> KazakhCalendar:
    return build_calendar(OverrideSet.from_rows(rows))
