"""A widget that writes its texts again when the window's language changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Widget = QWidget
else:
    _Widget = object


class Retranslated(_Widget):
    """Mixin, first among a QWidget subclass's bases: on every LanguageChange event it calls the widget's
    ``retranslate_ui()``, then lets Qt handle the event as usual."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
