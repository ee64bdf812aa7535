"""Key-person impact for every person in one linear pass (iterative Hopcroft–Tarjan).

Org pairs are connected exactly when they are connected in H: the graph of current people and
organisations with affiliation and contact edges (every person in H is affiliated somewhere, so a
path in H splits into org links). Removing person v splits v's component exactly when v is an
articulation point; the pieces are the DFS subtrees of children c with low[c] >= disc[v] plus the
rest. Carrying the number of organisations per DFS subtree gives every person's pair loss.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.network import CarrierNetwork


@dataclass(frozen=True, slots=True)
class Impact:
    """What breaks if one person alone leaves."""

    pairs_disconnected: int
    orgs_isolated: int


def adjacency(net: CarrierNetwork, removed: frozenset[int] = frozenset()) -> list[list[int]]:
    """Return H's adjacency lists: nodes 0..n_orgs-1 are orgs, n_orgs + p is person p."""
    n_orgs = len(net.orgs)
    adj: list[list[int]] = [[] for _ in range(n_orgs + len(net.people))]
    for p, orgs in enumerate(net.person_orgs):
        if p in removed:
            continue
        for o in orgs:
            adj[n_orgs + p].append(o)
            adj[o].append(n_orgs + p)
    for p, q in net.contacts:
        if p not in removed and q not in removed:
            adj[n_orgs + p].append(n_orgs + q)
            adj[n_orgs + q].append(n_orgs + p)
    return adj


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def articulation_impacts(adj: list[list[int]], n_orgs: int) -> list[Impact]:
    """Return, per node, the org pairs disconnected and orgs isolated by removing it alone."""
    n = len(adj)
    disc, low, sub = [-1] * n, [0] * n, [0] * n
    sep, sep_pairs, ones = [0] * n, [0] * n, [0] * n
    total = [0] * n  # orgs in the node's component, filled per component
    clock = 0
    for root in range(n):
        if disc[root] != -1:
            continue
        members, clock = _dfs(adj, root, n_orgs, clock, disc, low, sub, sep, sep_pairs, ones)
        for v in members:
            total[v] = sub[root]
    out = []
    for v in range(n):
        t, rest = total[v], total[v] - sep[v] - (1 if v < n_orgs else 0)
        lost = _pairs(t) - sep_pairs[v] - _pairs(rest) - (t - 1 if v < n_orgs else 0)
        isolated = (ones[v] + (rest == 1)) if t >= 2 and sep[v] else 0
        out.append(Impact(pairs_disconnected=lost, orgs_isolated=isolated))
    return out


def _dfs(adj: list[list[int]], root: int, n_orgs: int, clock: int, disc: list[int], low: list[int],
         sub: list[int], sep: list[int], sep_pairs: list[int], ones: list[int]) -> tuple[list[int], int]:
    # Iterative DFS: each frame is (node, parent, next neighbour position).
    members = [root]
    disc[root] = low[root] = clock
    clock += 1
    sub[root] = 1 if root < n_orgs else 0
    stack = [(root, -1, 0)]
    while stack:
        v, parent, i = stack[-1]
        if i < len(adj[v]):
            stack[-1] = (v, parent, i + 1)
            w = adj[v][i]
            if disc[w] == -1:
                disc[w] = low[w] = clock
                clock += 1
                sub[w] = 1 if w < n_orgs else 0
                members.append(w)
                stack.append((w, v, 0))
            elif w != parent:
                low[v] = min(low[v], disc[w])
            continue
        stack.pop()
        if parent >= 0:
            low[parent] = min(low[parent], low[v])
            sub[parent] += sub[v]
            if low[v] >= disc[parent]:
                sep[parent] += sub[v]
                sep_pairs[parent] += _pairs(sub[v])
                ones[parent] += sub[v] == 1
    return members, clock


def key_person_impacts(net: CarrierNetwork) -> list[Impact]:
    """Return every person's impact (pairs disconnected, orgs isolated), in person index order."""
    n_orgs = len(net.orgs)
    impacts = articulation_impacts(adjacency(net), n_orgs)
    return impacts[n_orgs:]


def connected_pairs(adj: list[list[int]], n_orgs: int) -> int:
    """Return the number of org pairs connected in H."""
    seen = [False] * len(adj)
    total = 0
    for start in range(n_orgs):
        if seen[start]:
            continue
        seen[start], stack, count = True, [start], 0
        while stack:
            v = stack.pop()
            count += v < n_orgs
            for w in adj[v]:
                if not seen[w]:
                    seen[w] = True
                    stack.append(w)
        total += _pairs(count)
    return total
