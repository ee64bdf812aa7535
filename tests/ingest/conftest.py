"""Ingest fixtures: a small stored network that malformed files may refer to."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.driver import Graph
from graph.model import Dataset, Organisation, Partnership, Person
from graph.upserts import WriteContext, upsert_dataset


@pytest.fixture
def seeded(graph: Graph) -> Graph:
    """The clean graph plus organisations o1, o2, people p1, p2 and partnership pt1 (o1 → o2)."""
    data = Dataset(
        organisations=[Organisation("o1", "Taalcafé Spangen", "taalcafe", area="BU05990323"),
                       Organisation("o2", "Welzijn Noord", "welzijn")],
        people=[Person("p1", "Anne de Vries"), Person("p2", "Omar Haddou")],
        partnerships=[Partnership("pt1", "o1", "o2", since=dt.date(2024, 1, 1))],
    )
    upsert_dataset(graph, data, WriteContext("seed", "seed", dt.datetime.now(dt.UTC)))
    return graph
