"""The load benchmark's reference MERGE: it times bare nodes and leaves the graph as it found it."""

from __future__ import annotations

from graph.admin import content_hash
from graph.driver import Graph
from graph.load_probe import bare_merge_seconds, merge_probe_nodes, remove_probe_nodes
from graph.queries import Query

SHOW_CONSTRAINTS = Query("show_constraints")


def test_the_probe_writes_every_row_it_times(graph: Graph) -> None:
    assert merge_probe_nodes(graph, 12_345, batch=5000) > 0
    assert remove_probe_nodes(graph) == 12_345
    assert remove_probe_nodes(graph) == 0


def test_the_reference_leaves_the_graph_as_it_found_it(graph: Graph) -> None:
    before = (content_hash(graph), graph.read(SHOW_CONSTRAINTS))
    bare_merge_seconds(graph, 3000)
    assert (content_hash(graph), graph.read(SHOW_CONSTRAINTS)) == before
