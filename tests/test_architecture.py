"""The house's shape (issue 14): no import cycles inside src/, and every area package's public names (its
``__init__.pyi``, read by the type checker and by ``akimat_desk.exports`` at run time) resolve."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import grimp
import pytest

from akimat_desk.exports import public_names

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


def test_every_area_package_with_public_names_has_its_list() -> None:
    packages = _area_packages()
    assert len(packages) >= 10
    for init in packages:
        assert init.with_suffix(".pyi").is_file(), init
        code = [line for line in init.read_text("utf-8").splitlines() if line and not line.startswith((" ", '"'))]
        assert code[-2:] == [
            "from akimat_desk.exports import lazy_exports",
            "__getattr__, __all__ = lazy_exports(__name__)",
        ]


@pytest.mark.parametrize("init", _area_packages(), ids=lambda p: ".".join(p.parent.relative_to(SRC).parts))
def test_area_public_names_resolve_to_the_module_that_defines_them(init: Path) -> None:
    name = ".".join(init.parent.relative_to(SRC.parent).parts)
    listed = public_names(name)
    assert listed, f"{init.with_suffix('.pyi')} lists nothing"
    package = importlib.import_module(name)
    assert sorted(package.__all__) == sorted(listed)
    for public, module in listed.items():
        real = importlib.import_module(f"{name}.{module}")
        assert getattr(package, public) is getattr(real, public)
        value = getattr(real, public)
        if isinstance(value, type) or callable(value):
            assert value.__module__ == real.__name__, f"{public} is defined in {value.__module__}: list that module"
    with pytest.raises(AttributeError):
        package.not_a_public_name  # noqa: B018
