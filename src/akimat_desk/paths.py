"""Where the register lives: the user's data folder (platformdirs) or a home given by ``--home`` /
``AKIMAT_DESK_HOME`` (portable mode). Nothing is created at import; ``ensure()`` creates folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "akimat_desk"
HOME_ENV = "AKIMAT_DESK_HOME"
DATABASE_URL_ENV = "AKIMAT_DESK_DATABASE_URL"


@dataclass(frozen=True, slots=True)
class AppPaths:
    home: Path

    @property
    def database(self) -> Path:
        return self.home / "register.db"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def attachments(self) -> Path:
        return self.home / "attachments"

    @property
    def gui_state(self) -> Path:
        return self.home / "gui.json"

    def ensure(self) -> AppPaths:
        self.home.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """``home`` if given, else ``$AKIMAT_DESK_HOME``, else the platform's user data folder."""
    chosen = home or os.environ.get(HOME_ENV)
    if chosen:
        return AppPaths(Path(chosen).expanduser().resolve())
    import platformdirs  # only here: the window's start-up reads the paths before anything else is loaded

    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
