"""Handover list (overdrachtslijst): what leaves with someone leaving an organisation, and who takes it over.

A departure ends one affiliation: person P at organisation O, last day D. The carrier network on D
(analysis/network.py) is compared with the same network without P's affiliation at O. A link of O
that has carriers before and none after hangs on P alone. The network is rebuilt rather than its
carriers filtered: a contact pair (s at O, P at X) is dominated while P is at O as well, and carries
the link O–X once P has left O but stays at X.

For every partner organisation X whose link hangs on P, and every partnership of O in which P is a
contact person, the colleagues still at O on D are ranked as successors: first those who already
know someone at X, then by the years they are expected to stay under the turnover model. With an
annual leave rate r and a known last day L years ahead, the expected stay is E[min(T, L)] =
(1 - e^(-rL)) / r for an exponential stay T (1/r without a known end). The best successor who knows
nobody at X is introduced, before D, to P's steadiest contact there (whom P can introduce), or else
to the partnership's contact person there, or else to the steadiest person at X.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analysis.busfactor import alerts, bus_factor
from analysis.network import CarrierNetwork, build_network
from analysis.turnover import person_rate
from graph.rows import AffiliationRow, ContactRow, PartnershipRow

__all__ = ["Handover", "HandoverItem", "NotAffiliatedError", "Successor", "departure_alerts",
           "expected_years", "handover"]

# Successors shown per link: the list is a conversation starter, not a ranking of the whole team.
TOP = 3


class NotAffiliatedError(ValueError):
    """The person has no affiliation at the organisation that is current on the end date."""


@dataclass(frozen=True, slots=True)
class Successor:
    """A colleague at the organisation who could take a link over, with why they rank where they do."""

    person: str
    knows: tuple[str, ...]  # people at the partner organisation they already know
    years: float  # expected years they stay at the organisation after the end date
    rate: float  # their annual leave rate (turnover model, steadiest role)
    ends: dt.date | None  # their own known last day there, if any
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HandoverItem:
    """One partner organisation: what the leaver carries there, the successors, and an introduction."""

    partner: str
    hangs_on_person: bool  # the link O–partner loses its last carrier
    carriers_left: int  # bus factor of the link after the departure
    contacts: tuple[str, ...]  # people the leaver knows at the partner
    partnerships: tuple[str, ...]  # ids of partnerships O–partner with the leaver as contact person
    successors: tuple[Successor, ...]
    introduce: tuple[str, str] | None  # (successor, person at the partner) to introduce before the end


@dataclass(frozen=True, slots=True)
class Handover:
    """What leaves with `person` when they leave `organisation` after `end`."""

    person: str
    organisation: str
    end: dt.date
    items: tuple[HandoverItem, ...]
    contacts: tuple[tuple[str, str], ...]  # (person, their organisation) for every contact elsewhere
    colleagues: int  # people still at the organisation on the end date


def expected_years(rate: float, last_day: dt.date | None, end: dt.date) -> float:
    """Return the expected years a person stays after `end`: E[min(T, L)] for T ~ Exp(rate).

    >>> round(expected_years(0.25, None, dt.date(2026, 1, 1)), 2)
    4.0
    """
    horizon = math.inf if last_day is None else max((last_day - end).days, 0) / 365.25
    if rate <= 0:
        return horizon
    return (1.0 - math.exp(-rate * horizon)) / rate if horizon != math.inf else 1.0 / rate


def _members(net: CarrierNetwork) -> dict[int, set[int]]:
    """Return per organisation index its people (indices)."""
    out: dict[int, set[int]] = {}
    for p, orgs in enumerate(net.person_orgs):
        for o in orgs:
            out.setdefault(o, set()).add(p)
    return out


def _known(net: CarrierNetwork) -> dict[int, set[int]]:
    """Return per person index the people they know (indices)."""
    out: dict[int, set[int]] = {}
    for p, q in net.contacts:
        out.setdefault(p, set()).add(q)
        out.setdefault(q, set()).add(p)
    return out


@dataclass(slots=True)
class _View:
    """The network on the end date with the lookups the ranking needs."""

    net: CarrierNetwork
    rates: Mapping[str, float]
    end: dt.date
    members: dict[int, set[int]]
    known: dict[int, set[int]]

    def years(self, p: int, o: int) -> float:
        return expected_years(person_rate(self.net, self.rates, p, o), self.net.ends[(p, o)], self.end)

    def steadiest(self, people: Iterable[int], o: int) -> int | None:
        ranked = sorted(people, key=lambda p: (-self.years(p, o), self.net.people[p]))
        return ranked[0] if ranked else None


def _successors(v: _View, leaver: int, org: int, partner: int) -> list[Successor]:
    """Return the leaver's colleagues at `org` ranked to take over the link to `partner` (best TOP)."""
    # Everyone at the partner on the end date, the leaver too when they stay there.
    net, there = v.net, v.members.get(partner, set())
    out = []
    for s in v.members.get(org, set()) - {leaver}:
        knows = sorted(net.people[q] for q in v.known.get(s, set()) & there)
        out.append(Successor(net.people[s], tuple(knows), round(v.years(s, org), 4),
                             person_rate(net, v.rates, s, org), net.ends[(s, org)], net.roles[(s, org)]))
    out.sort(key=lambda s: (not s.knows, -s.years, s.person))
    return out[:TOP]


