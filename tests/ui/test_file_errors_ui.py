"""A file the system refuses is told in the clerk's words and language, never in the OS's English (issue 22
item 5): what could not be done, the file, and why ("permission denied" -> "нет прав доступа")."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from akimat_desk.ui.errors import error_text
from akimat_desk.ui.filings.registration_dialog import RegistrationDialog
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.tasks import InlineRunner
from tests.ui.conftest import answer_question

REASONS = {
    "ru": ("Не удаётся прочитать файл", "такого файла или папки нет", "нет прав доступа"),
    "kk": ("файлын оқу мүмкін емес", "мұндай файл не қалта жоқ", "қол жеткізуге рұқсат жоқ"),
}
OS_ENGLISH = ("No such file", "Permission denied", "Errno")


def _locked_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scan the system refuses to read (as root, chmod does not refuse: the refusal is the system's answer)."""
    locked = tmp_path / "locked-scan.pdf"
    locked.write_bytes(b"%PDF-1.4")
    real_stat = os.stat

    def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(locked))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    return locked


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_scans_not_attached_are_named_with_the_reason_in_the_clerks_language(
    qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    state = AppState(ctx, InlineRunner(), lang, GuiState(tmp_path / "gui.json"))
    dialog = RegistrationDialog(state)
    qtbot.addWidget(dialog)
    missing = tmp_path / "moved-away.pdf"
    dialog.files = [missing, _locked_file(tmp_path, monkeypatch)]
    dialog.form.purpose.setText("Митинг")
    answer_question(qtbot, "defects_question", "Register &with defects")
    dialog.register()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    shown = dialog.result_details.text()
    what, not_found, denied = REASONS[lang]
    assert f"{what}" in shown and str(missing) in shown and not_found in shown and denied in shown, shown
    assert not any(english in shown for english in OS_ENGLISH), shown


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_file_the_window_could_not_write_names_it_and_why(lang: str) -> None:
    refused = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/media/backup/register.db")
    shown = error_text(refused, lang)
    assert "/media/backup/register.db" in shown
    assert {"ru": "на диске нет места", "kk": "дискіде орын жоқ"}[lang] in shown
    assert os.strerror(errno.ENOSPC) not in shown
