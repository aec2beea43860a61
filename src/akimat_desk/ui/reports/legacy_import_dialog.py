"""Import of a legacy registration journal (XLSX or CSV) from the window.

1. Choose the file: it is read off the GUI thread; each column gets the field the headers suggest, and the clerk
   can change any of them (a combo per column) while the first rows show as a preview.
2. "Check rows" validates every row with the registration rules (``prepare_import``): the refused rows are listed
   with the reason, rows with defects counted. Nothing is written.
3. "Import" registers the accepted rows in one transaction (``commit_import``), only after the clerk confirms;
   if rows were refused, only when "import only the valid rows" is ticked. Cancel at any point writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.services.reports.legacy_import import (
    FIELDS,
    ImportPlan,
    ImportResult,
    RawJournal,
    commit_import,
    prepare_import,
    read_journal,
)
from akimat_desk.services.reports.legacy_rows import auto_mapping
from akimat_desk.ui.errors import error_text
from akimat_desk.ui.places import RefusedRowsModel
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text

PREVIEW_ROWS = 5


class ImportDialog(QDialog):
    """``result_value`` is the ``ImportResult`` once rows were imported; None otherwise."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.raw: RawJournal | None = None
        self.plan: ImportPlan | None = None
        self.result_value: ImportResult | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Import a legacy journal"))
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.choose_button = QPushButton(self.tr("Choose &file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping = QTableWidget(0, PREVIEW_ROWS + 2, self)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.verticalHeader().hide()
        self.check_button = QPushButton(self.tr("C&heck rows"), self)
        self.check_button.clicked.connect(self.check_rows)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.refused_model = RefusedRowsModel(self)
        self.refused = QTableView(self)
        self.refused.setModel(self.refused_model)
        self.refused.horizontalHeader().setStretchLastSection(True)
        self.refused.verticalHeader().hide()
        self.only_valid = QCheckBox(self.tr("Import only the valid rows (skip the refused ones)"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setTextVisible(False)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.clicked.connect(self.confirm_import)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.only_valid)
        bottom.addStretch(1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns of the file, the field each fills, and the first rows:"), self))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Refused rows and why:"), self))
        layout.addWidget(self.refused, 1)
        layout.addLayout(bottom)
        self._update_buttons()
        self.resize(1000, 700)

    # ------------------------------------------------------------ steps
    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        for b in (self.choose_button, self.check_button, self.import_button):
            b.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(self.raw is not None)
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.accepted))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Legacy journal"), "", self.tr("Journals (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self._generation += 1
        generation = self._generation
        self.plan, self.raw = None, None
        self.refused_model.set_items([])
        self._busy(True)
        self.state.runner.run(
            lambda: read_journal(path),
            lambda raw: self._read(generation, raw),
            lambda e: self._failed(generation, e),
            what=task_text("import"),
        )

    def _read(self, generation: int, raw: RawJournal) -> None:
        if generation != self._generation:
            return
        self.raw = raw
        self.file_label.setText(raw.name + " · " + self.tr("%n data rows", "", len(raw.rows)))
        auto = auto_mapping(raw.header)
        self.mapping.setRowCount(len(raw.header))
        heads = [self.tr("Column"), self.tr("Field")] + [
            self.tr("Row %1").replace("%1", str(raw.first_row + i)) for i in range(PREVIEW_ROWS)
        ]
        self.mapping.setHorizontalHeaderLabels(heads)
        for i, head in enumerate(raw.header):
            self.mapping.setItem(i, 0, QTableWidgetItem(f"{i + 1}. {head}"))
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("(not imported)"), "ignore")
            for f in FIELDS:
                if f != "ignore":
                    combo.addItem(f, f)
            combo.setCurrentIndex(max(combo.findData(auto.get(i, "ignore")), 0))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping.setCellWidget(i, 1, combo)
            for k, row in enumerate(raw.rows[:PREVIEW_ROWS]):
                cell = row[i] if i < len(row) else None
                self.mapping.setItem(i, 2 + k, QTableWidgetItem("" if cell is None else str(cell)))
        self.mapping.resizeColumnsToContents()
        self._busy(False)
        self.summary.setText(self.tr('Check the fields, then press "Check rows". Nothing is written yet.'))

    def set_field(self, column: int, field: str) -> None:
        combo = self.mapping.cellWidget(column, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    def overrides(self) -> str:
        parts = []
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 1)
            if isinstance(combo, QComboBox):
                parts.append(f"{i + 1}={combo.currentData()}")
        return ",".join(parts)

    def _mapping_changed(self) -> None:
        self.plan = None
        self.refused_model.set_items([])
        self._update_buttons()

    def check_rows(self) -> None:
        if self.raw is None:
            return
        ctx, raw, lang, overrides = self.state.ctx, self.raw, self.state.language, self.overrides()
        self._generation += 1
        generation = self._generation
        self._busy(True)
        self.state.runner.run(
            lambda: prepare_import(ctx, raw, overrides, lang),
            lambda p: self._checked(generation, p),
            lambda e: self._failed(generation, e),
            what=task_text("import"),
        )

    def _checked(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return
        self.plan = plan
        self.refused_model.set_items(plan.refused)
        self.refused.resizeColumnsToContents()
        defects = sum(1 for a in plan.accepted if a.defects)
        self.summary.setStyleSheet("color: #c62828" if plan.refused else "")
        self.summary.setText(
            self.tr(
                "%1 rows: %2 can be registered (%3 of them with defects, listed in their cards), %4 refused. "
                "Nothing has been written."
            )
            .replace("%1", str(plan.total))
            .replace("%2", str(len(plan.accepted)))
            .replace("%3", str(defects))
            .replace("%4", str(len(plan.refused)))
        )
        self._busy(False)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.summary.setStyleSheet("color: #c62828")
        self.summary.setText(error_text(exc, self.state.language))

    def confirm_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if plan.refused and not self.only_valid.isChecked():
            self.summary.setText(
                self.tr(
                    '%1 rows were refused: fix the file or the fields, or tick "Import only the valid rows".'
                ).replace("%1", str(len(plan.refused)))
            )
            return
        question = self.tr("Register %1 filings from %2 with new incoming numbers, in one transaction?")
        answer = QMessageBox.question(
            self, self.windowTitle(), question.replace("%1", str(len(plan.accepted))).replace("%2", plan.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run_import()

    def run_import(self) -> None:
        plan, ctx, only_valid = self.plan, self.state.ctx, self.only_valid.isChecked()
        assert plan is not None
        self._generation += 1
        generation = self._generation
        self._busy(True)
        self.cancel_button.setEnabled(False)  # one transaction: it finishes or writes nothing
        self.state.runner.run(
            lambda: commit_import(ctx, plan, only_valid=only_valid),
            lambda r: self._imported(generation, r),
            lambda e: self._failed(generation, e),
            what=task_text("import"),
        )

    def _imported(self, generation: int, result: ImportResult) -> None:
        self.cancel_button.setEnabled(True)
        self._busy(False)
        self.result_value = result
        self.state.apply(result.changes)
        self.accept()

    def result_text(self) -> str:
        r = self.result_value
        if r is None or not r.numbers:
            return ""
        return (
            self.tr("%1 filings registered: %2 … %3")
            .replace("%1", str(r.imported))
            .replace("%2", r.numbers[0])
            .replace("%3", r.numbers[-1])
        )

    def cancel(self) -> None:
        """Stop here: a reading or checking still running is dropped; nothing was or will be written."""
        self._generation += 1
        self.reject()

    def reject(self) -> None:
        self._generation += 1
        super().reject()
