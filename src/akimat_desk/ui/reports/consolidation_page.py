"""The consolidation page of a region's akimat or the ministry (issue 20): import the list of offices and the
offices' packages (each checked; a refused one says why and changes nothing), then the report's tables for a
period as a bar chart and a table, with "no report received" for every office that sent nothing, exported to
PDF, XLSX and the open-data CSV/JSON. Work runs on the state's runner with a busy bar."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.kernel.messages import error_message, message
from akimat_desk.services.reports.consolidation import PackageImported, import_offices, import_package_files
from akimat_desk.services.reports.consolidation_export import report_table, write_report
from akimat_desk.services.reports.consolidation_report import (
    BY,
    ConsolidatedReport,
    build_report,
    open_data_csv,
    open_data_rows,
)
from akimat_desk.services.reports.statistics_package import month_end
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.reports.charts import BarChart
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text
from akimat_desk.ui.widgets.date_fields import period_fields, typed_period
from akimat_desk.ui.widgets.retranslated import Retranslated


class ConsolidationView(Retranslated, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.report: ConsolidatedReport | None = None
        self._build()
        self.retranslate_ui()
        state.language_changed.connect(lambda _l: self.retranslate_ui())

    def _build(self) -> None:
        today = self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()
        self.offices_button, self.import_button = QPushButton(self), QPushButton(self)
        self.offices_button.clicked.connect(self.offices_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.first, self.last = period_fields(
            self,
            today.replace(year=today.year - 1, month=1, day=1),
            today.replace(year=today.year - 1, month=12, day=31),
            self._today,
        )
        self.first_label, self.last_label, self.by_label = QLabel(self), QLabel(self), QLabel(self)
        self.first_label.setBuddy(self.first)
        self.last_label.setBuddy(self.last)
        self.by = QComboBox(self)
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.by.setMinimumContentsLength(24)
        self.by_label.setBuddy(self.by)
        self.compute_button = QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(140)
        self.pdf_button, self.xlsx_button, self.open_data_button = (
            QPushButton(self),
            QPushButton(self),
            QPushButton(self),
        )
        self.pdf_button.clicked.connect(lambda: self.export_dialog("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_dialog("xlsx"))
        self.open_data_button.clicked.connect(self.open_data_dialog)
        top = QHBoxLayout()
        top.addWidget(self.offices_button)
        top.addWidget(self.import_button)
        top.addStretch(1)
        for button in (self.pdf_button, self.xlsx_button, self.open_data_button):
            top.addWidget(button)
        period = QHBoxLayout()
        widgets: list[QWidget] = [
            self.first_label,
            self.first,
            self.last_label,
            self.last,
            self.by_label,
            self.by,
            self.compute_button,
            self.progress,
        ]
        for widget in widgets:
            period.addWidget(widget)
        period.addStretch(1)
        self.chart = BarChart(self)
        self.table = QTableWidget(0, 0, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter = QSplitter(self)
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        self.subtitle, self.notes, self.message = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.subtitle, self.notes, self.message):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(period)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.message)

    # ------------------------------------------------------------ work
    def _today(self) -> date:
        return self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()

    def period(self) -> tuple[date, date] | None:
        """The whole months of the typed period; None (the reason shown, naming the field) while a date is empty
        or incomplete."""
        period = typed_period(self.first, self.last)
        if isinstance(period, str):
            self._say(period, error=True)
            return None
        return period[0].replace(day=1), month_end(period[1])

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        for b in (self.compute_button, self.import_button, self.offices_button):
            b.setEnabled(not busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "color: #2e7d32")
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._say(error_text(exc, self.state.language), error=True)

    def offices_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the list of offices"), "", self.tr("CSV tables (*.csv);;All files (*)")
        )
        if path:
            self.import_offices(Path(path))

    def import_offices(self, path: Path) -> None:
        ctx, lang = self.state.ctx, self.state.language
        self._busy(True)

        def work() -> str:
            done = import_offices(ctx, path.read_text(encoding="utf-8-sig"))
            return message("consolidation.offices_imported", lang, added=done.added, updated=done.updated)

        self.state.runner.run(work, self._done, self._failed, what=task_text("consolidation"))

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import statistics packages"), "", self.tr("Statistics packages (*.akstat);;All files (*)")
        )
        if paths:
            self.import_packages([Path(p) for p in paths])

    def import_packages(self, paths: list[Path]) -> None:
        ctx, lang = self.state.ctx, self.state.language
        self._busy(True)

        def work() -> str:
            lines = []
            for path, result in zip(paths, import_package_files(ctx, paths), strict=True):
                if isinstance(result, PackageImported):
                    lines.append(
                        message(
                            "consolidation.imported",
                            lang,
                            file=path.name,
                            kato=result.kato,
                            office=result.office.name(lang),
                            first=result.first.isoformat(),
                            last=result.last.isoformat(),
                            total=result.total,
                        )
                    )
                else:
                    lines.append(
                        "⚠ "
                        + message("consolidation.refused", lang, file=path.name, reason=error_message(result, lang))
                    )
            return "\n".join(lines)

        self.state.runner.run(work, self._imported, self._failed, what=task_text("consolidation"))

    def _imported(self, text: str) -> None:
        self._done(text)
        if "⚠" in text:
            self.message.setStyleSheet("color: #c62828")
        self.compute()

    def _done(self, text: str) -> None:
        self._busy(False)
        self._say(text)

    def compute(self) -> None:
        period = self.period()
        if period is None:
            return
        ctx, by, (first, last) = self.state.ctx, str(self.by.currentData()), period
        self._busy(True)
        self.state.runner.run(
            lambda: build_report(ctx, first, last, by), self._computed, self._failed, what=task_text("consolidation")
        )

    def _computed(self, report: ConsolidatedReport) -> None:
        self._busy(False)
        self.report = report
        self._show()

    def _show(self) -> None:
        report, lang = self.report, self.state.language
        if report is None:
            self.table.setRowCount(0)
            self.chart.set_data("", [])
            return
        plain = report_table(report, lang)
        rows = [*plain.rows, *([plain.footer] if plain.footer is not None else [])]
        self.table.setColumnCount(len(plain.header))
        self.table.setHorizontalHeaderLabels(list(plain.header))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem("" if cell is None else str(cell)))
        self.table.resizeColumnsToContents()
        self.chart.set_data(plain.title, [(str(r[0]), int(r[-1] or 0)) for r in plain.rows])
        self.subtitle.setText(f"<b>{plain.title}</b><br>{plain.subtitle}")
        self.notes.setText("\n".join(plain.notes))
        self.notes.setStyleSheet("color: #b71c1c" if report.missing else "")

    def export_dialog(self, kind: str) -> None:
        if self.report is None:
            self._say(self.tr("Compute the tables first."), error=True)
            return
        pattern = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("PDF document (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), f"consolidated.{kind}", pattern)
        if path:
            report, lang, target = self.report, self.state.language, Path(path)
            self._busy(True)

            def work() -> str:
                write_report(report, lang, **{kind: target})
                return self.tr("Saved: %1").replace("%1", str(target))

            self.state.runner.run(work, self._done, self._failed, what=task_text("consolidation"))

    def open_data_dialog(self) -> None:
        period = self.period()
        if period is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export open data"), "open-data.csv", self.tr("CSV table (*.csv);;JSON (*.json)")
        )
        if not path:
            return
        ctx, (first, last), target = self.state.ctx, period, Path(path)
        self._busy(True)

        def work() -> str:
            rows = open_data_rows(ctx, first, last)
            if target.suffix.lower() == ".json":
                target.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
            else:
                target.write_text(open_data_csv(rows), encoding="utf-8")
            return self.tr("Saved: %1").replace("%1", str(target))

        self.state.runner.run(work, self._done, self._failed, what=task_text("consolidation"))

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.offices_button.setText(self.tr("Import the list of &offices…"))
        self.import_button.setText(self.tr("&Import packages…"))
        self.first_label.setText(self.tr("Months &from:"))
        self.last_label.setText(self.tr("&to:"))
        self.first.retranslate_ui()
        self.last.retranslate_ui()
        self.by_label.setText(self.tr("&Table:"))
        current = self.by.currentData()
        self.by.clear()
        for key in BY:
            self.by.addItem(message(f"consolidation.title.{key}", self.state.language), key)
        if current is not None:
            self.by.setCurrentIndex(BY.index(str(current)))
        self.compute_button.setText(self.tr("&Compute"))
        self.pdf_button.setText(self.tr("Export P&DF…"))
        self.xlsx_button.setText(self.tr("Export &XLSX…"))
        self.open_data_button.setText(self.tr("Open &data…"))
        self.chart.empty_text = self.tr("Import packages, then press Compute.")
        self._show()
