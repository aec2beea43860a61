"""What every page of the window shares: the service context, the background runner, the UI language and
the window state remembered between runs (``gui.json`` in the register's home)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from akimat_desk.services.context import Changes, ServiceContext
from akimat_desk.services.settings import OfficeSettings
from akimat_desk.ui.tasks import Runner


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


class AppState(QObject):
    """The context the services need and one signal telling views what changed (Anki's OpChanges)."""

    changes_applied = Signal(object)  # Changes
    language_changed = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        runner: Runner,
        language: str,
        gui: GuiState | None = None,
        maintenance: Runner | None = None,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.runner = runner
        # long read-mostly work (history check, the daily backup) on its own worker, so that the register
        # the clerk is looking at never waits behind it; SQLite in WAL mode reads beside the other worker
        self.maintenance = maintenance or runner
        self.language = language
        self.gui = gui or GuiState(None)

    def apply(self, changes: Changes) -> None:
        self.changes_applied.emit(changes)

    def use_settings(self, settings: OfficeSettings) -> None:
        self.ctx = replace(self.ctx, settings=settings)
        self.apply(Changes.SETTINGS)

    def set_language(self, language: str) -> None:
        self.language = language
        self.gui.set(language=language)
        self.language_changed.emit(language)
