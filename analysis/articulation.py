"""Pair loss per node from igraph's biconnected components (the block–cut tree), without a Python DFS.

Removing an articulation point v splits its component into the subtrees of the block–cut tree that
hang off v: below v (its child blocks) and above it (the rest). Weighting every block with its
organisations that are not articulation points, and every articulation point with 1 when it is an
organisation, the org pairs v's leaving disconnects follow from subtree sums — the same numbers as
`keyperson.articulation_impacts`' `pairs_disconnected`, for every node.
"""

from __future__ import annotations

from itertools import chain

import igraph as ig
import numpy as np

from analysis.network import CarrierNetwork


def _pairs(n: np.ndarray) -> np.ndarray:
    return n * (n - 1) // 2


def h_graph(net: CarrierNetwork) -> ig.Graph:
    """Return H as an igraph graph: nodes 0..n_orgs-1 are orgs, n_orgs + p is person p."""
    n_orgs = len(net.orgs)
    edges = [(o, n_orgs + p) for p, orgs in enumerate(net.person_orgs) for o in orgs]
    edges += [(n_orgs + p, n_orgs + q) for p, q in net.contacts]
    return ig.Graph(n=n_orgs + len(net.people), edges=edges)


def connected_pairs(h: ig.Graph, n_orgs: int) -> int:
    """Return the number of org pairs connected in H (orgs are its first n_orgs nodes)."""
    membership = np.asarray(h.connected_components().membership, dtype=np.int64)
    return int(_pairs(np.bincount(membership[:n_orgs])).sum())


def pair_losses(h: ig.Graph, n_orgs: int, edges: np.ndarray | None = None) -> np.ndarray:
    """Return per node of H the org pairs (not counting its own) that its removal alone disconnects.

    `edges`: h's edge list as an E × 2 array in edge id order, when the caller keeps one.
    """
    n = h.vcount()
    trees, cut = ig.GraphBase.biconnected_components(h, True)
    losses = np.zeros(n, dtype=np.int64)
    if not cut:
        return losses
    n_blocks, cut = len(trees), np.asarray(cut, dtype=np.int64)
    block_of, members = _block_members(trees, np.asarray(h.get_edgelist()) if edges is None else edges, n)
    is_org = np.arange(n) < n_orgs
    cut_id = np.full(n, -1, dtype=np.int64)
    cut_id[cut] = n_blocks + np.arange(len(cut))
    at_cut = cut_id[members] >= 0
    weight = np.concatenate([
        np.bincount(block_of[~at_cut & is_org[members]], minlength=n_blocks), is_org[cut].astype(np.int64)])
    sub, parent, total = _subtree_sums(n_blocks + len(cut), block_of[at_cut], cut_id[members[at_cut]], weight)
    below = np.zeros(len(sub), dtype=np.int64)
    child = np.nonzero(parent >= 0)[0]
    np.add.at(below, parent[child], _pairs(sub[child]))
    ids = cut_id[cut]
    t = total[ids]
    losses[cut] = _pairs(t) - below[ids] - _pairs(t - sub[ids]) - weight[ids] * (t - 1)
    return losses


def _block_members(trees: list[list[int]], edges: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (block, node) pairs of the blocks given as spanning trees (edge ids), as two arrays."""
    tree_edges = np.fromiter(chain.from_iterable(trees), dtype=np.int64)
    block = np.repeat(np.arange(len(trees), dtype=np.int64), [len(t) for t in trees])
    ends = edges.reshape(-1, 2)[tree_edges]
    keys = np.unique(np.concatenate([block * n + ends[:, 0], block * n + ends[:, 1]]))
    return keys // n, keys % n


def _subtree_sums(n: int, u: np.ndarray, v: np.ndarray, weight: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (subtree weight, parent or -1 at a root, weight of the whole tree) per node of a forest."""
    tree = ig.Graph(n=n + 1, edges=np.column_stack([u, v]).tolist())
    membership = np.asarray(tree.connected_components().membership[:n], dtype=np.int64)
    _, first = np.unique(membership, return_index=True)
    tree.add_edges([(n, int(r)) for r in first])  # one root over all trees, so one BFS reaches them all
    order, layers, parents = tree.bfs(n)
    order, parent = np.asarray(order, dtype=np.int64), np.asarray(parents, dtype=np.int64)
    sub = np.append(weight, 0).astype(np.int64)
    for start, stop in zip(layers[-2:0:-1], layers[-1:1:-1], strict=True):
        nodes = order[start:stop]
        np.add.at(sub, parent[nodes], sub[nodes])
    parent = parent[:n]
    parent[parent == n] = -1
    return sub[:n], parent, sub[first][membership]
