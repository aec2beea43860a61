"""Every dialog and window fits the screen it opens on: a dialog asking for 860x980 on a 1280x720 laptop opens
720 px high with its buttons on screen (its content scrolls or shrinks), and inside the screen's available area.

``install_screen_fit(app)`` puts one event filter on the application (the window does it at start), so this holds
for every dialog, the message boxes and file dialogs included, without each dialog remembering to."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from akimat_desk.ui.window_geometry import available_rect, clamp_rect

FRAME_RESERVE = (16, 40)  # the window manager's borders and title bar, before the dialog is mapped and they are known


def fit_to_screen(widget: QWidget) -> None:
    """Clamp ``widget``'s size and place to its screen's available geometry (room left for its frame)."""
    available = available_rect(widget)
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra_w = frame.width() - inner.width() or FRAME_RESERVE[0]
    extra_h = frame.height() - inner.height() or FRAME_RESERVE[1]
    room = QRect(available.x(), available.y(), available.width() - extra_w, available.height() - extra_h)
    if inner.width() <= room.width() and inner.height() <= room.height() and available.contains(frame):
        return
    target = clamp_rect(QRect(inner.topLeft(), inner.size()), room)
    widget.setGeometry(target.translated(extra_w // 2, extra_h - extra_w // 2))


class ScreenFit(QObject):
    """On each dialog's and main window's show: ``fit_to_screen`` (a maximized window is the screen's already)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog | QMainWindow)
            and watched.isWindow()
            and not watched.isMaximized()
            and not watched.isFullScreen()
        ):
            fit_to_screen(watched)
        return False


def install_screen_fit(app: QApplication | None = None) -> ScreenFit | None:
    """Install the filter on the application once (later calls return the same filter)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return None
    existing = app.findChild(ScreenFit)
    if isinstance(existing, ScreenFit):
        return existing
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