def _introduction(v: _View, leaver: int, partner: int, first: Successor | None,
                  named: Iterable[str]) -> tuple[str, str] | None:
    """Return (successor, person at the partner) to introduce, or None (nobody, or they know someone)."""
    if first is None or first.knows:
        return None
    net, there = v.net, v.members.get(partner, set())
    index = net.person_index
    pools = ([q for q in v.known.get(leaver, set()) if q in there] + ([leaver] if leaver in there else []),
             [index[p] for p in named if p in index and index[p] in there], list(there))
    for pool in pools:
        best = v.steadiest(pool, partner)
        if best is not None:
            return first.person, net.people[best]
    return None


def _partnerships(net: CarrierNetwork, rows: list[PartnershipRow], person: str, organisation: str
                  ) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Return per partner index the partnership ids with `person` as contact, and their contact persons."""
    papers: dict[int, list[str]] = {}
    named: dict[int, list[str]] = {}
    index = net.org_index
    for row in rows:
        if person in row.contact_person_ids and organisation in (row.a, row.b):
            other = index.get(row.b if row.a == organisation else row.a)
            if other is not None and other != index[organisation]:
                papers.setdefault(other, []).append(row.id)
                named.setdefault(other, []).extend(row.contact_person_ids)
    return papers, named


def handover(org_ids: Iterable[str], affiliations: Iterable[AffiliationRow], contacts: Iterable[ContactRow],
             partnerships: Iterable[PartnershipRow], rates: Mapping[str, float], *, person: str,
             organisation: str, end: dt.date) -> Handover:
    """Return the handover list of `person` leaving `organisation` after `end` (rows current on `end`).

    Items are the partner organisations whose link hangs on the person alone, then those where they
    are a partnership's contact person, each by partner id. Raise NotAffiliatedError when the person
    is not at the organisation on `end`.
    """
    org_ids, affiliations, contacts = sorted(set(org_ids)), list(affiliations), list(contacts)
    net = build_network(org_ids, affiliations, contacts)
    leaver, org = net.person_index.get(person), net.org_index.get(organisation)
    if leaver is None or org is None or (leaver, org) not in net.roles:
        raise NotAffiliatedError(f"{person} is not at {organisation} on {end.isoformat()}")
    staying = [a for a in affiliations if (a.person, a.organisation) != (person, organisation)]
    after = build_network(org_ids, staying, contacts)
    v = _View(net, rates, end, _members(net), _known(net))
    broken = {b if a == org else a: bus_factor(after.links[(a, b)]) if (a, b) in after.links else 0
              for a, b in net.links if org in (a, b)}
    papers, named = _partnerships(net, list(partnerships), person, organisation)
    partners = sorted({x for x, left in broken.items() if left == 0} | set(papers),
                      key=lambda x: (broken.get(x, 1) != 0, net.orgs[x]))
    items = []
    for x in partners:
        successors = _successors(v, leaver, org, x)
        knows_there = sorted(net.people[q] for q in v.known.get(leaver, set()) & v.members.get(x, set()))
        first = successors[0] if successors else None
        items.append(HandoverItem(net.orgs[x], broken.get(x, 1) == 0, broken.get(x, 0), tuple(knows_there),
                                  tuple(sorted(papers.get(x, []))), tuple(successors),
                                  _introduction(v, leaver, x, first, named.get(x, []))))
    elsewhere = sorted({(net.people[q], net.orgs[o]) for q in v.known.get(leaver, set())
                        for o in net.person_orgs[q] if o != org})
    return Handover(person, organisation, end, tuple(items), tuple(elsewhere),
                    len(v.members.get(org, set()) - {leaver}))


def departure_alerts(net: CarrierNetwork, as_of: dt.date, days: int = 90) -> list[dict[str, object]]:
    """Return the links whose carriers all leave within `days` of `as_of` (analysis/busfactor.py `alerts`),
    each with `leaving`: [(person, organisation, last day)] of the carriers' affiliations that end then."""
    horizon = as_of + dt.timedelta(days=days)
    index = net.person_index
    out = []
    for alert in alerts(net, as_of, days):
        sides = [net.org_index[str(alert["a"])], net.org_index[str(alert["b"])]]
        leaving = sorted({(person, net.orgs[o], end) for person in alert["people"]  # type: ignore[attr-defined]
                          for o in sides if (index[person], o) in net.ends
                          and (end := net.ends[(index[person], o)]) is not None and end <= horizon})
        out.append({**alert, "leaving": leaving})
    return out
