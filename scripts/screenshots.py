"""Take README screenshots of the real window (run under Xvfb by scripts/screenshots.sh): the Today
dashboard, the register and a filing card, in Kazakh, Russian and English."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from akimat_desk.services.demo import create_demo_register
from akimat_desk.services.office import change_settings
from akimat_desk.services.register import open_register
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import CARD, REGISTER, TODAY, MainWindow
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="Ким В.")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
        settings = change_settings(ctx, name_kk="Алматы қаласының әкімдігі", name_ru="Акимат города Алматы",
                                   name_en="Akimat of Almaty")  # fmt: skip
        ctx = replace(ctx, settings=settings)
        create_demo_register(ctx)
        for lang in ("kk", "ru", "en"):
            switcher.switch(lang)
            window = MainWindow(AppState(ctx, InlineRunner(), lang), switcher.switch, "SQLite: register.db")
            window.resize(1380, 820)
            window.show()
            window.start()
            _settle(app)
            for page, name in ((TODAY, "today"), (REGISTER, "register")):
                window.nav.setCurrentRow(page)
                _settle(app)
                window.grab().save(str(out_dir / f"{name}-{lang}.png"))
            window.open_filing(window.register.model.filing_id(3))
            window.card.tabs.setCurrentIndex(2)
            _settle(app)
            assert window.pages.currentIndex() == CARD
            window.grab().save(str(out_dir / f"card-{lang}.png"))
            window.close()
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
