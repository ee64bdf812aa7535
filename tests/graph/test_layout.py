"""graph/ is laid out by entity: imports at module top level without cycles, Cypher named by entity."""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

GRAPH = Path(__file__).resolve().parents[2] / "graph"


def _module_name(path: Path) -> str:
    parts = path.relative_to(GRAPH.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph_imports(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "graph":
            # `from graph import audit` names a module; `from graph.x import y` names graph.x.
            found |= ({f"graph.{a.name}" for a in node.names} if node.module == "graph" else {node.module})
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "graph"}
    return found


def _trees() -> dict[str, ast.Module]:
    return {_module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in GRAPH.rglob("*.py")}


_PROJECT = {"graph", "ingest", "analysis", "netwerkkaart", "web"}


def _cycle(deps: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module):], module]
        if module in done:
            return None
        for dep in sorted(deps.get(module, ())):
            if found := visit(dep, [*path, module]):
                return found
        done.add(module)
        return None

    return next((c for m in sorted(deps) if (c := visit(m, []))), None)


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    return [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]


def test_every_import_of_the_project_in_graph_is_at_module_top_level() -> None:
    # A library imported where it is used (Babel's locale data, for a quick `--help`) hides no cycle;
    # one of the project's own modules imported inside a function would.
    nested = [f"{name}:{node.lineno}" for name, tree in _trees().items() for top in tree.body
              if not isinstance(top, ast.Import | ast.ImportFrom)
              for node in ast.walk(top) if isinstance(node, ast.Import | ast.ImportFrom)
              and any(m.split(".")[0] in _PROJECT for m in _imported(node))]
    assert not nested, f"imports inside functions or classes (they hide cycles): {nested}"


def test_graph_modules_import_one_another_without_a_cycle() -> None:
    deps = {name: _graph_imports(tree) for name, tree in _trees().items()}
    assert "graph.connection" in deps and "graph.schema" in deps["graph.connection"]
    assert _cycle(deps) is None, f"import cycle: {' -> '.join(_cycle(deps) or [])}"


def test_the_cycle_finder_sees_a_cycle() -> None:
    assert _cycle({"graph.a": {"graph.b"}, "graph.b": {"graph.c"}, "graph.c": {"graph.a"}}) == [
        "graph.a", "graph.b", "graph.c", "graph.a"]
    assert _cycle({"graph.a": {"graph.b"}, "graph.b": set()}) is None


def test_cypher_files_are_named_for_an_entity_not_for_a_consumer() -> None:
    names = [r.name for r in resources.files("cypher").iterdir() if r.name.endswith(".cypher")]
    by_consumer = [n for n in names if n.startswith(("web_", "sd_", "finder_", "report_"))]
    assert len(names) > 40
    assert not by_consumer, f"named for the page or command that calls them: {by_consumer}"
