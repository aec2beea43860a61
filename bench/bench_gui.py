"""Benchmark of the clerk's window on the registers of make_register (1,000 and 100,000 filings; not a test).

1. Process start to the first painted register (rows visible: the start-up preview), against a bare PySide6
   window with an empty table, both measured from ``subprocess.run`` to the process's exit after its first
   paint (both exit with ``os._exit``), median of 9 alternated pairs, wall clock.
2. Process start to the usable window (the full window built, its register showing the first screen of rows,
   Ctrl+N would open the registration dialog), median of 5, wall clock, from the launch to the swap of the
   preview for the window, against a bare PySide6 window from its launch to its first paint, measured the
   same way (the parent's clock passed in, neither exit counted), median of 5, alternated. Three registers
   (``VARIANTS``): plain SQLite; with user accounts, where the window is usable when the login dialog has
   painted; SQLCipher, its key given as the keyring would give it ($AKIMAT_DESK_PASSPHRASE).
3. Peak memory (VmHWM of the process at first paint), median of the 9 runs; and the peak RSS (VmHWM,
   which exec resets) of the full window when it is usable, median of the 5 runs.
4. One search keystroke: the typing delay of the register page (SEARCH_DELAY_MS) plus the query, the ids,
   the first page and the model reset, median of 7, against the raw FTS5 SQL query (median of 7).

    python bench/bench_gui.py [--filings N] [--home DIR]     (default: every size of make_register.sizes())

Each size runs on a copy of the cached register of ``bench/make_register.py`` in ``DIR/<N>``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import emit, register_label
from make_register import copy_of, sizes

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SEED = 50
PAIRS = 9  # bare and app runs, alternated
USABLE_RUNS = 5
SEARCH = "сәрсенбаев"

BARE = """
import resource, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); t = QTableView(w); w.setCentralWidget(t); w.resize(1400, 820)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            rss = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1]  # exec resets it
            print("painted", rss, flush=True); app.exit(0)
        return False
f = F(); t.viewport().installEventFilter(f)
w.show(); app.exec()
"""

APP = """
import os, resource, sys, time
from akimat_desk.app import open_window  # what `akimat-desk gui` runs
launched = float(sys.argv[2]) if len(sys.argv) > 2 else None  # the parent's clock when it started us
wait_for_window = launched is not None
def on_frame(frame):
    from PySide6.QtCore import QEvent, QObject
    class F(QObject):
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint and frame.model.rowCount() > 0 and not hasattr(self, "done"):
                self.done = True
                rss = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')).split()[1]
                print("painted", rss, flush=True)
                if not wait_for_window:
                    os._exit(0)  # the import thread is still running: leave without waiting for it
            return False
    class Login(QObject):  # with user accounts the clerk can act once the login dialog has painted
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint and type(o.window()).__name__ == "LoginDialog" and wait_for_window:
                elapsed = time.time() - launched
                hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1]
                print(f"usable {elapsed:.3f} 0 {hwm}", flush=True)
                os._exit(0)  # the login dialog is modal: no window to close behind it
            return False
    if frame.table is not None:
        frame.filter = F()
        frame.table.viewport().installEventFilter(frame.filter)
    else:
        assert wait_for_window, "no register preview (no start-up cache?)"
    from PySide6.QtWidgets import QApplication
    frame.login_filter = Login()
    QApplication.instance().installEventFilter(frame.login_filter)
def on_window(window):
    elapsed = time.time() - launched
    hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1]
    print(f"usable {elapsed:.3f} {window.register.model.rowCount()} {hwm}", flush=True)
    window.close()
open_window(sys.argv[1], on_frame, on_window)
"""


BARE_USABLE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
launched = float(sys.argv[1])
app = QApplication(sys.argv[:1])
w = QMainWindow(); t = QTableView(w); w.setCentralWidget(t); w.resize(1400, 820)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            elapsed = time.time() - launched
            hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1]
            print(f"usable {elapsed:.3f} 0 {hwm}", flush=True); app.exit(0)
        return False
f = F(); t.viewport().installEventFilter(f)
w.show(); app.exec()
"""


def build_register(home: Path, filings: int) -> None:
    """A copy of the register that lived (make_register) as ``home``'s register, with the window's settings."""
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    copy_of(filings, home).rename(home / "register.db")
    (home / "gui.json").write_text('{"first_run_done": true, "language": "kk", "start_page": "register"}', "utf-8")


PASSPHRASE = "bench-passphrase"  # what the keyring hands the window on a clerk's computer ($AKIMAT_DESK_PASSPHRASE)
VARIANTS = {
    "plain SQLite, no user accounts": (),
    "SQLite with user accounts (login dialog shown)": ("accounts",),
    "SQLCipher, no user accounts": ("encrypted",),
}
"""The registers the usable window is timed on: what makes them differ is what the window must do before the
clerk can act (the preview needs a plain register without accounts; SQLCipher derives the key at open)."""


