"""domain/deadlines.py stays pure: it imports only the standard library and akimat_desk.domain."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import akimat_desk.domain.deadlines as deadlines_module

SOURCE = Path(deadlines_module.__file__)


def _imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.append("akimat_desk.domain" if node.level else (node.module or ""))
    return names


def test_deadlines_imports_only_stdlib_and_the_domain() -> None:
    modules = _imported_modules(ast.parse(SOURCE.read_text(encoding="utf-8")))
    assert modules, "the parser found no import at all"
    foreign = [
        m
        for m in modules
        if m.split(".")[0] not in sys.stdlib_module_names
        and not (m == "akimat_desk.domain" or m.startswith("akimat_desk.domain."))
    ]
    assert foreign == []


def test_importing_deadlines_loads_no_third_party_calendar() -> None:
    code = (
        "import sys, akimat_desk.domain.deadlines\n"
        "bad = [m for m in ('holidays', 'yaml', 'akimat_desk.workdays') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    src = str(SOURCE.parents[2])
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": src},
    )
    assert done.stdout.strip() == ""
