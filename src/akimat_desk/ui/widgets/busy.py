"""The window's busy indicator: whenever the background workers (``AppState.runner`` and ``maintenance``) have
been busy for more than half a second, the status bar shows a moving bar and what is being done ("Checking the
history chains…"), until the work is over. Every long task of the window runs on those workers (backups,
exports, imports, letters, statistics, the history check, OCR, consolidation, signing), so each gets it without
code of its own; a task says what it does with ``runner.run(..., what=...)``.

``progress_dialog`` is the dialog form for work the clerk waits for in a dialog (modal, shown after 0.5 s, with
Cancel only where the work can stop safely)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QProgressDialog, QWidget

from akimat_desk.ui.tasks import Runner

SHOW_AFTER_MS = 500
translate = QCoreApplication.translate


def task_text(key: str) -> str:
    """The clerk's words for the long task ``key``, in the interface language (for ``runner.run(what=...)``)."""
    texts = {  # what a long task does, as the busy indicator says it
        "backup": translate("BusyIndicator", "copying and verifying the register"),
        "restore": translate("BusyIndicator", "restoring the register from a backup"),
        "history": translate("BusyIndicator", "checking the history chains"),
        "statistics": translate("BusyIndicator", "computing the statistics"),
        "export": translate("BusyIndicator", "exporting"),
        "import": translate("BusyIndicator", "importing the journal"),
        "letter": translate("BusyIndicator", "preparing the letter"),
        "ocr": translate("BusyIndicator", "reading the scan"),
        "consolidation": translate("BusyIndicator", "consolidating the reports"),
        "signing": translate("BusyIndicator", "signing"),
        "verification": translate("BusyIndicator", "verifying the signature"),
    }
    return texts[key]


def working_text(what: str) -> str:
    if what:
        return QCoreApplication.translate("BusyIndicator", "Working: %1…").replace("%1", what)
    return QCoreApplication.translate("BusyIndicator", "Working…")


class BusyIndicator(QWidget):
    """A moving bar and a text, shown while any watched runner has been busy longer than ``SHOW_AFTER_MS``."""

    def __init__(self, runners: tuple[Runner, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy_indicator")
        self._runners = tuple(dict.fromkeys(runners))  # the runner and maintenance may be one object
        self._busy: set[int] = set()
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: it moves without a percentage
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.text = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        self._delay = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._delay.timeout.connect(self._appear)
        self._refresh = QTimer(self, interval=SHOW_AFTER_MS)
        self._refresh.timeout.connect(self._say)
        for runner in self._runners:
            runner.busy_changed.connect(functools.partial(self._changed, id(runner)))
        self.hide()

    def _changed(self, key: int, busy: bool) -> None:
        if busy:
            self._busy.add(key)
        else:
            self._busy.discard(key)
        if self._busy and not self._delay.isActive() and not self.isVisible():
            self._delay.start()
        elif not self._busy:
            self._delay.stop()
            self._refresh.stop()
            self.hide()

    def _appear(self) -> None:
        if self._busy:
            self._say()
            self.show()
            self._refresh.start()

    def _say(self) -> None:
        what = next((label for runner in self._runners if (label := runner.current_task())), "")
        self.text.setText(working_text(what))
        self.setAccessibleName(self.text.text())


def progress_dialog(
    parent: QWidget | None, text: str, cancel: Callable[[], None] | None = None, title: str = ""
) -> QProgressDialog:
    """A modal busy dialog that appears only if the work lasts longer than half a second; with a Cancel
    button calling ``cancel`` when given (only for work that can stop without leaving half a change). Hide it when
    the work is done: Qt counts ``close()`` as Cancel."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    if cancel is None:
        dialog.setCancelButton(None)
    else:
        dialog.setCancelButtonText(QCoreApplication.translate("BusyIndicator", "Cancel"))
        dialog.canceled.connect(cancel)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if title:
        dialog.setWindowTitle(title)
    dialog.setValue(0)  # starts Qt's timer: the dialog shows itself after the minimum duration
    return dialog
