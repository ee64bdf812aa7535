"""Export → wipe → ingest, shared by the round-trip tests."""

from __future__ import annotations

from pathlib import Path

from graph.admin import wipe
from graph.backup import business_hash, read_dataset
from graph.driver import Graph
from graph.schema import ensure_schema
from ingest.export import write_csv
from ingest.pipeline import ingest


def reset(graph: Graph) -> None:
    """Empty the database and apply the schema again."""
    wipe(graph)
    ensure_schema(graph)


def roundtrip_csv(graph: Graph, folder: Path) -> tuple[str, str, dict]:
    """Return the business hash before and after export → reset → ingest, and the ingest counts."""
    before = business_hash(graph)
    paths = write_csv(read_dataset(graph), folder)
    reset(graph)
    result = ingest(graph, paths)
    assert result.ok, [str(e) for e in result.problems.errors][:5]
    return before, business_hash(graph), result.counts
