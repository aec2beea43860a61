"""The window state remembered between runs (``gui.json`` in the register's home): language, filters, page.

Light on purpose (json only): the start-up reads it before the rest of the application is imported."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any


class GuiState:
    """A small JSON file of window preferences; unreadable or missing files mean defaults."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._data: dict[str, Any] = {}
        if path is not None:
            try:
                loaded = json.loads(path.read_text("utf-8"))
                self._data = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self._data = {}

    @property
    def is_new(self) -> bool:
        return not self._data

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, **values: Any) -> None:
        self._data.update(values)
        if self.path is not None:
            with contextlib.suppress(OSError):  # preferences are a convenience; the register is never affected
                self.path.write_text(json.dumps(self._data, ensure_ascii=False, indent=2), "utf-8")
