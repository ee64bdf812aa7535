"""The report's sections, one function per commission question, each a pure function of `Inputs`.

A section returns plain data for its block in `templates/report.html`. To answer a question better
(e.g. the `trends` work on why matching fails), change that one function; the rest stays as it is.
Shareable sections hold no person-level rows: people appear only as counts per gebied, role or
organisation. Only with `internal=True` (coordinators) do pseudonymised people appear.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from analysis.i18n import language_name as _language_name
from analysis.i18n import text
from graph.model import SUPPORT_TYPES
from netwerkkaart.report.charts import nl


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the sections are computed from (read once from the graph, see `build.read_inputs`)."""

    as_of: dt.date
    current: dict[str, Any]          # headline figures on the peildatum (`figures.network_figures`)
    trend: list[dict[str, Any]]      # the same figures earlier; the first is a year before
    fragility: dict[str, Any]        # the fragility document (simulation, curves, people, alerts)
    bus_by_gebied: list[dict[str, Any]]
    supply: dict[str, Any]           # `commission.supply_demand`
    supply_gebied: list[dict[str, Any]]
    nondutch: dict[str, Any]         # `commission.nondutch`
    buddies: dict[str, Any]          # `commission.buddies`
    connecting: list[dict[str, Any]]  # `commission.connecting`, people as pseudonyms
    key_people: list[dict[str, Any]]  # `figures.key_people`, pseudonyms
    failures: dict[str, Any]         # `matching_failures.matching_failures`: the reasons, ranked


def need_name(code: str) -> str:
    """Return a hulpvraag's Dutch display name."""
    return SUPPORT_TYPES.get(code, code)


def supply_demand(inp: Inputs) -> dict[str, Any]:
    """Return question 1: supply and demand per gebied in the current period and the city trend."""
    return {"period": inp.supply.get("current_period"), "gebieden": inp.supply_gebied,
            "trend": inp.supply["trend"], "definition": text("supply_definition", "nl"),
            "short": [g for g in inp.supply_gebied if g["ratio"] is not None and g["ratio"] < 1]}


def matching(inp: Inputs) -> dict[str, Any]:
    """Return question 2: where matching fails — lowest coverage, languages not spoken, weak routes."""
    m = inp.supply["matching"]
    trend = inp.supply["trend"]
    last = trend[-1] if trend else {}
    return {"worst": m["worst"][:10], "languages": [r for r in m["languages"] if r["asked"]][:12],
            "routes": m["routes"][:10], "no_capacity": last.get("no_capacity", 0),
            "bounces": last.get("bounces", 0), "period": last.get("period"),
            "waitlist": sum(r["waitlist"] or 0 for r in inp.buddies["initiatives"]),
            # The reasons ranked city-wide, each with a sentence; then the gebied × need where most fails.
            "reasons": [r for r in inp.failures["reasons"] if r["count"]],
            "hotspots": [e for e in inp.failures["entries"] if e["total"]][:8]}


def nondutch(inp: Inputs) -> dict[str, Any]:
    """Return question 3: per gebied the organisations with roles for non-Dutch speakers, needs, languages."""
    per: dict[str, dict[str, Any]] = {}
    for r in inp.nondutch["rows"]:
        g = per.setdefault(r["gebied"], {"name": r["gebied_name"], "orgs": set(), "needs": [],
                                         "languages": set()})
        g["orgs"].update(r["organisation_ids"])
        g["needs"].append(need_name(r["need"]))
        g["languages"].update(r["languages"])
    rows = [{"name": g["name"], "organisations": len(g["orgs"]), "needs": sorted(g["needs"]),
             "languages": len(g["languages"])} for g in per.values()]
    total = len({o for r in inp.nondutch["rows"] for o in r["organisation_ids"]})
    return {"gebieden": sorted(rows, key=lambda r: r["name"]), "organisations": total}


def connecting(inp: Inputs, *, internal: bool = False) -> dict[str, Any]:
    """Return question 4: per gebied the links on one person and how many introductions would help.

    Shareable: counts only (and organisation pairs that refer without a known contact); internal: the
    introductions themselves, people as pseudonyms.
    """
    fragile = {g["name"]: g for g in inp.bus_by_gebied}
    rows = []
    for g in inp.connecting:
        bus = fragile.get(g["name"], {})
        rows.append({"name": g["name"], "links": bus.get("links", 0),
                     "links_bus_factor_1": bus.get("links_bus_factor_1", 0),
                     "introductions": len(g["introductions"]), "second_contacts": len(g["second_contacts"]),
                     "link_suggestions": len(g["link_suggestions"])})
    pairs = {(i["a_name"], i["b_name"]) for g in inp.connecting for i in g["link_suggestions"]}
    return {"gebieden": rows, "org_pairs": sorted(pairs)[:15],
            "lists": inp.connecting if internal else None}


def lasting(inp: Inputs, *, internal: bool = False) -> dict[str, Any]:
    """Return question 5: trend, links on one person per gebied, robustness, turnover per role."""
    sim = inp.fragility["simulation"]
    rates = [(text(f"report_role_{role}", "nl"), rate)
             for role, rate in (sim.get("leave_rates") or {}).items()]
    key = inp.key_people
    return {"trend": inp.trend, "bus_by_gebied": inp.bus_by_gebied, "simulation": sim, "rates": rates,
            "curves": inp.fragility["curves"], "alerts": len(inp.fragility["alerts"]),
            "uncarried": len(inp.fragility["uncarried_links"]),
            "key_count": len(key), "key_pairs": sum(p["pairs_disconnected"] for p in key),
            "key_links": sum(p["links_broken"] for p in key),
            "key_people": key if internal else None}


def lessons(inp: Inputs) -> list[str]:
    """Return question 6: lessons for Verbonden en Inclusief Rotterdam, each resting on a figure here."""
    c, year = inp.current, inp.trend[0]
    out = [text("report_lesson_carriers", "nl").format(
        share=_pct(c["share_bus_factor_1"]), links=_n(c["links"]), single=_n(c["links_bus_factor_1"]))]
    uncarried = len(inp.fragility["uncarried_links"])
    if uncarried:
        out.append(text("report_lesson_paper", "nl").format(n=_n(uncarried)))
    mismatch = sum(r["not_offered"] for r in inp.supply["matching"]["languages"])
    if mismatch:
        out.append(text("report_lesson_language", "nl").format(n=_n(mismatch)))
    if year["links"] and c["links"] != year["links"]:
        out.append(text("report_lesson_trend", "nl").format(
            before=_n(year["links"]), now=_n(c["links"]), date=year["date"]))
    out.append(text("report_lesson_reuse", "nl"))
    return out


def buddies(inp: Inputs) -> dict[str, Any]:
    """Return question 7: the buddy/mentor inventory per gebied and the longest waitlists."""
    rows = inp.buddies["initiatives"]
    lonely = Counter(r["gebied_name"] for r in rows if r["links"] == 0)
    longest = sorted(rows, key=lambda r: -(r["waitlist"] or 0))[:15]
    return {"count": len(rows), "per_gebied": inp.buddies["per_gebied"], "longest": longest,
            "without_links": sum(lonely.values())}


def _n(value: float | None) -> str:
    return nl(value)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{nl(100 * value)} %"


def language_name(code: str) -> str:
    """Return a language's Dutch name ('ar' -> 'Arabisch'), the code when it has none."""
    return _language_name(code, "nl")
