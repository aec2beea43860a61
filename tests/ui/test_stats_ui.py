"""Statistics page (counts of a hand-made set, charts that paint, table model), journal export, and the
legacy-journal import dialog (refused rows listed, nothing written on cancel, only-valid import)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate

from akimat_desk.services.filings.registered import count_filings
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.ui.places.models import RefusedRowsModel, StatsModel, UsersModel
from akimat_desk.ui.reports.legacy_import_dialog import ImportDialog
from akimat_desk.ui.reports.statistics_page import StatisticsView
from akimat_desk.ui.state import AppState
from tests.places.conftest import filing


def _stats_page(qtbot: Any, state: AppState) -> StatisticsView:
    page = StatisticsView(state)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.first.setDate(QDate(2026, 1, 1))
    page.last.setDate(QDate(2026, 12, 31))
    return page


def test_statistics_page_counts_a_hand_made_set_and_draws_the_charts(qtbot: Any, state: AppState) -> None:
    for form in ("rally", "rally", "picket"):
        filing(state.ctx, form=form, **({"participants": 1, "sound_equipment": False} if form == "picket" else {}))
    page = _stats_page(qtbot, state)
    for key, box in page.key_checks.items():
        box.setChecked(key == "form")
    page.compute()
    model = page.model
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows == {"picket": "1", "rally": "2"}
    assert "Total: 3" in page.total_label.text()
    assert page.bar_chart.points == [("rally", 2), ("picket", 1)]
    assert page.line_chart.points[2] == ("2026-03", 3) and page.line_chart.points[0] == ("2026-01", 0)
    # the layout is applied through posted events: wait until the charts have their real size before grabbing
    qtbot.waitUntil(lambda: min(c.width() for c in (page.bar_chart, page.line_chart)) > 100, timeout=5000)
    for chart in (page.bar_chart, page.line_chart):
        image = chart.grab().toImage()
        assert not image.isNull()
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3


def test_statistics_and_journal_export_through_the_services(qtbot: Any, state: AppState, tmp_path: Path) -> None:
    f = filing(state.ctx)
    page = _stats_page(qtbot, state)
    page.compute()
    page.export(tmp_path / "s.xlsx", "xlsx")
    page.export(tmp_path / "s.pdf", "pdf")
    assert (tmp_path / "s.xlsx").stat().st_size > 0 and (tmp_path / "s.pdf").read_bytes()[:4] == b"%PDF"
    page.export_journal(tmp_path / "j.csv", "csv")
    masked = (tmp_path / "j.csv").read_text("utf-8-sig")
    assert f.incoming_number in masked and "900101300027" not in masked
    page.unmask.setChecked(True)
    page.export_journal(tmp_path / "j2.csv", "csv")
    assert "900101300027" in (tmp_path / "j2.csv").read_text("utf-8-sig")
    assert "Saved" in page.message.text()


def test_cancelled_computation_is_dropped(qtbot: Any, state: AppState) -> None:
    page = _stats_page(qtbot, state)
    page._generation += 1  # a computation started, then…
    page.cancel()
    page._computed(1, (None, None))  # type: ignore[arg-type]  # its late result arrives
    assert page.table is None and "Cancelled" in page.message.text()


def _journal(tmp_path: Path) -> Path:
    path = tmp_path / "old.csv"
    path.write_text(
        "Вх. №;Дата поступления;Форма;Организатор\n1;03.11.2025;митинг;Петров А.\n2;03.11.2025;флешмоб;Ким В.\n",
        encoding="utf-8",
    )
    return path


def test_import_dialog_lists_bad_rows_and_writes_nothing_on_cancel(qtbot: Any, state: AppState, tmp_path: Path) -> None:
    dialog = ImportDialog(state)
    qtbot.addWidget(dialog)
    dialog.load_file(_journal(tmp_path))
    assert dialog.mapping.rowCount() == 4 and dialog.mapping.item(0, 2).text() == "1"
    assert "form" in dialog.overrides()
    dialog.check_rows()
    assert dialog.plan is not None and len(dialog.plan.accepted) == 1
    assert dialog.refused_model.rowCount() == 1 and dialog.refused_model.index(0, 0).data() == "3"
    assert "1 refused" in dialog.summary.text() and "Nothing has been written" in dialog.summary.text()
    dialog.confirm_import()  # refused rows and "only valid" not ticked: refused, no question asked
    assert "only the valid rows" in dialog.summary.text()
    dialog.cancel()
    assert count_filings(state.ctx, FilingQuery()) == 0


def test_import_dialog_mapping_is_editable_and_only_valid_rows_import(
    qtbot: Any, state: AppState, tmp_path: Path
) -> None:
    dialog = ImportDialog(state)
    qtbot.addWidget(dialog)
    dialog.load_file(_journal(tmp_path))
    dialog.set_field(2, "ignore")  # no form column: the service refuses and names it
    dialog.check_rows()
    assert dialog.plan is None and "form" in dialog.summary.text()
    dialog.set_field(2, "form")
    dialog.check_rows()
    dialog.only_valid.setChecked(True)
    dialog.run_import()
    assert dialog.result_value is not None and dialog.result_value.imported == 1
    assert count_filings(state.ctx, FilingQuery()) == 1 and "1 filings registered" in dialog.result_text()


def test_stats_users_and_refused_models_pass_the_model_tester(qtmodeltester: Any, state: AppState) -> None:
    from datetime import UTC, datetime

    from akimat_desk.services.office.users import UserInfo
    from akimat_desk.services.reports.legacy_import import RefusedRow

    stats = StatsModel()
    stats.set_table(("form",), [{"form": "rally", "count": 2}], lambda _k, v: v)
    qtmodeltester.check(stats)
    users = UsersModel()
    users.set_items(
        [UserInfo("boss", "Әлия", ("administrator",), True, None, 0, datetime(2026, 1, 1, tzinfo=UTC), "tester")]
    )
    qtmodeltester.check(users)
    refused = RefusedRowsModel()
    refused.set_items([RefusedRow(3, "form", "x", "unknown form")])
    qtmodeltester.check(refused)
    assert date(2026, 1, 1)
