"""Introductions: new contacts that most raise the expected connected-pair fraction under turnover.

The gain of a contact between p (at X) and q (at Y) is estimated on the simulated futures
already drawn (common random numbers): in every run where both keep their affiliation and X, Y
lie in different components, it joins orgs(X's component) × orgs(Y's component) pairs.
Candidates are each organisation's steadiest person (lowest leave probability), between the
organisations most often cut off and those most often in large components; k are chosen greedily,
merging components run by run after each choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from analysis.busfactor import bus_factor, critical_people
from analysis.network import CarrierNetwork
from analysis.simulation import SimulationResult
from analysis.turnover import TurnoverModel, components


@dataclass(slots=True)
class Futures:
    """Mutable view of the simulated futures: component labels and org counts per run."""

    alive: np.ndarray  # runs × affiliations
    labels: np.ndarray  # runs × orgs (label of each org's component)
    counts: np.ndarray  # runs × labels: orgs per component
    total: int


def futures(net: CarrierNetwork, result: SimulationResult) -> Futures:
    """Return a copy of the simulated futures that introductions can merge into."""
    n_orgs = len(net.orgs)
    labels = result.labels[:, :n_orgs].copy()
    width = int(result.labels.max()) + 1 if result.labels.size else 1
    counts = np.zeros((len(labels), width), dtype=np.int64)
    for r in range(len(labels)):
        counts[r] = np.bincount(labels[r], minlength=width)
    return Futures(result.alive, labels, counts, max(n_orgs * (n_orgs - 1) // 2, 1))


def gains(f: Futures, rows_a: np.ndarray, rows_b: np.ndarray, org_a: np.ndarray,
          org_b: np.ndarray) -> np.ndarray:
    """Return per candidate the expected rise in connected-pair fraction (affiliation rows, orgs)."""
    both = f.alive[:, rows_a] & f.alive[:, rows_b]
    la, lb = f.labels[:, org_a], f.labels[:, org_b]
    runs = np.arange(len(f.labels))[:, None]
    joined = f.counts[runs, la] * f.counts[runs, lb] * (la != lb) * both
    return joined.mean(axis=0) / f.total


def merge(f: Futures, row_a: int, row_b: int, org_a: int, org_b: int) -> None:
    """Return nothing; join the two orgs' components in every run where the new contact survives."""
    for r in np.nonzero(f.alive[:, row_a] & f.alive[:, row_b])[0]:
        la, lb = f.labels[r, org_a], f.labels[r, org_b]
        if la != lb:
            f.labels[r, f.labels[r] == lb] = la
            f.counts[r, la] += f.counts[r, lb]
            f.counts[r, lb] = 0


def steadiest(net: CarrierNetwork, model: TurnoverModel, exclude: set[int] | None = None
              ) -> dict[int, tuple[int, int]]:
    """Return per org its steadiest current person and their affiliation row: (person, row)."""
    best: dict[int, tuple[float, int, int]] = {}
    for row, (p, o) in enumerate(zip(model.aff_person.tolist(), model.aff_org.tolist(), strict=True)):
        if exclude and p in exclude:
            continue
        key = (float(model.leave_prob[row]), net.people[p])
        if o not in best or key < (best[o][0], net.people[best[o][1]]):
            best[o] = (key[0], p, row)
    return {o: (p, row) for o, (_, p, row) in best.items()}


def _candidates(net: CarrierNetwork, f: Futures, anchors: Mapping[int, tuple[int, int]],
                width: int) -> list[tuple[int, int]]:
    orgs = np.array(sorted(anchors), dtype=np.int64)
    if len(orgs) < 2:
        return []
    runs = np.arange(len(f.labels))[:, None]
    reach = f.counts[runs, f.labels[:, orgs]].mean(axis=0)
    fragile = orgs[np.argsort(reach, kind="stable")[:width]].tolist()
    hubs = orgs[np.argsort(-reach, kind="stable")[:width]].tolist()
    pool = sorted(set(fragile) | set(hubs))
    return [(x, y) for i, x in enumerate(pool) for y in pool[i + 1:]]


def _by_org(net: CarrierNetwork, model: TurnoverModel) -> dict[int, list[tuple[float, str, int, int]]]:
    staff: dict[int, list[tuple[float, str, int, int]]] = {}
    for row, (p, o) in enumerate(zip(model.aff_person.tolist(), model.aff_org.tolist(), strict=True)):
        staff.setdefault(o, []).append((float(model.leave_prob[row]), net.people[p], p, row))
    for people in staff.values():
        people.sort()
    return staff


def _describe(net: CarrierNetwork, model: TurnoverModel, p: int, row: int, names: Mapping[str, str]) -> str:
    o = int(model.aff_org[row])
    who = names.get(net.people[p], net.people[p])
    roles = "/".join(net.roles[(p, o)])
    return f"{who} ({roles} at {net.orgs[o]}, {model.leave_prob[row]:.0%} chance of leaving)"


