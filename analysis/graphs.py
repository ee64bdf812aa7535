"""networkx views of the network: organisation graph, person graph and directed referral graph."""

from __future__ import annotations

from collections.abc import Iterable

import igraph as ig
import networkx as nx
import numpy as np

from analysis.busfactor import bus_factor
from analysis.network import CarrierNetwork
from graph.rows import ReferralRow


def org_graph(net: CarrierNetwork) -> nx.Graph:
    """Return organisations linked when carried; edge `weight` = carriers, `bus_factor` as well."""
    g = nx.Graph()
    g.add_nodes_from(net.orgs)
    for (a, b), link in net.links.items():
        g.add_edge(net.orgs[a], net.orgs[b], weight=len(link.shared) + len(link.pairs),
                   bus_factor=bus_factor(link))
    return g


def person_igraph(net: CarrierNetwork) -> ig.Graph:
    """Return current people joined by a contact or a shared organisation, as igraph has it from
    `centrality.to_igraph` (vertex p = person p).

    Edges come in networkx's `edges()` order: by first endpoint, then in the order they were added.
    """
    n = len(net.people)
    members: dict[int, list[int]] = {}
    for p, orgs in enumerate(net.person_orgs):
        for o in orgs:
            members.setdefault(o, []).append(p)
    parts = [np.asarray(net.contacts, dtype=np.int64).reshape(-1, 2)]
    for people in members.values():
        i, j = np.triu_indices(len(people), 1)
        parts.insert(-1, np.column_stack([np.asarray(people)[i], np.asarray(people)[j]]))
    edges = np.concatenate(parts).astype(np.int64)
    _, first = np.unique(edges[:, 0] * max(n, 1) + edges[:, 1], return_index=True)
    first.sort()  # each edge where it was first added, in the order added
    edges = edges[first]
    edges = edges[np.argsort(edges[:, 0], kind="stable")]
    return ig.Graph(n=n, edges=edges.tolist())


def referral_graph(referrals: Iterable[ReferralRow], org_ids: Iterable[str] = ()) -> nx.DiGraph:
    """Return the directed referral graph: `weight` = referrals, `outcomes` = count per status."""
    g = nx.DiGraph()
    g.add_nodes_from(org_ids)
    for r in referrals:
        if g.has_edge(r.source, r.target):
            data = g[r.source][r.target]
            data["weight"] += r.count
        else:
            g.add_edge(r.source, r.target, weight=r.count, outcomes={})
            data = g[r.source][r.target]
        data["outcomes"][r.status] = data["outcomes"].get(r.status, 0) + r.count
    return g
