"""The analyse and fragility documents behind `netwerkkaart analyse|fragility` and the web app."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from analysis import centrality as c
from analysis.busfactor import alerts, bus_factor, links_broken
from analysis.fragile_links import fragile_links
from analysis.graphs import org_graph, person_igraph
from analysis.introductions import introductions, second_contacts
from analysis.keyperson import key_person_impacts
from analysis.network import CarrierNetwork, build_network, carriers_of
from analysis.paper_links import link_suggestions, uncarried_links
from analysis.referrals import referral_flows
from analysis.robustness import random_curves, targeted_curve
from analysis.simulation import simulate, summary
from analysis.turnover import build_model, role_rates
from analysis.whatif import what_if as what_if_report
from graph.allocation import fewer_collections
from graph.driver import Graph
from graph.errors import InvalidInputError, NotFoundError
from graph.metric_snapshots import Writes, write_snapshot_sets
from graph.people import check_people_exist
from graph.projections import load_snapshot
from graph.rows import Snapshot

Timer = Callable[[str], None]
# Random-departure curves cost one union–find pass per run; 30 runs give a stable 5–95 % band.
CURVE_RUNS = 30
ORG_METRICS = ("degree", "strength", "betweenness", "pagerank", "harmonic", "constraint",
               "effective_size", "community")


_LAST_NETWORK: list[tuple[weakref.ref[Snapshot], tuple[int, int, int], CarrierNetwork]] = []


def _noop(_: str) -> None:
    return None


def network_of(snap: Snapshot) -> CarrierNetwork:
    """Return the carrier network of a snapshot, built once for the last snapshot asked about.

    analyse and fragility on one snapshot share it (it is not changed by anything that reads it).
    """
    key = (id(snap.organisations), id(snap.affiliations), id(snap.contacts))
    for ref, known, net in _LAST_NETWORK:
        if ref() is snap and known == key:
            return net
    net = build_network((o.id for o in snap.organisations), snap.affiliations, snap.contacts)
    _LAST_NETWORK[:] = [(weakref.ref(snap), key, net)]
    return net


def organisation_metrics(net: CarrierNetwork) -> list[dict[str, Any]]:
    """Return the `analyse` organisations block: centrality on the carrier-weighted org graph."""
    g = org_graph(net)
    values = {"degree": c.degree(g), "strength": dict(g.degree(weight="weight")),
              "betweenness": c.betweenness(g), "pagerank": c.pagerank(g, weight="weight"),
              "harmonic": c.harmonic(g), "constraint": c.constraint(g, weight="weight"),
              "effective_size": c.effective_size(g), "community": c.communities(g, weight="weight")}
    return [{"id": o, **{m: _round(values[m][o]) for m in ORG_METRICS}} for o in net.orgs]


def people_metrics(net: CarrierNetwork, samples: int | None = None
                   ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Return the `analyse` people block and how its betweenness was computed (exact or sampled)."""
    h = person_igraph(net)
    n = h.vcount()
    k = samples if samples is not None else (c.SAMPLES if n > c.EXACT_LIMIT else None)
    between = c.igraph_betweenness(h, samples=k).tolist() if n else []
    method = ({"method": "exact"} if k is None or k >= n else
              {"method": "sampled", "samples": k, "error_95": round(c.betweenness_error(k), 4)})
    degrees = h.degree()
    return [{"id": p, "degree": degrees[i], "betweenness": _round(between[i])}
            for i, p in enumerate(net.people)], method


def referral_metrics(snap: Snapshot) -> list[dict[str, Any]]:
    """Return the `analyse` referrals block: weighted in/out flow, PageRank, no-capacity outcomes."""
    return referral_flows(snap.referrals, (o.id for o in snap.organisations))


def _round(value: Any) -> Any:
    return round(value, 8) if isinstance(value, float) else value


def analyse_snapshot(snap: Snapshot, timer: Timer = _noop) -> dict[str, Any]:
    """Return the `analyse --json` document for a snapshot (pure: no database)."""
    with fewer_collections():
        return _analyse_snapshot(snap, timer)


