"""Per-area figures for the choropleth: organisations, demand, capacity ratio, fragile links."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from graph.errors import InvalidInputError
from web.documents.supply import supply_document
from web.store import AnalysisStore

FIGURES = ("organisations", "demand", "links", "bus_factor_1")


def _area_of(store: AnalysisStore, layer: str) -> dict[str, str | None]:
    return {o.id: (o.gebied if layer == "gebieden" else o.area) for o in store.organisations()}


def _demand(store: AnalysisStore, layer: str, as_of: dt.date) -> Counter[str]:
    # The supply/demand document's current period, so the map shows the figure the area pages show.
    doc = supply_document(store, as_of)
    level = "gebied" if layer == "gebieden" else "wijk"
    totals: Counter[str] = Counter()
    for row in doc["rows"]:
        if row["period"] == doc["current_period"] and row["level"] == level:
            totals[row["area"]] += row["demand"]
    return totals


def _links(store: AnalysisStore, layer: str, as_of: dt.date, weak_only: bool) -> Counter[str]:
    where = _area_of(store, layer)
    bus = store.bus_factors(as_of)
    totals: Counter[str] = Counter()
    for link in store.links(as_of):
        if weak_only and bus.get((link.a, link.b)) != 1:
            continue
        for code in {where.get(link.a), where.get(link.b)} - {None}:
            totals[code] += 1
    return totals


def map_values(store: AnalysisStore, layer: str, figure: str, as_of: dt.date) -> dict[str, Any]:
    """Return {"layer", "figure", "values": {area code: value}} for the choropleth."""
    if layer not in ("gebieden", "wijken"):
        raise InvalidInputError.say("err_map_layer", layer=layer)
    if figure not in FIGURES:
        raise InvalidInputError.say("err_map_figure", figures=", ".join(FIGURES), figure=figure)
    level = "gebied" if layer == "gebieden" else "wijk"
    codes = {a.code for a in store.area_rows() if a.level == level}
    if figure == "organisations":
        values: Counter[str] = Counter(c for c in _area_of(store, layer).values() if c)
    elif figure == "demand":
        values = _demand(store, layer, as_of)
    else:
        values = _links(store, layer, as_of, weak_only=figure == "bus_factor_1")
    return {"as_of": as_of.isoformat(), "layer": layer, "figure": figure,
            "values": {code: values.get(code, 0) for code in sorted(codes)}}
