"""The area page's data: organisations, demand against supply per need, links across the area."""

from __future__ import annotations

import datetime as dt
from typing import Any

from analysis.supply_demand import area_figures
from graph.errors import NotFoundError
from graph.rows import AreaRow, OrgSummary
from web.documents.supply import supply_document
from web.store import AnalysisStore


def find_area(store: AnalysisStore, code: str) -> tuple[AreaRow, list[AreaRow]]:
    """Return the area and its wijken; raise NotFoundError for an unknown code."""
    rows = store.area_rows()
    area = next((a for a in rows if a.code == code), None)
    if area is None:
        raise NotFoundError(f"area {code!r} does not exist")
    return area, [a for a in rows if a.parent == code]


def serves(org: OrgSummary, area: AreaRow, wijken: set[str]) -> bool:
    """Return True when `org` serves `area` (city-wide, the area itself, its gebied or one of its wijken)."""
    served = set(org.serves_areas)
    return not served or area.code in served or area.parent in served or bool(served & wijken)


def serving_capacity(store: AnalysisStore, area: AreaRow, wijken: set[str]) -> int:
    """Return the summed capacity of the organisations serving `area` (each counted once, all needs).

    Not supply: an organisation serving the whole city counts here in full; supply shares its places out
    over its needs and wijken (`analysis.supply_demand`).
    """
    return sum(o.capacity or 0 for o in store.organisations() if serves(o, area, wijken))


def area_document(store: AnalysisStore, code: str, as_of: dt.date) -> dict[str, Any]:
    """Return one area's page JSON; raise NotFoundError for an unknown code."""
    # Cached per (code, as_of): it scans every organisation and link.
    return store.cached(("area_document", code, as_of), lambda: _area_document(store, code, as_of),
                        document=True)


def _area_document(store: AnalysisStore, code: str, as_of: dt.date) -> dict[str, Any]:
    area, children = find_area(store, code)
    wijken = {w.code for w in children}
    inside = [o for o in store.organisations() if code in (o.area, o.gebied)]
    ids = {o.id for o in inside}
    links = store.links(as_of)
    parent = store.area_names().get(area.parent or "")
    return {
        "as_of": as_of.isoformat(),
        "area": {"code": area.code, "name": area.name, "level": area.level, "parent": area.parent,
                 "parent_name": parent},
        "wijken": [{"code": w.code, "name": w.name} for w in children],
        "organisations": [{"id": o.id, "name": o.name, "kind": o.kind, "area": o.area} for o in inside],
        "serving_organisations": sum(1 for o in store.organisations() if serves(o, area, wijken)),
        "serving_capacity": serving_capacity(store, area, wijken),
        "demand_supply": area_figures(supply_document(store, as_of), code),
        "links_inside": sum(1 for k in links if k.a in ids and k.b in ids),
        "links_outside": sum(1 for k in links if (k.a in ids) != (k.b in ids)),
    }
