"""Turnover: leave rates per role from the data's own history, and Monte Carlo simulation.

Each current affiliation ends within the horizon independently with probability
1 - exp(-rate(role) * years); rates are ended affiliations per affiliation-year observed
(constant hazard). A person who keeps no affiliation carries nothing; replacements do not
inherit ties. A link survives a run when one of its carriers keeps its affiliation(s).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import igraph as ig
import numpy as np

from analysis.network import CarrierNetwork
from graph.rows import RoleHistory

# Used for a role the data has no history for (annual leave rates, volunteers fastest).
DEFAULT_RATES = {"volunteer": 0.45, "staff": 0.2, "coordinator": 0.25, "board": 0.15}


def role_history(tenures: Iterable[tuple[str, dt.date | None, dt.date | None]], as_of: dt.date
                 ) -> list[RoleHistory]:
    """Return per role the affiliations ended before `as_of` and affiliation-years observed up to it."""
    ended: dict[str, int] = {}
    days: dict[str, int] = {}
    for role, since, until in tenures:
        if since is None or since > as_of:
            continue
        stop = min(until, as_of) if until is not None else as_of
        days[role] = days.get(role, 0) + max((stop - since).days, 0)
        ended[role] = ended.get(role, 0) + (until is not None and until < as_of)
    return [RoleHistory(role, ended[role], days[role] / 365.25) for role in sorted(days)]


def role_rates(history: Iterable[RoleHistory],
               overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Return annual leave rates per role: ended affiliations per affiliation-year (defaults fill gaps)."""
    rates = dict(DEFAULT_RATES)
    for h in history:
        if h.years >= 1.0 and h.ended:
            rates[h.role] = round(h.ended / h.years, 4)
    rates.update(overrides or {})
    return rates


@dataclass(slots=True)
class TurnoverModel:
    """Arrays for fast simulation: one row per current (person, org) affiliation."""

    aff_person: np.ndarray
    aff_org: np.ndarray
    leave_prob: np.ndarray
    carrier_link: np.ndarray  # per carrier: link index
    carrier_aff: np.ndarray  # per carrier: two affiliation rows that must both survive
    link_keys: list[tuple[int, int]]


def person_rate(net: CarrierNetwork, rates: Mapping[str, float], p: int, o: int) -> float:
    """Return the annual leave rate of person p's affiliation at org o (their steadiest role)."""
    roles = net.roles[(p, o)]
    if len(roles) == 1 and roles[0] in rates:
        return rates[roles[0]]
    fallback = max(rates.values(), default=0.3)  # a role without a rate leaves as fast as the fastest
    return min(rates.get(r, fallback) for r in roles)


def build_model(net: CarrierNetwork, rates: Mapping[str, float], years: float) -> TurnoverModel:
    """Return the simulation arrays for `net` under `rates` over a horizon of `years`."""
    keys = sorted(net.roles)
    row = {key: i for i, key in enumerate(keys)}
    probs = [1.0 - math.exp(-person_rate(net, rates, p, o) * years) for p, o in keys]
    link_keys = sorted(net.links)
    c_link, c_aff = [], []
    for li, (a, b) in enumerate(link_keys):
        link = net.links[(a, b)]
        for p in link.shared:
            c_link.append(li)
            c_aff.append((row[(p, a)], row[(p, b)]))
        for p, q in link.pairs:
            c_link.append(li)
            c_aff.append((row[(p, a)], row[(q, b)]))
    return TurnoverModel(
        aff_person=np.array([p for p, _ in keys], dtype=np.int64),
        aff_org=np.array([o for _, o in keys], dtype=np.int64),
        leave_prob=np.array(probs, dtype=float),
        carrier_link=np.array(c_link, dtype=np.int64),
        carrier_aff=np.array(c_aff, dtype=np.int64).reshape(-1, 2),
        link_keys=link_keys)


def components(net: CarrierNetwork, model: TurnoverModel, alive: np.ndarray) -> np.ndarray:
    """Return the component label of every H node (orgs first, then people) given surviving affiliations."""
    n_orgs, n_people = len(net.orgs), len(net.people)
    stays = np.bincount(model.aff_person[alive], minlength=n_people) > 0
    contacts = np.asarray(net.contacts, dtype=np.int64).reshape(-1, 2)
    keep = stays[contacts[:, 0]] & stays[contacts[:, 1]] if len(contacts) else np.zeros(0, bool)
    edges = np.concatenate([
        np.column_stack([model.aff_org[alive], n_orgs + model.aff_person[alive]]),
        n_orgs + contacts[keep]])
    g = ig.Graph(n=n_orgs + n_people, edges=edges.tolist())
    return np.asarray(g.connected_components().membership, dtype=np.int64)


def org_pairs(labels: np.ndarray, n_orgs: int) -> int:
    """Return connected org pairs given component labels (orgs are the first n_orgs nodes)."""
    counts = np.bincount(labels[:n_orgs])
    return int((counts * (counts - 1) // 2).sum())


def links_alive(model: TurnoverModel, alive: np.ndarray) -> np.ndarray:
    """Return a boolean per link: does one of its carriers survive?"""
    ok = alive[model.carrier_aff[:, 0]] & alive[model.carrier_aff[:, 1]]
    return np.bincount(model.carrier_link[ok], minlength=len(model.link_keys)) > 0