def _analyse_snapshot(snap: Snapshot, timer: Timer) -> dict[str, Any]:
    net = network_of(snap)
    timer("build network")
    orgs = organisation_metrics(net)
    timer("organisation centrality")
    people, method = people_metrics(net)
    timer("person centrality")
    referrals = referral_metrics(snap)
    timer("referral centrality")
    return {"as_of": snap.as_of.isoformat(), "organisations": orgs, "people": people,
            "referrals": referrals, "people_betweenness": method}


def analyse_document(graph: Graph, as_of: dt.date, *, write_back: bool = True,
                     timer: Timer = _noop, snap: Snapshot | None = None,
                     writes: Writes | None = None) -> dict[str, Any]:
    """Return the `analyse --json` document as of a date; write the metrics back as dated snapshots.

    `snap`: the network as of that date when the caller has already read it (read once, use twice).
    `writes`: queue the write-back there (the caller waits for it) instead of writing before returning.
    """
    if snap is None:
        snap = load_snapshot(graph, as_of, fragility=False)
        timer("read from Neo4j")
    doc = analyse_snapshot(snap, timer)
    if write_back:
        _write(graph, as_of, _analysis_sets(doc), writes)
        timer("write back" if writes is None else "write back queued")
    return doc


def _write(graph: Graph, as_of: dt.date, sets: dict[str, dict[str, dict[str, Any]]],
           writes: Writes | None) -> None:
    if writes is None:
        write_snapshot_sets(graph, as_of, sets)
    else:
        writes.submit(as_of, sets)