def cli(home: Path, *words: str, **env: str) -> None:
    program = [str(Path(sys.executable).with_name("akimat-desk"))]
    subprocess.run([*program, "--home", str(home), *words], check=True, capture_output=True,
                   env=dict(os.environ, **env))  # fmt: skip


def variant_home(base: Path, filings: int, name: str) -> Path:
    """``base``'s register made into the variant ``name``: the accounts added or the file encrypted (CLI)."""
    home = base.with_name(f"{base.name}-{VARIANTS[name][0]}") if VARIANTS[name] else base
    if home == base:
        return home
    build_register(home, filings)
    if "accounts" in VARIANTS[name]:
        cli(home, "users", "add", "admin", "--role", "administrator", AKIMAT_DESK_NEW_PASSWORD="bench-password-1")
    if "encrypted" in VARIANTS[name]:
        cli(home, "encrypt", AKIMAT_DESK_PASSPHRASE=PASSPHRASE)
    return home


RSS_KB: dict[str, list[int]] = {}


def first_paint(script: str, *args: str) -> float:
    """Seconds from process start to the first painted table; the process's peak memory is kept in RSS_KB."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    assert "painted" in out.stdout, out.stdout + out.stderr
    elapsed = time.perf_counter() - started
    painted = next(line for line in out.stdout.splitlines() if line.startswith("painted"))
    RSS_KB.setdefault("app" if args else "bare", []).append(int(painted.split()[-1]))
    return elapsed


USABLE_KB: list[int] = []
BARE_USABLE_KB: list[int] = []


def full_window(home: Path) -> float:
    """Seconds from process start to the full window replacing the start-up frame (every action available),
    or to the login dialog's first paint where the register has user accounts; each run also refreshes the
    start-up cache the next start's preview uses. Its peak RSS goes to USABLE_KB."""
    launched = str(time.time())
    env = dict(os.environ, AKIMAT_DESK_PASSPHRASE=PASSPHRASE)
    out = subprocess.run(
        [sys.executable, "-c", APP, str(home), launched], capture_output=True, text=True, check=True, env=env
    )
    usable = next((line for line in out.stdout.splitlines() if line.startswith("usable")), None)
    assert usable is not None, out.stdout + out.stderr
    USABLE_KB.append(int(usable.split()[3]))
    return float(usable.split()[1])  # from the launch to the swap (the process's exit is not counted)


def bare_usable() -> float:
    """Seconds from the launch of a bare PySide6 window to its first paint, timed as ``full_window`` is."""
    launched = str(time.time())
    out = subprocess.run([sys.executable, "-c", BARE_USABLE, launched], capture_output=True, text=True, check=True)
    usable = next((line for line in out.stdout.splitlines() if line.startswith("usable")), None)
    assert usable is not None, out.stdout + out.stderr
    BARE_USABLE_KB.append(int(usable.split()[3]))
    return float(usable.split()[1])


def search_keystroke(home: Path) -> tuple[float, float, int]:
    from PySide6.QtWidgets import QApplication

    from akimat_desk.ui.filings.register_page import SEARCH_DELAY_MS
    from akimat_desk.ui.qt_app import build_session

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = build_session(app, str(home), ask_first_run=False)  # type: ignore[arg-type]
    view = session.window.register
    view.reload()
    session.runner.wait_idle()
    ui_times, sql_times = [], []
    from akimat_desk.storage.kernel.engine import PAGE_CACHE_KIB

    conn = sqlite3.connect(home / "register.db")
    conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")  # the app's page cache: the ratio is our overhead
    raw = (
        "SELECT id FROM filings WHERE id IN (SELECT rowid FROM filings_fts WHERE filings_fts MATCH ?) "
        "ORDER BY received_at DESC, id DESC"
    )
    for i in range(7):
        started = time.perf_counter()
        view.search.setText(SEARCH if i % 2 == 0 else SEARCH[:-1])  # starts the typing delay, as a keystroke does
        deadline = time.perf_counter() + SEARCH_DELAY_MS / 1000 + 5
        while view._search_timer.isActive() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        session.runner.wait_idle()
        app.processEvents()
        ui_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        ids = conn.execute(raw, (f'"{view.search.text()}"',)).fetchall()
        sql_times.append(time.perf_counter() - started)
    rows = view.model.rowCount()
    assert rows == len(ids), (rows, len(ids))
    session.close()
    return statistics.median(ui_times), statistics.median(sql_times), rows


