"""The carrier network: current people, organisations, affiliations and contacts, indexed by int.

Organisations are indexed in id order, so `a < b` on indices is `a < b` on ids. Only people
with at least one current affiliation take part (a contact with someone who has left carries
nothing). An org link (a, b) has carriers: people affiliated with both (`shared`), and KNOWS
pairs (p at a, q at b) in which neither is shared (pairs through a shared person are dominated:
whoever breaks them also breaks that person's own carrier).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from graph.rows import AffiliationRow, ContactRow


@dataclass(slots=True)
class Link:
    """Carriers of one org link: shared people and (person at a, person at b) pairs."""

    shared: list[int] = field(default_factory=list)
    pairs: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class CarrierNetwork:
    """Indexed current network; build it with `build_network`."""

    orgs: list[str]
    people: list[str]
    person_orgs: list[tuple[int, ...]]
    contacts: list[tuple[int, int]]
    links: dict[tuple[int, int], Link]
    # (person, org) -> roles and last day (None = open) of that person's affiliation there.
    roles: dict[tuple[int, int], tuple[str, ...]]
    ends: dict[tuple[int, int], dt.date | None]

    @property
    def org_index(self) -> dict[str, int]:
        """Return org id -> index."""
        return {o: i for i, o in enumerate(self.orgs)}

    @property
    def person_index(self) -> dict[str, int]:
        """Return person id -> index."""
        return {p: i for i, p in enumerate(self.people)}


def _latest(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return None if a is None or b is None else max(a, b)


def build_network(org_ids: Iterable[str], affiliations: Iterable[AffiliationRow],
                  contacts: Iterable[ContactRow]) -> CarrierNetwork:
    """Return the indexed carrier network of the given current affiliations and contacts."""
    orgs = sorted(set(org_ids))
    oi = {o: i for i, o in enumerate(orgs)}
    roles: dict[tuple[int, int], tuple[str, ...]] = {}
    ends: dict[tuple[int, int], dt.date | None] = {}
    pi: dict[str, int] = {}
    for aff in sorted(affiliations, key=lambda r: (r.person, r.organisation, r.role)):
        if aff.organisation not in oi:
            continue
        p = pi.setdefault(aff.person, len(pi))
        key = (p, oi[aff.organisation])
        ends[key] = _latest(ends[key], aff.until) if key in ends else aff.until
        roles[key] = (*roles.get(key, ()), aff.role)
    person_orgs: list[list[int]] = [[] for _ in pi]
    for p, o in roles:
        person_orgs[p].append(o)
    edges = {(min(pi[c.person], pi[c.other]), max(pi[c.person], pi[c.other]))
             for c in contacts if c.person in pi and c.other in pi and c.person != c.other}
    net = CarrierNetwork(orgs=orgs, people=list(pi), person_orgs=[tuple(sorted(x)) for x in person_orgs],
                         contacts=sorted(edges), links={}, roles=roles, ends=ends)
    net.links = _links(net)
    return net


def _links(net: CarrierNetwork) -> dict[tuple[int, int], Link]:
    links: dict[tuple[int, int], Link] = {}
    for p, orgs in enumerate(net.person_orgs):
        for a, b in combinations(orgs, 2):
            links.setdefault((a, b), Link()).shared.append(p)
    at = [set(orgs) for orgs in net.person_orgs]
    for p, q in net.contacts:
        for x in net.person_orgs[p]:
            for y in net.person_orgs[q]:
                if x == y:
                    continue
                a, b, pa, qb = (x, y, p, q) if x < y else (y, x, q, p)
                if b in at[pa] or a in at[qb]:
                    continue  # dominated by a shared carrier
                links.setdefault((a, b), Link()).pairs.append((pa, qb))
    for link in links.values():
        link.pairs = sorted(set(link.pairs))
    return links


def carriers_of(net: CarrierNetwork, key: tuple[int, int]) -> list[list[str]]:
    """Return a link's carriers as person-id lists: `[p]` shared, `[p, q]` p at a and q at b."""
    link = net.links[key]
    out = [[net.people[p]] for p in link.shared]
    out += [[net.people[p], net.people[q]] for p, q in link.pairs]
    return out
