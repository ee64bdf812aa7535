"""Robustness curves: connected org pairs as people leave, built incrementally with union–find.

A removal order is evaluated backwards: start from the organisations alone, add people in reverse
order and union each one with their organisations and with contacts already present; each union
of two components adds (orgs in one × orgs in the other) connected pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from analysis.keyperson import adjacency, articulation_impacts
from analysis.network import CarrierNetwork


def _neighbours(net: CarrierNetwork) -> list[list[int]]:
    nbrs: list[list[int]] = [[] for _ in net.people]
    for p, q in net.contacts:
        nbrs[p].append(q)
        nbrs[q].append(p)
    return nbrs


def removal_curve(net: CarrierNetwork, order: Sequence[int],
                  nbrs: list[list[int]] | None = None) -> list[int]:
    """Return connected org pairs after removing the first k people of `order`, for k = 0..n."""
    n_orgs, n = len(net.orgs), len(order)
    nbrs = nbrs if nbrs is not None else _neighbours(net)
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


def _grid(curve: Sequence[int], points: int) -> list[int]:
    n = len(curve) - 1
    return [curve[round(i * n / (points - 1))] for i in range(points)]


def random_curves(net: CarrierNetwork, runs: int, seed: int, points: int = 51) -> dict[str, list[float]]:
    """Return the random-departure curve: removed fraction, mean and 5/95 % band of connected pairs."""
    total = len(net.orgs) * (len(net.orgs) - 1) // 2 or 1
    rng, nbrs, n = np.random.default_rng(seed), _neighbours(net), len(net.people)
    rows = [_grid(removal_curve(net, rng.permutation(n).tolist(), nbrs), points)
            for _ in range(max(1, runs))]
    values = np.asarray(rows, dtype=float) / total
    return {"removed_fraction": [round(i / (points - 1), 4) for i in range(points)],
            "connected_pairs_mean": values.mean(axis=0).round(6).tolist(),
            "p05": np.percentile(values, 5, axis=0).round(6).tolist(),
            "p95": np.percentile(values, 95, axis=0).round(6).tolist()}


def targeted_order(net: CarrierNetwork, batch: int = 1) -> list[int]:
    """Return people in greedy targeted order: highest pair loss first, recomputed after each batch.

    Ties (and the tail once nobody's leaving disconnects anything) go to the person with most
    organisations plus contacts. Once no org pair is connected any more, the rest keep that order.
    """
    n_orgs, degree = len(net.orgs), [len(o) for o in net.person_orgs]
    for p, q in net.contacts:
        degree[p] += 1
        degree[q] += 1
    removed: set[int] = set()
    order: list[int] = []
    while len(order) < len(net.people):
        impacts = articulation_impacts(adjacency(net, frozenset(removed)), n_orgs)[n_orgs:]
        alive = [p for p in range(len(net.people)) if p not in removed]
        alive.sort(key=lambda p: (-impacts[p].pairs_disconnected, -degree[p], p))
        if impacts[alive[0]].pairs_disconnected == 0 and _no_pairs(net, removed):
            order += alive
            break
        step = alive[:batch]
        order += step
        removed.update(step)
    return order


def _no_pairs(net: CarrierNetwork, removed: set[int]) -> bool:
    from analysis.keyperson import connected_pairs

    return connected_pairs(adjacency(net, frozenset(removed)), len(net.orgs)) == 0


def targeted_curve(net: CarrierNetwork, points: int = 51, batch: int | None = None) -> dict[str, list[float]]:
    """Return the targeted-departure curve (greedy order, recomputed every 2 % of people unless given)."""
    total = len(net.orgs) * (len(net.orgs) - 1) // 2 or 1
    # Recomputing every 1/(points-1) of the people matches the resolution the curve is reported at.
    step = batch if batch is not None else max(1, len(net.people) // (points - 1))
    curve = removal_curve(net, targeted_order(net, step)) if net.people else [0]
    grid = _grid(curve, points) if net.people else [curve[0]] * points
    return {"removed_fraction": [round(i / (points - 1), 4) for i in range(points)],
            "connected_pairs": [round(v / total, 6) for v in grid]}
