"""The quit crash (issue 22 item 5): the full window quits with exit code 0 and no ``Fatal Python error`` after a
clerk's day of work and with work in flight. PySide6 6.12.0 on Python 3.11 takes a reference from None on each
void call into Qt (ui/none_guard.py); without the guard this run ends in ``none_dealloc``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from akimat_desk.ui import none_guard

SESSION = Path(__file__).with_name("quit_session.py")
REPO = Path(__file__).resolve().parents[2]
DAY_OF_UPDATES = 200_000  # more void calls than None has references in a fresh interpreter


def test_the_window_quits_cleanly_with_work_in_flight(tmp_path: Path) -> None:
    """(Run in a loop while developing: ``tests/ui/quit_session.py`` alone, six times clean.)"""
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(SESSION), str(tmp_path), str(DAY_OF_UPDATES)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
    )
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
    assert "quit cleanly" in done.stdout


def test_the_guard_keeps_none_far_from_zero() -> None:
    before = sys.getrefcount(None)
    none_guard.top_up()
    assert sys.getrefcount(None) >= min(before, none_guard.FLOOR)
    assert sys.getrefcount(None) >= none_guard.FLOOR and sys.getrefcount(False) >= none_guard.FLOOR
