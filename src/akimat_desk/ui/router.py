"""The window as a router: pages plug into the navigation through a small typed interface.

A feature adds a page by giving the window a ``PageSpec`` (its title, icon, shortcut, a factory for its
widget, the changes it listens to and what to do when it is opened) through ``PageRouter.add``; the router
puts it into the navigation list and the page stack, gives it a View-menu action with its shortcut, retitles
it when the language changes, calls ``on_shown`` when the clerk opens it and ``on_changes`` when a use case
reports changes the page listens to. Nothing is monkeypatched onto the widget and no event filter is needed.

Everything else a plug-in may use of the window is on ``PlugPoints`` (``MainWindow.plug_points``): the
File menu, the Today page's banners (``add_banner`` with a ``BannerSpec``), ``closing`` (the window is about
to close), ``retranslated`` (texts were set in the new language), ``open_filing`` and ``refresh``.
``install_*(points: PlugPoints)`` functions plug features in. The filing card has the same for its tabs:
``CardTabSpec`` through ``CardPlugPoints.add_tab``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.filings import FilingCard
from akimat_desk.services.kernel.context import Changes
from akimat_desk.ui.state import AppState

W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class PageSpec(Generic[W]):
    """A page of the window. ``title`` is called again on every language change (use ``tr``/``translate``
    inside it); ``factory`` builds the widget once; ``listens``: the changes after which ``on_changes`` runs;
    ``on_shown`` runs each time the clerk opens the page (e.g. a lazy first load)."""

    key: str
    title: Callable[[], str]
    factory: Callable[[], W]
    icon: QIcon | None = None
    shortcut: QKeySequence | None = None
    listens: Changes = Changes.NONE
    on_changes: Callable[[W, Changes], None] | None = None
    on_shown: Callable[[W], None] | None = None


@dataclass
class _Plugged:
    """A plugged page with its spec's callbacks bound to its widget."""

    widget: QWidget
    item: QListWidgetItem
    action: QAction
    title: Callable[[], str]
    shown: Callable[[], None]
    changed: Callable[[Changes], None]

    def retitle(self) -> None:
        title = self.title()
        self.item.setText(title)
        self.action.setText(title)


def _bound(spec: PageSpec[W], widget: W) -> tuple[Callable[[], None], Callable[[Changes], None]]:
    def shown() -> None:
        if spec.on_shown is not None:
            spec.on_shown(widget)

    def changed(changes: Changes) -> None:
        if spec.on_changes is not None and spec.listens & changes:
            spec.on_changes(widget, changes)

    return shown, changed


class PageRouter(QObject):
    """Owns the plugged pages of one window: their navigation rows, stack pages and View-menu actions."""

    def __init__(self, state: AppState, nav: QListWidget, pages: QStackedWidget, view_menu: QMenu) -> None:
        super().__init__(nav)
        self._state, self._nav, self._pages, self._view_menu = state, nav, pages, view_menu
        self._plugged: dict[str, _Plugged] = {}
        self._rows: dict[int, _Plugged] = {}
        nav.currentRowChanged.connect(self._row_changed)
        state.changes_applied.connect(self._changes_applied)

    def add(self, spec: PageSpec[W]) -> W:
        """Plug ``spec`` in after the pages already there; returns its widget. A key is plugged once."""
        if spec.key in self._plugged:
            raise ValueError(f"page {spec.key!r} is already plugged in")
        widget = spec.factory()
        self._pages.addWidget(widget)
        item = QListWidgetItem(self._nav)
        if spec.icon is not None:
            item.setIcon(spec.icon)
        row = self._nav.row(item)
        action = QAction(self._nav)
        if spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        action.triggered.connect(lambda: self._nav.setCurrentRow(row))
        self._view_menu.addAction(action)
        self._nav.window().addAction(action)  # the shortcut works wherever the focus is in the window
        shown, changed = _bound(spec, widget)
        plugged = _Plugged(widget, item, action, spec.title, shown, changed)
        plugged.retitle()
        self._plugged[spec.key] = self._rows[row] = plugged
        return widget

    def page(self, key: str) -> QWidget:
        """The widget of the plugged page ``key`` (KeyError if it is not plugged in)."""
        return self._plugged[key].widget

    def keys(self) -> list[str]:
        """The plugged pages in navigation order."""
        return list(self._plugged)

    def open(self, key: str) -> None:
        """Show the plugged page ``key``."""
        self._nav.setCurrentItem(self._plugged[key].item)

    def retitle(self) -> None:
        """Set every plugged page's title in the current language."""
        for plugged in self._plugged.values():
            plugged.retitle()

    def _row_changed(self, row: int) -> None:
        if (plugged := self._rows.get(row)) is not None:
            plugged.shown()

    def _changes_applied(self, changes: Changes) -> None:
        for plugged in self._plugged.values():
            plugged.changed(changes)


