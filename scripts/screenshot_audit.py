"""Screenshot of the window's history warning after a filing's time of receipt was moved in SQL (issue 16):
the banner names the filing and the field. Run under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot_audit.py docs/img
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.storage.kernel.history_guards import unguard_statements
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import REGISTER, MainWindow
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="Ким В.")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
        create_demo_register(ctx)
        with reg.engine.begin() as conn:  # an intruder with the file: drops the guards, moves a receipt back
            for statement in unguard_statements("sqlite"):
                conn.exec_driver_sql(statement)
            conn.execute(text("UPDATE filings SET received_at = datetime(received_at, '-3 days') WHERE id = 3"))
        for lang in ("ru", "en"):
            switcher.switch(lang)
            window = MainWindow(AppState(ctx, InlineRunner(), lang), switcher.switch, "SQLite: register.db")
            window.resize(1380, 820)
            window.show()
            window.start()
            window.nav.setCurrentRow(REGISTER)
            for _ in range(20):
                app.processEvents()
            window.grab().save(str(out_dir / f"audit-warning-{lang}.png"))
            window.close()
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
