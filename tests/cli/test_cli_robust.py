"""The CLI starts quickly and keeps its word: heavy libraries stay unloaded for `--help`, a closed
stderr does not undo a committed ingest, and an ingest of nothing is refused."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import audit
from graph.admin import content_hash
from graph.driver import Graph
from graph.stats import graph_counts
from tests.cli.run_cli import ROOT, run_main
from tests.cli.test_ingest_cli import workbook

HEAVY = ("pandas", "networkx", "igraph", "numpy", "plotly", "fastapi", "neo4j", "openpyxl", "babel")


def test_help_imports_none_of_the_heavy_libraries() -> None:
    probe = ("import sys\nfrom netwerkkaart.cli.app import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             f"print(','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "ingest" in done.stdout and "db" in done.stdout, "the commands are all listed"
    assert done.stderr.strip().splitlines()[-1:] in ([], [""]), f"imported: {done.stderr}"


def test_status_of_a_stopped_server_does_not_import_the_driver(tmp_path: Path) -> None:
    probe = ("import sys\nfrom netwerkkaart.cli.app import main\n"
             "try:\n    main(['db', 'status', '--json'])\nexcept SystemExit:\n    pass\n"
             "print('neo4j' in sys.modules, file=sys.stderr)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          check=False, timeout=120, env={**env, "NETWERKKAART_DATA_DIR": str(tmp_path)})
    assert '"running": false' in done.stdout, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"


def test_every_command_of_the_design_is_registered(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["--help"], capsys)
    listed = {line.split()[0] for line in out.splitlines() if line.startswith("  ") and line.split()}
    assert code == 0
    assert listed >= {"db", "demo", "ingest", "template", "export", "restore", "analyse", "fragility",
                      "serve", "refer", "supply-demand", "inventory", "report", "connecting", "user",
                      "person"}


class _ReaderLeftAfterOneLine(io.StringIO):
    """stderr piped into `head -1`: the second line finds the pipe closed."""

    def write(self, text: str) -> int:
        if "\n" in self.getvalue():
            raise BrokenPipeError(32, "Broken pipe")
        return super().write(text)


def test_an_ingest_whose_stderr_reader_left_is_committed_audited_and_succeeds(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = workbook(tmp_path / "partners.xlsx")
    monkeypatch.setattr(sys, "stderr", _ReaderLeftAfterOneLine())
    code, _, _ = run_main(["ingest", str(path)], capsys)
    monkeypatch.undo()
    assert code == 0
    [event] = audit.events(graph, action="ingest")
    assert "partners.xlsx" in event.target
    assert graph_counts(graph).labels.get("Organisation") == 2, "the data is committed"


@pytest.mark.parametrize(("lang", "message"), [("nl", "geen tabbladen gevonden"),
                                                ("en", "no sheets found")])
def test_an_empty_folder_is_refused_and_nothing_is_written(
        graph: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, message: str) -> None:
    before = content_hash(graph)
    code, _, err = run_main(["ingest", str(tmp_path), "--lang", lang], capsys)
    assert code == 2 and message in err.lower()
    assert content_hash(graph) == before, "no run, no audit event"
