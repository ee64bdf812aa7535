"""`business_version`: a cheap stand-in for `business_hash` that moves whenever the hash may have."""

from __future__ import annotations

from pathlib import Path

from graph import audit
from graph.backup import business_hash
from graph.data_version import business_version
from graph.driver import Graph
from graph.run_undo import undo_run
from ingest.pipeline import ingest
from tests.graph.test_runs import ORGS_A, PEOPLE_A, PEOPLE_B, _files, _ingest


def test_it_moves_with_every_change_of_the_business_data_and_only_then(graph: Graph, tmp_path: Path) -> None:
    _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A)
    seen = {business_version(graph)}
    audit.record(graph, actor="someone", action="login")  # bookkeeping, not business data
    ingest(graph, _files(tmp_path / "dry", people=PEOPLE_B), dry_run=True)  # rolled back
    assert business_version(graph) in seen
    hashes = {business_hash(graph)}
    run_b = _ingest(graph, tmp_path / "b", people=PEOPLE_B)  # one phone number, nothing added
    assert business_hash(graph) not in hashes and business_version(graph) not in seen
    seen.add(business_version(graph))
    undo_run(graph, run_b, who="test")  # the old phone number (and its old updated_at) back
    assert business_version(graph) not in seen
