"""Every malformed file gives its located message, exit code 2, and leaves the graph as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.admin import content_hash
from graph.driver import Graph
from graph.stats import graph_counts
from netwerkkaart.cli.app import main
from tests.ingest.corpus import CASES, Case, write_case, write_large_people
from tests.ingest.state import graph_state


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, str]:
    """Run the real CLI entry point; return exit code, the JSON on stdout and stderr."""
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out = capsys.readouterr()
    return int(exit_info.value.code or 0), json.loads(out.out) if out.out.strip() else {}, out.err


def snapshot(graph: Graph) -> tuple:
    """Counts and content hash with the audit log left out, and graph.admin.content_hash in full."""
    counts = graph_counts(graph)
    return graph_state(graph), counts.labels.get("AuditEvent", 0), content_hash(graph)


def assert_unchanged(before: tuple, after: tuple) -> None:
    # Byte for byte the same graph: a refused ingest writes nothing, not even an audit event.
    assert after == before


def assert_rejected(graph: Graph, paths: list[Path], expected: tuple,
                    capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(graph)
    code, doc, err = run_cli(["ingest", *map(str, paths), "--json"], capsys)
    assert code == 2, err
    assert doc["ok"] is False and doc["run_id"] is None
    found = [(e["file"], e["sheet"], e["row"], e["column"], e["message"]) for e in doc["errors"]]
    for file, sheet, row, column, part in expected:
        assert any(f == file and s == sheet and r == row and c == column and part in m
                   for f, s, r, c, m in found), f"{(file, sheet, row, column, part)} not in {found}"
    assert_unchanged(before, snapshot(graph))


def test_the_corpus_has_at_least_25_cases() -> None:
    assert len(CASES) >= 25
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_malformed_input_is_located_and_nothing_changes(
        case: Case, seeded: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_rejected(seeded, write_case(case, tmp_path), case.expected, capsys)


def test_a_50_mb_file_with_one_bad_row_at_the_end(
        seeded: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    row = write_large_people(path)
    assert path.stat().st_size >= 50 * 1024 * 1024
    assert_rejected(seeded, [path], (("people.csv", "people", row, "languages", '"marsiaans"'),), capsys)


def test_human_output_prints_one_located_line_per_error(
        seeded: Graph, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c.name == "impossible date")
    code, _, err = run_cli(["ingest", *map(str, write_case(case, tmp_path))], capsys)
    assert code == 2
    assert 'affiliations.csv:affiliations:2:sinds: "31-02-2025" is not a date' in err
    assert "er is niets geschreven" in err  # Dutch by default
