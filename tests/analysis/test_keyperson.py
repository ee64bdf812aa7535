"""Key-person impact from one articulation pass, checked by hand and against brute force."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.busfactor import links_broken
from analysis.keyperson import key_person_impacts
from tests.analysis.networks import (
    connected_pairs_from_scratch,
    isolated_from_scratch,
    links_from_scratch,
    network,
)


def _impacts(net):
    return {p: imp for p, imp in zip(net.people, key_person_impacts(net), strict=True)}


def test_chain_of_organisations() -> None:
    # A -p- B -q- C: removing p cuts A off (pairs AB, AC lost); q cuts C off.
    net = network([("p", "A"), ("p", "B"), ("q", "B"), ("q", "C")])
    imp = _impacts(net)
    assert (imp["p"].pairs_disconnected, imp["p"].orgs_isolated) == (2, 1)
    assert (imp["q"].pairs_disconnected, imp["q"].orgs_isolated) == (2, 1)


def test_star_person_holds_everything() -> None:
    net = network([("h", o) for o in "ABCD"] + [("x", "A")])
    imp = _impacts(net)
    assert (imp["h"].pairs_disconnected, imp["h"].orgs_isolated) == (6, 4)
    assert (imp["x"].pairs_disconnected, imp["x"].orgs_isolated) == (0, 0)
    assert links_broken(net)[net.person_index["h"]] == 6


def test_contact_chain_through_people() -> None:
    # A: a1 ; B: b1 ; a1 knows m (at M) who knows b1. Org links: A–M (a1,m), M–B (m,b1).
    net = network([("a1", "A"), ("m", "M"), ("b1", "B")], [("a1", "m"), ("m", "b1")])
    imp = _impacts(net)
    assert imp["m"].pairs_disconnected == 3 and imp["m"].orgs_isolated == 3
    assert imp["a1"].pairs_disconnected == 2 and imp["a1"].orgs_isolated == 1


def test_redundant_cycle_has_no_key_person() -> None:
    net = network([("p", "A"), ("p", "B"), ("q", "B"), ("q", "C"), ("r", "C"), ("r", "A")])
    assert all(i.pairs_disconnected == 0 for i in key_person_impacts(net))


def test_davis_southern_women_as_people_by_events() -> None:
    g = nx.davis_southern_women_graph()
    women = {n for n, d in g.nodes(data=True) if d["bipartite"] == 0}
    events = set(g) - women
    net = network([(w, e) for w, e in g.edges() if w in women] +
                  [(w, e) for e, w in g.edges() if w in women])
    projected = nx.bipartite.weighted_projected_graph(g, sorted(events))
    got = {(net.orgs[a], net.orgs[b]): len(link.shared) for (a, b), link in net.links.items()}
    want = {tuple(sorted((u, v))): d["weight"] for u, v, d in projected.edges(data=True)}
    assert got == want
    imp = _impacts(net)
    for woman in women:
        assert imp[woman].pairs_disconnected == (connected_pairs_from_scratch(net, set())
                                                 - connected_pairs_from_scratch(net, {woman}))


people = st.sampled_from([f"p{i}" for i in range(9)])
orgs = st.sampled_from(list("ABCDEF"))


@settings(max_examples=150, deadline=None)
@given(affs=st.lists(st.tuples(people, orgs), min_size=1, max_size=16),
       contacts=st.lists(st.tuples(people, people), max_size=10))
def test_fast_impact_equals_brute_force(affs: list[tuple[str, str]], contacts: list[tuple[str, str]]) -> None:
    net = network(affs, contacts, orgs="ABCDEF")
    assert {(net.orgs[a], net.orgs[b]) for a, b in net.links} == links_from_scratch(net, set())
    base = connected_pairs_from_scratch(net, set())
    before = links_from_scratch(net, set())
    broken = links_broken(net)
    for i, (p, impact) in enumerate(zip(net.people, key_person_impacts(net), strict=True)):
        assert impact.pairs_disconnected == base - connected_pairs_from_scratch(net, {p})
        assert impact.orgs_isolated == isolated_from_scratch(net, {p})
        assert broken[i] == len(before - links_from_scratch(net, {p}))
