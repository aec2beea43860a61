"""Issue 20 in the window: "Report upward" on the statistics page (what will be sent, saved, the Today reminder
gone once sent) and the Consolidation page (offices and packages imported, tables drawn, a refused package said)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate

from akimat_desk.services.office.settings import update_settings
from akimat_desk.services.reports.report_upward import office_key
from akimat_desk.ui.gui_state import GuiState
from akimat_desk.ui.reports.consolidation_page import ConsolidationView
from akimat_desk.ui.reports.report_upward_ui import ReportDueBanner, ReportUpwardDialog
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner
from tests.places.conftest import filing

APRIL_2 = datetime(2026, 4, 2, 6, 0, tzinfo=UTC)


def _office(state: AppState, tmp_path: Path) -> AppState:
    """The district in April 2026 with three filings registered in March and its KATO code set."""
    for form in ("rally", "rally", "picket"):
        filing(state.ctx, form=form, **({"participants": 1, "sound_equipment": False} if form == "picket" else {}))
    settings = update_settings(state.ctx.uow, kato="751110000")
    ctx = replace(state.ctx, settings=settings, clock=lambda: APRIL_2)
    return AppState(ctx, InlineRunner(), "en", GuiState(tmp_path / "gui2.json"))


def test_report_upward_shows_what_is_sent_saves_it_and_the_reminder_goes(
    qtbot: Any, state: AppState, tmp_path: Path
) -> None:
    office = _office(state, tmp_path)
    banner = ReportDueBanner(office, lambda: None)
    qtbot.addWidget(banner)
    banner.reload()
    assert banner.due is not None and not banner.due.overdue
    assert "03.2026" in banner.text.text() and "05.04.2026" in banner.text.text()
    dialog = ReportUpwardDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.period() == (datetime(2026, 3, 1).date(), datetime(2026, 3, 31).date())
    counts = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 7).text()) for r in range(dialog.table.rowCount())}
    assert counts == {("rally", "2"), ("picket", "1")}
    assert "3 filings" in dialog.summary.text() and "no name, IIN" in dialog.summary.text()
    assert dialog.save(tmp_path / "march.akstat", "saved")
    assert (tmp_path / "march.akstat").read_bytes()[:2] == b"PK"
    banner.reload()
    assert banner.due is None and banner.isHidden()
    # a month not over yet is refused with the rule, nothing to save
    dialog.last.setDate(QDate(2026, 4, 1))
    assert dialog.report is None and not dialog.save_button.isEnabled()
    assert "after today" in dialog.message.text()


def test_the_consolidation_page_imports_and_draws_the_tables(qtbot: Any, state: AppState, tmp_path: Path) -> None:
    office = _office(state, tmp_path)
    dialog = ReportUpwardDialog(office)
    qtbot.addWidget(dialog)
    assert dialog.save(tmp_path / "march.akstat", "saved")
    (tmp_path / "junk.akstat").write_bytes(b"not a package")
    offices = tmp_path / "offices.csv"
    key = office_key(office.ctx)
    offices.write_text(
        "kato,name_kk,name_ru,name_en,parent,status,hmac_key\n"
        "750000000,Алматы қаласы,город Алматы,Almaty city,,city,\n"
        f"751110000,Медеу ауданы,Медеуский район,Medeu district,750000000,district,{key}\n",
        encoding="utf-8",
    )
    region = AppState(replace(state.ctx, clock=lambda: APRIL_2), InlineRunner(), "en", GuiState(tmp_path / "g3.json"))
    page = ConsolidationView(region)
    qtbot.addWidget(page)
    page.import_offices(offices)
    assert "2 added" in page.message.text()
    page.first.setDate(QDate(2026, 3, 1))
    page.last.setDate(QDate(2026, 3, 1))
    page.by.setCurrentIndex(1)  # city
    page.import_packages([tmp_path / "march.akstat", tmp_path / "junk.akstat"])
    assert "counted — Medeu district" in page.message.text()
    assert "junk.akstat: refused, nothing changed" in page.message.text()
    cells = [
        [page.table.item(r, c).text() for c in range(page.table.columnCount())] for r in range(page.table.rowCount())
    ]
    assert cells[0][0] == "Almaty city" and cells[0][1] == "1" and cells[0][3] == "2" and cells[0][-1] == "3"
    assert page.chart.points == [("Almaty city", 3)]
    assert "Every one of the 1 akimats reported" in page.notes.text()
    from akimat_desk.services.reports.consolidation_export import write_report

    assert page.report is not None
    write_report(page.report, "kk", pdf=tmp_path / "c.pdf")
    assert (tmp_path / "c.pdf").read_bytes()[:4] == b"%PDF"


def test_the_settings_page_sets_the_kato_code_and_the_report_day(qtbot: Any, state: AppState) -> None:
    from akimat_desk.ui.office.settings_page import SettingsView
    from tests.settings.letterhead import fill_letterhead

    page = SettingsView(state)
    qtbot.addWidget(page)
    fill_letterhead(page.form)
    page.form.edits["kato"].setText("75111")
    page.save()
    shown = page.form.errors.shown()
    assert "KATO" in shown["kato"] and "9 digits" in shown["kato"]
    page.form.edits["kato"].setText("751110000")
    page.form.edits["report_day"].setText("10")
    page.save()
    assert state.ctx.settings.kato == "751110000" and state.ctx.settings.report_day == 10
