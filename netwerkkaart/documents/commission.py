"""The commission's questions answered from Neo4j: supply/demand, the finder, inventories, connecting list.

Thin glue (like `documents/analysis.py`): read via `graph/`, compute in `analysis/`, return JSON documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from analysis.areas_index import area_index
from analysis.connecting import connecting_list
from analysis.finder_input import resolve_area, resolve_language, resolve_need
from analysis.inventories import buddy_inventory, buddy_summary, gebied_of, link_counts, nondutch_inventory
from analysis.referral_finder import VOLUNTEER_NEED, rank, results_json
from analysis.supply_demand import active_volunteers, choose_periods, monitor_document
from graph.areas import areas
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.projections import load_snapshot
from graph.referrals import read_acceptance, referral_contacts
from graph.supply_demand import (
    load_supply_demand,
    read_demand,
    read_demand_periods,
    read_organisations,
    read_volunteers,
)
from netwerkkaart.documents.analysis import link_rows, network_of

LEVELS = ("gebied", "wijk")


def supply_demand(graph: Graph, as_of: dt.date, *, periods: int = 8, level: str = "gebied",
                  bounce_days: int = 30) -> dict[str, Any]:
    """Return the supply/demand monitor document as of a date (last `periods` demand periods)."""
    if level not in LEVELS or not 1 <= periods <= 60 or not 0 <= bounce_days <= 365:
        raise InvalidInputError.say("err_supply_options", level=level, periods=periods,
                                    bounce_days=bounce_days)
    chosen = choose_periods(read_demand_periods(graph, until=as_of), as_of, periods)
    demand = read_demand(graph, periods=[p.name for p in chosen])
    data = load_supply_demand(graph, until=as_of, demand=demand,
                              referrals_from=chosen[0].start if chosen else as_of)
    return monitor_document(data, as_of, periods=periods, bounce_days=bounce_days, level=level)


def refer(graph: Graph, *, need: str, language: str | None = None, area: str | None = None,
          volunteer: bool = False, limit: int = 20, lang: str = "en", as_of: dt.date | None = None
          ) -> dict[str, Any]:
    """Return the `refer --json` document; unknown need, language or area raise InvalidInputError."""
    if not 1 <= limit <= 500:
        raise InvalidInputError.say("err_limit_range", limit=limit)
    orgs, index = read_organisations(graph), area_index(areas(graph))
    code = resolve_need(need if need or not volunteer else VOLUNTEER_NEED, lang)
    language_code = (resolve_language(language, {x for o in orgs for x in o.languages}, lang)
                     if language else None)
    choice = resolve_area(area, index, lang) if area else None
    acceptance = read_acceptance(graph, until=as_of or dt.date.today())
    matches = rank(orgs, index, acceptance, need=code, language=language_code, area=choice,
                   volunteer=volunteer, limit=limit)
    query: dict[str, Any] = {"need": code, "language": language_code,
                             "area": choice.code if choice else None,
                             "area_name": index.names.get(choice.code) if choice else None,
                             "area_level": choice.level if choice else None,
                             "volunteer": volunteer or code == VOLUNTEER_NEED}
    if choice and choice.note:
        query["note"] = choice.note
    results = results_json(matches, lang)
    contacts = referral_contacts(graph, ids=[r["organisation"] for r in results])
    for r in results:
        c = contacts.get(r["organisation"])
        r.update({"address": c.address, "postcode": c.postcode, "phone": c.phone, "email": c.email,
                  "website": c.website} if c else dict.fromkeys(("address", "postcode", "phone", "email",
                                                                 "website")))
    return {"query": query, "results": results}


def _link_stats(graph: Graph, as_of: dt.date) -> dict[str, tuple[int, int]]:
    return link_counts(link_rows(network_of(load_snapshot(graph, as_of, fragility=False))))


def nondutch(graph: Graph) -> dict[str, Any]:
    """Return the inventory of volunteer roles open to non-Dutch speakers, per gebied and need."""
    index = area_index(areas(graph))
    return {"rows": nondutch_inventory(read_organisations(graph), index)}


def buddies(graph: Graph, as_of: dt.date, links: dict[str, tuple[int, int]] | None = None) -> dict[str, Any]:
    """Return the buddy/mentor inventory (initiatives and a summary per gebied) as of a date."""
    index = area_index(areas(graph))
    volunteers = active_volunteers(read_volunteers(graph, until=as_of), as_of)
    rows = buddy_inventory(read_organisations(graph), index, volunteers,
                           links if links is not None else _link_stats(graph, as_of))
    return {"as_of": as_of.isoformat(), "initiatives": rows, "per_gebied": buddy_summary(rows)}


def connecting(graph: Graph, fragility: dict[str, Any], label: Callable[[str], str],
               lang: str = "nl") -> list[dict[str, Any]]:
    """Return the fragility document's introductions and suggestions grouped per gebied, each with a
    one-line reason in `lang` (`plain`)."""
    index = area_index(areas(graph))
    orgs = {o.id: (o.name, gebied_of(o, index)) for o in read_organisations(graph)}
    return connecting_list(fragility, orgs, index.names, label, lang)
