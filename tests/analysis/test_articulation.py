"""igraph's block–cut tree (analysis/articulation.py) against the Python Hopcroft–Tarjan pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.articulation import connected_pairs, h_graph, pair_losses
from analysis.keyperson import adjacency, articulation_impacts
from analysis.keyperson import connected_pairs as connected_pairs_plain
from analysis.robustness import targeted_order
from tests.analysis.networks import network, targeted_order_plain

people = st.sampled_from([f"p{i}" for i in range(10)])
orgs = st.sampled_from(list("ABCDEFG"))
affiliations = st.lists(st.tuples(people, orgs), min_size=1, max_size=18)
contacts = st.lists(st.tuples(people, people), max_size=10)


@settings(max_examples=300, deadline=None)
@given(affs=affiliations, contacts=contacts)
def test_pair_losses_equal_the_dfs_pass(affs: list[tuple[str, str]], contacts: list[tuple[str, str]]) -> None:
    net = network(affs, contacts, orgs="ABCDEFG")
    adj = adjacency(net)
    expected = [i.pairs_disconnected for i in articulation_impacts(adj, len(net.orgs))]
    assert pair_losses(h_graph(net), len(net.orgs)).tolist() == expected
    assert connected_pairs(h_graph(net), len(net.orgs)) == connected_pairs_plain(adj, len(net.orgs))


def test_a_bridge_person_between_two_triangles_loses_nine_pairs() -> None:
    affs = [("x1", "A"), ("x1", "B"), ("x2", "B"), ("x2", "C"), ("x3", "C"), ("x3", "A"),
            ("y1", "D"), ("y1", "E"), ("y2", "E"), ("y2", "F"), ("y3", "F"), ("y3", "D"),
            ("b", "A"), ("b", "D")]
    net = network(affs)
    losses = pair_losses(h_graph(net), len(net.orgs))
    assert losses[len(net.orgs) + net.person_index["b"]] == 9
    assert losses[len(net.orgs) + net.person_index["x1"]] == 0


@settings(max_examples=150, deadline=None)
@given(affs=affiliations, contacts=contacts, batch=st.integers(1, 3))
def test_targeted_order_equals_the_plain_one(affs: list[tuple[str, str]], contacts: list[tuple[str, str]],
                                             batch: int) -> None:
    net = network(affs, contacts, orgs="ABCDEFG")
    assert targeted_order(net, batch) == targeted_order_plain(net, batch)
