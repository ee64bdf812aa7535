"""Connected components of many graphs at once, in numpy (no Python loop per node or per edge).

`roots` hooks the larger of two roots onto the smaller along every edge whose ends still differ and
then shortcuts every node to its root, until no edge joins two roots (O(log n) rounds in practice).
Each component's root is its smallest node, so `labels` numbers components in order of their
smallest node: exactly the numbering igraph's `connected_components().membership` gives.
"""

from __future__ import annotations

import numpy as np


def roots(n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Return per node of a graph on 0..n-1 with edges (u[i], v[i]) the smallest node of its component."""
    return join(np.arange(n, dtype=np.int64), u, v)


def join(parent: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Return `parent` (every node pointing at its component's smallest node) with edges (u, v) added."""
    u, v = np.asarray(u, dtype=np.int64), np.asarray(v, dtype=np.int64)
    while len(u):
        pu, pv = parent[u], parent[v]
        differ = pu != pv
        u, v, pu, pv = u[differ], v[differ], pu[differ], pv[differ]
        if not len(u):
            break
        np.minimum.at(parent, np.maximum(pu, pv), np.minimum(pu, pv))
        parent = _shortcut(parent)
    return parent


def _shortcut(parent: np.ndarray) -> np.ndarray:
    # Pointer jumping: every node ends up pointing at its root (parents only ever point lower).
    while True:
        grand = parent[parent]
        if np.array_equal(grand, parent):
            return parent
        parent = grand


def labels(n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Return per node its component number, components numbered in order of their smallest node."""
    root = roots(n, u, v)
    rank = np.cumsum(root == np.arange(n)) - 1
    return rank[root]


def block_labels(runs: int, n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Return runs × n component numbers of `runs` graphs on n nodes each, solved as one graph.

    Edges are given in block numbering (run r's node x is r * n + x); each run's components are
    numbered from 0 in order of their smallest node, as `labels` numbers one graph's.
    """
    total = runs * n
    if total == 0:
        return np.zeros((runs, n), dtype=np.int64)
    root = roots(total, u, v)
    rank = np.cumsum(root == np.arange(total)) - 1
    first = rank[np.arange(runs) * n]  # node 0 of every run is the root of its own component
    return (rank[root].reshape(runs, n) - first[:, None]).astype(np.int64)
