"""Rewrite imports written against the flat layout to the area packages (issue 14): run ONCE on each file.

    .venv/bin/python scripts/house_imports.py FILE...

Module paths move as ``scripts/house_map.py`` says (also inside strings: ``monkeypatch`` targets, ``importlib``
names); names imported from the split ``storage.orm`` and ``storage.repositories`` go to the module that holds
them now. A chain that is already a new path is left alone, but an old module whose name is now an area package
(``services.filings``, ``.deadlines``, ``.decisions``, ``.esign``, ``.places``, ``.office``) cannot be told from
that package when it stands alone: run it on code written for the old layout, once.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from house_map import MODULES, NAMES, SPLIT_DEFAULT

_SPLIT_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from (?P<mod>akimat_desk\.storage\.(?:orm|repositories)) import "
    r"(?P<names>\([^)]*\)|[^\n]*)",
    re.MULTILINE,
)
_SUBMODULE_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from (?P<pkg>akimat_desk(?:\.\w+)*) import (?P<names>\([^)]*\)|[^\n]*)", re.MULTILINE
)


def _names(text: str) -> list[str]:
    text = re.sub(r"#[^\n]*", "", text).strip().strip("()")
    return [n.strip() for n in text.replace("\n", " ").split(",") if n.strip()]


def _emit(indent: str, module: str, names: list[str]) -> str:
    line = f"{indent}from {module} import {', '.join(names)}"
    if len(line) <= 110:
        return line
    body = "".join(f"{indent}    {n},\n" for n in names)
    return f"{indent}from {module} import (\n{body}{indent})"


def _split(match: re.Match[str]) -> str:
    indent, module = match["indent"], match["mod"]
    groups: dict[str, list[str]] = {}
    for name in _names(match["names"]):
        base = name.split(" as ")[0].strip()
        groups.setdefault(NAMES.get((module, base), SPLIT_DEFAULT[module]), []).append(name)
    return "\n".join(_emit(indent, target, names) for target, names in groups.items())


def _submodules(match: re.Match[str]) -> str:
    """``from akimat_desk.services import decisions`` -> ``from ...services.decisions import workflow as decisions``."""
    indent, pkg = match["indent"], match["pkg"]
    names = _names(match["names"])
    moved = [n for n in names if f"{pkg}.{n.split(' as ')[0].strip()}" in MODULES]
    if not moved:
        return match.group(0)
    lines = []
    rest = [n for n in names if n not in moved]
    if rest:
        lines.append(_emit(indent, pkg, rest))
    for name in moved:
        base, _, alias = name.partition(" as ")
        new = MODULES[f"{pkg}.{base.strip()}"]
        parent, _, leaf = new.rpartition(".")
        alias = alias.strip() or base.strip()
        lines.append(f"{indent}from {parent} import {leaf}" + ("" if leaf == alias else f" as {alias}"))
    return "\n".join(lines)


_CHAIN = re.compile(r"\bakimat_desk(?:\.\w+)+")
_NEW_PREFIXES = {".".join(new.split(".")[:i]) for new in MODULES.values() for i in range(2, new.count(".") + 2)}


def _chain(match: re.Match[str]) -> str:
    """Move the longest old module that starts a dotted chain, unless the chain is already a new path."""
    parts = match.group(0).split(".")
    for cut in range(len(parts), 1, -1):
        old = ".".join(parts[:cut])
        if old not in MODULES:
            continue
        if cut < len(parts) and ".".join(parts[: cut + 1]) in _NEW_PREFIXES:
            return match.group(0)  # already the new layout (an area package and one of its modules)
        return ".".join([MODULES[old], *parts[cut:]])
    return match.group(0)


def rewrite(text: str) -> str:
    text = _SPLIT_IMPORT.sub(_split, text)
    text = _CHAIN.sub(_chain, text)
    return _SUBMODULE_IMPORT.sub(_submodules, text)


def main(paths: list[str]) -> int:
    for name in paths:
        path = Path(name)
        if not path.is_file() or path.suffix not in (".py", ".spec", ".toml", ".md", ".cfg", ".ini", ".txt", ".sh", ""):
            continue
        old = path.read_text("utf-8")
        new = rewrite(old)
        if new != old:
            path.write_text(new, "utf-8")
            print(f"rewrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
