"""Counts and version of a connected database (for `db status` and tests)."""

from __future__ import annotations

from dataclasses import dataclass

from graph.driver import Graph
from graph.queries import Query

_BY_LABEL = Query("count_by_label")
_BY_TYPE = Query("count_by_relationship_type")
_TOTALS = Query("count_totals")
_VERSION = Query("server_version")


@dataclass(frozen=True, slots=True)
class GraphCounts:
    """Node and relationship totals, per label and per relationship type."""

    nodes: int
    relationships: int
    labels: dict[str, int]
    relationship_types: dict[str, int]


def graph_counts(graph: Graph) -> GraphCounts:
    """Return node and relationship counts, in total and per label / type."""
    totals = graph.read(_TOTALS)[0]
    return GraphCounts(
        nodes=totals["nodes"],
        relationships=totals["relationships"],
        labels={row["label"]: row["count"] for row in graph.read(_BY_LABEL)},
        relationship_types={row["type"]: row["count"] for row in graph.read(_BY_TYPE)},
    )


def server_version(graph: Graph) -> str:
    """Return the Neo4j version string the server reports."""
    rows = graph.read(_VERSION)
    return str(rows[0]["version"]) if rows else "unknown"
