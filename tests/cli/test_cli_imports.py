"""A command imports only what it needs (issue 17 item 3): ``--help`` builds the parser without the services or
SQLAlchemy, and the everyday commands on a register (``show``, ``list --search``, ``deadlines``, ``checks``) load
neither ReportLab, openpyxl, Alembic nor PySide6.

Each command runs in a fresh interpreter that dumps ``sys.modules`` when it exits (an ``atexit`` hook around
``akimat_desk.app.main``, the ``akimat-desk`` entry point), so a module imported anywhere on the way, at any depth,
is seen. The test is not timed; bench/bench_cli_latency.py measures the time.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import akimat_desk
from akimat_desk.app import main
from tests.conftest import EXAMPLES

NEVER_FOR_A_COMMAND = ("reportlab", "openpyxl", "alembic", "PySide6")
"""The letters' PDF engine, the XLSX engine, the schema migrations and the window: none is needed to read."""
NEVER_FOR_THE_PARSER = (*NEVER_FOR_A_COMMAND, "sqlalchemy", "holidays", "akimat_desk.storage", "akimat_desk.letters")
"""Building the parser (``--help``) opens no register: no storage, no calendar, no letters."""

_DUMP_AT_EXIT = """
import atexit, json, sys
out, words = sys.argv[1], sys.argv[2:]
atexit.register(lambda: open(out, "w").write(json.dumps(sorted(sys.modules))))
from akimat_desk.app import main
raise SystemExit(main(words))
"""


def loaded_by(words: list[str], dump: Path) -> tuple[set[str], subprocess.CompletedProcess[str]]:
    """The modules a fresh ``akimat-desk <words>`` had loaded when it exited, and the finished process."""
    src = str(Path(akimat_desk.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run(
        [sys.executable, "-c", _DUMP_AT_EXIT, str(dump), *words],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert dump.exists(), f"the process did not reach its exit: {done.stderr[-2000:]}"
    return set(json.loads(dump.read_text("utf-8"))), done


def offending(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    """The loaded modules that are one of ``packages`` or inside one, sorted."""
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small register with one rally (01-2026/0001) and one march, registered through the command line."""
    folder = str(tmp_path_factory.mktemp("imports") / "home")
    for example in ("rally.json", "march.json"):
        assert main(["--home", folder, "register", str(EXAMPLES / example)]) == 0
    return folder


def test_the_parser_is_built_without_services_storage_or_engines(tmp_path: Path) -> None:
    modules, done = loaded_by(["--help"], tmp_path / "modules.json")
    assert done.returncode == 0, done.stderr
    assert "show" in done.stdout and "checks" in done.stdout  # every area's commands are listed
    assert offending(modules, NEVER_FOR_THE_PARSER) == []


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        (["show", "01-2026/0001"], "01-2026/0001"),
        (["list", "--search", "Ганди", "--limit", "20"], "01-2026/0001"),
        (["deadlines", "--form", "rally", "--registered", "2026-03-18"], "review_deadline"),
        (["checks", "01-2026/0001"], ""),
    ],
    ids=["show", "list-search", "deadlines", "checks"],
)
def test_an_everyday_command_loads_no_pdf_xlsx_migration_or_window_engine(
    home: str, tmp_path: Path, words: list[str], shown: str
) -> None:
    modules, done = loaded_by([*words, "--home", home], tmp_path / "modules.json")
    assert done.returncode == 0, done.stderr
    assert shown in done.stdout
    assert "sqlalchemy" in modules  # the register was opened: the check below is not vacuous
    assert offending(modules, NEVER_FOR_A_COMMAND) == []


def test_a_command_leaves_the_garbage_collector_as_it_found_it(home: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The collector is paused while a command starts and frozen objects are set aside once its register is open
    (cli.common.collector_paused); after the command, in-process callers (the tests, a script) get it back."""
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert main(["show", "01-2026/0001", "--home", home]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert main(["show", "no-such-filing", "--home", home]) == 2  # a failing command too
    with pytest.raises(SystemExit):
        main(["--help"])
    assert gc.isenabled() and gc.get_freeze_count() == 0
    capsys.readouterr()