def introductions(net: CarrierNetwork, model: TurnoverModel, result: SimulationResult, k: int = 10,
                  width: int = 40, names: Mapping[str, str] | None = None) -> list[dict[str, object]]:
    """Return up to k greedy introductions {person, other_person, a, b, gain, reason}, best first."""
    f, anchors, names = futures(net, result), steadiest(net, model), names or {}
    today = components(net, model, np.ones(len(model.leave_prob), dtype=bool))[:len(net.orgs)].copy()
    known = set(net.contacts)
    cands = [(x, y) for x, y in _candidates(net, f, anchors, width)
             if anchors[x][0] != anchors[y][0]
             and (min(anchors[x][0], anchors[y][0]), max(anchors[x][0], anchors[y][0])) not in known]
    out: list[dict[str, object]] = []
    pairs = np.asarray(cands, dtype=np.int64).reshape(-1, 2)
    rows = np.asarray([[anchors[x][1], anchors[y][1]] for x, y in cands], dtype=np.int64).reshape(-1, 2)
    while cands and len(out) < k:
        gain = gains(f, rows[:, 0], rows[:, 1], pairs[:, 0], pairs[:, 1])
        best = int(np.argmax(gain))
        if gain[best] <= 0:
            break
        x, y = cands.pop(best)
        pairs, rows = np.delete(pairs, best, axis=0), np.delete(rows, best, axis=0)
        why = _why(net, f, today, x, y)
        apart, together = bool(today[x] != today[y]), float((f.labels[:, x] == f.labels[:, y]).mean())
        (p, ra), (q, rb) = anchors[x], anchors[y]
        merge(f, ra, rb, x, y)
        today[today == today[y]] = today[x]
        out.append({"person": net.people[p], "other_person": net.people[q], "a": net.orgs[x],
                    "b": net.orgs[y], "gain": round(float(gain[best]), 6),
                    # For a reason in plain words: no path today, or how often they stay connected.
                    "connected_today": not apart, "together": round(together, 4),
                    "reason": f"{why}; {_describe(net, model, p, ra, names)} and "
                              f"{_describe(net, model, q, rb, names)} are the steadiest people there"})
    return out


def _why(net: CarrierNetwork, f: Futures, today: np.ndarray, x: int, y: int) -> str:
    reach_x, reach_y = int((today == today[x]).sum()) - 1, int((today == today[y]).sum()) - 1
    if today[x] != today[y]:
        return (f"{net.orgs[x]} (connected to {reach_x} other organisations) and {net.orgs[y]} "
                f"(connected to {reach_y}) have no path between them today")
    together = float((f.labels[:, x] == f.labels[:, y]).mean())
    return (f"{net.orgs[x]} and {net.orgs[y]} are connected today but stay so in only {together:.0%} "
            "of the simulated futures")


class _Option(NamedTuple):
    org: int
    partner: int
    person: int
    person_row: int
    other: int
    other_row: int
    critical: frozenset[int]


def second_contacts(net: CarrierNetwork, model: TurnoverModel, result: SimulationResult,
                    names: Mapping[str, str] | None = None) -> list[dict[str, object]]:
    """Return per organisation with a one-person link its best second contact for such a link."""
    f, staff, names = futures(net, result), _by_org(net, model), names or {}
    options: list[_Option] = []
    for (a, b), link in net.links.items():
        if bus_factor(link) != 1:
            continue
        critical = frozenset(critical_people(link))
        pick = [next(((p, r) for _, _, p, r in staff.get(o, []) if p not in critical), None) for o in (a, b)]
        if pick[0] is None or pick[1] is None or pick[0][0] == pick[1][0]:
            continue
        options.append(_Option(a, b, *pick[0], *pick[1], critical))
        options.append(_Option(b, a, *pick[1], *pick[0], critical))
    if not options:
        return []
    arr = np.asarray([o[:6] for o in options], dtype=np.int64)
    gain = gains(f, arr[:, 3], arr[:, 5], arr[:, 0], arr[:, 1])
    best: dict[int, int] = {}
    for i, opt in enumerate(options):
        j = best.get(opt.org)
        if j is None or (-gain[i], net.orgs[opt.partner]) < (-gain[j], net.orgs[options[j].partner]):
            best[opt.org] = i
    return [_second(net, model, options[i], float(gain[i]), names) for _, i in sorted(best.items())]


def _second(net: CarrierNetwork, model: TurnoverModel, opt: _Option, gain: float,
            names: Mapping[str, str]) -> dict[str, object]:
    hangs = ", ".join(sorted(names.get(net.people[c], net.people[c]) for c in opt.critical))
    return {"organisation": net.orgs[opt.org], "partner": net.orgs[opt.partner],
            "person": net.people[opt.person], "other_person": net.people[opt.other],
            "gain": round(gain, 6), "depends_on": sorted(net.people[c] for c in opt.critical),
            "reason": f"the link {net.orgs[opt.org]}–{net.orgs[opt.partner]} hangs on {hangs} alone; "
                      f"{_describe(net, model, opt.person, opt.person_row, names)} and "
                      f"{_describe(net, model, opt.other, opt.other_row, names)} would be a second contact"}
