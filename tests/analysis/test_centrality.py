"""Centrality behind the networkx API: equal to networkx's own values on its real datasets."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from analysis import centrality as c
from analysis.centrality import to_igraph
from analysis.graphs import person_igraph
from tests.analysis.networks import network, person_graph


@pytest.fixture(params=["karate", "florentine"])
def real(request: pytest.FixtureRequest) -> nx.Graph:
    return nx.karate_club_graph() if request.param == "karate" else nx.florentine_families_graph()


def _close(got: dict, want: dict, tol: float = 1e-9) -> None:
    assert got.keys() == want.keys()
    for node, value in want.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            assert got[node] is None
        else:
            assert got[node] == pytest.approx(value, abs=tol), node


def test_exact_betweenness_equals_networkx(real: nx.Graph) -> None:
    _close(c.betweenness(real), nx.betweenness_centrality(real))
    _close(c.betweenness(real, normalized=False), nx.betweenness_centrality(real, normalized=False))
    directed = nx.DiGraph(real)
    _close(c.betweenness(directed), nx.betweenness_centrality(directed))


def test_weighted_betweenness_equals_networkx() -> None:
    g = nx.karate_club_graph()
    _close(c.betweenness(g, weight="weight"), nx.betweenness_centrality(g, weight="weight"))


def test_harmonic_pagerank_constraint_effective_size(real: nx.Graph) -> None:
    _close(c.harmonic(real), nx.harmonic_centrality(real))
    _close(c.pagerank(real, weight=None), _pagerank_python(real, weight=None, tol=1e-12), tol=1e-6)
    _close(c.constraint(real), nx.constraint(real))
    _close(c.effective_size(real), nx.effective_size(real))
    assert c.degree(real) == dict(real.degree())


def test_weighted_constraint_and_pagerank_on_karate() -> None:
    g = nx.karate_club_graph()
    _close(c.constraint(g, weight="weight"), nx.constraint(g, weight="weight"))
    _close(c.pagerank(g), _pagerank_python(g, weight="weight", tol=1e-12), tol=1e-6)


def test_sampled_betweenness_stays_within_its_stated_error() -> None:
    g = nx.connected_watts_strogatz_graph(400, 6, 0.1, seed=5)
    exact = nx.betweenness_centrality(g)
    estimate = c.betweenness(g, samples=100, seed=1)
    bound = c.betweenness_error(100)
    assert max(abs(estimate[n] - exact[n]) for n in g) < bound
    assert estimate != exact  # it really sampled


def test_communities_are_seeded_partitions_with_high_modularity() -> None:
    g = nx.karate_club_graph()
    first, second = c.communities(g, seed=7), c.communities(g, seed=7)
    assert first == second
    groups = [{n for n, k in first.items() if k == i} for i in set(first.values())]
    assert nx.community.modularity(g, groups) > 0.4  # Louvain's known optimum region (~0.44)
    assert len(groups[0]) >= max(len(x) for x in groups)  # 0 = largest


def test_isolated_and_empty_graphs() -> None:
    g = nx.Graph()
    assert c.betweenness(g) == {} and c.pagerank(g) == {} and c.communities(g) == {}
    g.add_nodes_from("ab")
    assert c.constraint(g) == {"a": None, "b": None}
    assert c.effective_size(g) == {"a": None, "b": None}


def test_referral_flows_equal_networkx_view() -> None:
    import random

    from analysis.graphs import referral_graph
    from analysis.referrals import referral_flows
    from graph.rows import ReferralRow

    rng = random.Random(2)
    statuses = ["sent", "accepted", "no_capacity"]
    rows = [ReferralRow(rng.choice("ABCDEF"), rng.choice("ABCDEFG"), rng.choice(statuses), rng.randint(1, 5))
            for _ in range(60)]
    rows = [r for r in rows if r.source != r.target]
    g = referral_graph(rows, "ABCDEFGH")
    want = _pagerank_python(g, weight="weight", tol=1e-12)
    for row in referral_flows(rows, "ABCDEFGH"):
        node = row["id"]
        assert row["pagerank"] == pytest.approx(want[node], abs=1e-6)
        assert row["in_weight"] == g.in_degree(node, weight="weight")
        assert row["out_weight"] == g.out_degree(node, weight="weight")
        refused = sum(d["outcomes"].get("no_capacity", 0) for *_, d in g.in_edges(node, data=True))
        assert row["no_capacity"] == refused


@settings(max_examples=100, deadline=None)
@given(affs=st.lists(st.tuples(st.sampled_from([f"p{i}" for i in range(9)]), st.sampled_from(list("ABCDE"))),
                     min_size=1, max_size=16),
       contacts=st.lists(st.tuples(st.sampled_from([f"p{i}" for i in range(9)]),
                                   st.sampled_from([f"p{i}" for i in range(9)])), max_size=8))
def test_person_igraph_is_the_person_graph_converted(affs: list[tuple[str, str]],
                                                     contacts: list[tuple[str, str]]) -> None:
    net = network(affs, contacts, orgs="ABCDE")
    h, nodes, _ = to_igraph(person_graph(net))
    mine = person_igraph(net)
    assert nodes == net.people
    assert mine.get_edgelist() == h.get_edgelist()
    sampled = c.betweenness(person_graph(net), samples=3)
    assert c.igraph_betweenness(mine, samples=3).tolist() == list(sampled.values())


def test_a_graph_is_converted_once_and_again_after_it_grows() -> None:
    g = nx.karate_club_graph()
    first, _, _ = c.converted(g)
    assert c.converted(g, "weight")[0] is first
    g.add_edge(0, 99)
    again, nodes, _ = c.converted(g)
    assert again is not first and again.vcount() == 35 and nodes[-1] == 99
