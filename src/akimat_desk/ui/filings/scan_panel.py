"""The scan beside the registration form: the page as the machine read it (turned upright, straightened), the
words a field came from highlighted when the field has focus, pages to leaf through, and a busy indicator while
the scan is read (reading runs off the GUI thread)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.filings.scan_intake import ScanFiling, page_png
from akimat_desk.services.filings.scan_pages import Word


class ScanPanel(QWidget):
    """Shows one filing of a scan; ``highlight(words)`` draws boxes round the words and turns to their page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filing: ScanFiling | None = None
        self._images: list[QImage] = []
        self._page = 0
        self._words: tuple[Word, ...] = ()
        self.status = QLabel(self)
        self.status.setObjectName("scan_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.view = QLabel(self)
        self.view.setObjectName("scan_view")
        self.view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.view)
        self.previous_page, self.next_page = QPushButton(self), QPushButton(self)
        self.previous_page.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self._page + 1))
        self.page_label = QLabel(self)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(pages)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.previous_page.setText(self.tr("◀ Previous page"))
        self.next_page.setText(self.tr("Next page ▶"))
        self._update_buttons()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        if text:
            self.status.setText(text)

    def show_filing(self, filing: ScanFiling) -> None:
        self.filing = filing
        self._images = [QImage.fromData(page_png(p)) for p in filing.pages]
        self._words = ()
        self.show_page(0)

    def highlight(self, words: Sequence[Word]) -> None:
        """Box ``words`` on the page they stand on (the first such page of this filing)."""
        self._words = tuple(words)
        if self.filing is None or not words:
            self._render()
            return
        indexes = [p.index for p in self.filing.pages]
        if words[0].page in indexes:
            self._page = indexes.index(words[0].page)
        self._render()
        self._scroll_to(words)

    def show_page(self, number: int) -> None:
        if not self._images:
            return
        self._page = max(0, min(number, len(self._images) - 1))
        self._render()

    def _scale(self) -> float:
        image = self._images[self._page]
        width = max(self.scroller.viewport().width() - 8, 200)
        return float(min(width / image.width(), 1.0))

    def _render(self) -> None:
        if not self._images or self.filing is None:
            self.view.clear()
            self._update_buttons()
            return
        image = self._images[self._page].convertToFormat(QImage.Format.Format_RGB32)
        page_index = self.filing.pages[self._page].index
        painter = QPainter(image)
        painter.setPen(QPen(QColor("#e65100"), 4))
        painter.setBrush(QColor(255, 213, 79, 90))
        for word in self._words:
            if word.page == page_index:
                left, top, right, bottom = word.box
                painter.drawRect(QRect(left - 3, top - 3, right - left + 6, bottom - top + 6))
        painter.end()
        scale = self._scale()
        pixmap = QPixmap.fromImage(image).scaledToWidth(
            round(image.width() * scale), Qt.TransformationMode.SmoothTransformation
        )
        self.view.setPixmap(pixmap)
        self._update_buttons()

    def _scroll_to(self, words: Sequence[Word]) -> None:
        top = min(w.box[1] for w in words) * self._scale()
        self.scroller.verticalScrollBar().setValue(max(int(top) - 80, 0))

    def _update_buttons(self) -> None:
        count = len(self._images)
        self.previous_page.setEnabled(self._page > 0)
        self.next_page.setEnabled(self._page < count - 1)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self._page + 1)).replace("%2", str(count)) if count else ""
        )

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._render()
