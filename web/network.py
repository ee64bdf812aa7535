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
from web.i18n import format_number, plural, text
from web.layout import clustered_positions
from web.network_aggregate import aggregate_by_gebied
from web.network_people import add_people
from web.network_views import LABEL_TOP, isolated, labelled, neighbourhood, ring_positions
from web.store import AnalysisStore

NODE_CAP = 2000
AGGREGATE_ABOVE = 400  # more organisations than this in view start as one node per gebied
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
    gebied: str | None = None
    focus: str | None = None
    steps: int = 1


def _visible(org: OrgSummary, q: NetworkQuery) -> bool:
    return ((not q.area or q.area in (org.area, org.gebied))
            and (not q.gebied or org.gebied == q.gebied)
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
             bus: dict[tuple[str, str], int], lang: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """Return node colours and legend rows for the chosen colour mode."""
    if q.colour == "community" and analysis:
        community = {row["id"]: row.get("community") for row in analysis.get("organisations", [])}
        order = sorted({c for c in community.values() if c is not None}, key=str)
        colour = {c: palette.cycle(i) for i, c in enumerate(order)}
        legend = [{"label": text("network_group", lang).format(n=i + 1), "color": colour[c]}
                  for i, c in enumerate(order[:14])]
        return {o.id: colour.get(community.get(o.id), palette.EDGE) for o in orgs}, legend
    if q.colour == "fragility" and bus:
        share = _fragility_share(links, bus)
        legend = [{"label": f"{int(i * 100 / 5)}%", "color": palette.sequential(i / 5)} for i in range(6)]
        return {o.id: palette.sequential(share.get(o.id, 0.0)) for o in orgs}, legend
    present = {o.kind for o in orgs}
    legend = [{"label": text(f"kind_{kind}", lang), "color": c}
              for kind, c in palette.KIND_COLOURS.items() if kind in present]
    return {o.id: palette.KIND_COLOURS.get(o.kind, palette.EDGE) for o in orgs}, legend


def _org_node(org: OrgSummary, pos: tuple[float, float], colour: str, size: float, area_names: dict[str, str],
              lang: str) -> dict[str, Any]:
    # The tooltip names the kind and area by their display names, never by their codes.
    title = f"{org.name}\n{text('kind', lang)}: {text(f'kind_{org.kind}', lang)}"
    if org.area or org.gebied:
        title += f"\n{text('area', lang)}: {area_names.get(org.area or org.gebied or '', org.area or '')}"
    return {"id": org.id, "label": org.name, "title": title,
            "x": pos[0], "y": pos[1], "color": colour, "size": round(size, 1), "shape": "dot",
            "kind": org.kind, "gebied": org.gebied, "url": "/organisations/" + quote(org.id, safe=""),
            "group": "organisation", "labelled": False, "distance": None}


def _edge(link: OrgLink, names: dict[str, str], bus: int | None, broken: bool, lang: str) -> dict[str, Any]:
    n = len(link.carriers)
    one = bus == 1
    colour = palette.BROKEN if broken else palette.WARNING if one else palette.EDGE
    title = (f"{names.get(link.a, link.a)} — {names.get(link.b, link.b)}\n"
             f"{plural('n_carriers', n, lang)}")
    if one:
        title += f" · {text('link_one_person', lang)}"
    # Not by colour alone: a link that hangs on one person is dashed, a broken one dotted and wide.
    width = 6.0 if broken else round(1.0 + min(n, 8) * 0.6, 1)
    return {"id": f"{link.a}|{link.b}", "from": link.a, "to": link.b, "carriers": n, "bus_factor": bus,
            "broken": broken, "width": width, "color": colour,
            "dashes": [2, 6] if broken else [10, 6] if one else False, "title": title}


def _selection(store: AnalysisStore, q: NetworkQuery, links: list[OrgLink]
               ) -> tuple[list[OrgSummary], dict[str, int] | None]:
    """Return the organisations the query selects and, for a focus view, their steps from the focus."""
    orgs = [o for o in store.organisations() if _visible(o, q) or o.id == q.focus]
    if not q.focus:
        return orgs, None
    distance = neighbourhood(((k.a, k.b) for k in links), q.focus, q.steps)
    return [o for o in orgs if o.id in distance], distance


def _isolated_rows(orgs: list[OrgSummary], lonely: set[str]) -> list[dict[str, Any]]:
    return [{"id": o.id, "name": o.name, "kind": o.kind, "url": "/organisations/" + quote(o.id, safe="")}
            for o in sorted(orgs, key=lambda o: (o.name.casefold(), o.id)) if o.id in lonely]


def network_document(store: AnalysisStore, q: NetworkQuery, lang: str,
                     person_urls: bool = True) -> dict[str, Any]:
    """Return the network JSON: nodes, edges, legend, counts, notes and the isolated organisations.

    More than AGGREGATE_ABOVE organisations start as one node per gebied; a focus view shows one
    organisation and its neighbours within `q.steps` links, in rings around it.
    """
    everything = store.organisations()
    all_links = store.links(q.as_of)
    orgs, distance = _selection(store, q, all_links)
    doc: dict[str, Any] = {
        "as_of": q.as_of.isoformat(), "aggregated": False, "notes": [], "isolated": [],
        # Always true since the analysis is computed on demand; kept because API users read the key.
        "analysis_available": True, "focus": None,
        "totals": {"organisations": len(everything), "matching": len(orgs)},
    }
    ids = {o.id for o in orgs}
    links = [k for k in all_links if k.a in ids and k.b in ids]
    # A what-if keeps the organisations up to the node cap: the broken links are what it is about.
    if not q.focus and len(orgs) > (NODE_CAP if q.what_if else AGGREGATE_ABOVE):
        doc.update(aggregate_by_gebied(store, orgs, links, lang))
        doc["aggregated"] = True
        doc["notes"].append(text("network_gebieden_start", lang).format(n=format_number(len(orgs), lang)))
        return _counted(doc)
    pairs = [(k.a, k.b) for k in links]
    if q.people:
        # With people shown, an organisation's own people tie it into the drawing.
        pairs += [(row["organisation"], row["organisation"]) for row in store.affiliations(q.as_of)
                  if row["organisation"] in ids]
    lonely = isolated(ids, pairs, keep=q.focus)
    doc["isolated"] = _isolated_rows(orgs, lonely)
    _draw(doc, store, q, [o for o in orgs if o.id not in lonely], links, distance, lang)
    if q.people:
        add_people(doc, store, q, ids - lonely, lang, NODE_CAP, person_urls)
    return _counted(doc)


def _draw(doc: dict[str, Any], store: AnalysisStore, q: NetworkQuery, orgs: list[OrgSummary],
          links: list[OrgLink], distance: dict[str, int] | None, lang: str) -> None:
    """Put the drawn organisations (nodes) and their links (edges), legend and notes into `doc`."""
    report = store.what_if(q.as_of, q.what_if)
    if report:
        doc["what_if"] = report
    bus = store.bus_factors(q.as_of)
    needs_analysis = q.colour == "community" or q.size != "degree"
    analysis = store.analyse(q.as_of) if needs_analysis else None
    colours, legend = _colours(q, orgs, links, analysis, bus, lang)
    sizes = _sizes(q, [o.id for o in orgs], links, analysis)
    names = {o.id: o.name for o in orgs}
    if distance is not None:
        pos = ring_positions(distance, ((k.a, k.b) for k in links), {o.id: o.gebied for o in orgs})
        doc["focus"] = {"id": q.focus, "name": names.get(q.focus or ""), "steps": q.steps}
        doc["notes"].append(text("network_focus_on", lang).format(
            name=names.get(q.focus or ""), n=format_number(len(orgs), lang), steps=q.steps))
    else:
        # Laid out afresh for what is drawn (isolated ones are listed, not drawn): each gebied's
        # organisations together, and a filtered view fills the drawing instead of a far-flung corner.
        pos = clustered_positions([o.id for o in orgs], {o.id: o.gebied for o in orgs},
                                  [(k.a, k.b, len(k.carriers)) for k in links])
    area_names = store.area_names()
    # A focus view names the focus and its direct neighbours; elsewhere the largest are named.
    near = [i for i, d in (distance or {}).items() if d <= 1]
    shown = labelled(sizes, keep=near, top=0 if near else LABEL_TOP)
    doc["nodes"] = [_org_node(o, pos.get(o.id, (0.0, 0.0)), colours[o.id], sizes[o.id], area_names, lang)
                    | {"labelled": o.id in shown, "distance": (distance or {}).get(o.id)} for o in orgs]
    broken = broken_links(report)
    doc["edges"] = [_edge(k, names, bus.get((k.a, k.b)), (k.a, k.b) in broken, lang) for k in links]
    doc["legend"] = legend


def _counted(doc: dict[str, Any]) -> dict[str, Any]:
    # Every path (organisations, people, gebieden) ends here: the rows leave as pyvis built them.
    doc["nodes"], doc["edges"] = vis_rows(doc["nodes"], doc["edges"])
    doc["counts"] = {"nodes": len(doc["nodes"]), "edges": len(doc["edges"]),
                     "bus_factor_1": sum(1 for e in doc["edges"] if e.get("bus_factor") == 1),
                     "broken": sum(1 for e in doc["edges"] if e.get("broken"))}
    return doc
