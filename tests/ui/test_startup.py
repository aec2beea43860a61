"""The staged start (issue 5): the register's first screenful painted from a plain SQLite read before the rest of
the application is loaded, then the full window in its place; the start-up cache; the remembered start page."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from akimat_desk.app import _NOT_THE_WINDOW, window_request
from akimat_desk.domain.deadlines import CountdownState, working_days_between
from akimat_desk.services.filings.demo import create_demo_register
from akimat_desk.services.filings.register_view import open_register_view, remember_startup_facts, startup_facts
from akimat_desk.services.filings.startup_preview import (
    CACHE_NAME,
    CachedCalendar,
    OutsideCachedDays,
    RegisterFilter,
    SortKey,
    load_startup_cache,
    read_preview,
)
from akimat_desk.services.office.users import add_user
from akimat_desk.ui.filings.register_cells import Column, row_text
from akimat_desk.ui.main_window import CARD, REGISTER, MainWindow
from akimat_desk.ui.startup import StagedStart, StartupWindow
from akimat_desk.ui.startup_plan import PREVIEW_ROWS, REGISTER_PAGE, START_PAGE, TODAY_PAGE, plan_start, saved_filter
from akimat_desk.ui.state import AppState, GuiState
from akimat_desk.ui.widgets.countdown import countdown_icon
from tests.conftest import FIXED_NOW


@pytest.fixture
def demo_ctx(ctx: Any) -> Any:
    create_demo_register(ctx, 60)
    return ctx


@pytest.fixture
def home(demo_ctx: Any, tmp_path: Path) -> Path:
    """A register folder as the last full start left it: the register, the start-up cache, gui.json."""
    remember_startup_facts(demo_ctx, tmp_path)
    (tmp_path / "gui.json").write_text(
        json.dumps({"first_run_done": True, "language": "en", START_PAGE: REGISTER_PAGE}), "utf-8"
    )
    return tmp_path


def moments() -> list[datetime]:
    """Now at the start of the day, during office hours, at 18:30 sharp, after closing, two days on."""
    return [FIXED_NOW.replace(hour=h, minute=m) for h, m in ((3, 0), (6, 0), (13, 30), (15, 0))] + [
        FIXED_NOW + timedelta(days=2)
    ]


# ---------------------------------------------------------------- the preview equals the register
@pytest.mark.parametrize(
    "flt",
    [
        RegisterFilter(),
        RegisterFilter(form="picket"),
        RegisterFilter(status="registered"),
        RegisterFilter(received_from=date(2026, 3, 10), received_to=date(2026, 3, 16)),
        RegisterFilter(form="rally", received_to=date(2026, 3, 12)),
    ],
)
def test_the_preview_shows_the_registers_first_rows_with_the_same_texts_and_countdowns(
    demo_ctx: Any, home: Path, flt: RegisterFilter
) -> None:
    preview = read_preview(home / "register.db", home, flt, PREVIEW_ROWS)
    assert preview is not None
    page = open_register_view(demo_ctx, flt, SortKey.RECEIVED, True, PREVIEW_ROWS)
    assert [r.id for r in preview.rows] == page.ids[:PREVIEW_ROWS]
    assert preview.rows, "the filter should match some demo filings"
    tz = demo_ctx.settings.tz
    for now in moments():
        for row in preview.rows:
            full = page.rows[row.id]
            assert row == full
            assert preview.countdown(row, now) == page.clock.countdown(full, now)
            for column in Column:
                assert row_text(row, column, "kk", preview.hours.zone, None) == row_text(full, column, "kk", tz, None)


def test_the_cached_calendar_counts_working_days_as_the_full_calendar(demo_ctx: Any) -> None:
    facts = startup_facts(demo_ctx)
    cached = CachedCalendar(facts)
    with demo_ctx.uow() as uow:
        full = demo_ctx.calendar.get(uow)
    day = facts.first
    while day <= facts.last:
        assert cached.is_working_day(day) == full.is_working_day(day), day
        day += timedelta(days=1)
    rng = random.Random(5)
    span = (facts.last - facts.first).days
    for _ in range(500):
        a, b = (facts.first + timedelta(days=rng.randint(0, span)) for _ in range(2))
        assert working_days_between(a, b, cached) == working_days_between(a, b, full), (a, b)
    assert cached.add_working_days(date(2026, 3, 20), 3) == full.add_working_days(date(2026, 3, 20), 3)
    with pytest.raises(OutsideCachedDays):
        cached.is_working_day(facts.last + timedelta(days=1))
    with pytest.raises(OutsideCachedDays):
        working_days_between(facts.first - timedelta(days=3), facts.first + timedelta(days=3), cached)


def test_a_deadline_outside_the_cached_days_waits_for_the_full_register(demo_ctx: Any, home: Path, qapp: Any) -> None:
    preview = read_preview(home / "register.db", home, RegisterFilter(), PREVIEW_ROWS)
    assert preview is not None
    open_row = next(r for r in preview.rows if r.review_due is not None and r.status == "registered")
    far = datetime(2030, 1, 10, 6, 0, tzinfo=UTC)
    with pytest.raises(OutsideCachedDays):
        preview.countdown(open_row, far)
    frame = StartupWindow("SQLite", preview, "en", True, now=lambda: far)
    row = [r.id for r in preview.rows].index(open_row.id)
    text = frame.model.index(row, Column.DEADLINE).data()
    assert text == f"{open_row.review_due:%d.%m} · …"
    frame.close()


# ---------------------------------------------------------------- when there is no preview
def test_no_preview_without_a_cache_for_a_search_or_with_user_accounts(demo_ctx: Any, home: Path) -> None:
    db = home / "register.db"
    assert read_preview(db, home, RegisterFilter(search="сәрсенбаев"), 10) is None
    (home / CACHE_NAME).write_text('{"format": 99}', "utf-8")
    assert load_startup_cache(home) is None
    assert read_preview(db, home, RegisterFilter(), 10) is None
    (home / CACHE_NAME).write_text("not json", "utf-8")
    assert read_preview(db, home, RegisterFilter(), 10) is None
    remember_startup_facts(demo_ctx, home)
    assert read_preview(db, home, RegisterFilter(), 10) is not None
    add_user(demo_ctx, "admin", ["administrator"], "Secret-passphrase-1")
    assert read_preview(db, home, RegisterFilter(), 10) is None, "nothing is shown before the login"


def test_no_preview_of_an_encrypted_or_missing_register(tmp_path: Path, demo_ctx: Any) -> None:
    remember_startup_facts(demo_ctx, tmp_path)
    other = tmp_path / "other.db"
    other.write_bytes(b"\x8a\x01" * 512)  # what SQLCipher's first page looks like: no plain SQLite header
    assert read_preview(other, tmp_path, RegisterFilter(), 10) is None
    assert read_preview(tmp_path / "missing.db", tmp_path, RegisterFilter(), 10) is None


def test_the_saved_filters_are_read_as_the_register_page_saves_them(tmp_path: Path) -> None:
    gui = GuiState(tmp_path / "gui.json")
    gui.set(register_filters={"form": "march", "status": None, "search": " ", "from": "2026-03-01", "to": None})
    assert saved_filter(gui) == RegisterFilter(form="march", received_from=date(2026, 3, 1))
    gui.set(register_filters={"from": "not a date", "search": "Ахмет"})
    assert saved_filter(gui) == RegisterFilter(search="Ахмет")


def test_a_plan_offers_no_preview_for_a_server_register(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert plan_start(str(home)).preview is not None
    monkeypatch.setenv("AKIMAT_DESK_DATABASE_URL", "postgresql+psycopg://clerk@server/akimat")
    plan = plan_start(str(home))
    assert plan.preview is None and plan.url is not None


# ---------------------------------------------------------------- the two stages in the window
@pytest.fixture
def staged(qtbot: Any, switcher: Any) -> Any:
    """Runs a staged start on a home and cleans up: the session closed, English translators back on top."""
    started: list[StagedStart] = []

    def run(home: Path) -> tuple[StagedStart, list[Any], list[Any]]:
        frames: list[Any] = []
        windows: list[Any] = []
        start = StagedStart(QApplication.instance(), plan_start(str(home)), frames.append, windows.append)  # type: ignore[arg-type]
        started.append(start)
        qtbot.waitUntil(lambda: bool(windows), timeout=20_000)
        return start, frames, windows

    yield run
    for start in started:
        if start.session is not None:
            start.session.window.close()
            start.session.close()
        start.switcher.switch("en")


def test_the_frame_paints_the_preview_then_the_full_window_takes_its_place(staged: Any, home: Path) -> None:
    _start, frames, windows = staged(home)
    frame, window = frames[0], windows[0]
    assert frame.table is not None and frame.model.rowCount() == PREVIEW_ROWS  # of the 60 demo filings
    first = frame.model.index(0, Column.NUMBER).data()
    assert first == window.register.model.index(0, Column.NUMBER).data()
    assert frame.model.index(0, Column.DEADLINE).data() == window.register.model.index(0, Column.DEADLINE).data()
    assert not frame.isVisible() and window.isVisible()
    assert window.pages.currentIndex() == REGISTER
    assert window.geometry() == frame.geometry()
    assert load_startup_cache(home) is not None


def test_without_a_remembered_register_page_the_window_opens_on_today(staged: Any, home: Path) -> None:
    (home / "gui.json").write_text(json.dumps({"first_run_done": True, "language": "kk"}), "utf-8")
    _start, frames, windows = staged(home)
    assert frames[0].table is None, "Today has no preview: the frame says the register is opening"
    assert frames[0].statusBar().currentMessage() == "Журнал ашылуда…"
    assert windows[0].pages.currentIndex() == 0


def test_closing_the_frame_while_loading_opens_nothing(qtbot: Any, home: Path, switcher: Any) -> None:
    app = QApplication.instance()
    start = StagedStart(app, plan_start(str(home)))  # type: ignore[arg-type]
    start.frame.close()
    switcher.switch("en")
    qtbot.wait(300)
    QApplication.processEvents()
    assert start.abandoned and start.exit_code == 0
    assert start.session is None


def test_the_window_remembers_the_page_to_open_on(state: AppState, qtbot: Any) -> None:
    window = MainWindow(state, lambda _code: True)
    qtbot.addWidget(window)
    assert window.pages.currentIndex() == 0
    window.nav.setCurrentRow(REGISTER)
    assert state.gui.get(START_PAGE) == REGISTER_PAGE
    window.nav.setCurrentRow(CARD)
    assert state.gui.get(START_PAGE) == TODAY_PAGE
    window.nav.setCurrentRow(REGISTER)
    reopened = MainWindow(state, lambda _code: True)
    qtbot.addWidget(reopened)
    assert reopened.pages.currentIndex() == REGISTER


# ---------------------------------------------------------------- the entry point and its imports
@pytest.mark.parametrize(
    ("words", "home"),
    [
        ([], None),
        (["gui"], None),
        (["gui", "--home", "/tmp/x"], "/tmp/x"),
        (["--home=/tmp/y"], "/tmp/y"),
        (["gui", "--lang", "kk"], _NOT_THE_WINDOW),
        (["list"], _NOT_THE_WINDOW),
        (["gui", "--home"], _NOT_THE_WINDOW),
        (["--help"], _NOT_THE_WINDOW),
    ],
)
def test_a_plain_window_request_skips_the_command_line(words: list[str], home: object) -> None:
    assert window_request(words) == home


def test_the_first_stage_imports_neither_the_database_library_nor_the_calendar() -> None:
    code = (
        "import sys; import akimat_desk.ui.startup, akimat_desk.ui.startup_plan, akimat_desk.app; "
        "heavy = [m for m in ('sqlalchemy', 'holidays', 'alembic', 'reportlab', 'akimat_desk.storage.orm') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_the_countdown_icons_are_bundled_for_every_state(qapp: QApplication) -> None:
    for state in [*CountdownState, None]:
        icon = countdown_icon(state)
        assert isinstance(icon, QIcon) and not icon.isNull(), state
        assert icon.pixmap(16, 16).size().width() == 16
    assert countdown_icon(CountdownState.OVERDUE).cacheKey() != countdown_icon(CountdownState.ON_TRACK).cacheKey()


def test_the_preview_reads_without_writing(demo_ctx: Any, home: Path) -> None:
    files = sorted(home.glob("register.db*"))
    before = {f.name: f.read_bytes() for f in files}
    plan = plan_start(str(home))
    assert plan.preview is not None and len(plan.preview.rows) == PREVIEW_ROWS
    assert {f.name: f.read_bytes() for f in sorted(home.glob("register.db*"))} == before
