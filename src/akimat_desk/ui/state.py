"""What every page of the window shares: the service context, the background runner, the UI language and
the window state remembered between runs (``gui.json`` in the register's home)."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from akimat_desk.services.kernel.context import Changes, ServiceContext
from akimat_desk.services.office.settings import OfficeSettings
from akimat_desk.ui.gui_state import GuiState
from akimat_desk.ui.tasks import Runner

__all__ = ["AppState", "GuiState"]


class ChangeReport(Protocol):
    """What a use case returns about its write: the parts of the register it changed."""

    @property
    def changes(self) -> Changes: ...


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

    def apply_result(self, result: ChangeReport) -> None:
        """Refresh exactly what a use case says it changed (its result's ``changes``)."""
        self.apply(result.changes)

    def use_settings(self, settings: OfficeSettings) -> None:
        self.ctx = replace(self.ctx, settings=settings)
        self.apply(Changes.SETTINGS)

    def set_language(self, language: str) -> None:
        self.language = language
        self.gui.set(language=language)
        self.language_changed.emit(language)
