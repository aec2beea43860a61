"""Places & bookings page: places added through the service are listed; the week grid shows a booking and a
filing that conflicts with it, highlighted and clickable; the checks section of the card cites the article;
the board export writes HTML and CSV without personal data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from akimat_desk.services.kernel.messages import message
from akimat_desk.services.places import catalogue as svc
from akimat_desk.ui.places.models import BookingsModel, PlacesModel, ZonesModel
from akimat_desk.ui.places.places_page import PlacesView
from akimat_desk.ui.state import AppState
from tests.places.conftest import add_square, filing


def _page(qtbot: Any, state: AppState) -> PlacesView:
    page = PlacesView(state)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.start.setDate(QDate(2026, 3, 20))
    page.reload()
    return page


def test_places_page_lists_the_place_and_the_grid_highlights_the_conflict(qtbot: Any, state: AppState) -> None:
    square = add_square(state.ctx)
    f = filing(state.ctx, participants=50)
    svc.link_place(state.ctx, f.id, square)
    svc.book_place(
        state.ctx,
        square,
        {"kind": "official", "title": "Наурыз", "starts_at": "2026-03-20T11:00", "ends_at": "2026-03-20T15:00"},
    )
    page = _page(qtbot, state)
    assert page.places_model.rowCount() == 1
    assert page.places_model.index(0, 0).data() == "Republic Square"
    assert page.places_model.index(0, 4).data() == "100"
    grid = page.grid_data
    assert grid is not None and grid.first == date(2026, 3, 16) and grid.last == date(2026, 3, 22)
    by_source = {e.source: e for e in grid.events}
    assert by_source["filing"].label == f.incoming_number and by_source["filing"].conflicts == ("booked",)
    assert by_source["booking"].conflicts == ("booked",)
    assert "conflict" in page.conflicts_label.text()
    qtbot.waitUntil(lambda: page.grid.width() > 200 and page.grid.height() > 100, timeout=5000)  # laid out
    image = page.grid.grab().toImage()
    assert not image.isNull()

    def reddish(c: QColor) -> bool:
        return c.red() > 150 and c.green() < 110 and c.blue() < 110

    assert any(reddish(image.pixelColor(x, y)) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    # click the filing's slot: the card opens
    rect = next(r for r, e in page.grid._hits if e.source == "filing")
    with qtbot.waitSignal(page.open_filing) as opened:
        qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened.args == [f.id]
    tip = page.grid.describe(by_source["filing"])
    assert "ground 10" in tip and "10:00" in tip
    page.mode.setCurrentIndex(1)  # month
    assert page.grid_data is not None and page.grid_data.first == date(2026, 3, 1)
    assert not page.grid.grab().toImage().isNull()
    assert page.grid.event_at(QPoint(-5, -5)) is None


def test_a_registrar_sees_places_but_no_edit_buttons(qtbot: Any, state: AppState) -> None:
    from dataclasses import replace

    from akimat_desk.security.roles import Principal, Role

    add_square(state.ctx)
    state.ctx = replace(state.ctx, principal=Principal("ким", frozenset({Role.REGISTRAR})))
    page = _page(qtbot, state)
    assert page.places_model.rowCount() == 1
    assert page.add_button.isHidden() and page.book_button.isHidden() and not page.board_button.isHidden()


def test_add_place_dialog_keeps_input_on_refusal_then_adds(qtbot: Any, state: AppState) -> None:
    from akimat_desk.ui.places.place_dialogs import place_dialog

    dialog = place_dialog(state, None)
    qtbot.addWidget(dialog)
    for key, value in {
        "name_kk": "Республика алаңы",
        "name_ru": "Площадь Республики",
        "address": "пр. 1",
        "decision_number": "133/16-VIII",
        "max_occupancy": "many",
    }.items():
        dialog.set_value(key, value)
    dialog.submit()
    label = dialog.labels["max_occupancy"].text().rstrip(": ")
    expected = message("error.place_number_invalid", state.language, field=label, value="many")
    assert dialog.result() == 0 and dialog.result_value is None and svc.list_places(state.ctx) == []
    assert dialog.message.text() == expected and label in expected and "max_occupancy" not in expected
    assert dialog.values()["name_kk"] == "Республика алаңы"
    dialog.set_value("max_occupancy", "300")
    dialog.submit()
    assert dialog.result_value is not None and svc.list_places(state.ctx)[0].max_occupancy == 300


def test_board_export_writes_html_and_csv_without_personal_data(qtbot: Any, state: AppState, tmp_path: Path) -> None:
    square = add_square(state.ctx)
    f = filing(state.ctx)
    svc.link_place(state.ctx, f.id, square)
    page = _page(qtbot, state)
    page.export_board(tmp_path / "b.html", tmp_path / "b.csv", date(2026, 3, 16), date(2026, 3, 22), "kk")
    html, csv = (tmp_path / "b.html").read_text("utf-8"), (tmp_path / "b.csv").read_text("utf-8-sig")
    assert "Республика алаңы" in html and "10:00" in csv
    for private in ("Сәрсенбаев", "900101300027", f.incoming_number):
        assert private not in html and private not in csv


def test_places_models_pass_the_model_tester(qtmodeltester: Any, state: AppState) -> None:
    square = add_square(state.ctx)
    svc.add_zone(state.ctx, {"category": "transport", "name_kk": "Вокзал", "name_ru": "Вокзал", "keywords": "вокзал"})
    b = svc.book_place(
        state.ctx, square, {"title": "x", "starts_at": "2026-03-20T10:00", "ends_at": "2026-03-20T11:00"}
    ).booking
    for model, items in (
        (PlacesModel(), svc.list_places(state.ctx)),
        (ZonesModel(), svc.list_zones(state.ctx)),
        (BookingsModel(), [b]),
    ):
        model.set_items(items)
        qtmodeltester.check(model)


def test_card_checks_show_capacity_with_its_article_and_the_61np_warning(qtbot: Any, state: AppState) -> None:
    from akimat_desk.ui.filings.card_page import CardView

    square = add_square(state.ctx)
    f = filing(state.ctx, participants=101)
    svc.link_place(state.ctx, f.id, square)
    svc.book_place(
        state.ctx,
        square,
        {"kind": "official", "title": "Наурыз", "starts_at": "2026-03-20T11:00", "ends_at": "2026-03-20T15:00"},
    )
    card = CardView(state)
    qtbot.addWidget(card)
    card.show()
    card.show_filing(f.id)
    texts = card.checks_panel.results_text()
    capacity = next(t for t in texts if "14.1.9" in card.checks_panel.list.item(texts.index(t)).data(257))
    assert "ground: 9" in capacity and "art. 14 p.1 sub. 9" in capacity
    assert not card.checks_panel.warning_61np.isHidden() and "61-NP" in card.checks_panel.warning_61np.text()
    assert "Republic Square" in card.checks_panel.place_label.text()