def _analysis_sets(doc: Mapping[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    scopes = (("organisation", "organisations"), ("person", "people"), ("referral", "referrals"))
    return {scope: {row["id"]: {k: v for k, v in row.items() if k != "id"} for row in doc[key]}
            for scope, key in scopes}


def link_rows(net: CarrierNetwork) -> list[dict[str, Any]]:
    """Return the `fragility` links block: every carried org link with bus factor and carriers."""
    return [{"a": net.orgs[a], "b": net.orgs[b], "bus_factor": bus_factor(net.links[(a, b)]),
             "carriers": carriers_of(net, (a, b))} for a, b in sorted(net.links)]


def people_rows(net: CarrierNetwork) -> list[dict[str, Any]]:
    """Return the `fragility` people block (key-person impact), most damaging first."""
    impacts, broken = key_person_impacts(net), links_broken(net)
    rows = [{"id": p, "links_broken": broken[i], "orgs_isolated": impacts[i].orgs_isolated,
             "pairs_disconnected": impacts[i].pairs_disconnected} for i, p in enumerate(net.people)]
    rows.sort(key=lambda r: (-r["pairs_disconnected"], -r["links_broken"], -r["orgs_isolated"], r["id"]))
    return rows


def fragility_snapshot(snap: Snapshot, *, what_if: Iterable[str] = (), runs: int = 100,
                       curve_runs: int | None = None, years: float = 1.0, seed: int = 1,
                       k: int = 10, rates: Mapping[str, float] | None = None,
                       timer: Timer = _noop, on_people: Callable[[list[dict[str, Any]]], None] | None = None
                       ) -> dict[str, Any]:
    """Return the `fragility --json` document for a snapshot (pure: no database).

    `on_people`: called with the people block as soon as it is done (to write it back meanwhile).
    """
    with fewer_collections():
        return _fragility_snapshot(snap, what_if=what_if, runs=runs, curve_runs=curve_runs, years=years,
                                   seed=seed, k=k, rates=rates, timer=timer, on_people=on_people)


def _fragility_snapshot(snap: Snapshot, *, what_if: Iterable[str], runs: int, curve_runs: int | None,
                        years: float, seed: int, k: int, rates: Mapping[str, float] | None,
                        timer: Timer, on_people: Callable[[list[dict[str, Any]]], None] | None
                        ) -> dict[str, Any]:
    net = network_of(snap)
    doc: dict[str, Any] = {"as_of": snap.as_of.isoformat(), "links": link_rows(net)}
    doc["uncarried_links"] = uncarried_links(net, snap.partnerships, snap.referrals)
    doc["alerts"] = alerts(net, snap.as_of)
    timer("bus factors, uncarried links, alerts")
    doc["people"] = people_rows(net)
    if on_people is not None:
        on_people(doc["people"])
    timer("key-person impact")
    doc["curves"] = {"random": random_curves(net, curve_runs or min(runs, CURVE_RUNS), seed),
                     "targeted": targeted_curve(net)}
    timer("robustness curves")
    turnover = role_rates(snap.history, rates)
    model = build_model(net, turnover, years)
    result = simulate(net, model, years, runs, seed)
    doc["simulation"] = {**summary(net, result), "leave_rates": turnover}
    doc["orgs_at_risk"] = doc["simulation"]["orgs_at_risk"]
    doc["fragile_links"] = fragile_links(net, turnover, years)
    timer("turnover simulation")
    doc["introductions"] = introductions(net, model, result, k=k, names=snap.person_names)
    doc["second_contacts"] = second_contacts(net, model, result, names=snap.person_names)
    doc["link_suggestions"] = link_suggestions(net, snap.organisations, snap.referrals)
    timer("introductions and suggestions")
    if what_if:
        doc["what_if"] = what_if_report(net, what_if)
    return doc


def fragility_document(graph: Graph, as_of: dt.date, *, what_if: Iterable[str] = (), runs: int = 100,
                       years: float = 1.0, seed: int = 1, k: int = 10,
                       rates: Mapping[str, float] | None = None, write_back: bool = False,
                       timer: Timer = _noop, snap: Snapshot | None = None,
                       writes: Writes | None = None) -> dict[str, Any]:
    """Return the `fragility --json` document as of a date; unknown what-if ids raise InvalidInputError.

    `snap`: the full network as of that date (`load_snapshot(..., fragility=True)`) when already read.
    `writes`: queue the write-back there (the caller waits for it) instead of writing before returning.
    """
    what_if = tuple(what_if)
    _check_parameters(runs, years, k)
    check_people_exist(graph, what_if)
    if snap is None:
        snap = load_snapshot(graph, as_of)
        timer("read from Neo4j")
    early = write_back and writes is not None

    def write_people(rows: list[dict[str, Any]]) -> None:
        if writes is not None:
            writes.submit(as_of, {"fragility_person": _people_set(rows)})

    doc = fragility_snapshot(snap, what_if=what_if, runs=runs, years=years, seed=seed, k=k, rates=rates,
                             timer=timer, on_people=write_people if early else None)
    if write_back:
        sets = fragility_sets(doc)
        if early:
            del sets["fragility_person"]  # queued as soon as the people block was done
        _write(graph, as_of, sets, writes)
        timer("write back" if writes is None else "write back queued")
    return doc


def _check_parameters(runs: int, years: float, k: int) -> None:
    if runs < 1 or not 0 < years <= 50 or k < 0:
        raise InvalidInputError.say("err_simulation_options", runs=runs, years=years, k=k)


def _people_set(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: {k: v for k, v in r.items() if k != "id"} for r in rows}


def fragility_sets(doc: Mapping[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Return the snapshots a fragility document writes back: per-person impact, per-org risk."""
    people = _people_set(doc["people"])
    one_carrier: dict[str, int] = {}
    for link in doc["links"]:
        if link["bus_factor"] == 1:
            for org in (link["a"], link["b"]):
                one_carrier[org] = one_carrier.get(org, 0) + 1
    risk = {r["id"]: r["isolation_probability"] for r in doc["simulation"]["orgs_at_risk"]}
    orgs = {o: {"links_bus_factor_1": one_carrier.get(o, 0), "isolation_probability": risk.get(o, 0.0)}
            for o in {link[e] for link in doc["links"] for e in ("a", "b")}}
    return {"fragility_person": people, "fragility_organisation": orgs}


def org_fragility(graph: Graph, as_of: dt.date, org_id: str) -> dict[str, Any]:
    """Return one organisation's links (bus factor, carriers), its people's impact and its alerts."""
    snap = load_snapshot(graph, as_of)
    if org_id not in {o.id for o in snap.organisations}:
        raise NotFoundError.say("err_organisation_unknown", id=org_id)
    net = network_of(snap)
    index = net.org_index[org_id]
    at_org = {net.people[p] for p, orgs in enumerate(net.person_orgs) if index in orgs}
    return {"as_of": as_of.isoformat(), "organisation": org_id,
            "links": [r for r in link_rows(net) if org_id in (r["a"], r["b"])],
            "people": [r for r in people_rows(net) if r["id"] in at_org],
            "alerts": [r for r in alerts(net, as_of) if org_id in (r["a"], r["b"])]}
