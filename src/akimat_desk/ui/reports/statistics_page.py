"""Statistics: counts of filings for a period grouped by district, place, form, outcome, refusal ground and
month, as a bar chart and a line chart by month with the table under them, exported to XLSX and PDF; and the
registration journal of the period (PDF / XLSX / CSV, personal data masked unless "unmask" is ticked).

All work runs on the state's runner with a busy bar; "Cancel" drops a computation still running (the result is
discarded when it arrives; nothing is written by a computation)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.security.roles import Permission
from akimat_desk.services.reports.journal import build_journal, write_journal
from akimat_desk.services.reports.statistics import StatsTable, compute_statistics, label, write_statistics
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.places import StatsModel
from akimat_desk.ui.reports.charts import BarChart, LineChart
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text
from akimat_desk.ui.widgets.date_fields import period_fields, typed_period
from akimat_desk.ui.widgets.layouts import button_row
from akimat_desk.ui.widgets.retranslated import Retranslated

GROUP_KEYS = ("district", "place", "form", "outcome", "ground", "month")


class StatisticsView(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.table: StatsTable | None = None
        self.by_month: StatsTable | None = None
        self._generation = 0
        self.model = StatsModel(self)
        self._build()
        self.retranslate_ui()
        state.language_changed.connect(lambda _l: self._show())

    def _build(self) -> None:
        today = self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()
        self.first, self.last = period_fields(self, today.replace(month=1, day=1), today, self._today)
        for edit in (self.first, self.last):
            edit.returnPressed.connect(self.compute)
        self.first_label, self.last_label = QLabel(self), QLabel(self)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.keys_box = QGroupBox(self)
        keys_layout = QHBoxLayout(self.keys_box)
        self.key_checks: dict[str, QCheckBox] = {}
        for key in GROUP_KEYS:
            box = QCheckBox(self.keys_box)
            box.setChecked(key in ("district", "form"))
            keys_layout.addWidget(box)
            self.key_checks[key] = box
        self.compute_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.xlsx_button, self.pdf_button = QPushButton(self), QPushButton(self)
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_dialog("pdf"))
        self.upward_button = QPushButton(self)  # issue 20: the office's statistics as a package upward
        self.upward_button.clicked.connect(self.report_upward)
        # two rows, so that the Kazakh labels fit a 1280 px screen: the period and its computing, then the exports
        top = button_row(
            self.first_label,
            self.first,
            self.last_label,
            self.last,
            self.compute_button,
            self.cancel_button,
            self.progress,
        )
        exports_row = button_row(self.xlsx_button, self.pdf_button, self.upward_button)
        self.bar_chart, self.line_chart = BarChart(self), LineChart(self)
        charts = QSplitter(self)
        charts.addWidget(self.bar_chart)
        charts.addWidget(self.line_chart)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.total_label, self.message = QLabel(self), QLabel(self)
        self.message.setWordWrap(True)
        # the journal
        self.journal_box = QGroupBox(self)
        self.unmask = QCheckBox(self.journal_box)
        self.journal_pdf, self.journal_xlsx, self.journal_csv = (QPushButton(self.journal_box) for _ in range(3))
        self.journal_pdf.clicked.connect(lambda: self.journal_dialog("pdf"))
        self.journal_xlsx.clicked.connect(lambda: self.journal_dialog("xlsx"))
        self.journal_csv.clicked.connect(lambda: self.journal_dialog("csv"))
        jl = QHBoxLayout(self.journal_box)
        for button in (self.journal_pdf, self.journal_xlsx, self.journal_csv, self.unmask):
            jl.addWidget(button)
        jl.addStretch(1)
        splitter = QSplitter(self)
        splitter.setObjectName("statistics")
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(exports_row)
        layout.addWidget(self.keys_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.message)
        layout.addWidget(self.journal_box)
        exports = self.state.ctx.user.may(Permission.EXPORT)
        self.journal_box.setVisible(exports)
        self.upward_button.setVisible(exports)

    def report_upward(self) -> None:
        """Open "Report upward": choose the months, see what will be sent, save or send it by e-mail."""
        from akimat_desk.ui.reports.report_upward_ui import ReportUpwardDialog

        ReportUpwardDialog(self.state, self).exec()

    # ------------------------------------------------------------ work
    def keys(self) -> tuple[str, ...]:
        return tuple(k for k in GROUP_KEYS if self.key_checks[k].isChecked())

    def _today(self) -> date:
        return self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()

    def period(self) -> tuple[date, date] | None:
        """The typed period; None (and the reason shown, naming the field) while a date is empty or incomplete."""
        period = typed_period(self.first, self.last)
        if isinstance(period, str):
            self.message.setStyleSheet("color: #c62828")
            self.message.setText(period)
            return None
        return period

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        self.cancel_button.setEnabled(busy)
        self.compute_button.setEnabled(not busy)

    def compute(self) -> None:
        period = self.period()
        if period is None:
            return
        ctx, keys, (first, last) = self.state.ctx, self.keys(), period
        self._generation += 1
        generation = self._generation
        self._busy(True)
        self.message.clear()

        def work() -> tuple[StatsTable, StatsTable]:
            return compute_statistics(ctx, first, last, keys), compute_statistics(ctx, first, last, ("month",))

        self.state.runner.run(
            work,
            lambda r: self._computed(generation, r),
            lambda e: self._failed(generation, e),
            what=task_text("statistics"),
        )

    def cancel(self) -> None:
        self._generation += 1
        self._busy(False)
        self.message.setText(self.tr("Cancelled."))

    def _computed(self, generation: int, result: tuple[StatsTable, StatsTable]) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.table, self.by_month = result
        self._show()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.message.setStyleSheet("color: #c62828")
        self.message.setText(error_text(exc, self.state.language))

    def _show(self) -> None:
        table, lang = self.table, self.state.language
        self.model.language = lang
        if table is None:
            self.model.set_table((), [], lambda _k, v: v)
            return
        self.model.set_table(table.by, table.rows, lambda k, v: label(table, k, v, lang))
        self.view.resizeColumnsToContents()
        first_key = table.by[0] if table.by else None
        bars: dict[str, int] = {}
        if first_key is not None:
            for r in table.rows:
                name = label(table, first_key, r[first_key], lang)
                bars[name] = bars.get(name, 0) + int(r["count"])
        by = self.tr("Filings by %1").replace("%1", self._key_name(first_key)) if first_key else self.tr("Filings")
        self.bar_chart.set_data(by, sorted(bars.items(), key=lambda kv: -kv[1]))
        counts = {r["month"]: int(r["count"]) for r in (self.by_month.rows if self.by_month else ())}
        self.line_chart.set_data(
            self.tr("Filings by month of registration"),
            [(m, counts.get(m, 0)) for m in _months(table.first, table.last)],
        )
        first, last = table.first, table.last
        self.total_label.setText(
            self.tr("Total: %1 filings registered from %2 to %3")
            .replace("%1", str(table.total))
            .replace("%2", f"{first:%d.%m.%Y}")
            .replace("%3", f"{last:%d.%m.%Y}")
        )

    def _key_name(self, key: str) -> str:
        from akimat_desk.services.kernel.messages import message

        return message(f"stats.key.{key}", self.state.language)

    def export_dialog(self, kind: str) -> None:
        if self.table is None:
            self.message.setText(self.tr("Compute the statistics first."))
            return
        pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF document (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), f"statistics.{kind}", pattern)
        if path:
            self.export(Path(path), kind)

    def export(self, path: Path, kind: str) -> None:
        table, lang = self.table, self.state.language
        assert table is not None
        self._busy(True)

        def work() -> Path:
            write_statistics(table, lang, **{kind: path})
            return path

        self.state.runner.run(work, self._saved, lambda e: self._failed(self._generation, e), what=task_text("export"))

    def journal_dialog(self, kind: str) -> None:
        if self.period() is None:
            return  # said under the table, before a file is asked for
        patterns = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the registration journal"), f"journal.{kind}", patterns[kind]
        )
        if path:
            self.export_journal(Path(path), kind)

    def export_journal(self, path: Path, kind: str) -> None:
        period = self.period()
        if period is None:
            return
        ctx, lang, unmask, (first, last) = self.state.ctx, self.state.language, self.unmask.isChecked(), period
        self._busy(True)
        target = {"pdf": "pdf", "xlsx": "xlsx", "csv": "csv_path"}[kind]

        def work() -> Path:
            write_journal(build_journal(ctx, first, last, lang, unmask), lang, **{target: path})
            return path

        self.state.runner.run(work, self._saved, lambda e: self._failed(self._generation, e), what=task_text("export"))

    def _saved(self, path: Path) -> None:
        self._busy(False)
        self.message.setStyleSheet("color: #2e7d32")
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))

    # ------------------------------------------------------------ language
    def set_language(self, language: str) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.first_label.setText(self.tr("Registered &from:"))
        self.last_label.setText(self.tr("&to:"))
        self.first.retranslate_ui()
        self.last.retranslate_ui()
        self.keys_box.setTitle(self.tr("Group by"))
        names = {
            "district": self.tr("District"),
            "place": self.tr("Place"),
            "form": self.tr("Form"),
            "outcome": self.tr("Outcome"),
            "ground": self.tr("Refusal ground"),
            "month": self.tr("Month"),
        }
        for key, box in self.key_checks.items():
            box.setText(names[key])
        self.compute_button.setText(self.tr("&Compute"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.upward_button.setText(self.tr("Report &upward…"))
        self.journal_box.setTitle(self.tr("Registration journal of the period"))
        self.journal_pdf.setText(self.tr("Journal PDF…"))
        self.journal_xlsx.setText(self.tr("Journal XLSX…"))
        self.journal_csv.setText(self.tr("Journal CSV…"))
        self.unmask.setText(self.tr("Unmask personal data (IIN, address, phone, e-mail)"))
        self.bar_chart.empty_text = self.line_chart.empty_text = self.tr("Press Compute.")
        self._show()


def _months(first: date, last: date) -> list[str]:
    """Every month of the period as YYYY-MM (months without filings show as 0 on the line)."""
    out: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(out) < 120:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
