"""The district side of issue 20 in the window: the "Report upward" dialog of the statistics page (choose the
months, see exactly what will be sent, save it or send it by e-mail) and the Today reminder of the monthly
report, shown from the 1st of a month until the previous month's package is saved or sent."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.errors import DomainError
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.kernel.messages import message
from akimat_desk.services.reports.report_upward import (
    ReportDue,
    UpwardReport,
    prepare_report,
    previous_month,
    record_sent,
    report_due,
)
from akimat_desk.services.reports.statistics_package import month_end
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.router import BannerSpec, PageSpec, PlugPoints
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.date_fields import period_fields, typed_period

COLUMNS = ("month", "form", "kind", "channel", "outcome", "ground", "specialized", "count")


class ReportUpwardDialog(QDialog):
    """Months from / to, a preview of the package's rows, Save… and Send by e-mail…"""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.report: UpwardReport | None = None
        self.saved: Path | None = None
        today = state.ctx.clock().astimezone(state.ctx.settings.tz).date()
        first, last = previous_month(today)
        self.first, self.last = period_fields(self, first, last, lambda: today)
        for edit in (self.first, self.last):
            edit.value_changed.connect(self._period_typed)
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.summary, self.message = QLabel(self), QLabel(self)
        self.summary.setWordWrap(True)
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button, self.mail_button, self.close_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.save_button.clicked.connect(self.save_dialog)
        self.mail_button.clicked.connect(self.send_by_mail)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_dialog)
        top = QHBoxLayout()
        for w in (self.first_label, self.first, self.last_label, self.last):
            top.addWidget(w)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.save_button, self.mail_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self.retranslate_ui()
        self.preview()

    def period(self) -> tuple[date, date] | str:
        """The whole months of the typed period, or why it cannot be taken (naming the field)."""
        period = typed_period(self.first, self.last)
        return period if isinstance(period, str) else (period[0].replace(day=1), month_end(period[1]))

    def _period_typed(self) -> None:
        """A new package once both dates are whole again; while one is being typed nothing can be saved."""
        if all(edit.is_acceptable() for edit in (self.first, self.last)):
            self.preview()
            return
        self.report = None
        self.save_button.setEnabled(False)
        self.mail_button.setEnabled(False)

    def preview(self) -> None:
        """Build the package in memory (nothing is written) and show its rows."""
        self.report = None
        self.save_button.setEnabled(False)
        self.mail_button.setEnabled(False)
        period = self.period()
        if isinstance(period, str):
            self.table.setRowCount(0)
            self.summary.clear()
            self._say(period, error=True)
            return
        try:
            self.report = prepare_report(self.state.ctx, *period, lang=self.state.language)
        except DomainError as exc:  # the service's refusal (no KATO code, a future month...) is shown as is
            self.table.setRowCount(0)
            self.summary.clear()
            self._say(error_text(exc, self.state.language), error=True)
            return
        self._show(self.report)

    def _cell(self, key: str, value: object) -> str:
        """A cube value as the clerk reads it (the package itself carries the codes)."""
        lang = self.state.language
        if key in ("form", "kind", "channel"):
            return message(f"{key}.{value}", lang)
        if key == "outcome":
            return message(f"stats.outcome.{value}", lang)
        if key == "specialized":
            return "✓" if value else ""
        return str(value).replace("+", ", ")

    def _show(self, report: UpwardReport) -> None:
        self.table.setRowCount(len(report.rows))
        for i, row in enumerate(report.rows):
            values = row.as_dict()
            for j, key in enumerate(COLUMNS):
                self.table.setItem(i, j, QTableWidgetItem(self._cell(key, values[key])))
        self.table.resizeColumnsToContents()
        m = report.manifest
        self.summary.setText(
            self.tr(
                "Office %1, %2 – %3: %4 rows, %5 filings. Only these counts are sent: no "
                "name, IIN, address, phone, purpose or place text. Signed: %6."
            )
            .replace("%1", m["office"]["kato"])
            .replace("%2", m["period"]["from"])
            .replace("%3", m["period"]["to"])
            .replace("%4", str(m["rows"]))
            .replace("%5", str(m["total"]))
            .replace("%6", message(f"consolidation.signed.{m['signature']['method']}", self.state.language))
        )
        self.message.clear()
        self.save_button.setEnabled(True)
        self.mail_button.setEnabled(True)

    def save_dialog(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the statistics package"),
            self.report.file_name,
            self.tr("Statistics packages (*.akstat)"),
        )
        if path:
            self.save(Path(path), "saved")

    def save(self, path: Path, how: str) -> bool:
        assert self.report is not None
        try:
            path.write_bytes(self.report.data)
            record_sent(self.state.ctx, self.report, how)
        except OSError as exc:  # a full disk or a read-only folder: said, nothing recorded as sent
            self._say(error_text(exc, self.state.language), error=True)
            return False
        self.saved = path
        self.state.changes_applied.emit(Changes.SETTINGS)
        self._say(self.tr("Saved: %1").replace("%1", str(path)))
        return True

    def send_by_mail(self) -> None:
        """Save the package, then open the mail program with the subject and the file to attach named."""
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the package to attach"),
            self.report.file_name,
            self.tr("Statistics packages (*.akstat)"),
        )
        if not path or not self.save(Path(path), "e-mail"):
            return
        m = self.report.manifest
        subject = (
            self.tr("Statistics of peaceful assemblies %1 – %2, KATO %3")
            .replace("%1", m["period"]["from"])
            .replace("%2", m["period"]["to"])
            .replace("%3", m["office"]["kato"])
        )
        body = (
            self.tr("Please find attached the statistics package %1 (SHA-256 of the counts %2).")
            .replace("%1", Path(path).name)
            .replace("%2", m["cube_sha256"])
        )
        QDesktopServices.openUrl(QUrl(f"mailto:?subject={quote(subject)}&body={quote(body)}"))
        self._say(self.tr("Attach %1 to the message the mail program opened.").replace("%1", str(path)))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "color: #2e7d32")
        self.message.setText(text)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Report upward"))
        self.first_label.setText(self.tr("Months &from:"))
        self.last_label.setText(self.tr("&to:"))
        self.first.retranslate_ui()
        self.last.retranslate_ui()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Form"),
                self.tr("Kind"),
                self.tr("Channel"),
                self.tr("Outcome"),
                self.tr("Refusal grounds"),
                self.tr("Specialized place"),
                self.tr("Count"),
            ]
        )
        self.save_button.setText(self.tr("&Save…"))
        self.mail_button.setText(self.tr("Send by &e-mail…"))
        self.close_button.setText(self.tr("Close"))


