"""Small hand-built networks and a brute-force reference for the fragility tests."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from analysis.network import CarrierNetwork, build_network
from graph.rows import AffiliationRow, ContactRow


def network(affiliations: Iterable[tuple[str, str]], contacts: Iterable[tuple[str, str]] = (),
            orgs: Iterable[str] = (), role: str = "staff") -> CarrierNetwork:
    """Return a carrier network from (person, org) and (person, person) pairs."""
    affs = [AffiliationRow(p, o, role) for p, o in affiliations]
    org_ids = set(orgs) | {o for _, o in affiliations}
    return build_network(org_ids, affs, [ContactRow(p, q) for p, q in contacts])


def links_from_scratch(net: CarrierNetwork, gone: set[str]) -> set[tuple[str, str]]:
    """Return org links by the DESIGN definition, recomputed naively without the people in `gone`."""
    at: dict[str, set[str]] = {}
    for p, orgs in zip(net.people, net.person_orgs, strict=True):
        if p not in gone:
            at[p] = {net.orgs[o] for o in orgs}
    links = set()
    for orgs in at.values():
        links |= {tuple(sorted(pair)) for pair in combinations(sorted(orgs), 2)}
    for p, q in net.contacts:
        a, b = net.people[p], net.people[q]
        if a in at and b in at:
            links |= {tuple(sorted((x, y))) for x in at[a] for y in at[b] if x != y}
    return links


def connected_pairs_from_scratch(net: CarrierNetwork, gone: set[str]) -> int:
    """Return connected org pairs in the naive org graph (links recomputed from scratch)."""
    g = nx.Graph()
    g.add_nodes_from(net.orgs)
    g.add_edges_from(links_from_scratch(net, gone))
    return sum(len(c) * (len(c) - 1) // 2 for c in nx.connected_components(g))


def isolated_from_scratch(net: CarrierNetwork, gone: set[str]) -> int:
    """Return orgs that had a link before and have none without `gone`."""
    before = {o for link in links_from_scratch(net, set()) for o in link}
    after = {o for link in links_from_scratch(net, gone) for o in link}
    return len(before - after)


def targeted_order_plain(net: CarrierNetwork, batch: int = 1) -> list[int]:
    """Return the greedy targeted order as first written: a Python Hopcroft–Tarjan pass per batch."""
    from analysis.keyperson import adjacency, articulation_impacts, connected_pairs

    n_orgs, degree = len(net.orgs), [len(o) for o in net.person_orgs]
    for p, q in net.contacts:
        degree[p] += 1
        degree[q] += 1
    removed: set[int] = set()
    order: list[int] = []
    while len(order) < len(net.people):
        adj = adjacency(net, frozenset(removed))
        impacts = articulation_impacts(adj, n_orgs)[n_orgs:]
        alive = [p for p in range(len(net.people)) if p not in removed]
        alive.sort(key=lambda p: (-impacts[p].pairs_disconnected, -degree[p], p))
        if impacts[alive[0]].pairs_disconnected == 0 and connected_pairs(adj, n_orgs) == 0:
            return order + alive
        order += alive[:batch]
        removed.update(alive[:batch])
    return order