def usable_rows(home: Path, filings: int, variant: str) -> None:
    """The usable window of one variant of the register: wall time, ratio to the bare window, peak memory."""
    reg = f"{register_label(filings)}, {variant}"
    full_window(home)  # once first: it writes the start-up cache the preview of the next starts reads
    USABLE_KB.clear()
    BARE_USABLE_KB.clear()
    usable_pairs = [(bare_usable(), full_window(home)) for _ in range(USABLE_RUNS)]  # alternated: load drifts
    bare_start, usable = (statistics.median(times) for times in zip(*usable_pairs, strict=True))
    print(f"usable window ({variant}): {usable * 1000:.0f} ms, bare PySide6 window {bare_start * 1000:.0f} ms")
    accounts = "accounts" in VARIANTS[variant]
    what = "the login dialog's first paint" if accounts else "the full window replacing the preview, its rows loaded"
    emit(
        f"start to the usable window, {filings:,} filings, {variant}",
        usable,
        bare_start,
        "bare PySide6 window to its first paint",
        "0.8 s",
        timed=f"process start to {what} (exit not counted)",
        runs=f"median of {USABLE_RUNS} alternated pairs",
        register=reg,
    )
    emit(
        f"start to the usable window against a bare window, {filings:,} filings, {variant}",
        usable,
        bare_start,
        "bare PySide6 window to its first paint",
        3.5,
        timed="the same, as a ratio to the bare window timed the same way (neither exit counted)",
        runs=f"median of {USABLE_RUNS} alternated pairs",
        register=reg,
    )
    window_mb = statistics.median(USABLE_KB) / 1024
    print(f"peak memory of the usable window ({variant}): {window_mb:.0f} MB")
    emit(
        f"peak memory of the usable window, {filings:,} filings, {variant}",
        window_mb,
        statistics.median(BARE_USABLE_KB) / 1024,
        "bare PySide6 window at its first paint",
        "200 MB",
        unit="MB",
        timed=f"VmHWM of the process at {what}",
        runs=f"median of {USABLE_RUNS}",
        register=reg,
        clock="peak RSS",
    )


def one_size(home: Path, filings: int) -> None:
    build_register(home, filings)
    reg = register_label(filings)
    gui = json.loads((home / "gui.json").read_text("utf-8"))
    (home / "gui.json").write_text(json.dumps(gui | {"start_page": "register", "register_filters": {}}), "utf-8")
    for variant in VARIANTS:
        usable_rows(variant_home(home, filings, variant), filings, variant)
    RSS_KB.clear()
    pairs = [(first_paint(BARE), first_paint(APP, str(home))) for _ in range(PAIRS)]  # interleaved: load drifts
    bare, app = (statistics.median(times) for times in zip(*pairs, strict=True))
    print(
        f"first paint: bare PySide6 {bare * 1000:.0f} ms, register of {filings} {app * 1000:.0f} ms, "
        f"ratio {app / bare:.2f}x (target <= 1.3x)"
    )
    runs = f"median of {PAIRS} alternated pairs"
    emit(
        f"start to first painted register (the preview), {filings:,} filings",
        app,
        bare,
        "bare PySide6 window",
        1.3,
        timed="process start to the first paint of the read-only preview, until the process exits",
        runs=runs,
        register=reg,
    )
    bare_mb, app_mb = (statistics.median(RSS_KB[k]) / 1024 for k in ("bare", "app"))
    print(f"peak memory at first paint: bare {bare_mb:.0f} MB, register of {filings} {app_mb:.0f} MB")
    emit(
        f"peak memory at first paint, {filings:,} filings",
        app_mb,
        bare_mb,
        "bare PySide6 window",
        unit="MB",
        timed="VmHWM of the process at its first paint (exec resets it; ru_maxrss carried the parent's peak)",
        runs=f"median of {PAIRS}",
        register=reg,
        clock="peak RSS",
    )
    ui, sql, rows = search_keystroke(home)
    print(
        f"search keystroke ({rows} hits): window {ui * 1000:.1f} ms, raw SQL {sql * 1000:.1f} ms, "
        f"ratio {ui / sql:.2f}x (target <= 3x, < 50 ms)"
    )
    emit(
        f"one search keystroke, {rows:,} hits of {filings:,}",
        ui,
        sql,
        "raw FTS5 SQL query",
        3,
        timed="setText in the search box to the model reset: the typing delay, query, ids, first page",
        runs="median of 7",
        register=reg,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filings", type=int, default=None)
    parser.add_argument("--home", default=str(Path(tempfile.gettempdir()) / "akimat_bench_gui"))
    args = parser.parse_args()
    for filings in [args.filings] if args.filings else sizes():
        one_size(Path(args.home) / str(filings), filings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
