"""Repository of the office settings (one row per key)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.storage.office.orm_settings import SettingRow

_UNCHANGED = object()


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> Any:
        row = self._s.get(SettingRow, key)
        return None if row is None else row.value

    def all(self) -> dict[str, Any]:
        return {row.key: row.value for row in self._s.scalars(select(SettingRow))}

    def set(self, key: str, value: Any) -> None:
        """Store ``value``; an office setting's change is appended to the office chain (storage/office/office_chain)."""
        from akimat_desk.storage.office.office_chain import append_office_entry, chained_setting

        row = self._s.get(SettingRow, key)
        before = _UNCHANGED if row is None else row.value
        if row is None:
            self._s.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._s.flush()
        if chained_setting(key) and before != value:
            action = "created" if before is _UNCHANGED else "updated"
            append_office_entry(self._s, "setting", key, action, {"value": value})
