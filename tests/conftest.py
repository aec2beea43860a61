"""Test-wide settings: Qt offscreen, no OS keyring, a register per test, PostgreSQL when available."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # GUI tests run on a clerk's 1280x720 screen (issue 22)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'data/screen/clerk-1280x720.json'}"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("AKIMAT_DESK_USER", "tester")
os.environ.setdefault("AKIMAT_DESK_CACHE", tempfile.mkdtemp(prefix="akimat-cache-"))  # not the user's cache folder

from akimat_desk.services.kernel.opening import OpenRegister, open_register
from akimat_desk.ui import none_guard

FIXED_NOW = datetime(2026, 3, 18, 10, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "docs" / "examples"
PG_BIN = Path("/usr/lib/postgresql/15/bin")


@pytest.fixture
def register(tmp_path: Path) -> Iterator[OpenRegister]:
    reg = open_register(tmp_path / "register.db", tmp_path / "backups", actor="tester")
    yield reg
    reg.close()


@pytest.fixture
def ctx(register: OpenRegister) -> Any:
    from dataclasses import replace

    return replace(register.context, clock=lambda: FIXED_NOW)


def on_receipt(ctx: Any, data: Any, after: timedelta = timedelta(hours=1)) -> Any:
    """``ctx`` with the register's clock ``after`` the time of receipt in ``data``, as when the clerk registers a
    filing on its arrival: a test whose data lie after its fixed clock registers through this, so no receipt is
    in the future of the register that records it (``services.filings.refuse_future_receipt``)."""
    from dataclasses import replace

    received = datetime.fromisoformat(str(data["received_at"]))
    if received.tzinfo is None:
        received = received.replace(tzinfo=ctx.settings.tz)
    return replace(ctx, clock=lambda: received + after)


def register_on_receipt(ctx: Any, data: Any) -> Any:
    """``register_filing(ctx, data)`` with the clock of ``on_receipt``: the ``Registered`` result."""
    from akimat_desk.services.filings.registration import register_filing

    return register_filing(on_receipt(ctx, data), data)


def freeze_clock(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    """Set the register's default clock (``services.kernel.context.utc_now``) to ``when`` for one test: the CLI
    and the window build their own context, so a test whose data lie in the real clock's future reads them
    at a time of its own."""

    class _Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return when.astimezone(tz)

    monkeypatch.setattr("akimat_desk.services.kernel.context.datetime", _Frozen)


def _start_postgres() -> tuple[str, Any] | None:
    if not (PG_BIN / "initdb").exists():
        return None
    root = Path(tempfile.mkdtemp(prefix="akimat-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = str(55432 + os.getpid() % 1000)
    run = lambda *cmd: subprocess.run([*as_postgres, *cmd], check=True, capture_output=True)  # noqa: E731
    try:
        run(
            str(PG_BIN / "initdb"),
            "-D",
            str(root / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "-N",
        )
        run(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(root / "data"),
            "-l",
            str(root / "log"),
            "-w",
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off",
            "start",
        )
    except (subprocess.CalledProcessError, OSError):
        return None

    def stop() -> None:
        subprocess.run(
            [*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)

    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster for the session. Without Debian's PostgreSQL 15 (scripts/setup.sh installs
    it) the tests that need it fail: a missing install step must not pass as a skip."""
    started = _start_postgres()
    if started is None:
        pytest.fail("PostgreSQL 15 server binaries not found: run scripts/setup.sh (Debian package postgresql)")
    url, stop = started
    yield url
    stop()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh database on the session's server for one test."""
    import uuid

    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield postgres_server.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """PySide6 6.12 on Python 3.11 takes a reference from None on each void call into Qt (ui/none_guard.py):
    a long test session would end in ``Fatal Python error: none_dealloc`` without the window's guard."""
    none_guard.top_up()
