"""Take README screenshots of the real window (run under Xvfb by scripts/screenshots.sh)."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from akimat_desk.services.demo import create_demo_register
from akimat_desk.services.register import open_register
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import MainWindow


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="demo")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
        create_demo_register(ctx)
        for lang in ("kk", "ru", "en"):
            switcher.switch(lang)
            window = MainWindow(ctx, switcher.switch, lang)
            window.resize(1280, 640)
            window.show()
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out_dir / f"register-{lang}.png"))
            window.close()
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
