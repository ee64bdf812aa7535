"""The directed referral graph's flows and PageRank, straight from summed referral rows.

Equal to `centrality.pagerank(graphs.referral_graph(rows))` but without building a networkx
graph of every referral pair (tens of thousands of edges at city scale).
"""

from __future__ import annotations

from collections.abc import Iterable

import igraph as ig

from graph.rows import ReferralRow


def referral_flows(rows: Iterable[ReferralRow], org_ids: Iterable[str]) -> list[dict[str, object]]:
    """Return per organisation {id, in_weight, out_weight, pagerank, no_capacity}, by id."""
    weight: dict[tuple[str, str], int] = {}
    incoming: dict[str, int] = {}
    outgoing: dict[str, int] = {}
    no_capacity: dict[str, int] = {}
    for r in rows:
        weight[(r.source, r.target)] = weight.get((r.source, r.target), 0) + r.count
        outgoing[r.source] = outgoing.get(r.source, 0) + r.count
        incoming[r.target] = incoming.get(r.target, 0) + r.count
        if r.status == "no_capacity":
            no_capacity[r.target] = no_capacity.get(r.target, 0) + r.count
    nodes = sorted(set(org_ids) | {s for s, _ in weight} | {t for _, t in weight})
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[s], index[t]) for s, t in weight], directed=True)
    rank = g.pagerank(weights=[float(w) for w in weight.values()], directed=True) if nodes else []
    return [{"id": n, "in_weight": incoming.get(n, 0), "out_weight": outgoing.get(n, 0),
             "pagerank": round(rank[i], 8), "no_capacity": no_capacity.get(n, 0)}
            for i, n in enumerate(nodes)]
