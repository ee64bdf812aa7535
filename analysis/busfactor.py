"""Bus factor of org links (König: min vertex cover = max matching), critical carriers, alerts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from analysis.network import CarrierNetwork, Link


def max_matching(pairs: Iterable[tuple[int, int]]) -> int:
    """Return the size of a maximum matching of a bipartite graph given as (left, right) pairs."""
    if isinstance(pairs, list | tuple) and len(pairs) <= 1:
        return len(pairs)  # most links: one carrier pair or none
    adj: dict[int, list[int]] = defaultdict(list)
    for left, right in pairs:
        adj[left].append(right)
    match_right: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        # Kuhn's augmenting paths; carrier sets of one link are small, recursion stays shallow.
        for right in adj[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in match_right or augment(match_right[right], seen):
                match_right[right] = left
                return True
        return False

    return sum(1 for left in list(adj) if augment(left, set()))


def bus_factor(link: Link) -> int:
    """Return the fewest people whose leaving removes every carrier of `link`."""
    return len(link.shared) + max_matching(link.pairs)


def critical_people(link: Link) -> set[int]:
    """Return the people whose leaving alone breaks `link` (those in every carrier)."""
    carriers = [{p} for p in link.shared] + [{p, q} for p, q in link.pairs]
    if not carriers:
        return set()
    common = set(carriers[0])
    for carrier in carriers[1:]:
        common &= carrier
        if not common:
            break
    return common


def links_broken(net: CarrierNetwork) -> list[int]:
    """Return, per person index, how many org links break if that person alone leaves."""
    counts = [0] * len(net.people)
    for link in net.links.values():
        for p in critical_people(link):
            counts[p] += 1
    return counts


def carrier_end(net: CarrierNetwork, key: tuple[int, int], carrier: tuple[int, ...]) -> dt.date | None:
    """Return the last day a carrier (`(p,)` shared or `(p, q)`) exists; None = no end known."""
    a, b = key
    spans = [(carrier[0], a), (carrier[0], b)] if len(carrier) == 1 else [(carrier[0], a), (carrier[1], b)]
    days = [day for day in (net.ends[span] for span in spans) if day is not None]
    return min(days) if days else None  # the carrier goes with its first affiliation to end


def link_end(net: CarrierNetwork, key: tuple[int, int]) -> dt.date | None:
    """Return the day the link loses its last carrier as affiliations are scheduled to end."""
    days = [carrier_end(net, key, carrier) for carrier in _flat(net.links[key])]
    return None if not days or any(d is None for d in days) else max(d for d in days if d is not None)


def alerts(net: CarrierNetwork, as_of: dt.date, days: int = 90) -> list[dict[str, object]]:
    """Return links whose every carrier's affiliation ends within `days` of `as_of`, soonest first."""
    horizon = as_of + dt.timedelta(days=days)
    out = []
    for key in net.links:
        end = link_end(net, key)
        if end is not None and end <= horizon:
            a, b = key
            out.append({"a": net.orgs[a], "b": net.orgs[b], "ends": end.isoformat(),
                        "bus_factor": bus_factor(net.links[key]),
                        "people": sorted({net.people[p] for c in _flat(net.links[key]) for p in c})})
    return sorted(out, key=lambda r: (str(r["ends"]), str(r["a"]), str(r["b"])))


def _flat(link: Link) -> list[tuple[int, ...]]:
    return [(p,) for p in link.shared] + list(link.pairs)
