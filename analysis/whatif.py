"""What-if: exactly what breaks when a given set of people leaves at once."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.busfactor import bus_factor
from analysis.keyperson import adjacency, connected_pairs
from analysis.network import CarrierNetwork, Link


def _without(link: Link, gone: set[int]) -> Link:
    return Link(shared=[p for p in link.shared if p not in gone],
                pairs=[(p, q) for p, q in link.pairs if p not in gone and q not in gone])


def what_if(net: CarrierNetwork, person_ids: Iterable[str]) -> dict[str, object]:
    """Return links broken/weakened, orgs isolated and org pairs disconnected if these people leave."""
    index = net.person_index
    ids = sorted(set(person_ids))
    gone = {index[p] for p in ids if p in index}
    broken, weakened = [], []
    degree_after = [0] * len(net.orgs)
    for (a, b), link in sorted(net.links.items()):
        after = _without(link, gone)
        before_bf, after_bf = bus_factor(link), bus_factor(after)
        pair = {"a": net.orgs[a], "b": net.orgs[b], "bus_factor_before": before_bf,
                "bus_factor_after": after_bf}
        if after_bf == 0:
            broken.append(pair)
        else:
            degree_after[a] += 1
            degree_after[b] += 1
            if after_bf < before_bf:
                weakened.append(pair)
    linked_before = {o for key in net.links for o in key}
    isolated = sorted(net.orgs[o] for o in linked_before if degree_after[o] == 0)
    n_orgs = len(net.orgs)
    before = connected_pairs(adjacency(net), n_orgs)
    after = connected_pairs(adjacency(net, frozenset(gone)), n_orgs)
    return {"people": ids, "not_currently_affiliated": [p for p in ids if p not in index],
            "links_broken": broken, "links_weakened": weakened, "orgs_isolated": isolated,
            "pairs_disconnected": before - after}
