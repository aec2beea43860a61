"""The Today page: what is overdue or due today, proposals awaiting an answer, moved deadlines, the week's
events. One glance in the morning; Enter or double-click opens the filing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.filings.register_view import Bucket, Dashboard, today_dashboard
from akimat_desk.services.kernel.context import Changes
from akimat_desk.ui.filings.dashboard_model import BUCKET_SYMBOL, DashboardModel, DashColumn, bucket_title
from akimat_desk.ui.filings.register_model import ID_ROLE
from akimat_desk.ui.router import BannerColumn, BannerSpec, W
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.banners import NOTICE, banner
from akimat_desk.ui.widgets.flow_layout import FlowLayout
from akimat_desk.ui.widgets.retranslated import Retranslated


class TodayView(Retranslated, QWidget):
    open_filing = Signal(int)
    counts_changed = Signal(dict)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = DashboardModel(state.ctx.settings.tz, lambda: self.state.ctx.clock(), self)
        self.model.language = state.language
        self.title = QLabel(self)
        self.title.setObjectName("today_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.silence = banner(self, NOTICE)
        self.silence.show()
        self.buttons: dict[str, QPushButton] = {}
        # the buttons wrap to further rows: each keeps its whole (long Kazakh) title on a 1280 px screen
        self.bucket_bar = bar = FlowLayout()
        for name in Bucket.ALL:
            button = QPushButton(self)
            button.clicked.connect(lambda _c=False, n=name: self._jump(n))
            self.buttons[name] = button
            bar.addWidget(button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in (
            (DashColumn.BUCKET, 290),
            (DashColumn.NUMBER, 110),
            (DashColumn.FORM, 110),
            (DashColumn.ORGANIZER, 170),
            (DashColumn.EVENT, 150),
            (DashColumn.DEADLINE, 150),
        ):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda index: self.open_filing.emit(self.model.data(index, ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        self.banners = BannerColumn(state)  # reminders the features plug in (PlugPoints.add_banner)
        layout.addLayout(self.banners)
        layout.addWidget(self.silence)
        layout.addWidget(self.table)
        self._dashboard: Dashboard | None = None
        state.changes_applied.connect(self._on_changes)
        self.retranslate_ui()

    def add_banner(self, spec: BannerSpec[W]) -> W:
        """Put a feature's reminder under the title and buttons, after the banners already there."""
        return self.banners.add(spec)

    def reload(self) -> None:
        ctx = self.state.ctx
        self.state.runner.run(lambda: today_dashboard(ctx), self._loaded, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from akimat_desk.ui.errors import show_error

        show_error(self, exc, self.state.language)

    def _loaded(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        self.model.set_dashboard(dashboard)
        self.retranslate_ui()
        self.counts_changed.emit(self.model.counts())

    def refresh_countdowns(self) -> None:
        self.model.refresh_countdowns()
        self._update_silence()

    def _jump(self, bucket: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, DashColumn.BUCKET).data().endswith(bucket_title(bucket)):
                self.table.selectRow(row)
                self.table.setFocus()
                return

    def _on_changes(self, changes: Changes) -> None:
        if changes & (Changes.REGISTER | Changes.FILING | Changes.CALENDAR | Changes.SETTINGS):
            self.reload()

    def _update_silence(self) -> None:
        rows = self.model.silence_today()
        self.silence.setVisible(bool(rows))
        if rows:
            closes = self.state.ctx.settings.office_closes
            numbers = ", ".join(r.incoming_number for r in rows[:8]) + (" …" if len(rows) > 8 else "")
            text = self.tr(
                "%n notification(s) reach the review deadline today. Without an answer by %1 the organizer holds the assembly as notified (art. 11 p.1 part 2): %2",  # noqa: E501
                "",
                len(rows),
            )
            self.silence.setText("◆ " + text.replace("%1", closes).replace("%2", numbers))

    def set_language(self, language: str) -> None:
        self.model.language = language
        self.model.refresh_texts()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        day = self._dashboard.today.strftime("%d.%m.%Y") if self._dashboard else ""
        self.title.setText(self.tr("Today, %1").replace("%1", day))
        counts = self.model.counts()
        for name, button in self.buttons.items():
            button.setText(f"{BUCKET_SYMBOL[name]} {bucket_title(name)} ({counts[name]})")
            button.setAccessibleName(button.text())
            button.setToolTip(button.text())
        # the registered-mail list keeps the bar narrow: its symbol and count, the title as the tooltip
        mail = self.buttons[Bucket.REGISTERED_MAIL]
        mail.setText(f"{BUCKET_SYMBOL[Bucket.REGISTERED_MAIL]} ({counts[Bucket.REGISTERED_MAIL]})")
        # the escalation list shows only when it holds filings (and only to those who see it)
        self.buttons[Bucket.NEEDS_DECISION].setVisible(counts[Bucket.NEEDS_DECISION] > 0)
        # the copy by registered mail the law requires after an e-mail or SMS answer (art. 11 p.2)
        self.buttons[Bucket.REGISTERED_MAIL].setVisible(counts[Bucket.REGISTERED_MAIL] > 0)
        self.buttons[Bucket.REGISTERED_MAIL].setToolTip(
            self.tr(
                "Sent by e-mail or SMS: the copy by registered mail with acknowledgment of delivery is still to be sent"
            )
        )
        self._update_silence()
