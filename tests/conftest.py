"""Test-wide settings: Qt offscreen, no OS keyring, a register per test, PostgreSQL when available."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # GUI tests run on a clerk's 1280x720 screen (issue 22)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'data/screen/clerk-1280x720.json'}"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("AKIMAT_DESK_USER", "tester")

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
