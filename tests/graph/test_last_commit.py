"""`last_commit`: the cheap "was anything written?" mark the read-only tests compare."""

from __future__ import annotations

from graph import audit
from graph.admin import content_hash, last_commit
from graph.driver import Graph


def test_reading_leaves_the_mark_and_writing_moves_it(graph: Graph) -> None:
    before = last_commit(graph)
    content_hash(graph)
    assert last_commit(graph) == before
    audit.record(graph, actor="tests", action="ingest")
    assert last_commit(graph) != before
