"""What the window's start needs before Qt draws anything: where the register is, the remembered language and
page, and the register preview (``services.startup_preview``). No PySide6 here: ``akimat_desk.app.open_window``
reads the plan before Qt is imported, so nothing of it waits for Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from akimat_desk.paths import DATABASE_URL_ENV, AppPaths, resolve_paths
from akimat_desk.services.filings.startup_preview import (
    OutsideCachedDays,
    RegisterFilter,
    RegisterPreview,
    read_preview,
)
from akimat_desk.services.kernel.messages import catalogue, language_from_env
from akimat_desk.ui.gui_state import GuiState

PREVIEW_ROWS = 36  # the rows the window shows at its opening size (and more); the full register follows
START_PAGE = "start_page"  # gui.json: "register" or "today", the page the window opens on
REGISTER_PAGE, TODAY_PAGE = "register", "today"


def location_text(paths: AppPaths, url: str | None) -> str:
    if url:
        return "PostgreSQL: " + url.split("@")[-1]
    return f"SQLite: {paths.database}"


def saved_filter(gui: GuiState) -> RegisterFilter:
    """The register filters remembered in ``gui.json`` (the register page saves them)."""
    saved = gui.get("register_filters") or {}
    if not isinstance(saved, dict):
        return RegisterFilter()

    def day(key: str) -> date | None:
        try:
            return date.fromisoformat(saved[key]) if saved.get(key) else None
        except (TypeError, ValueError):
            return None

    search = str(saved.get("search") or "").strip() or None
    return RegisterFilter(saved.get("form") or None, saved.get("status") or None, day("from"), day("to"), search)


@dataclass
class StartPlan:
    home: str | None
    paths: AppPaths
    gui: GuiState
    language: str
    url: str | None
    on_register: bool
    preview: RegisterPreview | None = None
    countdowns: dict[int, Any] = field(default_factory=dict)  # row id -> Countdown | None | OutsideCachedDays


def plan_start(home: str | None, now: datetime | None = None) -> StartPlan:
    paths = resolve_paths(home).ensure()
    gui = GuiState(paths.gui_state)
    language = gui.get("language") or language_from_env(os.environ.get("AKIMAT_DESK_LANG") or os.environ.get("LANG"))
    url = os.environ.get(DATABASE_URL_ENV)
    plan = StartPlan(home, paths, gui, language, url, gui.get(START_PAGE) == REGISTER_PAGE)
    if plan.on_register and not url:
        plan.preview = read_preview(paths.database, paths.home, saved_filter(gui), PREVIEW_ROWS)
    if plan.preview is not None:
        catalogue(language)  # the form and status names of the rows
        moment = now or datetime.now(UTC)
        for row in plan.preview.rows:
            try:
                plan.countdowns[row.id] = plan.preview.countdown(row, moment)
            except OutsideCachedDays as outside:
                plan.countdowns[row.id] = outside
    return plan
