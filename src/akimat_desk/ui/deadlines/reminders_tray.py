"""Reminders in the window (issue 22 item 2): a tray icon that stays when the window is closed (the office's
``stay_in_tray`` setting), a notification per reminder that opens its filing when clicked, and, where the
system has no tray, the same words in the status bar and a dialog at start.

The service (``services.deadlines.reminders.reminders_now``) decides what is due and remembers what was shown;
this module only polls it every minute on the background runner and shows the result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from akimat_desk.services.deadlines.reminders import ReminderNote, load_reminder_settings, reminders_now
from akimat_desk.ui.router import PlugPoints
from akimat_desk.ui.widgets.elided_label import ElidedLabel

MINUTE_MS = 60_000
MESSAGE_MS = 20_000
START_DIALOG_LINES = 6
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "countdown-due_today.png"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


class ReminderCenter(QObject):
    """Polls for reminders and shows them; ``shown`` keeps every note shown in this session (newest last)."""

    reminded = Signal(list)  # the notes just shown

    def __init__(self, points: PlugPoints, tray_available: bool | None = None) -> None:
        super().__init__(points.window)
        self.main: Any = points.window
        self.state = points.state
        self._open_filing = points.open_filing
        self.shown: list[ReminderNote] = []
        self.start_dialog: QMessageBox | None = None
        # without a tray the reminders stand in the status bar, left of its parts, taking the room they leave
        self.status_label = ElidedLabel(self.main, widest=100_000)
        self.status_label.setObjectName("status_reminders")
        self.main.statusBar().addWidget(self.status_label, 1)
        self._last: ReminderNote | None = None
        self._started = False
        self._quitting = False
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.tray: QSystemTrayIcon | None = self._make_tray() if available else None
        self.timer = QTimer(self, interval=MINUTE_MS)
        self.timer.timeout.connect(self.poll)
        points.quit_action.triggered.disconnect()
        points.quit_action.triggered.connect(self.quit)
        points.window.installEventFilter(self)

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(QIcon(str(ICON)), self)
        menu = QMenu(self.main)
        self.open_action, self.quit_tray_action = QAction(menu), QAction(menu)
        self.open_action.triggered.connect(self.show_window)
        self.quit_tray_action.triggered.connect(self.quit)
        menu.addActions([self.open_action, self.quit_tray_action])
        tray.setContextMenu(menu)
        tray.messageClicked.connect(self._message_clicked)
        tray.activated.connect(self._activated)
        self._retranslate_tray(tray)
        tray.show()
        return tray

    # ------------------------------------------------------------ polling
    def start(self) -> None:
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        ctx = self.state.ctx
        self.state.runner.run(lambda: reminders_now(ctx), self._show, lambda _e: None)

    def _show(self, notes: list[ReminderNote]) -> None:
        first_poll, self._started = not self._started, True
        if not notes:
            return
        self.shown.extend(notes)
        closes = self.state.ctx.settings.office_closes
        texts = [n.text(self.state.language, closes) for n in notes]
        if self.tray is not None:
            for note, text in zip(notes, texts, strict=True):
                self._last = note
                self.tray.showMessage(
                    _tr("Akimat register: reminder"), text, QSystemTrayIcon.MessageIcon.Warning, MESSAGE_MS
                )
        else:
            self.status_label.setText("▲ " + " | ".join(texts))  # ends in "…" where cut, whole in its tooltip
            if first_poll:
                self._start_dialog(texts)
        self.reminded.emit(notes)

    def _start_dialog(self, texts: list[str]) -> None:
        shown = texts[:START_DIALOG_LINES]
        if len(texts) > len(shown):
            shown.append(_tr("… and %1 more: see Today.").replace("%1", str(len(texts) - len(shown))))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Akimat register: reminder"),
            "\n\n".join(shown),
            QMessageBox.StandardButton.Ok,
            self.main,
        )
        box.setAccessibleName(_tr("Akimat register: reminder"))
        box.setModal(False)
        box.show()
        self.start_dialog = box

    def _message_clicked(self) -> None:
        if self._last is not None:
            self.show_window()
            self._open_filing(self._last.filing_id)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window()

    # ------------------------------------------------------------ window and quitting
    def show_window(self) -> None:
        self.main.showNormal()
        self.main.raise_()
        self.main.activateWindow()

    def quit(self) -> None:
        self._quitting = True
        hidden = self.main.isHidden()
        self.main.close()
        if hidden:  # closed from the tray: no window is left whose closing would end the application
            QApplication.quit()

    def stays_in_tray(self) -> bool:
        if self.tray is None or self._quitting:
            return False
        return bool(load_reminder_settings(self.state.ctx.uow).stay_in_tray)

    def _hide_window(self) -> None:
        self.main.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main:
            if event.type() == QEvent.Type.Close and self.stays_in_tray():
                event.ignore()
                self._hide_window()
                if self.tray is not None:
                    self.tray.showMessage(
                        _tr("Akimat register: reminder"),
                        _tr("The register keeps reminding from the tray. Quit from its menu."),
                        QSystemTrayIcon.MessageIcon.Information,
                        MESSAGE_MS,
                    )
                return True
            if event.type() == QEvent.Type.Close:
                self.timer.stop()
                if self.tray is not None:
                    self.tray.hide()
            elif event.type() == QEvent.Type.LanguageChange and self.tray is not None:
                self._retranslate_tray(self.tray)
        return False

    def _retranslate_tray(self, tray: QSystemTrayIcon) -> None:
        tray.setToolTip(_tr("Akimat register: reminders before every legal deadline"))
        self.open_action.setText(_tr("&Open the register"))
        self.quit_tray_action.setText(_tr("&Quit"))


def install_reminders(points: PlugPoints, tray_available: bool | None = None) -> ReminderCenter:
    """Reminders for the window of ``points``: call ``start()`` once the window has started."""
    return ReminderCenter(points, tray_available)
