"""Small hand-built networks and a brute-force reference for the fragility tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


# The plain references the vectorised analysis is tested against.
def neighbours(net: CarrierNetwork) -> list[list[int]]:
    nbrs: list[list[int]] = [[] for _ in net.people]
    for p, q in net.contacts:
        nbrs[p].append(q)
        nbrs[q].append(p)
    return nbrs


def removal_curve(net: CarrierNetwork, order: Sequence[int],
                  nbrs: list[list[int]] | None = None) -> list[int]:
    """Return connected org pairs after removing the first k people of `order`, for k = 0..n."""
    n_orgs, n = len(net.orgs), len(order)
    nbrs = nbrs if nbrs is not None else neighbours(net)
    parent = list(range(n_orgs + len(net.people)))
    size = [1] * n_orgs + [0] * len(net.people)  # orgs per component root
    present = [False] * len(net.people)
    pairs = 0
    curve = [0] * (n + 1)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k in range(n - 1, -1, -1):
        p = order[k]
        present[p] = True
        node = n_orgs + p
        for other in [*net.person_orgs[p], *(n_orgs + q for q in nbrs[p] if present[q])]:
            ra, rb = find(node), find(other)
            if ra != rb:
                pairs += size[ra] * size[rb]
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
        curve[k] = pairs
    return curve


def person_graph(net: CarrierNetwork) -> nx.Graph:
    """Return current people joined by a contact or a shared organisation (`kind` says which)."""
    g = nx.Graph()
    g.add_nodes_from(net.people)
    members: dict[int, list[int]] = {}
    for p, orgs in enumerate(net.person_orgs):
        for o in orgs:
            members.setdefault(o, []).append(p)
    for people in members.values():
        g.add_edges_from(((net.people[p], net.people[q]) for p, q in combinations(people, 2)),
                         kind="colleague")
    for p, q in net.contacts:
        g.add_edge(net.people[p], net.people[q], kind="contact")
    return g
