"""Cypher-injection and markup strings in spreadsheet cells are stored and read back literally."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from graph.driver import Graph
from graph.organisations import organisations
from graph.people import person_detail
from graph.stats import graph_counts
from ingest.pipeline import ingest

HOSTILE = ["x\" }) MATCH (n) DETACH DELETE n //", "'; MATCH (n) SET n.pwned = true //",
           "<script>alert(1)</script>", "Robert'); DROP TABLE Students;--"]


def test_hostile_cells_are_stored_literally(graph: Graph, tmp_path: Path) -> None:
    rows = "\n".join(f'o{i};"{h.replace(chr(34), chr(34) * 2)}";taalcafe' for i, h in enumerate(HOSTILE))
    (tmp_path / "organisations.csv").write_text("id;name;kind\n" + rows + "\n", encoding="utf-8")
    (tmp_path / "people.csv").write_text(f'id;name\np1;"{HOSTILE[1]}"\n', encoding="utf-8")
    reference = graph_counts(graph).nodes
    result = ingest(graph, [tmp_path])
    assert result.ok, [str(e) for e in result.problems.errors]
    assert sorted(o.name for o in organisations(graph)) == sorted(HOSTILE)
    assert person_detail(graph, person_id="p1", as_of=dt.date.today()).person["name"] == HOSTILE[1]
    counts = graph_counts(graph)
    assert counts.nodes == reference + len(HOSTILE) + 1 + 2  # + the IngestRun and its AuditEvent
