"""The package's layers (issue 14): analysis under rules, one rule a file, an
explicit rule table, no import cycles.

The import graph is read from the source (every ``import``, at module level
or inside a function), so a lazy import counts as much as an eager one.
"""
from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from zgov_cli.rules.base import Rule
from zgov_cli.rules.registry import RULES, all_rules, load_rule

PKG = Path(__file__).resolve().parent.parent / "zgov_cli"
RULE_FILES = sorted(p for p in (PKG / "rules").glob("zg*/zg*.py"))


def module_name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PKG.rglob("*.py")}


def imports_of(path: Path) -> set[str]:
    """The zgov_cli modules ``path`` imports (submodules named in a
    ``from X import y`` count when ``X.y`` is a module)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("zgov_cli"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("zgov_cli"):
                continue
            subs = [f"{mod}.{a.name}" for a in node.names if f"{mod}.{a.name}" in MODULES]
            out.update(subs)
            if len(subs) < len(node.names):
                out.add(mod)
    out.discard(name)
    return {m for m in out if m in MODULES}


GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def test_import_graph_is_read():
    """The graph sees relative, lazy and submodule imports (a broken reader
    would make every other test here pass vacuously)."""
    assert "zgov_cli.rules.base" in GRAPH["zgov_cli.rules.registry"]
    assert "zgov_cli.analysis.orgs" in GRAPH["zgov_cli.structure"]
    assert "zgov_cli.structure" in GRAPH["zgov_cli.examples"]  # imported inside a function
    assert "zgov_cli.analysis.segment" in GRAPH["zgov_cli.analysis.asks_legacy"]


def test_no_import_cycles():
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for n in sorted(GRAPH[m]):
            if state.get(n) == 1:
                cycle = stack[stack.index(n):] + [n]
                pytest.fail("import cycle: " + " → ".join(cycle))
            if n not in state:
                visit(n)
        stack.pop()
        state[m] = 2

    for m in sorted(GRAPH):
        if m not in state:
            visit(m)


ALLOWED_FOR_RULES = ("zgov_cli.rules.base", "zgov_cli.analysis", "zgov_cli.model", "zgov_cli.data")


def outside_rule_layer(deps: set[str]) -> list[str]:
    """What a rule module may not import: anything but the rule base,
    analysis, the model and data (so no other rule, no structure, no reader)."""
    return sorted(m for m in deps if not any(m == a or m.startswith(a + ".") for a in ALLOWED_FOR_RULES))


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rule_module_imports_only_base_analysis_model(path):
    bad = outside_rule_layer(GRAPH[module_name(path)])
    assert bad == [], f"{path.name} imports {bad}"


def test_analysis_never_imports_rules_structure_readers_engine():
    forbidden = ("zgov_cli.rules", "zgov_cli.structure", "zgov_cli.readers", "zgov_cli.engine",
                 "zgov_cli.examples", "zgov_cli.cli", "zgov_cli.report", "zgov_cli.output")
    for name, deps in GRAPH.items():
        if name.startswith("zgov_cli.analysis"):
            bad = sorted(d for d in deps if d.startswith(forbidden))
            assert bad == [], f"{name} imports {bad}"


def test_the_checker_itself_is_caught():
    """A rule module that imported structure, or another rule, would fail."""
    fake = {"zgov_cli.structure", "zgov_cli.readers.text", "zgov_cli.rules.registry",
            "zgov_cli.rules.zg1_routing.zg101_one_matter_per_request"}
    assert outside_rule_layer(fake | {"zgov_cli.analysis.text", "zgov_cli.rules.base"}) == sorted(fake)


def test_one_rule_a_file_and_the_table_lists_each_once():
    listed = {}
    for code, target in RULES.items():
        module, _, cls = target.partition(":")
        listed[f"zgov_cli.rules.{module}"] = (code, cls)
    files = {module_name(p) for p in RULE_FILES}
    assert files == set(listed), "rule files and the rule table disagree"
    for name, (code, cls) in listed.items():
        mod = importlib.import_module(name)
        rules = [c for _, c in inspect.getmembers(mod, inspect.isclass)
                 if issubclass(c, Rule) and c is not Rule and c.__module__ == name]
        assert [r.__name__ for r in rules] == [cls], name
        assert rules[0].code == code
        assert Path(mod.__file__).stem.startswith(code.lower() + "_")


def test_no_registration_by_import_side_effect():
    """The table alone decides which rules exist: importing every rule
    module adds nothing, and each code loads its own class."""
    before = dict(all_rules())
    for p in RULE_FILES:
        importlib.import_module(module_name(p))
    assert list(all_rules()) == list(before) == sorted(RULES)
    assert all(load_rule(code).code == code for code in RULES)
