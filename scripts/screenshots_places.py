"""README screenshots of the Places & bookings grid and the Statistics page (issue 8) on the demo register,
in Kazakh, Russian and English: ``python scripts/screenshots_places.py docs/img`` (scripts/screenshots.sh runs it
under Xvfb; QT_QPA_PLATFORM=offscreen works too)."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.services.places.catalogue import add_place, book_place, link_place, list_places
from akimat_desk.services.places.place_calendar import place_grid
from akimat_desk.storage.filings.values import FilingQuery
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import MainWindow
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def _demo_places(ctx: Any) -> None:
    """Specialized places for the demo's place texts, each filing linked to its place, and a booking that
    collides with a filing (the demo register itself keeps places as text only)."""
    gandhi = add_place(
        ctx,
        {
            "name_kk": "Ганди атындағы саябақ, арнайы орын №2",
            "name_ru": "Парк им. Ганди, специализированное место №2",
            "name_en": "Gandhi Park, specialized place No. 2",
            "district": "Алмалы",
            "address": "г. Алматы, парк им. Ганди",
            "max_occupancy": 300,
            "decision_number": "133/16-VIII",
            "decision_date": "2023-12-26",
            "rules": "без палаток и юрт",
        },
    ).place
    metallurg = add_place(
        ctx,
        {
            "name_kk": "«Металлург» МС алдындағы алаң, арнайы орын №3",
            "name_ru": "Площадь у ДК «Металлург», специализированное место №3",
            "name_en": "Metallurg square, place No. 3",
            "district": "Түрксіб",
            "address": "г. Алматы, ул. Бекмаханова",
            "max_occupancy": 40,
            "decision_number": "133/16-VIII",
            "decision_date": "2023-12-26",
        },
    ).place
    targets = {"Ганди": gandhi.id, "Металлург": metallurg.id}
    linked = []
    for f in list_filings(ctx, FilingQuery()):
        for word, place_id in targets.items():
            if word in (f.document.get("place") or ""):
                link_place(ctx, f.id, place_id, "demo")
                linked.append((place_id, f))
    for place_id, f in linked[:2]:
        start = datetime.fromisoformat(str(f.document["starts_at"]))
        book_place(
            ctx,
            place_id,
            {
                "kind": "cultural",
                "title": "Наурыз",
                "starts_at": start + timedelta(hours=1),
                "ends_at": start + timedelta(hours=4),
                "expected_participants": 800,
            },
        )


def _busiest_week(ctx: object) -> tuple[int, date]:
    """The place and week with the most slots (conflicts first) over the demo's weeks."""
    best: tuple[int, int, int, date] = (-1, -1, 0, date(2026, 3, 16))
    for place in list_places(ctx):  # type: ignore[arg-type]
        for weeks in range(-3, 4):
            monday = date(2026, 3, 16) + timedelta(weeks=weeks)
            grid = place_grid(ctx, place.id, monday, monday + timedelta(days=6))  # type: ignore[arg-type]
            score = (sum(1 for e in grid.events if e.conflicts), len(grid.events))
            if score > best[:2]:
                best = (*score, place.id, monday)
    return best[2], best[3]


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="Төлеубаева Ж. С.")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
        settings = change_settings(
            ctx, name_kk="Алматы қаласының әкімдігі", name_ru="Акимат города Алматы", name_en="Akimat of Almaty"
        )
        ctx = replace(ctx, settings=settings)
        create_demo_register(ctx)
        _demo_places(ctx)
        place_id, monday = _busiest_week(ctx)
        for lang in ("kk", "ru", "en"):
            switcher.switch(lang)
            window = MainWindow(AppState(ctx, InlineRunner(), lang), switcher.switch, "SQLite: register.db")
            window.resize(1380, 860)
            window.show()
            window.start()
            window.admin.exit_backup_done = True
            places = window.admin.places
            window.nav.setCurrentRow(window.pages.indexOf(places))
            places.select_place(place_id)
            places.start.setDate(QDate(monday))
            _settle(app)
            window.grab().save(str(out_dir / f"places-{lang}.png"))
            stats = window.admin.statistics
            stats.first.setDate(QDate(2026, 1, 1))
            stats.last.setDate(QDate(2026, 3, 31))
            for key, box in stats.key_checks.items():
                box.setChecked(key in ("outcome",))
            window.nav.setCurrentRow(window.pages.indexOf(stats))
            stats.compute()
            _settle(app)
            window.grab().save(str(out_dir / f"statistics-{lang}.png"))
            window.close()
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
