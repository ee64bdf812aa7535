"""Robustness curves: connected org pairs as people leave, built incrementally with union–find.

A removal order is evaluated backwards: start from the organisations alone, add people in reverse
order and union each one with their organisations and with contacts already present; each union
of two components adds (orgs in one × orgs in the other) connected pairs.
"""

from __future__ import annotations

import numpy as np

from analysis.articulation import connected_pairs, h_graph, pair_losses
from analysis.components import join
from analysis.network import CarrierNetwork


def grid_curves(net: CarrierNetwork, orders: np.ndarray, points: int) -> np.ndarray:
    """Return runs × points connected org pairs, per order row: the pairs still connected after the
    first round(i * n / (points - 1)) people of the order left, for i < points (the plain reference
    is `removal_curve` in tests/analysis/networks.py).

    All runs at once, as one graph of runs × H blocks: an edge of H is there while its people are,
    i.e. from its "birth" (the latest position in the order among its people) backwards, so walking
    the grid from the end adds the edges born since the previous grid point and joins components.
    """
    runs, n = orders.shape
    n_orgs = len(net.orgs)
    size = n_orgs + n
    pos = np.empty_like(orders)
    pos[np.arange(runs)[:, None], orders] = np.arange(n)
    aff_p = np.asarray([p for p, orgs in enumerate(net.person_orgs) for _ in orgs], dtype=np.int64)
    aff_o = np.asarray([o for orgs in net.person_orgs for o in orgs], dtype=np.int64)
    pq = np.asarray(net.contacts, dtype=np.int64).reshape(-1, 2)
    base = (np.arange(runs, dtype=np.int64) * size)[:, None]
    u = np.concatenate([base + aff_o, base + n_orgs + pq[:, 0]], axis=1).ravel()
    v = np.concatenate([base + n_orgs + aff_p, base + n_orgs + pq[:, 1]], axis=1).ravel()
    birth = np.concatenate([pos[:, aff_p], np.minimum(pos[:, pq[:, 0]], pos[:, pq[:, 1]])], axis=1).ravel()
    by_birth = np.argsort(-birth, kind="stable")
    u, v, later = u[by_birth], v[by_birth], -birth[by_birth]
    orgs = (base + np.arange(n_orgs)).ravel()
    parent, added = np.arange(runs * size, dtype=np.int64), 0
    out = np.zeros((runs, points), dtype=np.int64)
    for i in range(points - 1, -1, -1):
        upto = int(np.searchsorted(later, -round(i * n / (points - 1)), side="right"))
        if upto > added:
            parent, added = join(parent, u[added:upto], v[added:upto]), upto
        counts = np.bincount(parent[orgs], minlength=runs * size)
        out[:, i] = (counts * (counts - 1) // 2).reshape(runs, size).sum(axis=1)
    return out


def random_curves(net: CarrierNetwork, runs: int, seed: int, points: int = 51) -> dict[str, list[float]]:
    """Return the random-departure curve: removed fraction, mean and 5/95 % band of connected pairs."""
    total = len(net.orgs) * (len(net.orgs) - 1) // 2 or 1
    rng, n = np.random.default_rng(seed), len(net.people)
    # (runs, n) even with nobody in the network: reshape(-1, 0) cannot tell how many runs.
    runs = max(1, runs)
    orders = np.asarray([rng.permutation(n) for _ in range(runs)], dtype=np.int64).reshape(runs, n)
    values = grid_curves(net, orders, points).astype(float) / total
    return {"removed_fraction": [round(i / (points - 1), 4) for i in range(points)],
            "connected_pairs_mean": values.mean(axis=0).round(6).tolist(),
            "p05": np.percentile(values, 5, axis=0).round(6).tolist(),
            "p95": np.percentile(values, 95, axis=0).round(6).tolist()}


def targeted_order(net: CarrierNetwork, batch: int = 1) -> list[int]:
    """Return people in greedy targeted order: highest pair loss first, recomputed after each batch.

    Ties (and the tail once nobody's leaving disconnects anything) go to the person with most
    organisations plus contacts. Once no org pair is connected any more, the rest keep that order.
    Each pass is igraph's block–cut tree (`articulation.pair_losses`) on H without the people gone.
    """
    n_orgs, degree = len(net.orgs), np.array([len(o) for o in net.person_orgs], dtype=np.int64)
    np.add.at(degree, np.asarray(net.contacts, dtype=np.int64).reshape(-1, 2).ravel(), 1)
    h = h_graph(net)
    edges = np.asarray(h.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    alive = np.arange(len(net.people))
    order: list[int] = []
    while len(alive):
        losses = pair_losses(h, n_orgs, edges)[n_orgs:][alive]
        ranked = alive[np.lexsort((alive, -degree[alive], -losses))]
        if losses.max() == 0 and connected_pairs(h, n_orgs) == 0:
            return order + ranked.tolist()
        step = ranked[:batch]
        order += step.tolist()
        gone = np.isin(edges, n_orgs + step).any(axis=1)
        h.delete_edges(np.nonzero(gone)[0].tolist())  # igraph keeps the other edges in their order
        edges = edges[~gone]
        alive = np.setdiff1d(alive, step)
    return order


def targeted_curve(net: CarrierNetwork, points: int = 51, batch: int | None = None) -> dict[str, list[float]]:
    """Return the targeted-departure curve (greedy order, recomputed every 2 % of people unless given)."""
    total = len(net.orgs) * (len(net.orgs) - 1) // 2 or 1
    # Recomputing every 1/(points-1) of the people matches the resolution the curve is reported at.
    step = batch if batch is not None else max(1, len(net.people) // (points - 1))
    order = np.asarray([targeted_order(net, step)], dtype=np.int64).reshape(1, -1)
    grid = grid_curves(net, order, points)[0].tolist()
    return {"removed_fraction": [round(i / (points - 1), 4) for i in range(points)],
            "connected_pairs": [round(v / total, 6) for v in grid]}
