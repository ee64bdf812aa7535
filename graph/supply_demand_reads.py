"""Reads for supply and demand, the referral finder and the inventories: plain rows, no personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph.driver import Graph
from graph.queries import Query
from graph.web_reads import AreaRow, areas

_ORGANISATIONS = Query("sd_organisations")
_DEMAND = Query("sd_demand")
_PERIODS = Query("sd_demand_periods")
_VOLUNTEERS = Query("sd_volunteers")
_REFERRALS = Query("sd_referrals")


@dataclass(frozen=True, slots=True)
class OrgInfo:
    """An organisation's supply side: services, languages, location, served areas (empty = city-wide)."""

    id: str
    name: str
    kind: str | None = None
    area: str | None = None
    services: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    serves_areas: tuple[str, ...] = ()
    capacity: int | None = None
    waitlist: int | None = None
    nondutch_roles: bool = False


@dataclass(frozen=True, slots=True)
class DemandRow:
    """Demand for one need in one area over one period."""

    area: str
    need: str
    period: str
    start: dt.date
    end: dt.date
    count: int


@dataclass(frozen=True, slots=True)
class VolunteerSpell:
    """One volunteer affiliation at an organisation (open ends allowed)."""

    organisation: str
    since: dt.date | None
    until: dt.date | None


@dataclass(frozen=True, slots=True)
class ReferralEvent:
    """One referral record (or `count` alike) with its need, area, language and outcome."""

    source: str
    target: str
    date: dt.date
    need: str
    area: str | None
    language: str | None
    status: str
    count: int = 1


@dataclass(slots=True)
class SupplyDemandData:
    """Everything the supply/demand monitor reads, up to one date."""

    until: dt.date
    areas: list[AreaRow] = field(default_factory=list)
    organisations: list[OrgInfo] = field(default_factory=list)
    demand: list[DemandRow] = field(default_factory=list)
    volunteers: list[VolunteerSpell] = field(default_factory=list)
    referrals: list[ReferralEvent] = field(default_factory=list)


def _date(value: Any) -> dt.date | None:
    return value.to_native() if hasattr(value, "to_native") else value


def _packed(graph: Graph, query: Query, **params: Any) -> list[list[Any]]:
    rows = graph.read(query, **params)
    return rows[0]["rows"] if rows else []


def read_organisations(graph: Graph) -> list[OrgInfo]:
    """Return every organisation's supply-side attributes (no email, phone or address)."""
    return [OrgInfo(r["id"], r["name"], r["kind"], r["area"], tuple(r["services"]), tuple(r["languages"]),
                    tuple(r["serves_areas"]), r["capacity"], r["waitlist"], bool(r["nondutch_roles"]))
            for r in graph.read(_ORGANISATIONS)]


def read_volunteers(graph: Graph, *, until: dt.date) -> list[VolunteerSpell]:
    """Return volunteer affiliations that started on or before `until`."""
    return [VolunteerSpell(o, _date(s), _date(u)) for o, s, u in _packed(graph, _VOLUNTEERS, until=until)]


def read_referrals(graph: Graph, *, start: dt.date, until: dt.date) -> list[ReferralEvent]:
    """Return referral records dated from `start` to `until` (inclusive)."""
    return [ReferralEvent(a, b, _date(d), need, area, lang, status, int(count))  # type: ignore[arg-type]
            for a, b, d, need, area, lang, status, count
            in _packed(graph, _REFERRALS, start=start, until=until)]


def read_demand_periods(graph: Graph, *, until: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """Return (first day, last day, name) of every demand period starting on or before `until`, sorted."""
    return sorted((_date(r["start"]), _date(r["end"]), r["period"])  # type: ignore[misc]
                  for r in graph.read(_PERIODS, until=until))


def read_demand(graph: Graph, *, periods: list[str]) -> list[DemandRow]:
    """Return demand rows of the named periods."""
    return [DemandRow(a, n, p, _date(s), _date(e), int(c))  # type: ignore[arg-type]
            for a, n, p, s, e, c in _packed(graph, _DEMAND, periods=periods)]


def load_supply_demand(graph: Graph, *, until: dt.date, demand: list[DemandRow],
                       referrals_from: dt.date) -> SupplyDemandData:
    """Return areas, organisations, the given demand, volunteers and referrals from `referrals_from`."""
    return SupplyDemandData(until=until, areas=areas(graph), organisations=read_organisations(graph),
                            demand=demand, volunteers=read_volunteers(graph, until=until),
                            referrals=read_referrals(graph, start=referrals_from, until=until))
