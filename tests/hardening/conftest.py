"""Helpers of the hostile-input tests: the CLI in-process, and a snapshot of every table's row count."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

from akimat_desk.app import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``akimat-desk ARGS`` in-process: (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def database(home: str | Path) -> Path:
    found = sorted(Path(home).rglob("*.sqlite3")) + sorted(Path(home).rglob("*.db"))
    assert found, f"no register under {home}"
    return found[0]


def snapshot(home: str | Path) -> dict[str, Any]:
    """Every table's rows (as tuples) of the register under ``home``: equal snapshots mean nothing was written."""
    engine = create_engine(f"sqlite:///{database(home)}")
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f'SELECT * FROM "{t}"')).all() for t in inspect(conn).get_table_names()}
    finally:
        engine.dispose()


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")
