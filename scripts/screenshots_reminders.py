"""README screenshots of issue 22 in Kazakh and Russian: the card's legal-clock timeline of a filing answered by
e-mail whose registered-mail copy is due, the Today page with the next step and the "needs a decision" list, and
a reminder (under Xvfb there is no tray, so the dialog at start that says the same as the tray would).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_reminders.py docs/img
"""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, DispatchChannel
from akimat_desk.services.decisions.outgoing import issue_letter
from akimat_desk.services.decisions.workflow import decide, dispatch_letter
from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import CARD, MainWindow
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
OFFICE = {
    "name_kk": "Алматы қаласының әкімдігі",
    "name_ru": "Акимат города Алматы",
    "name_en": "Akimat of Almaty city",
    "address_kk": "Алматы қ., Республика алаңы, 4",
    "address_ru": "г. Алматы, площадь Республики, 4",
    "address_en": "4 Republic Square, Almaty",
    "phone": "+7 727 123 45 67",
    "email": "akimat@almaty.gov.kz",
    "signatory_position_kk": "Әкімнің орынбасары",
    "signatory_position_ru": "Заместитель акима",
    "signatory_position_en": "Deputy Akim",
    "signatory_name": "А. Б. Сейітов",
    "executor_name": "Жанар Серікқызы Төлеубаева",
}
NOON = datetime(2026, 11, 18, 7, 30, tzinfo=UTC)  # Wed 18.11.2026, 12:30 Almaty


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def _emailed(ctx: object) -> int:
    data = json.loads((EXAMPLES / "rally.json").read_text("utf-8"))
    data["received_at"] = "2026-11-16T10:00:00+05:00"
    data["starts_at"], data["ends_at"] = "2026-12-10T11:00:00", "2026-12-10T13:00:00"
    record = register_filing(ctx, data).filing  # type: ignore[arg-type]
    clerk = replace(ctx, clock=lambda: datetime(2026, 11, 17, 5, 0, tzinfo=UTC))  # type: ignore[type-var]
    decide(clerk, record.id, DecisionRequest(DecisionKind.INFORM))
    issue_letter(clerk, record.id)
    dispatch_letter(clerk, record.id, [DispatchChannel.EMAIL], address="org@example.kz", registered_copy_follows=True)
    return record.id


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="Төлеубаева Ж. С.")
        ctx = replace(reg.context, clock=lambda: NOON)
        ctx = replace(ctx, settings=change_settings(ctx, **OFFICE))
        create_demo_register(ctx, count=45)
        filing_id = _emailed(ctx)
        for lang in ("kk", "ru"):
            switcher.switch(lang)
            seat = replace(ctx, actor=f"Төлеубаева Ж. С. ({lang})")  # each seat is reminded once: one per language here
            window = MainWindow(AppState(seat, InlineRunner(), lang), switcher.switch, "SQLite: register.db")
            window.reminders.tray = None  # Xvfb has no tray: the status bar and the dialog at start
            window.resize(1280, 760)
            window.show()
            window.start()
            window.admin.exit_backup_done = True
            _settle(app)
            dialog = window.reminders.start_dialog
            if dialog is not None:
                dialog.grab().save(str(out_dir / f"reminder-{lang}.png"))
                dialog.close()
            window.grab().save(str(out_dir / f"today-{lang}.png"))
            window.open_filing(filing_id)
            window.nav.setCurrentRow(CARD)
            window.card.tabs.setCurrentIndex(2)  # Deadlines
            _settle(app)
            window.grab().save(str(out_dir / f"timeline-{lang}.png"))
            window.reminders._quitting = True
            window.close()
        reg.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
