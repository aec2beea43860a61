"""Places & bookings: the specialized places and routes of the maslikhat decisions, a week / month grid per
place with the filings and other bookings (conflicts highlighted, click a filing to open it), the no-picket
zones, the other bookings, and the public occupancy board export (HTML + CSV, no personal data).

The administrator (MANAGE_PLACES) edits; everyone else reads. Database work runs on the state's runner."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from akimat_desk.domain.places import Place
from akimat_desk.security.roles import Permission
from akimat_desk.services.kernel.context import Changes
from akimat_desk.services.places import catalogue as svc
from akimat_desk.services.places.occupancy import board_csv, board_html, build_board
from akimat_desk.services.places.place_calendar import PlaceGrid, place_grid
from akimat_desk.ui.errors import show_error
from akimat_desk.ui.places.models import BookingsModel, PlacesModel, ZonesModel
from akimat_desk.ui.places.place_grid import MONTH, WEEK, PlaceGridWidget
from akimat_desk.ui.state import AppState
from akimat_desk.ui.widgets.busy import task_text
from akimat_desk.ui.widgets.date_fields import DateField
from akimat_desk.ui.widgets.layouts import button_row
from akimat_desk.ui.widgets.retranslated import Retranslated
from akimat_desk.ui.widgets.tables import record_table


class PlacesView(Retranslated, QWidget):
    open_filing = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.places_model, self.zones_model, self.bookings_model = (
            PlacesModel(self),
            ZonesModel(self),
            BookingsModel(self),
        )
        self.grid_data: PlaceGrid | None = None
        self._build()
        self.retranslate_ui()
        state.changes_applied.connect(self._on_changes)

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.places_table = record_table(self, self.places_model)
        self.places_table.selectionModel().currentRowChanged.connect(lambda *_: self._place_chosen())
        self.add_button, self.edit_button, self.book_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.zone_button, self.cancel_booking_button, self.board_button = (QPushButton(self) for _ in range(3))
        self.add_button.clicked.connect(self.add_place)
        self.edit_button.clicked.connect(self.edit_place)
        self.book_button.clicked.connect(self.book)
        self.zone_button.clicked.connect(self.add_zone)
        self.cancel_booking_button.clicked.connect(self.cancel_booking)
        self.board_button.clicked.connect(self.export_board_dialog)
        buttons = button_row(self.add_button, self.edit_button, self.book_button, self.zone_button, self.board_button)
        # the calendar
        self.mode = QComboBox(self)
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(lambda _i: self.load_grid())
        self.start = DateField(self, optional=False, today=self._today)  # the week or month shown holds this day
        self.start.setObjectName("places_start")
        self._shown_day = self._today()  # the last whole date typed: an incomplete one keeps the grid as it is
        self.start.set_value(self._shown_day)
        self.start.value_changed.connect(self._start_typed)
        self.prev_button, self.today_button, self.next_button = (
            QPushButton("◀", self),
            QPushButton(self),
            QPushButton("▶", self),
        )
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(lambda: self.start.set_value(self._today()))
        self.grid = PlaceGridWidget(self)
        self.grid.filing_clicked.connect(self.open_filing)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setStyleSheet("color: #c62828; font-weight: bold")
        nav = button_row(self.mode, self.prev_button, self.start, self.next_button, self.today_button)
        calendar_page = QWidget(self)
        cl = QVBoxLayout(calendar_page)
        cl.addLayout(nav)
        # the grid keeps its readable size on a small screen (1280x720) and scrolls instead of squeezing the window
        grid_scroll = QScrollArea(calendar_page)
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setFrameShape(QFrame.Shape.NoFrame)
        grid_scroll.setWidget(self.grid)
        cl.addWidget(grid_scroll, 1)
        cl.addWidget(self.conflicts_label)
        cl.addWidget(self.legend)
        self.details = QTextBrowser(self)
        self.zones_table = record_table(self, self.zones_model)
        self.bookings_table = record_table(self, self.bookings_model)
        bookings_page = QWidget(self)
        bl = QVBoxLayout(bookings_page)
        bl.addWidget(self.bookings_table)
        row = QHBoxLayout()
        row.addWidget(self.cancel_booking_button)
        row.addStretch(1)
        bl.addLayout(row)
        self.tabs = QTabWidget(self)
        for page in (calendar_page, self.details, self.zones_table, bookings_page):
            self.tabs.addTab(page, "")
        splitter = QSplitter(self)
        splitter.setObjectName("places")
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(self.places_table)
        splitter.addWidget(self.tabs)
        splitter.setSizes([170, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        """The window hides what the role cannot do (the services refuse anyway)."""
        admin = self.state.ctx.user.may(Permission.MANAGE_PLACES)
        for b in (self.add_button, self.edit_button, self.book_button, self.zone_button, self.cancel_booking_button):
            b.setVisible(admin)
        self.board_button.setVisible(self.state.ctx.user.may(Permission.EXPORT))

    def _today(self) -> date:
        return self.state.ctx.clock().astimezone(self.state.ctx.settings.tz).date()

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        ctx = self.state.ctx
        first = self._period()[0]

        def load() -> tuple[list[Place], Any, Any]:
            return (
                svc.list_places(ctx),
                svc.list_zones(ctx),
                svc.list_bookings(ctx, first - timedelta(days=31), first + timedelta(days=365)),
            )

        self.state.runner.run(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[Place], Any, Any]) -> None:
        places, zones, bookings = result
        current = self.current_place()
        for m in (self.places_model, self.zones_model, self.bookings_model):
            m.language = self.state.language
        self.bookings_model.places = {p.id: p for p in places}
        self.places_model.set_items(places)
        self.zones_model.set_items(zones)
        self.bookings_model.set_items(bookings)
        self.places_table.resizeColumnsToContents()
        self.bookings_table.resizeColumnsToContents()
        self.zones_table.resizeColumnsToContents()
        row = next((i for i, p in enumerate(places) if current and p.id == current.id), 0 if places else -1)
        if row >= 0:
            self.places_table.selectRow(row)
        self._place_chosen()

    def current_place(self) -> Place | None:
        index = self.places_table.currentIndex()
        if not index.isValid():
            return None
        place: Place = self.places_model.item(index.row())
        return place

    def select_place(self, place_id: int) -> None:
        for row, p in enumerate(self.places_model.items()):
            if p.id == place_id:
                self.places_table.selectRow(row)

    def _place_chosen(self) -> None:
        self.details.setHtml(self._details_html(self.current_place()))
        self.edit_button.setEnabled(self.current_place() is not None)
        self.book_button.setEnabled(self.current_place() is not None)
        self.load_grid()

    def _start_typed(self) -> None:
        day = self.start.value()
        if day is not None and day != self._shown_day:
            self._shown_day = day
            self.load_grid()

    def _period(self) -> tuple[date, date]:
        start = self._shown_day
        if self.mode.currentIndex() == 0:
            first = start - timedelta(days=start.weekday())
            return first, first + timedelta(days=6)
        first = start.replace(day=1)
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1)

    def _step(self, direction: int) -> None:
        first, last = self._period()
        day = (
            first + timedelta(days=7 * direction)
            if self.mode.currentIndex() == 0
            else ((last + timedelta(days=1)) if direction > 0 else (first - timedelta(days=1)).replace(day=1))
        )
        self.start.set_value(day)

    def load_grid(self) -> None:
        place = self.current_place()
        if place is None:
            self.grid_data = None
            self.grid.set_grid(None, WEEK, self.state.language)
            self.conflicts_label.clear()
            return
        ctx, (first, last) = self.state.ctx, self._period()
        self.state.runner.run(lambda: place_grid(ctx, place.id, first, last), self._grid_loaded, self._failed)

    def _grid_loaded(self, grid: PlaceGrid) -> None:
        current = self.current_place()
        if current is None or grid.place.id != current.id:
            return
        self.grid_data = grid
        self.grid.set_grid(grid, WEEK if self.mode.currentIndex() == 0 else MONTH, self.state.language)
        clashes = [e for e in grid.events if e.conflicts]
        self.conflicts_label.setText(
            self.tr("⚠ %n slot(s) in conflict: hatched in red. Point at a slot for the reason.", "", len(clashes))
            if clashes
            else ""
        )

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc, self.state.language)

    def _details_html(self, p: Place | None) -> str:
        from html import escape

        if p is None:
            return (
                "<p>"
                + escape(
                    self.tr("No specialized places yet. The administrator adds them from the maslikhat decisions.")
                )
                + "</p>"
            )
        rows = [
            (self.tr("Name in Kazakh"), p.names.kk),
            (self.tr("Name in Russian"), p.names.ru),
            (self.tr("Name in English"), p.names.en),
            (self.tr("District"), p.district),
            (self.tr("Address or route"), p.address),
            (self.tr("Route length, km"), f"{p.route_length_km:g}" if p.route_length_km else ""),
            (self.tr("Maximum occupancy"), str(p.max_occupancy or "")),
            (self.tr("Maslikhat decision"), f"{p.decision_number} {p.decision_date or ''}"),
            (self.tr("Valid from"), str(p.valid_from or "")),
            (self.tr("Valid to"), str(p.valid_to or "")),
            (self.tr("Rules of use"), p.rules),
        ]
        body = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<h3>{escape(p.names.get(self.state.language))}</h3><table cellpadding=3>{body}</table>"

    # ------------------------------------------------------------ actions
    def _after(self, dialog: Any) -> None:
        if dialog.exec() and dialog.result_value is not None:
            self.state.apply_result(dialog.result_value)  # what the place, zone or booking use case changed

    def add_place(self) -> None:
        from akimat_desk.ui.places.place_dialogs import place_dialog

        self._after(place_dialog(self.state, None, self))

    def edit_place(self) -> None:
        from akimat_desk.ui.places.place_dialogs import place_dialog

        if (p := self.current_place()) is not None:
            self._after(place_dialog(self.state, p, self))

    def book(self) -> None:
        from akimat_desk.ui.places.place_dialogs import booking_dialog

        if (p := self.current_place()) is not None:
            self._after(booking_dialog(self.state, p, self))

    def add_zone(self) -> None:
        from akimat_desk.ui.places.place_dialogs import zone_dialog

        self._after(zone_dialog(self.state, self))

    def cancel_booking(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        index = self.bookings_table.currentIndex()
        if not index.isValid():
            return
        booking = self.bookings_model.item(index.row())
        answer = QMessageBox.question(
            self, self.tr("Cancel booking"), self.tr('Cancel the booking "%1"?').replace("%1", booking.title)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx = self.state.ctx
        self.state.runner.run(lambda: svc.cancel_booking(ctx, booking.id), self.state.apply_result, self._failed)

    def export_board_dialog(self) -> None:
        """Ask where to save the board (HTML; the CSV goes next to it) for the period on screen."""
        from akimat_desk.ui.widgets.fields_dialog import Field, FieldsDialog

        first, last = self._period()
        lang = self.state.language
        fields = [
            Field("first", self.tr("From:"), "date", first, required=True),
            Field("last", self.tr("To:"), "date", last, required=True),
            Field(
                "lang",
                self.tr("Language of the board:"),
                "choice",
                lang,
                [("kk", "Қазақша"), ("ru", "Русский"), ("en", "English")],
            ),
        ]
        dialog = FieldsDialog(self.state, self.tr("Occupancy board for the website"), fields, lambda v: v, self)
        if not dialog.exec():
            return
        v = dialog.result_value  # both dates whole: the dialog refused an empty or incomplete one
        first, last = date.fromisoformat(v["first"]), date.fromisoformat(v["last"])
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the occupancy board"), f"board-{v['lang']}.html", self.tr("Web page (*.html)")
        )
        if path:
            self.export_board(Path(path), Path(path).with_suffix(".csv"), first, last, v["lang"])

    def export_board(self, html_path: Path, csv_path: Path, first: date, last: date, lang: str) -> None:
        ctx = self.state.ctx

        def work() -> Path:
            board = build_board(ctx, first, last)
            html_path.write_text(board_html(board, lang), encoding="utf-8")
            csv_path.write_text(board_csv(board, lang), encoding="utf-8-sig")
            return html_path

        def done(_p: Path) -> None:
            self.conflicts_label.setText(
                self.tr("Saved: %1 and %2").replace("%1", str(html_path)).replace("%2", str(csv_path.name))
            )

        self.state.runner.run(work, done, self._failed, what=task_text("export"))

    def _on_changes(self, changes: Changes) -> None:
        if changes & (Changes.SETTINGS | Changes.FILING | Changes.REGISTER):
            self.reload()

    # ------------------------------------------------------------ language
    def set_language(self, language: str) -> None:
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Specialized places and routes (maslikhat decisions)"))
        self.add_button.setText(self.tr("&Add place…"))
        self.edit_button.setText(self.tr("&Edit place…"))
        self.book_button.setText(self.tr("&Book for another event…"))
        self.zone_button.setText(self.tr("Add no-picket &zone…"))
        self.cancel_booking_button.setText(self.tr("Cancel the selected booking…"))
        self.board_button.setText(self.tr("Export occupancy &board…"))
        self.today_button.setText(self.tr("Today"))
        self.start.retranslate_ui()
        self.start.setAccessibleName(self.tr("A day of the week or month shown"))
        self.mode.setItemText(0, self.tr("Week"))
        self.mode.setItemText(1, self.tr("Month"))
        for i, t in enumerate(
            (self.tr("Calendar"), self.tr("Details"), self.tr("No-picket zones"), self.tr("Other bookings"))
        ):
            self.tabs.setTabText(i, t)
        self.legend.setText(
            self.tr(
                "Blue: filing under review · green slot: agreed · purple: other booking · red hatched with ⚠: conflict "
                "(booked place, another filing at the same time, over capacity) · light green: free between 09:00 and "
                "20:00 · grey: the place is not in force. Click a filing to open it."
            )
        )
        self.details.setHtml(self._details_html(self.current_place()))
        self.grid.update()
