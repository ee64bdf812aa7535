"""The network view's data: vis-network nodes and edges with positions, colours, sizes and a legend.

The rows are put through a pyvis Network (`netwerkkaart.figures.network_page.vis_rows`) and drawn by
our own template and script, because pyvis 0.3.2's templates link Bootstrap from a CDN. Titles are
plain text: vis-network shows string titles as text, so names from the data never become HTML.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from graph.rows import OrgLink, OrgSummary
from netwerkkaart.figures import palette
from netwerkkaart.figures.network_page import vis_rows
from web.i18n import text
from web.network_aggregate import aggregate_by_gebied
from web.network_people import add_people
from web.store import AnalysisStore

NODE_CAP = 2000
COLOURS = ("kind", "community", "fragility")
SIZES = ("degree", "betweenness", "pagerank", "harmonic")


@dataclass(frozen=True, slots=True)
class NetworkQuery:
    """What the network view shows: date, filters, colour and size modes, what-if departures."""

    as_of: dt.date
    area: str | None = None
    kind: str | None = None
    service: str | None = None
    language: str | None = None
    colour: str = "kind"
    size: str = "degree"
    people: bool = False
    what_if: tuple[str, ...] = ()


def _visible(org: OrgSummary, q: NetworkQuery) -> bool:
    return ((not q.area or q.area in (org.area, org.gebied))
            and (not q.kind or org.kind == q.kind)
            and (not q.service or q.service in org.services)
            and (not q.language or q.language in org.languages))


def _link_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def broken_links(report: dict[str, Any] | None) -> set[tuple[str, str]]:
    """Return the links a what-if report says break."""
    return {_link_key(row["a"], row["b"]) for row in (report or {}).get("links_broken", [])}


def _scaled(values: dict[str, float], ids: list[str]) -> dict[str, float]:
    top = max((values.get(i, 0.0) for i in ids), default=0.0) or 1.0
    return {i: 8.0 + 30.0 * (values.get(i, 0.0) / top) ** 0.5 for i in ids}


def _sizes(q: NetworkQuery, ids: list[str], links: list[OrgLink], analysis: dict[str, Any] | None
           ) -> dict[str, float]:
    if q.size != "degree" and analysis:
        values = {row["id"]: float(row.get(q.size) or 0.0) for row in analysis.get("organisations", [])}
    else:
        values = dict(Counter([k.a for k in links] + [k.b for k in links]))
    return _scaled(values, ids)


def _fragility_share(links: list[OrgLink], bus: dict[tuple[str, str], int]) -> dict[str, float]:
    total: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    for link in links:
        for end in (link.a, link.b):
            total[end] += 1
            weak[end] += bus.get((link.a, link.b)) == 1
    return {org: weak[org] / total[org] for org in total}


def _colours(q: NetworkQuery, orgs: list[OrgSummary], links: list[OrgLink], analysis: dict[str, Any] | None,
             bus: dict[tuple[str, str], int]) -> tuple[dict[str, str], list[dict[str, str]]]:
    """Return node colours and legend rows for the chosen colour mode."""
    if q.colour == "community" and analysis:
        community = {row["id"]: row.get("community") for row in analysis.get("organisations", [])}
        order = sorted({c for c in community.values() if c is not None}, key=str)
        colour = {c: palette.cycle(i) for i, c in enumerate(order)}
        legend = [{"label": f"{c}", "color": colour[c]} for c in order[:14]]
        return {o.id: colour.get(community.get(o.id), palette.EDGE) for o in orgs}, legend
    if q.colour == "fragility" and bus:
        share = _fragility_share(links, bus)
        legend = [{"label": f"{int(i * 100 / 5)}%", "color": palette.sequential(i / 5)} for i in range(6)]
        return {o.id: palette.sequential(share.get(o.id, 0.0)) for o in orgs}, legend
    legend = [{"label": kind, "color": c} for kind, c in palette.KIND_COLOURS.items()]
    return {o.id: palette.KIND_COLOURS.get(o.kind, palette.EDGE) for o in orgs}, legend


def _org_node(org: OrgSummary, pos: tuple[float, float], colour: str, size: float) -> dict[str, Any]:
    return {"id": org.id, "label": org.name, "title": f"{org.name}\n{org.kind} · {org.area or ''}",
            "x": pos[0], "y": pos[1], "color": colour, "size": round(size, 1), "shape": "dot",
            "kind": org.kind, "gebied": org.gebied, "url": "/organisations/" + quote(org.id, safe=""),
            "group": "organisation"}


def _edge(link: OrgLink, names: dict[str, str], bus: int | None, broken: bool) -> dict[str, Any]:
    n = len(link.carriers)
    colour = palette.BROKEN if broken else palette.WARNING if bus == 1 else palette.EDGE
    title = f"{names.get(link.a, link.a)} — {names.get(link.b, link.b)}: {n} carrier(s)"
    if bus is not None:
        title += f", bus factor {bus}"
    return {"id": f"{link.a}|{link.b}", "from": link.a, "to": link.b, "carriers": n, "bus_factor": bus,
            "broken": broken, "width": 6.0 if broken else round(1.0 + min(n, 8) * 0.6, 1),
            # Dashed as well as coloured: a link on one person must not be told by colour alone.
            "color": colour, "dashes": broken or bus == 1, "title": title}


def network_document(store: AnalysisStore, q: NetworkQuery, lang: str,
                     person_urls: bool = True) -> dict[str, Any]:
    """Return the network JSON: nodes, edges, legend, counts and notes for the given query."""
    everything = store.organisations()
    orgs = [o for o in everything if _visible(o, q)]
    ids = {o.id for o in orgs}
    links = [k for k in store.links(q.as_of) if k.a in ids and k.b in ids]
    bus = store.bus_factors(q.as_of)
    report = store.what_if(q.as_of, q.what_if)
    needs_analysis = q.colour == "community" or q.size != "degree"
    analysis = store.analyse(q.as_of) if needs_analysis else None
    doc: dict[str, Any] = {
        "as_of": q.as_of.isoformat(), "aggregated": False, "notes": [],
        # Always true since the analysis is computed on demand; kept because API users read the key.
        "analysis_available": True,
        "totals": {"organisations": len(everything), "matching": len(orgs)},
    }
    if len(orgs) > NODE_CAP:
        doc.update(aggregate_by_gebied(store, orgs, links, q.as_of))
        doc["aggregated"] = True
        doc["notes"].append(text("aggregated", lang).format(cap=NODE_CAP))
        return _counted(doc)
    if report:
        doc["what_if"] = report
    layout = store.layout(q.as_of)
    colours, legend = _colours(q, orgs, links, analysis, bus)
    sizes = _sizes(q, [o.id for o in orgs], links, analysis)
    broken = broken_links(report)
    names = {o.id: o.name for o in orgs}
    doc["nodes"] = [_org_node(o, layout.get(o.id, (0.0, 0.0)), colours[o.id], sizes[o.id]) for o in orgs]
    doc["edges"] = [_edge(k, names, bus.get((k.a, k.b)), (k.a, k.b) in broken) for k in links]
    doc["legend"] = legend
    if q.people:
        add_people(doc, store, q, ids, lang, NODE_CAP, person_urls)
    return _counted(doc)


def _counted(doc: dict[str, Any]) -> dict[str, Any]:
    # Every path (organisations, people, gebieden) ends here: the rows leave as pyvis built them.
    doc["nodes"], doc["edges"] = vis_rows(doc["nodes"], doc["edges"])
    doc["counts"] = {"nodes": len(doc["nodes"]), "edges": len(doc["edges"]),
                     "bus_factor_1": sum(1 for e in doc["edges"] if e.get("bus_factor") == 1),
                     "broken": sum(1 for e in doc["edges"] if e.get("broken"))}
    return doc
