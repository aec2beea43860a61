"""Names for screen readers (issue 22 item 6): every control the keyboard reaches gets an accessible name in
the window's language, from what a sighted clerk reads beside it: its label (the buddy), its own text, its
placeholder or tooltip, or for a table its column headers. A control that already has a name keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

AUTO = "akimat_auto_accessible"
"""Dynamic property marking a name given here, so that a language switch renames it."""


def clean_label(text: str) -> str:
    """A label's text as a name: no ``&`` mnemonic marks, no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _own_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text() or widget.toolTip()
    if isinstance(widget, QLineEdit):
        return widget.placeholderText()
    if isinstance(widget, QComboBox):
        return widget.placeholderText() or widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _view_text(widget)
    if isinstance(widget, QTabWidget):
        return ", ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        return ", ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QTextEdit):
        return widget.toPlainText().strip().split("\n")[0][:80]
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    if inner is not None:
        first = inner.findChild(QLabel)
        return first.text() if first is not None else ""
    return ""


def _view_text(view: QAbstractItemView) -> str:
    """A table by its column headers, a list or tree by its first entries."""
    model = view.model()
    if isinstance(view, QTableView):
        heads = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(view.horizontalHeader().count())
        ]
        if any(heads):
            return ", ".join(h for h in heads if h)
    rows = [str(model.index(r, 0).data() or "") for r in range(min(model.rowCount(), 6))]
    return ", ".join(r for r in rows if r)


def _label_of(widget: QWidget, labels: dict[int, str]) -> str:
    """The label a sighted clerk reads for ``widget``; a spin or date box's inner editor takes its box's."""
    box = widget.parentWidget() if widget.objectName() == "qt_spinbox_lineedit" else None
    if box is not None:
        return labels.get(id(box), "") or box.accessibleName() or box.toolTip()
    return labels.get(id(widget), "")


def _tab_of(widget: QWidget) -> str:
    """The title of the tab ``widget`` sits in (an empty text pane still says which tab it is)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            return tabs.tabText(tabs.indexOf(child))
        child, parent = parent, parent.parentWidget()
    return ""


def _caption_near(widget: QWidget) -> str:
    """The first caption in the same container (a heading above an empty table)."""
    parent = widget.parentWidget()
    label = parent.findChild(QLabel) if parent is not None else None
    return label.text() if label is not None else ""


def name_controls(root: QWidget) -> int:
    """Give every keyboard-reachable control under ``root`` without a name one; returns how many were named."""
    labels = {id(label.buddy()): label.text() for label in root.findChildren(QLabel) if label.buddy() is not None}
    named = 0
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.accessibleName() and not widget.property(AUTO):
            continue
        text = clean_label(
            _label_of(widget, labels)
            or _own_text(widget)
            or widget.toolTip()
            or _tab_of(widget)
            or _caption_near(widget)
        )
        if text:
            widget.setAccessibleName(text)
            widget.setProperty(AUTO, True)
            named += 1
    return named


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Keyboard-reachable controls under ``root`` that a screen reader could not name (for tests)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(root)
        and not w.accessibleName()
        and not isinstance(w, QLabel)
    ]


def install_accessible_names(window: QWidget, retranslated: SignalInstance) -> None:
    """Name ``window``'s controls now and again after each language switch (once the pages set their texts)."""

    def rename() -> None:
        QTimer.singleShot(0, window, lambda: name_controls(window))

    retranslated.connect(rename)
    rename()
