"""`netwerkkaart analyse` and `fragility`: JSON on stdout, bad input exits 2 with nothing written."""

from __future__ import annotations

import json

import pytest

from graph.admin import content_hash
from graph.driver import Graph
from tests.analysis.dataset import load
from tests.cli.run_cli import run_main


def test_fragility_json(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    load(graph)
    code, out, _ = run_main(["fragility", "--as-of", "2025-01-01", "--what-if", "p3", "--runs", "10",
                             "--json"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["as_of"] == "2025-01-01" and doc["what_if"]["people"] == ["p3"]
    assert [(x["a"], x["b"]) for x in doc["what_if"]["links_broken"]] == [("C", "D")]


def test_analyse_json(graph: Graph, capsys: pytest.CaptureFixture[str]) -> None:
    load(graph)
    code, out, _ = run_main(["analyse", "--as-of", "2025-01-01", "--json"], capsys)
    assert code == 0
    assert {o["id"] for o in json.loads(out)["organisations"]} == set("ABCDE")


@pytest.mark.parametrize("argv, message", [
    (["analyse", "--as-of", "2025-13-01"], "is geen datum"),
    (["fragility", "--as-of", "gisteren"], "is geen datum"),
    (["fragility", "--as-of", "2025-01-01", "--what-if", "p1", "--what-if", "ghost"],
     "onbekende persoon-id('s): ghost"),
    (["fragility", "--what-if", "ghost", "--lang", "en"], "unknown person id(s): ghost"),
])
def test_bad_input_exits_2_and_writes_nothing(graph: Graph, capsys: pytest.CaptureFixture[str],
                                              argv: list[str], message: str) -> None:
    load(graph)
    before = content_hash(graph)
    code, out, err = run_main(argv, capsys)
    assert code == 2 and out == ""
    assert ("Error:" if "--lang" in argv else "Fout:") in err and message in err
    assert content_hash(graph) == before


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("analyse", "fragility"):
        code, out, _ = run_main([command, "--help"], capsys)
        assert code == 0 and "Example: netwerkkaart " + command in out
