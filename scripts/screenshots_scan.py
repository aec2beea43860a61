"""README screenshots of registration from a scan (issue 19): a made-up typed notification, scanned badly,
read into the registration dialog with the purpose field focused and its words boxed on the scan, in Kazakh,
Russian and English: ``python scripts/screenshots_scan.py docs/img`` (scripts/screenshots.sh runs it under Xvfb).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.places.catalogue import add_place
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.scan_samples import NOISES, PLACES, make_filing, render_pdf, save_scan, scan


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def main(out_dir: Path) -> int:
    app = QApplication(sys.argv[:1])
    switcher = LanguageSwitcher(app)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="Төлеубаева Ж. С.")
        ctx = replace(reg.context, clock=lambda: datetime(2026, 3, 20, 6, 0, tzinfo=UTC))
        for place in PLACES:
            add_place(
                ctx,
                {
                    "name_kk": place.names.kk,
                    "name_ru": place.names.ru,
                    "name_en": place.names.en,
                    "district": place.district,
                    "address": place.address,
                    "max_occupancy": 500,
                    "decision_number": "12/3",
                    "decision_date": "2024-01-05",
                },
            )
        for lang, paper in (("kk", "kk"), ("ru", "ru"), ("en", "ru")):
            switcher.switch(lang)
            sample = make_filing(2026 + len(lang + paper), paper, "numbered", form="rally")
            path = save_scan(scan(render_pdf([sample.lines]), NOISES[1]), Path(tmp) / f"scan-{paper}.jpg")
            dialog = RegistrationDialog(AppState(ctx, InlineRunner(), lang))
            dialog.resize(1380, 860)
            dialog.show()
            dialog.scan.read(path)
            _settle(app)
            dialog.activateWindow()
            dialog.form.purpose.setFocus()
            _settle(app)
            dialog.scan.panel.highlight(dialog.scan.marked[dialog.form.purpose].words)  # as focusing it does
            _settle(app)
            dialog.grab().save(str(out_dir / f"scan-intake-{lang}.png"))
            dialog.close()
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
