"""Trends of supply and demand per area and need, for the web, the CLI and the report.

Every figure is a row of the supply/demand monitor document (`commission.supply_demand`, the one
definition of supply) over the whole history: this module picks and compares, it never recounts.

Shapes (all JSON-ready):
- `history(graph, as_of)` → the monitor document over every period up to `as_of` (at most 60).
- `area_trend(doc, area, need, lang)` → {"as_of", "area", "area_name", "level", "need", "need_label",
  "periods": [name…], "points": [{"period", "demand", "supply", "ratio", "shortfall",
  "demand_year_earlier", "demand_change", "supply_…", "shortfall_…"}…]}.
- `small_multiples(doc, need)` → {"as_of", "need", "need_label", "periods", "y_max",
  "gebieden": [{"area", "area_name", "points": [{"period", "demand", "supply", "shortfall"}…]}…]}.
- `ratio_scale(doc, level, need)` → the map's fixed top of supply / demand over every period.
- `latest_period_start(graph)` → the as-of date at which `history` holds every period there is.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any

from analysis.finder_input import normalise
from analysis.i18n import text
from analysis.supply_trends import area_ratios, gebied_trends, nice_max
from analysis.supply_trends import area_trend as trend_points
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.model import SUPPORT_TYPES
from graph.supply_demand import read_demand_periods
from netwerkkaart.documents import commission

HISTORY_PERIODS = 60  # the monitor's own limit: 15 years of quarters
LATEST = dt.date(2200, 12, 31)  # the web's latest as-of date: every period there is starts before it


def history(graph: Graph, as_of: dt.date) -> dict[str, Any]:
    """Return the supply/demand monitor document over every demand period up to `as_of` (gebied level)."""
    return commission.supply_demand(graph, as_of, periods=HISTORY_PERIODS)


def latest_period_start(graph: Graph) -> dt.date | None:
    """Return the first day of the latest demand period in the database (None without demand)."""
    bounds = read_demand_periods(graph, until=LATEST)
    return bounds[-1][0] if bounds else None


def check_need(need: str, lang: str) -> str:
    """Return `need` when it is a support-type code; else raise InvalidInputError saying which exist."""
    if need not in SUPPORT_TYPES:
        raise InvalidInputError(text("trend_unknown_need", lang).format(needs=", ".join(SUPPORT_TYPES)))
    return need


def find_area(doc: dict[str, Any], area: str, lang: str) -> tuple[str, str, str]:
    """Return (code, name, level) of the gebied or wijk coded or named `area` (a gebied first).

    Raises InvalidInputError with the closest names, never echoing what was typed.
    """
    current = doc["current_period"]
    areas = {r["area"]: (r["area_name"], r["level"]) for r in doc["rows"] if r["period"] == current}
    wanted = normalise(area)
    found = [code for code in areas if normalise(code) == wanted] or \
        sorted((code for code, (name, _) in areas.items() if normalise(name) == wanted),
               key=lambda code: areas[code][1] != "gebied")
    if not found:
        close = difflib.get_close_matches(wanted, sorted({normalise(n) for n, _ in areas.values()}), n=3,
                                          cutoff=0.6)
        names = {normalise(n): n for n, _ in areas.values()}
        tip = text("trend_did_you_mean", lang).format(names=", ".join(names[c] for c in close)) \
            if close else ""
        raise InvalidInputError(text("trend_unknown_area", lang).format(tip=tip))
    code = found[0]
    return code, areas[code][0], areas[code][1]


def area_trend(doc: dict[str, Any], area: str, need: str, lang: str = "nl") -> dict[str, Any]:
    """Return one area's demand, supply, ratio and shortfall per period with the change against a year
    earlier (shape in the module docstring); unknown area or need raise InvalidInputError."""
    need = check_need(need, lang)
    code, name, level = find_area(doc, area, lang)
    return {"as_of": doc["as_of"], "area": code, "area_name": name, "level": level, "need": need,
            "need_label": SUPPORT_TYPES[need], "periods": doc["periods"],
            "points": trend_points(doc["rows"], code, need)}


def small_multiples(doc: dict[str, Any], need: str, lang: str = "nl") -> dict[str, Any]:
    """Return every gebied's demand, supply and shortfall per period for one need on one y-scale."""
    need = check_need(need, lang)
    return {"as_of": doc["as_of"], "need_label": SUPPORT_TYPES[need], **gebied_trends(doc["rows"], need)}


def ratio_scale(doc: dict[str, Any], level: str, need: str | None) -> float:
    """Return a round top for the map's supply / demand colours, the same for every period of `doc`.

    The top is the 95th percentile over every area and period, rounded up: a few wijken with a tiny
    demand have ratios of 50 or more, and a scale up to those would paint every other area alike.
    """
    ratios = area_ratios(doc["rows"], level, need)
    values = sorted(v for per_area in ratios.values() for v in per_area.values())
    return nice_max(values[int(0.95 * (len(values) - 1))]) if values else 1.0
