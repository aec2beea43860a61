"""The window's size, place, maximized state and splitter sizes, remembered between runs in ``gui.json``
(per user of the register: two clerks sharing a seat each get their own window back), and never larger than
the screen it opens on (a window saved on a 1920x1080 monitor opens within a 1280x720 laptop screen).

Light on purpose (QtCore/QtGui/QtWidgets and ``gui_state`` only): the start-up frame uses it before the rest of
the application is imported."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter, QWidget

from akimat_desk.ui.gui_state import GuiState

WINDOW_KEY = "window"  # gui.json: {"last": {...}, "users": {login: {...}}}
DEFAULT_SIZE = QSize(1400, 820)  # what a first start asks for, before the screen clamps it


def available_rect(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (without task bars): the widget's screen, else the primary."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, DEFAULT_SIZE.width(), 720)


def clamp_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` made no larger than ``available`` and moved inside it (its size kept where it fits)."""
    width, height = min(rect.width(), available.width()), min(rect.height(), available.height())
    x = min(max(rect.x(), available.x()), available.x() + available.width() - width)
    y = min(max(rect.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def _saved(gui: GuiState, user: str | None) -> Mapping[str, Any]:
    stored = gui.get(WINDOW_KEY)
    if not isinstance(stored, dict):
        return {}
    users = stored.get("users")
    mine = users.get(user) if isinstance(users, dict) and user else None
    chosen = mine if isinstance(mine, dict) else stored.get("last")
    return chosen if isinstance(chosen, dict) else {}


def saved_rect(gui: GuiState, user: str | None) -> QRect | None:
    """The window's last geometry (of ``user``, else of whoever closed it last), or None."""
    saved = _saved(gui, user)
    try:
        rect = QRect(int(saved["x"]), int(saved["y"]), int(saved["width"]), int(saved["height"]))
    except (KeyError, TypeError, ValueError):
        return None
    return rect if rect.width() > 0 and rect.height() > 0 else None


def saved_maximized(gui: GuiState, user: str | None) -> bool:
    return bool(_saved(gui, user).get("maximized", False))


def place_window(window: QWidget, gui: GuiState, user: str | None = None) -> bool:
    """Give ``window`` its remembered geometry (or the default size), clamped to the available screen.

    Returns whether it was maximized when it was closed (the caller shows it maximized then)."""
    available = available_rect(window)
    rect = saved_rect(gui, user)
    if rect is None:
        rect = QRect(available.topLeft(), DEFAULT_SIZE)
        rect.moveCenter(available.center())
    window.setGeometry(clamp_rect(rect, available))
    return saved_maximized(gui, user)


def remember_window(
    window: QWidget, gui: GuiState, user: str | None = None, splitters: Mapping[str, QSplitter] | None = None
) -> None:
    """Write ``window``'s geometry (the normal one when maximized), its state and splitter sizes to ``gui``."""
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    entry: dict[str, Any] = {
        "x": normal.x(),
        "y": normal.y(),
        "width": normal.width(),
        "height": normal.height(),
        "maximized": window.isMaximized(),
        "splitters": {name: splitter.sizes() for name, splitter in (splitters or {}).items()},
    }
    stored = gui.get(WINDOW_KEY)
    stored = dict(stored) if isinstance(stored, dict) else {}
    users = dict(stored.get("users") or {}) if isinstance(stored.get("users"), dict) else {}
    if user:
        users[user] = entry
    gui.set(**{WINDOW_KEY: {"last": entry, "users": users}})


def restore_splitters(gui: GuiState, user: str | None, splitters: Mapping[str, QSplitter]) -> None:
    """Give each splitter the sizes it had when the window was closed (ignored if they no longer fit)."""
    saved = _saved(gui, user).get("splitters")
    if not isinstance(saved, dict):
        return
    for name, splitter in splitters.items():
        sizes = saved.get(name)
        if (
            isinstance(sizes, list)
            and len(sizes) == splitter.count()
            and all(isinstance(s, int) and s >= 0 for s in sizes)
            and any(sizes)
        ):
            splitter.setSizes(sizes)
