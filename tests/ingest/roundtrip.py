"""Export → wipe → ingest, shared by the round-trip tests."""

from __future__ import annotations

from pathlib import Path

from graph.admin import wipe
from graph.backup import business_hash, read_dataset
from graph.driver import Graph
from graph.model import Dataset
from graph.schema import ensure_schema
from ingest.export import write_csv
from ingest.pipeline import IngestResult, ingest


def reset(graph: Graph) -> None:
    """Empty the database and apply the schema again."""
    wipe(graph)
    ensure_schema(graph)


def roundtrip_csv(graph: Graph, folder: Path) -> tuple[str, str, dict]:
    """Return the business hash before and after export → reset → ingest, and the ingest counts."""
    before = business_hash(graph)
    _, result = _export_and_ingest(graph, folder)
    return before, business_hash(graph), result.counts


def roundtrip_dataset(graph: Graph, folder: Path) -> tuple[Dataset, Dataset, dict]:
    """Return the typed business data before and after export → reset → ingest, and the ingest counts.

    For city-scale data: one whole-graph read on each side instead of a read and two hashes (the
    hashes were most of the city round trip's time); `roundtrip_csv` keeps the hash at small scale.
    """
    before, result = _export_and_ingest(graph, folder)
    return before, read_dataset(graph), result.counts


def _export_and_ingest(graph: Graph, folder: Path) -> tuple[Dataset, IngestResult]:
    dataset = read_dataset(graph)
    paths = write_csv(dataset, folder)
    reset(graph)
    result = ingest(graph, paths)
    assert result.ok, [str(e) for e in result.problems.errors][:5]
    return dataset, result
