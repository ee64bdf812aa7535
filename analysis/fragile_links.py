"""Fragile links as a to-do list: who carries each bus-factor-1 link, its risk, and a second contact.

A bus-factor-1 link has one of three shapes (bus factor = shared people + maximum matching):
a person affiliated with both organisations (`shared`); a single KNOWS pair p at a – q at b
(`pair`: either leaving breaks it, so the link hangs on the pair, not on one person); or a star
of pairs through one person c (`star`: c knows several people at the other organisation).

The chance the link is gone within the horizon follows the turnover model exactly (affiliations
end independently with probability 1 - exp(-rate * years)): a shared person's two affiliations
must both last; a star lasts while its centre's affiliation lasts and at least one of the people
it knows keeps theirs (a pair is a star with one leaf).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from analysis.busfactor import bus_factor, critical_people
from analysis.network import CarrierNetwork, Link
from analysis.turnover import person_rate


def leave_probability(net: CarrierNetwork, rates: Mapping[str, float], years: float, p: int, o: int) -> float:
    """Return the chance that person p's affiliation at org o ends within `years`."""
    return 1.0 - math.exp(-person_rate(net, rates, p, o) * years)


def shape(link: Link) -> tuple[str, int, int, list[int]]:
    """Return (kind, centre, centre's side 0=a/1=b, leaves) of a bus-factor-1 link.

    `shared`: centre at both sides (side 0), no leaves; `pair`/`star`: the centre at one side, the
    people it knows at the other side as leaves.
    """
    if link.shared:
        return "shared", link.shared[0], 0, []
    firsts, seconds = {p for p, _ in link.pairs}, {q for _, q in link.pairs}
    if len(firsts) == 1:
        return ("pair" if len(seconds) == 1 else "star"), next(iter(firsts)), 0, sorted(seconds)
    return "star", next(iter(seconds)), 1, sorted(firsts)


def leave_probabilities(net: CarrierNetwork, rates: Mapping[str, float], years: float
                        ) -> dict[tuple[int, int], float]:
    """Return `leave_probability` of every current (person, org) affiliation, computed once each."""
    return {(p, o): leave_probability(net, rates, years, p, o) for p, o in net.roles}


def loss_probability(net: CarrierNetwork, rates: Mapping[str, float], years: float,
                     key: tuple[int, int], leave: Mapping[tuple[int, int], float] | None = None) -> float:
    """Return the exact chance a bus-factor-1 link has lost every carrier within `years`.

    `leave`: the affiliations' leave probabilities when already computed (`leave_probabilities`).
    """
    kind, centre, side, leaves = shape(net.links[key])
    known = leave

    def p(person: int, org: int) -> float:
        if known is not None:
            return known[(person, org)]
        return leave_probability(net, rates, years, person, org)

    if kind == "shared":
        return 1.0 - (1.0 - p(centre, key[0])) * (1.0 - p(centre, key[1]))
    other = key[1 - side]
    all_leaves_gone = math.prod(p(q, other) for q in leaves)
    return 1.0 - (1.0 - p(centre, key[side])) * (1.0 - all_leaves_gone)


def _steadiest(net: CarrierNetwork, rates: Mapping[str, float]) -> dict[int, list[tuple[float, str, int]]]:
    """Return per org its people by annual leave rate, steadiest first (ties by id)."""
    staff: dict[int, list[tuple[float, str, int]]] = {}
    for p, o in net.roles:
        staff.setdefault(o, []).append((person_rate(net, rates, p, o), net.people[p], p))
    for people in staff.values():
        people.sort()
    return staff


def _second(staff: Mapping[int, list[tuple[float, str, int]]], key: tuple[int, int],
            busy: set[int]) -> list[int] | None:
    picks = [next((p for _, _, p in staff.get(o, []) if p not in busy), None) for o in key]
    if picks[0] is None or picks[1] is None or picks[0] == picks[1]:
        return None
    return [picks[0], picks[1]]


def fragile_links(net: CarrierNetwork, rates: Mapping[str, float], years: float) -> list[dict[str, object]]:
    """Return every bus-factor-1 link with its carrier, risk and suggested second contact, riskiest first.

    Each row: `a`, `b` (org ids, a < b), `carrier_kind` (shared | pair | star), `carried_by` (the
    people whose leaving alone breaks it: one, or the two of a pair), `knows` (the people the
    carrier knows at the other side), `loss_probability`, and `second_contact` ([person at a,
    person at b], the steadiest people there who do not carry the link yet) or None.
    """
    staff, out = _steadiest(net, rates), []
    leave = leave_probabilities(net, rates, years)
    for key in sorted(net.links):
        link = net.links[key]
        if bus_factor(link) != 1:
            continue
        kind, _, _, leaves = shape(link)
        carried = critical_people(link)
        busy = carried | {p for p, _ in link.pairs} | {q for _, q in link.pairs}
        second = _second(staff, key, busy)
        out.append({"a": net.orgs[key[0]], "b": net.orgs[key[1]], "carrier_kind": kind,
                    "carried_by": sorted(net.people[p] for p in carried),
                    "knows": [net.people[q] for q in leaves] if kind == "star" else [],
                    "loss_probability": round(loss_probability(net, rates, years, key, leave), 6),
                    "second_contact": None if second is None else [net.people[p] for p in second]})
    out.sort(key=lambda r: (-float(r["loss_probability"]), str(r["a"]), str(r["b"])))  # type: ignore[arg-type]
    return out
