"""Reads for supply and demand, the referral finder and the inventories: plain rows, no personal data."""

from __future__ import annotations

import datetime as dt

from graph.areas import areas
from graph.driver import Graph
from graph.queries import Query
from graph.referrals import read_referrals
from graph.rows import DemandRow, OrgInfo, SupplyDemandData, VolunteerSpell
from graph.values import packed, to_date

_ORGANISATIONS = Query("supply_demand_organisations")
_DEMAND = Query("supply_demand_demand")
_PERIODS = Query("supply_demand_periods")
_VOLUNTEERS = Query("supply_demand_volunteers")


def read_organisations(graph: Graph) -> list[OrgInfo]:
    """Return every organisation's supply-side attributes (no email, phone or address)."""
    return [OrgInfo(r["id"], r["name"], r["kind"], r["area"], tuple(r["services"]), tuple(r["languages"]),
                    tuple(r["serves_areas"]), r["capacity"], r["waitlist"], bool(r["nondutch_roles"]))
            for r in graph.read(_ORGANISATIONS)]


def read_volunteers(graph: Graph, *, until: dt.date) -> list[VolunteerSpell]:
    """Return volunteer affiliations that started on or before `until`."""
    return [VolunteerSpell(o, to_date(s), to_date(u)) for o, s, u in packed(graph, _VOLUNTEERS, until=until)]


def read_demand_periods(graph: Graph, *, until: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """Return (first day, last day, name) of every demand period starting on or before `until`, sorted."""
    return sorted((to_date(r["start"]), to_date(r["end"]), r["period"])
                  for r in graph.read(_PERIODS, until=until))


def read_demand(graph: Graph, *, periods: list[str]) -> list[DemandRow]:
    """Return demand rows of the named periods."""
    return [DemandRow(a, n, p, to_date(s), to_date(e), int(c))
            for a, n, p, s, e, c in packed(graph, _DEMAND, periods=periods)]


def load_supply_demand(graph: Graph, *, until: dt.date, demand: list[DemandRow],
                       referrals_from: dt.date) -> SupplyDemandData:
    """Return areas, organisations, the given demand, volunteers and referrals from `referrals_from`."""
    return SupplyDemandData(until=until, areas=areas(graph), organisations=read_organisations(graph),
                            demand=demand, volunteers=read_volunteers(graph, until=until),
                            referrals=read_referrals(graph, start=referrals_from, until=until))
