"""Every item model of the window passes Qt's model tester; the register pages rows lazily and keeps filters."""

from __future__ import annotations

from typing import Any

from akimat_desk.services.filings.attachments import attach_bytes
from akimat_desk.services.filings.card_view import filing_card
from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.register_view import RegisterFilter, SortKey, open_register_view, today_dashboard
from akimat_desk.ui.filings.card_models import AttachmentsModel, ExplainModel, HistoryModel
from akimat_desk.ui.filings.dashboard_model import DashboardModel
from akimat_desk.ui.filings.register_model import Column, RegisterModel
from akimat_desk.ui.filings.register_page import RegisterView
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner


def test_register_model(qtmodeltester: Any, ctx: Any) -> None:
    create_demo_register(ctx, count=30)
    page = open_register_view(ctx, RegisterFilter(), SortKey.RECEIVED, True, first_rows=10)
    model = RegisterModel(ctx.settings.tz, ctx.clock)
    fetched: list[list[int]] = []

    def fetch(ids: list[int]) -> None:
        fetched.append(ids)
        from akimat_desk.services.filings.register_view import register_rows

        model.rows_loaded(register_rows(ctx, ids))

    model.fetch_page = fetch
    model.set_query_result(page.ids, page.rows, page.clock)
    assert model.rowCount() == 30 and len(page.rows) == 10
    assert model.index(29, Column.NUMBER).data() == "01-2026/0001"  # the next page was fetched on demand
    assert fetched and fetched[0][0] == page.ids[0]
    qtmodeltester.check(model)


def test_dashboard_model(qtmodeltester: Any, ctx: Any) -> None:
    create_demo_register(ctx, count=30)
    model = DashboardModel(ctx.settings.tz, ctx.clock)
    model.set_dashboard(today_dashboard(ctx))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_card_models(qtmodeltester: Any, ctx: Any) -> None:
    create_demo_register(ctx, count=3)
    attach_bytes(ctx, 1, "scan.pdf", b"%PDF-1.4 test", "scan")
    card = filing_card(ctx, 1, "kk")
    for model, items in (
        (HistoryModel(), card.filing.history),
        (AttachmentsModel(), card.attachments),
        (ExplainModel(), card.review_explain),
    ):
        model.tz = ctx.settings.tz
        model.set_items(items)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_register_filters_are_saved_between_runs(qtbot: Any, ctx: Any, tmp_path: Any) -> None:
    create_demo_register(ctx, count=12)
    state = AppState(ctx, InlineRunner(), "en", GuiState(tmp_path / "gui.json"))
    view = RegisterView(state)
    qtbot.addWidget(view)
    view.form_filter.setCurrentIndex(view.form_filter.findData("picket"))
    view.search.setText("Ким")
    view.reload()
    shown = view.model.rowCount()
    assert 0 < shown < 12
    again = RegisterView(AppState(ctx, InlineRunner(), "en", GuiState(tmp_path / "gui.json")))
    qtbot.addWidget(again)
    again.reload()
    assert again.form_filter.currentData() == "picket" and again.search.text() == "Ким"
    assert again.model.rowCount() == shown


def test_a_nul_typed_into_the_register_search_is_harmless(qtbot: Any, ctx: Any, tmp_path: Any) -> None:
    create_demo_register(ctx, count=12)
    state = AppState(ctx, InlineRunner(), "en", GuiState(tmp_path / "gui.json"))
    view = RegisterView(state)
    qtbot.addWidget(view)
    view.search.setText("Ким")
    view.reload()
    shown = view.model.rowCount()
    view.search.setText("Ки\x00м")
    view.reload()
    assert view.model.rowCount() >= shown > 0
