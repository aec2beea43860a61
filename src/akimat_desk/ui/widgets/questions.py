"""One question before a step the register keeps: its default and Esc answer goes back to the form."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before(
    parent: QWidget,
    name: str,
    icon: QMessageBox.Icon,
    texts: tuple[str, str, str],
    back: str,
    go: tuple[str, QMessageBox.ButtonRole],
) -> bool:
    """Ask ``texts`` (title, question, details) in a message box named ``name``; the default button and Esc
    are ``back`` ("Back to the form"). True only when the clerk chose ``go``."""
    title, text, details = texts
    box = QMessageBox(icon, title, "", parent=parent)
    box.setObjectName(name)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    back_button = box.addButton(back, QMessageBox.ButtonRole.RejectRole)
    box.addButton(*go)
    box.setDefaultButton(back_button)
    box.setEscapeButton(back_button)
    box.exec()
    return box.clickedButton() is not back_button
