"""Repository of the office settings (one row per key)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from akimat_desk.storage.office.orm_settings import SettingRow


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> Any:
        row = self._s.get(SettingRow, key)
        return None if row is None else row.value

    def all(self) -> dict[str, Any]:
        return {row.key: row.value for row in self._s.scalars(select(SettingRow))}

    def set(self, key: str, value: Any) -> None:
        row = self._s.get(SettingRow, key)
        if row is None:
            self._s.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._s.flush()