@dataclass(frozen=True)
class BannerSpec(Generic[W]):
    """A reminder banner on the Today page, under its title and bucket buttons, after the banners already there.
    ``factory`` builds the widget once (it shows or hides itself); ``on_changes`` runs when a use case reports
    changes in ``listens``."""

    key: str
    factory: Callable[[], W]
    listens: Changes = Changes.NONE
    on_changes: Callable[[W, Changes], None] | None = None


class BannerHost(Protocol):
    """A page that takes banners (the Today page)."""

    def add_banner(self, spec: BannerSpec[W]) -> W:
        """Put the banner of ``spec`` after the banners already there; returns its widget."""
        ...


class BannerColumn(QVBoxLayout):
    """The column of plugged banners a page puts into its own layout; a key is plugged once."""

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._state = state
        self._banners: dict[str, QWidget] = {}

    def add(self, spec: BannerSpec[W]) -> W:
        if spec.key in self._banners:
            raise ValueError(f"banner {spec.key!r} is already plugged in")
        widget = spec.factory()
        self.addWidget(widget)
        self._banners[spec.key] = widget

        def changed(changes: Changes) -> None:
            if spec.on_changes is not None and spec.listens & changes:
                spec.on_changes(widget, changes)

        self._state.changes_applied.connect(changed)
        return widget

    def banner(self, key: str) -> QWidget:
        """The widget of the plugged banner ``key`` (KeyError if it is not plugged in)."""
        return self._banners[key]


@dataclass(frozen=True)
class PlugPoints:
    """What the main window offers the features that plug into it (built by ``MainWindow.plug_points``)."""

    state: AppState
    router: PageRouter
    window: QMainWindow  # parent of the feature's dialogs; its status bar
    column: QBoxLayout  # the window's central column: banner, warnings, then the pages
    file_menu: QMenu
    quit_action: QAction  # File-menu entries go before it
    today: BannerHost  # the Today page: reminders go onto it through add_banner
    closing: SignalInstance  # emitted once when the window is about to close
    retranslated: SignalInstance  # emitted after the window set its texts in the (new) language
    open_filing: Callable[[int], None]  # show a filing's card
    refresh: Callable[[], None]  # reload every page (after a restore)

    def add_banner(self, spec: BannerSpec[W]) -> W:
        """Put a reminder banner on the Today page (under its title and buttons); returns its widget."""
        return self.today.add_banner(spec)


@dataclass(frozen=True)
class CardTabSpec(Generic[W]):
    """A tab of the filing card. ``on_card`` runs each time a filing's card is loaded (the tab shows it);
    ``visible`` (default: always) decides per filing whether the tab is shown at all (e.g. only e-filings)."""

    key: str
    title: Callable[[], str]
    factory: Callable[[], W]
    on_card: Callable[[W, FilingCard], None] | None = None
    visible: Callable[[FilingCard], bool] | None = None


class CardPlugPoints(Protocol):
    """What the filing card offers the features that plug into it (``CardView`` implements it)."""

    @property
    def state(self) -> AppState: ...

    def add_tab(self, spec: CardTabSpec[W]) -> W:
        """Add a tab after the card's own tabs; returns its widget."""
        ...

    def add_checks_section(self, widget: W, on_card: Callable[[W, FilingCard], None]) -> W:
        """Put ``widget`` under the checks text of the Checks tab; ``on_card`` runs for each loaded card."""
        ...

    def add_deadlines_section(self, widget: W, on_card: Callable[[W, FilingCard], None]) -> W:
        """Put ``widget`` at the top of the Deadlines tab; ``on_card`` runs for each loaded card."""
        ...

    def retitle_tabs(self) -> None:
        """Set the plugged tabs' titles again (after a language change the feature noticed first)."""
        ...
