"""`netwerkkaart runs list|undo` end to end: the JSON shape, the Dutch table, undo and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.admin import content_hash
from graph.backup import business_hash
from graph.driver import Graph
from tests.cli.test_ingest_cli import run, run_ok
from tests.graph.test_runs import AFFS_A, ORGS_A, ORGS_B, PEOPLE_A, PEOPLE_B, REFS_B, _ingest


@pytest.fixture
def two_runs(graph: Graph, tmp_path: Path) -> tuple[str, str, str]:
    """Ingest A then B; return (run A, run B, business hash after A)."""
    run_a = _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    after_a = business_hash(graph)
    run_b = _ingest(graph, tmp_path / "b", organisations=ORGS_B, people=PEOPLE_B, referrals=REFS_B)
    return run_a, run_b, after_a


def test_runs_list_json_is_a_list_newest_first_with_the_stable_keys(
        two_runs: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    run_a, run_b, _ = two_runs
    listed = json.loads(run_ok(["runs", "list", "--json"], capsys)[0])
    assert [r["id"] for r in listed] == [run_b, run_a]
    assert all({"id", "kind", "at", "who", "counts"} <= set(r) for r in listed)
    assert listed[1]["kind"] == "ingest" and listed[1]["counts"]["people"]["created"] == 3
    assert listed[0]["at"] > listed[1]["at"]


def test_runs_list_is_a_dutch_table_by_default_and_english_on_request(
        two_runs: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    _, run_b, _ = two_runs
    out, err = run_ok(["runs", "list"], capsys)
    assert out == "" and run_b in err
    assert "inlezen" in err and "organisaties: 1 nieuw, 1 gewijzigd" in err and "van kracht" in err
    _, err_en = run_ok(["runs", "list", "--lang", "en"], capsys)
    assert "organisations: 1 new, 1 changed" in err_en and "in effect" in err_en


def test_runs_undo_restores_the_state_before_the_run_and_is_listed_as_a_run(
        graph: Graph, two_runs: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    _, run_b, after_a = two_runs
    _, err = run_ok(["runs", "undo", run_b], capsys)
    assert business_hash(graph) == after_a
    assert f"Run {run_b} is ongedaan gemaakt" in err
    listed = json.loads(run_ok(["runs", "list", "--json"], capsys)[0])
    assert listed[0]["kind"] == "undo" and listed[0]["undoes"] == run_b
    assert listed[1]["id"] == run_b and listed[1]["undone_by"] == listed[0]["id"]


def test_an_unknown_run_id_exits_2_with_a_dutch_message_and_changes_nothing(
        graph: Graph, two_runs: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    before = content_hash(graph)
    code, out, err = run(["runs", "undo", "ingest-20990101T000000-deadbeef"], capsys)
    assert code == 2 and out == ""
    assert "Er is geen run met id ingest-20990101T000000-deadbeef" in err and "runs list" in err
    assert content_hash(graph) == before


def test_a_refused_undo_names_the_records_exits_2_and_changes_nothing(
        graph: Graph, two_runs: tuple[str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    run_a, _, _ = two_runs
    before = content_hash(graph)
    code, _, err = run(["runs", "undo", run_a], capsys)
    assert code == 2
    assert "niet ongedaan gemaakt" in err and "Er is niets veranderd" in err
    assert 'organisatie "Taalcafé Spangen-West" (o1)' in err and 'persoon "Anne" (p1)' in err
    assert content_hash(graph) == before
