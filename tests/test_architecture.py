"""The import contract in pyproject.toml ([tool.importlinter]) holds, and would catch a breach.

Layers import one way — CLI, web, report, documents/figures, ingest/analysis, graph — and no module or
subpackage imports one that imports it back, counting imports inside functions.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("graph", "ingest", "analysis", "netwerkkaart", "web")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _python_only(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if not (n.endswith(".py") or Path(folder, n).is_dir()) or n == "__pycache__"}


def _copy_of_the_project(tmp_path: Path) -> Path:
    """Return a folder holding the project's Python packages and its pyproject.toml, to break on purpose."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=_python_only)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _append(path: Path, code: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + code + "\n", encoding="utf-8")


def _lint(project: Path, *contracts: str) -> tuple[bool, str]:
    """Return whether the `contracts` hold in the project at `project`, and lint-imports' report."""
    chosen = [arg for contract in contracts for arg in ("--contract", contract)]
    done = subprocess.run(
        [str(LINT_IMPORTS), "pyproject.toml", *chosen, "--no-cache", "--no-logo"],
        cwd=project, env={"PYTHONPATH": str(project), "PATH": str(LINT_IMPORTS.parent)},
        capture_output=True, text=True, timeout=120, check=False)
    return done.returncode == 0, done.stdout + done.stderr


def test_the_project_keeps_its_import_contracts() -> None:
    kept, report = _lint(ROOT, "layers", "acyclic")
    assert kept, report


def test_the_layers_contract_catches_an_upward_import(tmp_path: Path) -> None:
    project = _copy_of_the_project(tmp_path)
    kept_before, _ = _lint(project, "layers")
    _append(project / "netwerkkaart" / "report" / "render.py", "import web.app  # report reaching up")
    kept_after, report = _lint(project, "layers")
    assert kept_before
    assert not kept_after
    assert "netwerkkaart.report.render -> web.app" in report


def test_the_acyclic_contract_catches_a_cycle_hidden_in_a_function(tmp_path: Path) -> None:
    project = _copy_of_the_project(tmp_path)
    _, before = _lint(project, "acyclic")
    # vocabulary imports values at the top; this import back sits inside a function, as cycles hide.
    _append(project / "ingest" / "values.py",
            "def _known() -> object:\n    from ingest import vocabulary\n\n    return vocabulary")
    kept_after, report = _lint(project, "acyclic")
    assert "cycles are allowed in ingest" not in before
    assert not kept_after
    assert "No cycles are allowed in ingest" in report
