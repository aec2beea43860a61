"""The office settings table: one typed, versioned value per key, shared by every seat."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from akimat_desk.storage.kernel.orm import Base


class SettingRow(Base):
    """Office-wide settings shared by every seat (akimat code, number format...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
