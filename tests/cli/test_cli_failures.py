"""How the command line fails (issue 14 item 5): only domain errors are bad input; a storage fault says what to
do; anything else is reported as a bug with the error log's path, never as "the register could not be saved";
a reader that closes the pipe early ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from akimat_desk import cli
from akimat_desk.app import main
from akimat_desk.services.kernel.messages import message
from tests.conftest import EXAMPLES


@pytest.fixture
def home(tmp_path: Path) -> str:
    path = tmp_path / "home"
    assert main(["--home", str(path), "register", str(EXAMPLES / "rally.json")]) == 0
    return str(path)


def _break_list(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    def broken(*_args: object) -> int:
        raise exc

    monkeypatch.setattr(cli.filings, "_list", broken)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_an_unexpected_exception_is_a_bug_with_the_log_path(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], home: str, lang: str
) -> None:
    capsys.readouterr()
    _break_list(monkeypatch, KeyError("planted"))
    code = main(["--home", home, "--lang", lang, "list"])
    err = capsys.readouterr().err
    log = Path(home) / "logs" / "akimat-desk-errors.log"
    assert code == 1
    assert str(log) in err and "KeyError" in err
    assert err.strip() == message("error.bug", lang, detail="KeyError", log=str(log))
    assert message("error.database", lang, detail="")[:20] not in err
    text = log.read_text("utf-8")
    assert "Traceback" in text and "KeyError: 'planted'" in text and "list" in text


def test_a_storage_fault_says_what_to_do_not_bug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], home: str
) -> None:
    capsys.readouterr()
    _break_list(monkeypatch, OperationalError("INSERT", {}, Exception("database is locked")))
    code = main(["--home", home, "--lang", "en", "list"])
    err = capsys.readouterr().err
    assert code == 1
    assert "akimat-desk-errors.log" not in err
    assert not (Path(home) / "logs").exists()


def test_a_closed_pipe_ends_quietly(home: str) -> None:
    env = dict(os.environ, AKIMAT_DESK_LANG="en")
    proc = subprocess.Popen(
        [sys.executable, "-m", "akimat_desk", "--home", home, "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""
