"""Take README screenshots of the real window (run under Xvfb by scripts/screenshots.sh): the Today
dashboard, the register and a filing card, in Kazakh, Russian and English."""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings_change import change_settings
from akimat_desk.ui.i18n import LanguageSwitcher
from akimat_desk.ui.main_window import CARD, REGISTER, TODAY, MainWindow
from akimat_desk.ui.state import AppState
from akimat_desk.ui.tasks import InlineRunner


def _settle(app: QApplication) -> None:
    for _ in range(10):
        app.processEvents()


def _decision_shots(app: QApplication, window: MainWindow, lang: str, out_dir: Path) -> None:
    """The decision dialog of the open card (a refusal with ground 5 ticked) and the letter preview of a fresh
    picket refused on ground 9 in the UI language."""
    import json
    import time

    from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, Ground, GroundReason
    from akimat_desk.services.decisions.workflow import decide
    from akimat_desk.services.filings.registration import register_filing
    from akimat_desk.services.office.settings import update_settings
    from akimat_desk.ui.decisions.decision_dialog import DecisionDialog
    from akimat_desk.ui.decisions.letter_preview import LetterPreviewDialog

    state = window.state
    dialog = DecisionDialog(state, window.card.card, window)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(DecisionKind.REFUSE.value))
    dialog.row("A14-5").check.setChecked(True)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out_dir / f"decision-{lang}.png"))
    dialog.close()
    signatory = {
        "signatory_name": "А. Б. Сейітов",
        "signatory_position_kk": "Әкімнің орынбасары",
        "signatory_position_ru": "Заместитель акима",
        "signatory_position_en": "Deputy Akim",
        "executor_name": "Жанар Серікқызы Төлеубаева",
    }
    state.ctx = replace(state.ctx, settings=update_settings(state.ctx.uow, **signatory))
    data = json.loads((Path(__file__).resolve().parents[1] / "docs/examples/picket.json").read_text("utf-8"))
    data["received_at"] = state.ctx.clock().isoformat()
    fid = register_filing(state.ctx, data | {"language": lang}).filing.id
    reason = {
        "kk": "Қатысушылар саны орынның шекті толу нормасынан (50 адам) асады: 120 адам.",
        "ru": "Ожидается 120 участников при норме предельной заполняемости места 50 человек.",
        "en": "120 participants are expected; the place's maximum occupancy is 50.",
    }[lang]
    decide(state.ctx, fid, DecisionRequest(DecisionKind.REFUSE, (GroundReason(Ground.A14_9, reason),)))
    preview = LetterPreviewDialog(state, fid, language=lang, parent=window)
    preview.resize(900, 1000)
    preview.show()
    for _ in range(40):  # QPdfView renders pages on a thread
        app.processEvents()
        time.sleep(0.05)
    preview.grab().save(str(out_dir / f"letter-preview-{lang}.png"))
    preview.close()


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
            _decision_shots(app, window, lang, out_dir)  # issue 6: decision dialog and letter preview
            window.close()
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/img")))
