"""PySide6's import hook answers as before (does a module mention PySide6?) without keeping its source."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import akimat_desk.ui.startup  # noqa: F401 (it makes the hook light, as the window's start does)
from akimat_desk.ui.pyside_feature import MARK, lighten


def test_the_hook_answers_as_pysides_own_and_keeps_no_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, MARK, False) and lighten()
    (tmp_path / "uses_qt_17m.py").write_text("import PySide6.QtCore\nX = 1\n", "utf-8")
    (tmp_path / "plain_17m.py").write_text("Y = 'no Qt here'\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("uses_qt_17m", "plain_17m"):
        exec(f"import {name}", {})  # an import statement: PySide6 hooks those, not importlib.import_module
        monkeypatch.delitem(sys.modules, name)
    assert feature.pyside_feature_dict["uses_qt_17m"] == 0  # a module using PySide: features switchable
    assert feature.pyside_feature_dict["plain_17m"] == -1  # any other: ignored, as PySide6 decides
    assert not [f for f in linecache.cache if f.endswith(("uses_qt_17m.py", "plain_17m.py"))]
