"""A banner with an icon drawn by the style (never an emoji: a font without the glyph shows a box) beside a
word-wrapped text, in one of the banner styles of ``banners``."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

ICON_SIZE = 20
WARNING_FRAME = "QFrame#icon_banner { background: #fff3e0; border: 2px solid #ef6c00; }"
WARNING_TEXT = "QLabel { color: #8d4e00; font-weight: bold; background: transparent; border: none; }"


def style_icon(widget: QWidget, pixmap: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxWarning) -> QIcon:
    """A standard icon of the widget's style (drawn by Qt, present on every platform)."""
    return widget.style().standardIcon(pixmap, None, widget)


def icon_pixmap(widget: QWidget, size: int = ICON_SIZE) -> QPixmap:
    """The warning icon as a pixmap of ``size`` pixels (also for rich text: ``QTextDocument.addResource``)."""
    return style_icon(widget).pixmap(size, size)


class IconBanner(QFrame):
    """Icon on the left, text on the right; hidden until given a text and shown."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("icon_banner")
        self.setStyleSheet(WARNING_FRAME)
        self.icon = QLabel(self)
        self.icon.setObjectName(f"{name}_icon" if name else "icon_banner_icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setPixmap(icon_pixmap(self))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setStyleSheet(WARNING_TEXT)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def setText(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(text)


def icon_data_uri(widget: QWidget, size: int = 14) -> str:
    """The warning icon as a ``data:`` PNG for rich text (QTextDocument loads it without a resource table)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    icon_pixmap(widget, size).save(buffer, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")
