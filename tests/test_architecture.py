"""The house's shape (issue 14): no import cycles inside src/, and every area package's public names agree
between what the type checker sees and what ``akimat_desk.exports`` imports at run time."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import grimp
import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "akimat_desk"


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        for node in sorted(edges):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_inside_src() -> None:
    graph = grimp.build_graph("akimat_desk", exclude_type_checking_imports=True)
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert _cycles(edges) == []


def _area_packages() -> list[Path]:
    return sorted(p for p in SRC.rglob("__init__.py") if "lazy_exports(" in p.read_text("utf-8"))


def _declared(init: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(names imported under TYPE_CHECKING by module, names given to lazy_exports by module)."""
    tree = ast.parse(init.read_text("utf-8"))
    package = ".".join(init.parent.relative_to(SRC.parent).parts)
    typed: dict[str, set[str]] = {}
    lazy: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If):
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.module, f"{init}: only imports under TYPE_CHECKING"
                assert imp.module.startswith(package + "."), f"{init}: {imp.module} is not a module of {package}"
                leaf = imp.module.removeprefix(package + ".")
                typed.setdefault(leaf, set()).update(a.name for a in imp.names)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            mapping = node.value.args[1]
            assert isinstance(mapping, ast.Dict)
            for key, value in zip(mapping.keys, mapping.values, strict=True):
                assert isinstance(key, ast.Constant) and isinstance(value, ast.Tuple)
                lazy[str(key.value)] = {str(ast.literal_eval(v)) for v in value.elts}
    return typed, lazy


@pytest.mark.parametrize("init", _area_packages(), ids=lambda p: ".".join(p.parent.relative_to(SRC).parts))
def test_area_public_names_agree_and_resolve(init: Path) -> None:
    typed, lazy = _declared(init)
    assert typed == lazy
    package = importlib.import_module(".".join(init.parent.relative_to(SRC.parent).parts))
    for module, names in lazy.items():
        real = importlib.import_module(f"{package.__name__}.{module}")
        for name in names:
            assert getattr(package, name) is getattr(real, name)
    with pytest.raises(AttributeError):
        package.not_a_public_name  # noqa: B018
