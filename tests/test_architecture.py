"""The direction of imports between the apps (ARCHITECTURE.md):

    backend ← crm ← graph ← monitoring ← alerts ← reports ← api
    demo may import any of them; nothing imports demo

A lower layer never imports a higher one, not even inside a function, and no
two modules import each other at module level (the one sanctioned loop, a
service enqueueing a Celery task of its own app, imports the task inside the
function that enqueues it).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each app and the apps it may import (besides itself).
MAY_IMPORT = {
    "backend": set(),
    "crm": {"backend"},
    "graph": {"backend", "crm"},
    "monitoring": {"backend", "crm", "graph"},
    "alerts": {"backend", "crm", "graph", "monitoring"},
    "reports": {"backend", "crm", "graph", "monitoring", "alerts"},
    "api": {"backend", "crm", "graph", "monitoring", "alerts", "reports"},
    "demo": {"backend", "crm", "graph", "monitoring", "alerts", "reports", "api"},
}
# The project's wiring: the URL root and the Celery app load every app.
WIRING = {"backend.urls", "backend.celery"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    modules = {}
    for app in MAY_IMPORT:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[module_name(path)] = path
    return modules


MODULES = project_modules()


def imported(module: str, path: Path, source: str | None = None) -> Iterator[tuple[str, bool]]:
    """The project modules ``module`` (the file ``path``) imports, each with
    whether the import is at module level (not inside a function or an ``if``)."""
    tree = ast.parse(path.read_text() if source is None else source)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            # ``from package import submodule`` imports the submodule
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            while name and name not in MODULES:
                name = name.rpartition(".")[0]
            if name and name != module:
                yield name, id(node) in top_level
                break


def test_every_app_of_the_project_has_its_place_in_the_layers():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps | {"backend"} == set(MAY_IMPORT)


def test_every_app_imports_only_the_layers_below_it():
    wrong = []
    for module, path in MODULES.items():
        if module in WIRING:
            continue
        app = module.split(".")[0]
        for target, _ in imported(module, path):
            other = target.split(".")[0]
            if other != app and other not in MAY_IMPORT[app]:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_no_module_level_import_cycles():
    graph = {
        module: {target for target, top in imported(module, path) if top}
        for module, path in MODULES.items()
    }
    cycles = []
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph[module]):
            if state.get(target) == "open":
                cycles.append(" → ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from graph.models import Post\n", {("graph.models", True)}),
        ("def f():\n    from api import roles\n", {("api", False)}),
        ("from crm import services\n", {("crm.services", True)}),
    ],
)
def test_imports_are_read_as_python_resolves_them(source, expected):
    # The checks above can fail: a lazy import is seen, a submodule is resolved.
    probe = ROOT / "crm" / "probe.py"
    assert set(imported("crm.probe", probe, source)) == expected
