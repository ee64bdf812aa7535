"""Inventories for the commission: volunteer roles open to non-Dutch speakers, and buddy/mentor projects.

Organisations are grouped by the gebied they are located in (their `area`, or its gebied); those
without a known location are grouped under `onbekend`. No personal data: counts only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from analysis.areas_index import AreaIndex
from graph.model import SUPPORT_TYPES
from graph.rows import OrgInfo

UNKNOWN = "onbekend"
BUDDY_KIND, BUDDY_NEED = "maatjesproject", "maatje"
NONDUTCH_COLUMNS = ("gebied", "gebied_name", "need", "organisations", "languages", "organisation_ids")
BUDDY_COLUMNS = ("id", "name", "kind", "gebied", "gebied_name", "wijk", "serves", "services", "languages",
                 "capacity", "waitlist", "volunteers", "links", "links_bus_factor_1")


def gebied_of(org: OrgInfo, index: AreaIndex) -> str:
    """Return the gebied code an organisation is located in, or `onbekend`."""
    if org.area and index.level.get(org.area) == "gebied":
        return org.area
    return index.gebied_of.get(org.area or "", UNKNOWN)


def serves_text(org: OrgInfo, index: AreaIndex) -> str:
    """Return whom an organisation serves: `heel Rotterdam` or the area names, `;`-separated."""
    if not org.serves_areas:
        return "heel Rotterdam"
    return "; ".join(index.names.get(code, code) for code in org.serves_areas)


def nondutch_inventory(orgs: Iterable[OrgInfo], index: AreaIndex) -> list[dict[str, Any]]:
    """Return per gebied and need the organisations with roles for non-Dutch speakers, and languages."""
    groups: dict[tuple[str, str], list[OrgInfo]] = defaultdict(list)
    for org in orgs:
        if org.nondutch_roles:
            for need in org.services:
                if need in SUPPORT_TYPES:
                    groups[(gebied_of(org, index), need)].append(org)
    rows = []
    for (gebied, need), members in sorted(groups.items()):
        languages = sorted({lang for o in members for lang in o.languages})
        rows.append({"gebied": gebied, "gebied_name": index.names.get(gebied, gebied), "need": need,
                     "organisations": len(members), "languages": languages,
                     "organisation_ids": sorted(o.id for o in members)})
    return rows


def link_counts(links: Iterable[Mapping[str, Any]]) -> dict[str, tuple[int, int]]:
    """Return per organisation (carried links, links with bus factor 1) from `fragility` link rows."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for link in links:
        for org in (link["a"], link["b"]):
            counts[org][0] += 1
            counts[org][1] += 1 if link["bus_factor"] == 1 else 0
    return {org: (c[0], c[1]) for org, c in counts.items()}


def is_buddy(org: OrgInfo) -> bool:
    """Return True for a maatjesproject or any organisation offering `maatje` (buddy/mentor)."""
    return org.kind == BUDDY_KIND or BUDDY_NEED in org.services


def buddy_inventory(orgs: Iterable[OrgInfo], index: AreaIndex, volunteers: Mapping[str, int],
                    links: Mapping[str, tuple[int, int]]) -> list[dict[str, Any]]:
    """Return every buddy/mentor initiative: target groups, areas, capacity, waitlist, link fragility."""
    rows = []
    for org in orgs:
        if not is_buddy(org):
            continue
        gebied = gebied_of(org, index)
        carried, single = links.get(org.id, (0, 0))
        rows.append({"id": org.id, "name": org.name, "kind": org.kind, "gebied": gebied,
                     "gebied_name": index.names.get(gebied, gebied), "wijk": org.area,
                     "serves": serves_text(org, index), "services": list(org.services),
                     "languages": list(org.languages), "capacity": org.capacity, "waitlist": org.waitlist,
                     "volunteers": volunteers.get(org.id, 0), "links": carried, "links_bus_factor_1": single})
    rows.sort(key=lambda r: (r["gebied_name"], r["name"], r["id"]))
    return rows


def buddy_summary(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return per gebied: initiatives, capacity, waitlist, volunteers, unlinked ones, bus-factor-1 links."""
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        s = out.setdefault(r["gebied"], {"gebied": r["gebied"], "gebied_name": r["gebied_name"],
                                         "initiatives": 0, "capacity": 0, "waitlist": 0, "volunteers": 0,
                                         "without_links": 0, "links_bus_factor_1": 0})
        s["initiatives"] += 1
        s["capacity"] += r["capacity"] or 0
        s["waitlist"] += r["waitlist"] or 0
        s["volunteers"] += r["volunteers"]
        s["without_links"] += 1 if r["links"] == 0 else 0
        s["links_bus_factor_1"] += r["links_bus_factor_1"]
    return sorted(out.values(), key=lambda s: s["gebied_name"])
