"""bulk_load writes the same graph as one serial upsert of the dataset, only faster."""

from __future__ import annotations

import pytest

from graph.admin import wipe
from graph.backup import business_hash
from graph.bulk_load import LOCKS, PHASES, bulk_load
from graph.driver import Graph
from graph.model import ENTITY_ORDER
from graph.schema import ensure_schema
from graph.upserts import upsert_dataset
from ingest.synthetic.generator import generate
from tests.graph.test_upserts import ctx, small_dataset


def test_every_entity_is_in_exactly_one_phase() -> None:
    names = [name for phase in PHASES for name in phase]
    assert sorted(names) == sorted(ENTITY_ORDER)


def test_no_two_entities_of_a_phase_lock_the_same_label() -> None:
    for phase in PHASES:
        for i, first in enumerate(phase):
            for second in phase[i + 1:]:
                assert not LOCKS[first] & LOCKS[second], (first, second)


@pytest.mark.slow(seconds=90)  # the demo written twice, once row by row: among the slowest tests
def test_bulk_load_gives_the_same_graph_as_a_serial_upsert(graph: Graph) -> None:
    data = generate("demo", seed=4)
    counts = bulk_load(graph, data, ctx("bulk"))
    parallel = business_hash(graph)
    wipe(graph)
    ensure_schema(graph)
    upsert_dataset(graph, data, ctx("serial"))
    assert business_hash(graph) == parallel
    assert counts["referrals"].created == len(data.referrals)


def test_bulk_loading_the_same_rows_again_changes_nothing(graph: Graph) -> None:
    data = small_dataset()
    bulk_load(graph, data, ctx())
    again = bulk_load(graph, data, ctx("again"))
    assert all(c.created == 0 and c.updated == 0 for c in again.values())
