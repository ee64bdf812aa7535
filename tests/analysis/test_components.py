"""numpy connected components (analysis/components.py) against igraph's, and the simulation's labels."""

from __future__ import annotations

import igraph as ig
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.components import block_labels, labels
from analysis.simulation import run_labels
from analysis.turnover import build_model, components
from tests.analysis.networks import network

edges = st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=20)


@settings(max_examples=200, deadline=None)
@given(edges=edges)
def test_labels_equal_igraph_membership(edges: list[tuple[int, int]]) -> None:
    u = np.array([a for a, _ in edges], dtype=np.int64)
    v = np.array([b for _, b in edges], dtype=np.int64)
    expected = ig.Graph(n=12, edges=edges).connected_components().membership
    assert labels(12, u, v).tolist() == expected


@settings(max_examples=50, deadline=None)
@given(runs=st.lists(edges, min_size=1, max_size=4))
def test_block_labels_equal_each_run_alone(runs: list[list[tuple[int, int]]]) -> None:
    u = np.array([r * 12 + a for r, es in enumerate(runs) for a, _ in es], dtype=np.int64)
    v = np.array([r * 12 + b for r, es in enumerate(runs) for _, b in es], dtype=np.int64)
    expected = [ig.Graph(n=12, edges=es).connected_components().membership for es in runs]
    assert block_labels(len(runs), 12, u, v).tolist() == expected


def test_a_chain_hooked_from_its_far_end_is_one_component() -> None:
    # 5-4, 4-3, ... 1-0 given largest first: several hooking rounds, one root (0) in the end.
    u, v = np.arange(5, 0, -1), np.arange(4, -1, -1)
    assert labels(7, u, v).tolist() == [0, 0, 0, 0, 0, 0, 1]


@settings(max_examples=50, deadline=None)
@given(affs=st.lists(st.tuples(st.sampled_from([f"p{i}" for i in range(8)]), st.sampled_from(list("ABCDE"))),
                     min_size=1, max_size=14),
       contacts=st.lists(st.tuples(st.sampled_from([f"p{i}" for i in range(8)]),
                                   st.sampled_from([f"p{i}" for i in range(8)])), max_size=8),
       seed=st.integers(0, 1000))
def test_run_labels_equal_the_per_run_components(affs: list[tuple[str, str]], contacts: list[tuple[str, str]],
                                                 seed: int) -> None:
    net = network(affs, contacts, orgs="ABCDE")
    model = build_model(net, {"staff": 0.7}, 1.0)
    alive = np.random.default_rng(seed).random((6, len(model.leave_prob))) >= model.leave_prob
    expected = np.array([components(net, model, row) for row in alive])
    assert run_labels(net, model, alive).tolist() == expected.tolist()