class ReportDueBanner(QWidget):
    """The Today reminder: "Monthly statistics report for MM.YYYY due by …" with a Report upward… button."""

    def __init__(self, state: AppState, open_dialog: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.due: ReportDue | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(open_dialog)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setObjectName("report_due")
        self.setStyleSheet("#report_due { background: #fff8e1; border: 1px solid #f9a825; }")
        state.language_changed.connect(lambda _l: self.retranslate_ui())
        self.hide()

    def reload(self) -> None:
        ctx = self.state.ctx
        if not ctx.user.may(Permission.EXPORT) or not ctx.settings.kato:
            self.hide()
            return
        today = ctx.clock().astimezone(ctx.settings.tz).date()
        self.due = report_due(ctx, today)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Report upward…"))
        due, lang = self.due, self.state.language
        self.setVisible(due is not None)
        if due is not None:
            key = "consolidation.overdue" if due.overdue else "consolidation.due"
            self.text.setText("◆ " + message(key, lang, month=f"{due.month:%m.%Y}", due=f"{due.due:%d.%m.%Y}"))


class ReportUpwardParts:
    """What issue 20 adds to the window: the Today reminder and the Consolidation page with its entry in the
    navigation list (after the pages already there)."""

    def __init__(self, window: PlugPoints) -> None:
        from akimat_desk.ui.reports.consolidation_page import ConsolidationView

        self.window = window
        state = window.state
        self.banner = window.add_banner(
            BannerSpec(
                key="report_due",
                factory=lambda: ReportDueBanner(state, self.open_dialog),
                listens=Changes.SETTINGS,  # the office's KATO code or the user changed
                on_changes=lambda banner, _changes: banner.reload(),
            )
        )
        self.consolidation = window.router.add(
            PageSpec(
                key="consolidation",
                title=lambda: QCoreApplication.translate("ReportUpwardParts", "Consolidation (region)"),
                factory=lambda: ConsolidationView(state),
            )
        )
        self.banner.reload()

    def open_dialog(self) -> None:
        ReportUpwardDialog(self.window.state, self.window.window).exec()


def install_report_upward(window: PlugPoints) -> ReportUpwardParts:
    return ReportUpwardParts(window)
