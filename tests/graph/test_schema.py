"""The schema and the reference data apply idempotently."""

from __future__ import annotations

from graph.admin import content_hash
from graph.driver import Graph
from graph.queries import Query, statements
from graph.schema import ensure_schema
from graph.stats import graph_counts

SHOW_CONSTRAINTS = Query("show_constraints")


def test_applying_the_schema_twice_changes_nothing(graph: Graph) -> None:
    before = (content_hash(graph), graph.read(SHOW_CONSTRAINTS))
    ensure_schema(graph)
    ensure_schema(graph)
    assert (content_hash(graph), graph.read(SHOW_CONSTRAINTS)) == before


def test_every_label_has_a_uniqueness_constraint_on_id(graph: Graph) -> None:
    constrained = {(row["labels"][0], tuple(row["properties"])) for row in graph.read(SHOW_CONSTRAINTS)
                   if row["type"] in ("UNIQUENESS", "RELATIONSHIP_UNIQUENESS")}
    for label in ("Organisation", "Person", "Area", "SupportType", "IngestRun"):
        assert (label, ("id",)) in constrained


def test_the_reference_areas_and_needs_are_loaded(graph: Graph) -> None:
    counts = graph_counts(graph)
    assert counts.labels["Area"] == 14 + 80
    assert counts.labels["SupportType"] == 12
    assert counts.relationship_types["PART_OF"] == 80


def test_schema_file_is_all_idempotent_statements() -> None:
    parts = statements("schema")
    assert len(parts) >= 10
    assert all("IF NOT EXISTS" in part for part in parts)
