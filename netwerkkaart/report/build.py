"""`netwerkkaart report`: one self-contained HTML file for the municipality (no personal data in it).

People appear only as counts or as keyed pseudonyms (`analysis.pseudonyms`); organisations by name,
without their contact details. Charts and the map are inline SVG, so the file opens offline.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

from analysis.areas_index import area_index
from analysis.i18n import text
from analysis.inventories import gebied_of, link_counts
from analysis.network import build_network
from analysis.pseudonyms import pseudonym
from graph.areas import areas
from graph.driver import Graph
from graph.projections import carrier_rows, load_snapshot
from graph.reference import CREDIT
from graph.supply_demand import read_organisations
from netwerkkaart.documents import commission
from netwerkkaart.documents.analysis import fragility_snapshot, network_of
from netwerkkaart.documents.freshness import confirmation_share, share_sentence
from netwerkkaart.documents.matching_failures import matching_failures
from netwerkkaart.report import figures, sections
from netwerkkaart.report.advice import recommendations
from netwerkkaart.report.render import render_connecting, render_report
from netwerkkaart.report.sections import Inputs

Timer = Callable[[str], None]
# Random-departure runs for the robustness chart: its band is a picture, not a figure anyone quotes, and
# each run costs ~0.4 s on city data (the fragility page keeps its own 30).
CURVE_RUNS = 10


def _noop(_: str) -> None:
    return None


def supply_per_gebied(sd: dict[str, Any]) -> list[dict[str, Any]]:
    """Return per gebied in the current period: demand, supply, ratio, and the summed per-need shortfall."""
    out: dict[str, dict[str, Any]] = {}
    for r in sd["rows"]:
        if r["period"] != sd["current_period"] or r["level"] != "gebied":
            continue
        g = out.setdefault(r["area"], {"gebied": r["area"], "name": r["area_name"], "demand": 0,
                                       "supply": 0.0, "shortfall": 0.0, "no_capacity": 0, "bounces": 0,
                                       "volunteers": 0.0})
        for key in ("demand", "supply", "shortfall", "no_capacity", "bounces", "volunteers"):
            g[key] += r[key]
    for g in out.values():
        g["ratio"] = round(g["supply"] / g["demand"], 2) if g["demand"] else None
    return sorted(out.values(), key=lambda g: g["name"])


def _trend(graph: Graph, as_of: dt.date, org_ids: list[str], current: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for months in figures.TREND_MONTHS:
        day = figures.months_before(as_of, months)
        net = build_network(org_ids, *carrier_rows(graph, day))
        rows.append({**figures.network_figures(net, day), "label": f"{months} mnd eerder"})
    return [*rows, {**current, "label": "peildatum"}]


def read_inputs(graph: Graph, as_of: dt.date, *, secret: bytes, runs: int = 50, seed: int = 1,
                timer: Timer = _noop) -> Inputs:
    """Return what the sections are computed from, read once from the graph (people as pseudonyms)."""
    label = partial(_label, secret=secret)
    with ThreadPoolExecutor(max_workers=1) as pool:
        # Supply and demand is mostly Neo4j's work: it runs in the server while Python computes fragility.
        supply = pool.submit(commission.supply_demand, graph, as_of)
        snap = load_snapshot(graph, as_of)
        timer("snapshot")
        frag = fragility_snapshot(snap, runs=runs, curve_runs=CURVE_RUNS, seed=seed, timer=timer)
        current = figures.network_figures(network_of(snap), as_of)
        trend = _trend(graph, as_of, [o.id for o in snap.organisations], current)
        timer("trend")
        sd = supply.result()
    timer("supply and demand (waited for)")
    index = area_index(areas(graph))
    gebied = {o.id: gebied_of(o, index) for o in read_organisations(graph)}
    inputs = Inputs(
        as_of=as_of, current=current, trend=trend, fragility=frag,
        bus_by_gebied=figures.bus_factor_by_gebied(frag["links"], gebied, index.names),
        supply=sd, supply_gebied=supply_per_gebied(sd), nondutch=commission.nondutch(graph),
        buddies=commission.buddies(graph, as_of, links=link_counts(frag["links"])),
        connecting=commission.connecting(graph, frag, label),
        key_people=figures.key_people(frag["people"], label),
        failures=matching_failures(graph, as_of))
    timer("inventories")
    return inputs


def report_data(graph: Graph, as_of: dt.date, *, secret: bytes, runs: int = 50, seed: int = 1,
                internal: bool = False, timer: Timer = _noop) -> dict[str, Any]:
    """Return everything the report shows, as plain data: summary first, then one block per question.

    The shareable version (`internal=False`) holds no person-level rows, not even pseudonyms.
    """
    inp = read_inputs(graph, as_of, secret=secret, runs=runs, seed=seed, timer=timer)
    return {"as_of": as_of.isoformat(), "generated": dt.date.today().isoformat(), "credit": CREDIT,
            "internal": internal, "supply": inp.supply, "supply_definition": text("supply_definition", "nl"),
            "summary": figures.key_figures(inp.current, inp.trend[0], inp.supply["trend"]),
            "year_ago": inp.trend[0]["date"], "recommendations": recommendations(inp),
            "supply_demand": sections.supply_demand(inp), "matching": sections.matching(inp),
            "nondutch": sections.nondutch(inp), "connecting": sections.connecting(inp, internal=internal),
            "lasting": sections.lasting(inp, internal=internal), "lessons": sections.lessons(inp),
            "buddies": sections.buddies(inp),
            # How current the data is, counted on the day the report is made: organisations only, no people.
            "freshness": _freshness(graph)}


def _freshness(graph: Graph) -> dict[str, Any]:
    """Return the share of organisations confirmed lately, as the overview shows it, with its sentence."""
    figure = confirmation_share(graph)
    return {**figure, "sentence": share_sentence(figure, "nl")}


def _label(person_id: str, secret: bytes) -> str:
    return pseudonym(person_id, secret)


def build_report(graph: Graph, as_of: dt.date, *, secret: bytes | None = None, runs: int = 50,
                 internal: bool = False, timer: Timer = _noop) -> str:
    """Return the report as one HTML document; a random key is used when no `secret` is given.

    `internal=True` is the coordinators' version, which also lists people as pseudonyms.
    """
    data = report_data(graph, as_of, secret=secret or secrets.token_bytes(32), runs=runs, internal=internal,
                       timer=timer)
    html = render_report(data)
    timer("render")
    return html


def build_connecting(graph: Graph, as_of: dt.date, *, secret: bytes | None = None, runs: int = 50) -> str:
    """Return the printable connecting list; people by name, or by pseudonym when `secret` is given."""
    snap = load_snapshot(graph, as_of)
    frag = fragility_snapshot(snap, runs=runs)
    if secret is None:
        names = snap.person_names
        groups = commission.connecting(graph, frag, lambda p: names.get(p, p))
    else:
        groups = commission.connecting(graph, frag, partial(_label, secret=secret))
    return render_connecting(groups, as_of.isoformat())
