"""Centrality measures with networkx's shape `f(G) -> {node: value}`, igraph doing the heavy lifting.

igraph (C) is used behind the networkx API: exact betweenness, PageRank (PRPACK), harmonic
closeness, Burt's constraint and Louvain run there; the results equal networkx's own definitions
(tests compare them on karate club and Florentine families).
"""

from __future__ import annotations

import math
import random
import weakref
from collections.abc import Hashable

import igraph as ig
import networkx as nx
import numpy as np

# Above this many nodes betweenness is estimated from sampled source pivots (Brandes–Pich).
EXACT_LIMIT = 5000
SAMPLES = 256
# One conversion per graph: the org graph's six measures share it (cleared with the graph).
_CONVERTED: weakref.WeakKeyDictionary[nx.Graph, tuple[tuple[int, int], ig.Graph, list[Hashable]]] = (
    weakref.WeakKeyDictionary())


def converted(g: nx.Graph, weight: str | None = None
              ) -> tuple[ig.Graph, list[Hashable], list[float] | None]:
    """Return `to_igraph(g, weight)`, converting g once while its node and edge counts stay the same.

    The igraph graph returned is shared: callers must not change it.
    """
    size = (g.number_of_nodes(), g.number_of_edges())
    known = _CONVERTED.get(g)
    if known is None or known[0] != size:
        h, nodes, _ = to_igraph(g)
        known = _CONVERTED[g] = (size, h, nodes)
    weights = [float(d.get(weight, 1.0)) for _, _, d in g.edges(data=True)] if weight else None
    return known[1], known[2], weights


def forget(g: nx.Graph) -> None:
    """Return nothing; drop g's shared conversion, so the next measure converts it again."""
    _CONVERTED.pop(g, None)


def to_igraph(g: nx.Graph, weight: str | None = None) -> tuple[ig.Graph, list[Hashable], list[float] | None]:
    """Return (igraph graph, node list in igraph order, edge weights or None)."""
    nodes = list(g.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in g.edges()]
    h = ig.Graph(n=len(nodes), edges=edges, directed=g.is_directed())
    weights = [float(d.get(weight, 1.0)) for _, _, d in g.edges(data=True)] if weight else None
    return h, nodes, weights


def _undirected(g: nx.Graph, weight: str | None = None
                ) -> tuple[ig.Graph, list[Hashable], list[float] | None]:
    # A simple undirected graph is its own nx.Graph(g): share its conversion.
    if type(g) is nx.Graph:
        return converted(g, weight)
    return to_igraph(nx.Graph(g), weight)


def degree(g: nx.Graph) -> dict[Hashable, int]:
    """Return each node's number of neighbours."""
    return {n: int(d) for n, d in g.degree()}


def betweenness_error(samples: int, confidence: float = 0.95) -> float:
    """Return the Hoeffding bound on the absolute error of sampled normalized betweenness."""
    return math.sqrt(math.log(2 / (1 - confidence)) / (2 * samples))


def betweenness(g: nx.Graph, *, normalized: bool = True, weight: str | None = None,
                samples: int | None = None, seed: int = 0) -> dict[Hashable, float]:
    """Return betweenness as networkx defines it; exact unless `samples` pivots (or a large graph).

    With k sampled sources the estimate is unbiased and each normalized value is within
    `betweenness_error(k)` of the exact one with 95 % probability.
    """
    n = g.number_of_nodes()
    if n == 0:
        return {}
    h, nodes, weights = converted(g, weight)
    return dict(zip(nodes, igraph_betweenness(h, normalized=normalized, weights=weights, samples=samples,
                                              seed=seed).tolist(), strict=True))


def igraph_betweenness(h: ig.Graph, *, normalized: bool = True, weights: list[float] | None = None,
                       samples: int | None = None, seed: int = 0) -> np.ndarray:
    """Return `betweenness` of an igraph graph as an array in vertex order (same pivots, same values)."""
    n = h.vcount()
    k = samples if samples is not None else (SAMPLES if n > EXACT_LIMIT else None)
    if k is None or k >= n:
        raw = np.asarray(h.betweenness(directed=h.is_directed(), weights=weights))
    else:
        pivots = sorted(random.Random(seed).sample(range(n), k))
        raw = np.asarray(h.betweenness(directed=h.is_directed(), weights=weights, sources=pivots)) * n / k
    if normalized and n > 2:
        raw = raw / ((n - 1) * (n - 2) / (1 if h.is_directed() else 2))
    return raw


def pagerank(g: nx.Graph, *, alpha: float = 0.85, weight: str | None = "weight") -> dict[Hashable, float]:
    """Return PageRank (networkx's definition, dangling mass spread uniformly)."""
    if g.number_of_nodes() == 0:
        return {}
    h, nodes, weights = converted(g, weight)
    return dict(zip(nodes, h.pagerank(damping=alpha, weights=weights, directed=g.is_directed()), strict=True))


def harmonic(g: nx.Graph) -> dict[Hashable, float]:
    """Return harmonic closeness: the sum of 1/distance to every other node (unnormalized, as networkx)."""
    if g.number_of_nodes() == 0:
        return {}
    h, nodes, _ = converted(g)
    return dict(zip(nodes, h.harmonic_centrality(normalized=False, mode="out"), strict=True))


def constraint(g: nx.Graph, *, weight: str | None = None) -> dict[Hashable, float | None]:
    """Return Burt's constraint per node (None for isolated nodes, where networkx gives NaN)."""
    if g.number_of_nodes() == 0:
        return {}
    h, nodes, weights = converted(g, weight)
    values = h.constraint(weights=weights)
    return {n: (None if g.degree(n) == 0 or math.isnan(v) else v) for n, v in zip(nodes, values, strict=True)}


def effective_size(g: nx.Graph) -> dict[Hashable, float | None]:
    """Return Burt's effective size k − 2t/k (unweighted, undirected; None for isolated nodes)."""
    if g.number_of_nodes() == 0:
        return {}
    h, nodes, _ = _undirected(g)
    local = h.transitivity_local_undirected(mode="zero")
    out: dict[Hashable, float | None] = {}
    for node, k, c in zip(nodes, h.degree(), local, strict=True):
        out[node] = None if k == 0 else k - c * (k - 1)
    return out


def communities(g: nx.Graph, *, weight: str | None = "weight", seed: int = 0) -> dict[Hashable, int]:
    """Return a Louvain community number per node (seeded; 0 = largest community)."""
    if g.number_of_nodes() == 0:
        return {}
    h, nodes, weights = _undirected(g, weight)
    ig.set_random_number_generator(random.Random(seed))
    try:
        membership = h.community_multilevel(weights=weights).membership
    finally:
        ig.set_random_number_generator(random)
    groups: dict[int, list[Hashable]] = {}
    for node, c in zip(nodes, membership, strict=True):
        groups.setdefault(c, []).append(node)
    ranked = sorted(groups.values(), key=lambda members: (-len(members), str(min(map(str, members)))))
    return {node: i for i, members in enumerate(ranked) for node in members}
