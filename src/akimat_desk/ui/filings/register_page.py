"""The register page: search, filters by form, status and date range (remembered), and the table."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.assemblies import Form
from akimat_desk.domain.statuses import Status
from akimat_desk.services.filings.register_view import (
    RegisterFilter,
    RegisterPage,
    SortKey,
    open_register_view,
    register_rows,
)
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.kernel.messages import message
from akimat_desk.ui.filings.register_cells import COLUMN_WIDTHS
from akimat_desk.ui.filings.register_model import PAGE_SIZE, SORT_KEYS, Column, RegisterModel
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.date_fields import DateField, FieldState
from akimat_desk.ui.widgets.retranslated import Retranslated

SEARCH_DELAY_MS = 150


class RegisterView(Retranslated, QWidget):
    """Lists the query's filings; Enter or double-click opens the card (``open_filing``)."""

    open_filing = Signal(int)
    loaded = Signal(int)  # number of filings in the query

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = RegisterModel(state.ctx.settings.tz, lambda: self.state.ctx.clock(), self)
        self.model.language = state.language
        self.model.fetch_page = self._fetch_page
        self.model.sort_requested.connect(self._sort)
        self._generation = 0
        self.sort_key, self.descending = SortKey.RECEIVED, True
        self._ready = False  # no queries while the widgets are being built and the filters restored
        self._build()
        self._restore_filters()
        self._ready = True
        self.retranslate_ui()
        state.changes_applied.connect(self._on_changes)

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("register_search")
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        self.form_filter, self.status_filter = QComboBox(self), QComboBox(self)
        self.date_from, self.date_to = self._date_edit("register_from"), self._date_edit("register_to")
        self._bounds: dict[DateField, date | None] = {self.date_from: None, self.date_to: None}  # as applied
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.form_label, self.status_label, self.from_label, self.to_label = (QLabel(self) for _ in range(4))
        for label, buddy in (
            (self.form_label, self.form_filter),
            (self.status_label, self.status_filter),
            (self.from_label, self.date_from),
            (self.to_label, self.date_to),
        ):
            label.setBuddy(buddy)
        # two rows: the search box alone, then the filters, so that Kazakh labels fit a 1280-pixel screen
        top, bar = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        for w in (
            self.form_label,
            self.form_filter,
            self.status_label,
            self.status_filter,
            self.from_label,
            self.date_from,
            self.to_label,
            self.date_to,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        for combo in (self.form_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.RECEIVED, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda index: self.open_filing.emit(self.model.filing_id(index.row())))
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        for combo in (self.form_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.date_from, self.date_to):
            edit.value_changed.connect(partial(self._bound_typed, edit))
            edit.returnPressed.connect(partial(self._bound_typed, edit))

    def _date_edit(self, name: str) -> DateField:
        """A bound of the period of registration: empty = no bound, typed as dd.mm.yyyy, the calendar on today."""
        edit = DateField(self, optional=True, today=self._today)
        edit.setObjectName(name)
        return edit

    def _today(self) -> date:
        return self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()

    def _bound_typed(self, edit: DateField) -> None:
        """Apply a bound once it is a whole date or emptied; an incomplete one keeps the bound applied before
        (the register does not jump while the clerk types) and is shown red once the clerk leaves it."""
        if edit.state() is FieldState.INCOMPLETE:
            return
        if self._bounds[edit] != edit.value():
            self._bounds[edit] = edit.value()
            self._filters_changed()

    # ------------------------------------------------------------ filters
    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            form=self.form_filter.currentData() or None,
            status=self.status_filter.currentData() or None,
            received_from=self._bounds[self.date_from],
            received_to=self._bounds[self.date_to],
            search=self.search.text().strip() or None,
        )

    def _restore_filters(self) -> None:
        saved = dict(self.state.gui.get("register_filters") or {})
        widgets = (self.form_filter, self.status_filter, self.date_from, self.date_to, self.search)
        for w in widgets:
            w.blockSignals(True)
        self._fill_combos()
        for combo, key in ((self.form_filter, "form"), (self.status_filter, "status")):
            found = combo.findData(saved.get(key))
            combo.setCurrentIndex(max(found, 0))
        for edit, key in ((self.date_from, "from"), (self.date_to, "to")):
            value = saved.get(key)
            edit.set_value(date.fromisoformat(value) if value else None)
            self._bounds[edit] = edit.value()
        self.search.setText(saved.get("search") or "")
        for w in widgets:
            w.blockSignals(False)

    def _save_filters(self) -> None:
        flt = self.current_filter()
        saved = {
            "form": flt.form,
            "status": flt.status,
            "search": flt.search or "",
            "from": flt.received_from and flt.received_from.isoformat(),
            "to": flt.received_to and flt.received_to.isoformat(),
        }
        if self.state.gui.get("register_filters") != saved:
            self.state.gui.set(register_filters=saved)

    def _fill_combos(self) -> None:
        lang = self.state.language
        for combo, all_text, values in (
            (self.form_filter, self.tr("All forms"), [(f.value, message(f"form.{f}", lang)) for f in Form]),
            (self.status_filter, self.tr("All statuses"), [(s.value, message(f"status.{s}", lang)) for s in Status]),
        ):
            current = combo.currentData()
            was_blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for code, text in values:
                combo.addItem(text, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(was_blocked)

    def _filters_changed(self) -> None:
        self.reload()

    def clear_filters(self) -> None:
        for w in (self.form_filter, self.status_filter, self.date_from, self.date_to, self.search):
            w.blockSignals(True)
        self.form_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            edit.clear()
            self._bounds[edit] = None
        self.search.clear()
        for w in (self.form_filter, self.status_filter, self.date_from, self.date_to, self.search):
            w.blockSignals(False)
        self.reload()

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        """Re-run the query in the background; results of superseded queries are dropped."""
        self._search_timer.stop()
        if not self._ready:
            return
        self._generation += 1
        generation, flt, ctx = self._generation, self.current_filter(), self.state.ctx
        key, desc = self.sort_key, self.descending
        self.state.runner.run(
            lambda: open_register_view(ctx, flt, key, desc, PAGE_SIZE),
            partial(self._loaded, generation),
            self._failed,
        )
        self._save_filters()  # while the query runs (it is written only when the filters changed)

    def _loaded(self, generation: int, page: RegisterPage) -> None:
        if generation != self._generation:
            return
        selected = self.selected_filing()
        self.model.set_query_result(page.ids, page.rows, page.clock)
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            self.table.selectRow(row)
        self.loaded.emit(len(page.ids))

    def _failed(self, exc: BaseException) -> None:
        from akimat_desk.ui.errors import show_error

        show_error(self, exc, self.state.language)

    def _fetch_page(self, ids: list[int]) -> None:
        ctx = self.state.ctx
        self.state.runner.run(lambda: register_rows(ctx, ids), self.model.rows_loaded, self._failed)

    def _sort(self, key: SortKey, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.reload()

    def refresh_rows(self, ids: list[int]) -> None:
        """Re-read a few rows (e.g. the filing just corrected) without reloading the query."""
        ctx = self.state.ctx
        self.state.runner.run(lambda: register_rows(ctx, ids), self.model.rows_loaded, self._failed)

    def _on_changes(self, changes: Changes) -> None:
        if Changes.REGISTER in changes or Changes.CALENDAR in changes:
            self.reload()

    def selected_filing(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.filing_id(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by organizer, purpose, place or number (Ctrl+F)"))
        self.form_label.setText(self.tr("F&orm:"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.from_label.setText(self.tr("Registered f&rom:"))
        self.to_label.setText(self.tr("t&o:"))
        for edit in (self.date_from, self.date_to):
            edit.retranslate_ui()
            edit.setToolTip(self.tr("Empty: any day. Type the digits: 01022026 gives 01.02.2026."))
        self.clear_button.setText(self.tr("Clear filters"))
        self._fill_combos()


__all__ = ["SORT_KEYS", "RegisterView"]
