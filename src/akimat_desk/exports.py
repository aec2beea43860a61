"""Public names of an area package, imported on first use (PEP 562).

An area's ``__init__`` lists what other areas may call, as ``{module: (name, ...)}``, and repeats the same
imports under ``if TYPE_CHECKING:`` for the type checker (``tests/test_architecture.py`` checks that both
agree). Nothing is imported until a name is asked for, so importing one module of an area (the window's
first stage reads ``services.filings.startup_preview``) does not load the rest of it, and area packages
never import each other at start.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, Sequence[str]]) -> tuple[Callable[[str], Any], list[str]]:
    """``__getattr__`` and ``__all__`` for ``package``, whose modules ``exports`` maps to their public names."""
    owner = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = owner.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no public name {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__, sorted(owner)
