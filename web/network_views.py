"""What makes the network view readable, as pure functions over ids and links (no store, no driver).

A focus view is one organisation and its neighbours within one or two steps, drawn in rings around
it; organisations without a link in view are listed beside the drawing instead of drawn as a ring;
only the organisations that matter carry a label until the reader zooms in.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

# Up to this many organisations every one is labelled; above it, only the largest (and the focus).
LABEL_ALL_UP_TO = 40
LABEL_TOP = 10
RING = 300.0  # least distance between the rings of a focus view, in the drawing's units
SPACING = 110.0  # least distance between two organisations on one ring


def adjacency(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Return {organisation: its linked organisations} for undirected (a, b) pairs."""
    near: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        near[a].add(b)
        near[b].add(a)
    return near


def neighbourhood(pairs: Iterable[tuple[str, str]], centre: str, steps: int) -> dict[str, int]:
    """Return {organisation: steps from `centre`} for everything within `steps` links (centre = 0)."""
    near = adjacency(pairs)
    distance = {centre: 0}
    frontier = [centre]
    for step in range(1, steps + 1):
        frontier = sorted({n for f in frontier for n in near.get(f, ()) if n not in distance})
        distance.update(dict.fromkeys(frontier, step))
    return distance


def isolated(ids: Iterable[str], pairs: Iterable[tuple[str, str]], keep: str | None = None) -> set[str]:
    """Return the ids without any link among `pairs` (except `keep`, the focus, which is always drawn)."""
    linked = {end for pair in pairs for end in pair}
    return {i for i in ids if i not in linked and i != keep}


def labelled(sizes: Mapping[str, float], keep: Iterable[str] = (), top: int = LABEL_TOP) -> set[str]:
    """Return the ids to label from the start: all in a small view, else the `top` largest and `keep`."""
    if len(sizes) <= LABEL_ALL_UP_TO:
        return set(sizes)
    largest = sorted(sizes, key=lambda i: (-sizes[i], i))[:top]
    return set(largest) | (set(keep) & set(sizes))


def _radii(counts: Mapping[int, int]) -> dict[int, float]:
    # Each ring wide enough for its organisations, and an inner ring at least half the next one out,
    # so the direct neighbours (whose names are shown) are not crowded around the centre.
    radius = {s: max(RING * s, n * SPACING / (2 * math.pi)) for s, n in counts.items() if s > 0}
    for s in sorted(radius, reverse=True):
        radius[s] = max(radius[s], radius.get(s + 1, 0.0) / 2)
    for s in sorted(radius):
        radius[s] = max(radius[s], radius.get(s - 1, 0.0) + RING)
    return radius


def ring_positions(distance: Mapping[str, int], pairs: Iterable[tuple[str, str]],
                   group: Mapping[str, str | None]) -> dict[str, tuple[float, float]]:
    """Return positions for a focus view: the centre in the middle, each step on a wider ring.

    On the first ring neighbours are ordered by gebied, so a gebied's organisations sit together; on
    the second each one sits in the direction of its first neighbour on the first ring.
    """
    near = adjacency(pairs)
    radius = _radii(Counter(distance.values()))
    angle: dict[str, float] = {}
    placed: dict[str, tuple[float, float]] = {}
    for step in sorted(set(distance.values())):
        ring = [i for i in distance if distance[i] == step]
        if step == 0:
            placed.update(dict.fromkeys(ring, (0.0, 0.0)))
            continue

        def parent_angle(i: str, step: int = step) -> float:
            parents = [angle[n] for n in near.get(i, ()) if distance.get(n) == step - 1 and n in angle]
            return min(parents, default=0.0)

        ring.sort(key=lambda i: (parent_angle(i), group.get(i) or "", i))
        for k, i in enumerate(ring):
            angle[i] = 2 * math.pi * k / len(ring)
            r = radius[step]
            placed[i] = (round(r * math.cos(angle[i]), 1), round(r * math.sin(angle[i]), 1))
    return placed


def people_between(pairs: Iterable[tuple[str, str, Iterable[str]]]) -> dict[tuple[str, str], int]:
    """Return {(group a, group b): distinct people carrying links between them} for a < b, a != b.

    Each row is (group of one end, group of the other end, the people carrying that link).
    """
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a, b, carriers in pairs:
        if a != b:
            people[(a, b) if a < b else (b, a)].update(carriers)
    return {pair: len(who) for pair, who in sorted(people.items())}
