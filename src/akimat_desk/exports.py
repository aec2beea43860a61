"""Public names of an area package, imported on first use (PEP 562).

An area's ``__init__.pyi`` lists what other areas may use, one ``from .module import name as name`` a line:
the type checker reads it as the package's interface, and :func:`lazy_exports` reads the same file at run
time (it is package data, bundled by the frozen build too), so the list is written once. The package's
``__init__.py`` only says ``__getattr__, __all__ = lazy_exports(__name__)``. Nothing is imported until a name
is asked for: importing one module of an area (the window's first stage reads
``services.filings.startup_preview``) loads nothing else, and area packages never import each other at start.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from importlib import resources
from typing import Any


def public_names(package: str) -> dict[str, str]:
    """Each public name of ``package`` with the module (relative to the package) that defines it."""
    stub = resources.files(package).joinpath("__init__.pyi").read_text("utf-8")
    names: dict[str, str] = {}
    for node in ast.parse(stub).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    return names


def lazy_exports(package: str) -> tuple[Callable[[str], Any], list[str]]:
    """``__getattr__`` and ``__all__`` for ``package`` from its ``__init__.pyi``."""
    owner = public_names(package)

    def __getattr__(name: str) -> Any:
        module = owner.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no public name {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__, sorted(owner)
