"""PySide6's import hook without the cost of ``inspect.getsource``.

PySide6 (6.12) watches every module imported after it (its ``__feature__`` switch, PYSIDE-2029) and asks of
each whether its source mentions "PySide6": ``shibokensupport.feature._mod_uses_pyside`` answers with
``inspect.getsource(module)``, which reads the file into ``linecache`` and keeps it there. For the ~900
modules the window imports that was about 30 MB of source text held for the life of the process, and the
reading itself on the start path. ``lighten`` answers the same question by reading the file's bytes once
and keeping nothing; for anything that is not a plain ``.py`` file (or when PySide6 has no such hook, e.g.
another version) PySide6's own answer stands. ``tests/ui/test_pyside_feature.py`` pins both answers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

MARK = "_akimat_desk_light"


def lighten() -> bool:
    """Replace PySide6's source check by the light one (once); False when PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None:
        return False
    if getattr(upstream, MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        file: Any = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py"):
            return upstream(module)
        try:
            with open(file, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(uses_pyside, MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
