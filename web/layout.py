"""Server-side node positions, so the browser draws the network with physics off."""

from __future__ import annotations

import math
import random

import igraph as ig


def positions(nodes: list[str], edges: list[tuple[str, str, int]], *, seed: int = 7
              ) -> dict[str, tuple[float, float]]:
    """Return {node: (x, y)} in screen units from a force-directed (Fruchterman-Reingold) layout.

    igraph's C implementation lays out 2,000 nodes in well under a second (networkx's spring layout
    needs scipy beyond 500 nodes and is much slower).
    """
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    pairs = [(index[a], index[b]) for a, b, _ in edges if a in index and b in index]
    weights = [float(w) for a, b, w in edges if a in index and b in index]
    g = ig.Graph(n=len(nodes), edges=pairs)
    rng = random.Random(seed)
    start = [(rng.uniform(-1, 1), rng.uniform(-1, 1)) for _ in nodes]
    niter = 500 if len(nodes) <= 1000 else 200
    layout = g.layout_fruchterman_reingold(weights=weights or None, seed=start, niter=niter)
    xs, ys = zip(*layout.coords, strict=True)
    # Fit into a square whose side grows with sqrt(n), so node spacing stays readable.
    side = 140.0 * math.sqrt(len(nodes))
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (round((x - cx) / span * side, 1), round((y - cy) / span * side, 1))
            for n, (x, y) in zip(nodes, layout.coords, strict=True)}


def clustered_positions(nodes: list[str], group: dict[str, str | None], edges: list[tuple[str, str, int]],
                        *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Return {node: (x, y)} with each group (gebied) laid out on its own and the groups kept apart.

    The groups are placed by a layout of the group graph (links between groups summed), then each
    group's own layout is scaled to its share and put at its place: a gebied's organisations sit
    together, so a gebied filter shows one compact cluster.
    """
    members: dict[str, list[str]] = {}
    for n in nodes:
        members.setdefault(group.get(n) or "?", []).append(n)
    between: dict[tuple[str, str], int] = {}
    for a, b, w in edges:
        ga, gb = group.get(a) or "?", group.get(b) or "?"
        if ga != gb and a in group and b in group:
            key = (ga, gb) if ga < gb else (gb, ga)
            between[key] = between.get(key, 0) + w
    centres = positions(sorted(members), [(a, b, w) for (a, b), w in between.items()], seed=seed)
    # Spread the group centres so that clusters (side ~140·sqrt(n)) do not overlap.
    spread = 1.3 * max((math.sqrt(len(m)) for m in members.values()), default=1.0)
    placed: dict[str, tuple[float, float]] = {}
    for g, ids in members.items():
        inside = set(ids)
        local = positions(ids, [e for e in edges if e[0] in inside and e[1] in inside], seed=seed)
        cx, cy = centres[g]
        placed.update({n: (round(cx * spread + x, 1), round(cy * spread + y, 1))
                       for n, (x, y) in local.items()})
    return placed
