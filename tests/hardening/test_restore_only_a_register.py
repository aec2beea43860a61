"""``restore`` accepts only a register of this application (issue 21 item 5): a 0-byte file, another program's
SQLite database, a register with an unknown revision or without its history chain, and a truncated backup are
refused with exit 2 and a message naming the file, and the register keeps its filings."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from tests.conftest import EXAMPLES

from .conftest import database, run, run_json, snapshot


def three_filings(capsys: Any, home: str) -> None:
    for name in ("picket.json", "rally.json", "march.json"):
        run_json(capsys, "--home", home, "register", str(EXAMPLES / name))


def refused(capsys: Any, home: str, path: Path, words: str) -> None:
    before = snapshot(home)
    code, out, err = run(capsys, "--home", home, "--lang", "en", "restore", str(path))
    assert code == 2, (out, err)
    assert str(path) in err and words in err, err
    assert "Check: ok" not in out
    assert snapshot(home) == before and len(run_json(capsys, "--home", home, "list")) == 3


def test_an_empty_or_foreign_file_is_refused(capsys: Any, home: str, tmp_path: Path) -> None:
    three_filings(capsys, home)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    refused(capsys, home, empty, "empty file")
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    refused(capsys, home, foreign, "missing tables")


def copy_of(home: str, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    with sqlite3.connect(database(home)) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def test_a_register_of_an_unknown_revision_or_without_its_chain_is_refused(
    capsys: Any, home: str, tmp_path: Path
) -> None:
    three_filings(capsys, home)
    newer = copy_of(home, tmp_path, "newer.db")
    with sqlite3.connect(newer) as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    refused(capsys, home, newer, "unknown migration revision: 9999")
    unchained = copy_of(home, tmp_path, "unchained.db")
    with sqlite3.connect(unchained) as conn:
        conn.execute("DROP TABLE audit_heads")
    refused(capsys, home, unchained, "history chain")


def test_a_truncated_backup_is_refused_not_an_exception(capsys: Any, home: str, tmp_path: Path) -> None:
    three_filings(capsys, home)
    whole = copy_of(home, tmp_path, "whole.db")
    cut = tmp_path / "cut.db"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    before = snapshot(home)
    code, _, err = run(capsys, "--home", home, "--lang", "en", "restore", str(cut))
    assert code == 2 and str(cut) in err and "nothing" in err, err
    assert snapshot(home) == before


def test_a_real_backup_still_restores(capsys: Any, home: str, tmp_path: Path) -> None:
    three_filings(capsys, home)
    code, _, err = run(capsys, "--home", home, "backup", "--to", str(tmp_path / "copies"), "--json")
    assert code == 0, err
    [copy] = sorted((tmp_path / "copies").glob("register-*.db"))
    code, _, err = run(capsys, "--home", home, "--lang", "en", "restore", str(copy))
    assert code == 0, err
    assert len(run_json(capsys, "--home", home, "list")) == 3
