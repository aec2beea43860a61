"""Make cross-area imports go through the other area's ``__init__`` (issue 14's area contracts).

    .venv/bin/python scripts/area_exports.py

Finds every ``from akimat_desk.<layer>.<area>.<module> import names`` written in another area, rewrites it to
``from akimat_desk.<layer>.<area> import names`` and adds the names to that area's ``__init__.pyi`` (the list
``akimat_desk.exports`` reads), keeping what is already listed; then writes the
import-linter contract of each area into pyproject.toml (between the two ``area contracts`` comments), over
the area packages that exist. Run ruff afterwards.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

AREAS = {"filings", "deadlines", "decisions", "esign", "places", "reports", "office"}
ROOT = Path(__file__).resolve().parents[1] / "src" / "akimat_desk"


def _area(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] in ("services", "storage", "ui", "cli") and parts[2] in AREAS:
        return parts[2]
    return None


def _module_name(path: Path) -> str:
    name = "akimat_desk." + ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _listed(init: Path) -> dict[str, list[str]]:
    """What the package's ``__init__.pyi`` lists, by module (empty when there is none yet)."""
    stub = init.with_suffix(".pyi")
    listed: dict[str, list[str]] = {}
    if stub.exists():
        for node in ast.parse(stub.read_text("utf-8")).body:
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
                listed.setdefault(node.module, []).extend(a.name for a in node.names)
    return listed


def _write_init(init: Path, package: str, listed: dict[str, list[str]]) -> None:
    doc = ast.get_docstring(ast.parse(init.read_text("utf-8"))) or package
    doc = doc.split("\n\nWhat other areas may use")[0]
    init.write_text(
        f'"""{doc}\n\nWhat other areas may use of it is listed in ``__init__.pyi`` (``akimat_desk.exports``)."""\n\n'
        "from akimat_desk.exports import lazy_exports\n\n__getattr__, __all__ = lazy_exports(__name__)\n",
        "utf-8",
    )
    lines = [f'"""The public names of ``{package}``: what other areas may use (read at run time too)."""', ""]
    for module in sorted(listed):
        lines += [f"from .{module} import {name} as {name}" for name in sorted(set(listed[module]))]
    init.with_suffix(".pyi").write_text("\n".join(lines) + "\n", "utf-8")


LAYERS = ("services", "storage", "ui", "cli")
BEGIN, END = "# area contracts: written by scripts/area_exports.py\n", "# end of area contracts\n"


def _contracts() -> str:
    def exists(layer: str, area: str) -> bool:
        return (ROOT / layer / area).is_dir() or (ROOT / layer / f"{area}.py").is_file()

    blocks = []
    for area in sorted(AREAS):
        sources = [f'"akimat_desk.{layer}.{area}"' for layer in LAYERS if exists(layer, area)]
        forbidden = [
            f'    "akimat_desk.{layer}.{other}.*",\n'
            for other in sorted(AREAS - {area})
            for layer in LAYERS[:3]
            if (ROOT / layer / other).is_dir()
        ]
        blocks.append(
            "[[tool.importlinter.contracts]]\n"
            f'name = "The {area} area uses other areas only through the names their __init__ exports"\n'
            'type = "forbidden"\n'
            f"source_modules = [{', '.join(sources)}]\n"
            f"forbidden_modules = [\n{''.join(forbidden)}]\n"
            "allow_indirect_imports = true\n"
        )
    return BEGIN + "\n".join(blocks) + END


def _write_contracts() -> None:
    pyproject = ROOT.parents[1] / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    first, last = text.index(BEGIN), text.index(END) + len(END)
    pyproject.write_text(text[:first] + _contracts() + text[last:], "utf-8")


def _home(package: str, module: str, name: str) -> str:
    """The module of ``package`` that defines ``name``: ``module`` itself unless it only imports it."""
    tree = ast.parse(ROOT.joinpath(*package.split(".")[1:], f"{module}.py").read_text("utf-8"))
    for node in tree.body:
        inside = isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package + ".")
        if inside and any((a.asname or a.name) == name for a in node.names):  # type: ignore[union-attr]
            return str(node.module).removeprefix(package + ".")  # type: ignore[union-attr]
    return module


def main() -> int:
    wanted: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    edits: dict[Path, list[tuple[int, int, str, str]]] = defaultdict(list)
    for path in sorted(ROOT.rglob("*.py")):
        area = _area(_module_name(path))
        if area is None:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("akimat_desk.")):
                continue
            target = _area(node.module)
            parts = node.module.split(".")
            if target and target != area and len(parts) == 4 and parts[1] != "cli":
                package = ".".join(parts[:3])
                for alias in node.names:
                    wanted[package][_home(package, parts[3], alias.name)].add(alias.name)
                edits[path].append((node.lineno, node.end_lineno or node.lineno, node.module, package))
    for path, items in edits.items():
        lines = path.read_text("utf-8").split("\n")
        for first, last, module, package in sorted(items, reverse=True):
            chunk = "\n".join(lines[first - 1 : last]).replace(f"from {module} import", f"from {package} import", 1)
            lines[first - 1 : last] = chunk.split("\n")
        path.write_text("\n".join(lines), "utf-8")
        print(f"rewrote {path.relative_to(ROOT.parent.parent)}")
    for package, modules in wanted.items():
        init = ROOT.joinpath(*package.split(".")[1:], "__init__.py")
        listed = _listed(init)
        for module, names in modules.items():
            listed[module] = sorted(set(listed.get(module, [])) | names)
        _write_init(init, package, listed)
        print(f"exports of {package}: {sum(len(v) for v in listed.values())} names")
    _write_contracts()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
