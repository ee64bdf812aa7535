"""Supply and demand of one area and need over time, and every gebied side by side (pure: rows in).

Every figure is a row of the supply/demand monitor (`analysis.supply_demand.monitor_rows`, the one
definition of supply); this module only picks rows and compares each period with the same period a
year earlier (2025-Q2 with 2024-Q2, 2025-03 with 2024-03). Nothing is recounted here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

COMPARED = ("demand", "supply", "shortfall")
TREND_COLUMNS = ("period", "area", "area_name", "level", "need", "demand", "supply", "ratio", "shortfall",
                 "demand_year_earlier", "demand_change", "supply_year_earlier", "supply_change",
                 "shortfall_year_earlier", "shortfall_change")
_PERIOD = re.compile(r"(\d{4})(-(?:Q[1-4]|\d{2}))")


def year_earlier(period: str) -> str | None:
    """Return the name of the same quarter or month a year before `period` (None for another name)."""
    match = _PERIOD.fullmatch(period)
    return f"{int(match[1]) - 1}{match[2]}" if match else None


def _point(row: Mapping[str, Any], before: Mapping[str, Any] | None) -> dict[str, Any]:
    point = {key: row[key] for key in ("period", "area", "area_name", "level", "need", "demand", "supply",
                                       "ratio", "shortfall")}
    for figure in COMPARED:
        point[f"{figure}_year_earlier"] = before[figure] if before else None
        point[f"{figure}_change"] = round(row[figure] - before[figure], 1) if before else None
    return point


def area_trend(rows: Iterable[Mapping[str, Any]], area: str, need: str) -> list[dict[str, Any]]:
    """Return one point per period (in the rows' order) for `area` and `need`.

    Each point has the monitor's period, area, area_name, level, need, demand, supply, ratio and
    shortfall, and per figure of COMPARED its value a year earlier and the change against it
    (`demand_year_earlier`, `demand_change`, …; None when that period is not in the rows).
    """
    mine = {r["period"]: r for r in rows if r["area"] == area and r["need"] == need}
    return [_point(row, mine.get(year_earlier(period) or "")) for period, row in mine.items()]


def nice_max(value: float) -> float:
    """Return the smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value` (1 for nothing to show)."""
    if value <= 0:
        return 1.0
    step = 10 ** math.floor(math.log10(value))
    return next(m * step for m in (1, 2, 2.5, 5, 10) if m * step >= value * (1 - 1e-9))


def gebied_trends(rows: Iterable[Mapping[str, Any]], need: str) -> dict[str, Any]:
    """Return every gebied's demand, supply and shortfall per period for one need, on one y-scale.

    Shape: {"need", "periods": [name…], "y_max": a round number at or above every value,
    "gebieden": [{"area", "area_name", "points": [{"period", "demand", "supply", "shortfall"}…]}…]}
    with the gebieden by name.
    """
    periods: list[str] = []
    series: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["level"] != "gebied" or r["need"] != need:
            continue
        if r["period"] not in periods:
            periods.append(r["period"])
        entry = series.setdefault(r["area"], {"area": r["area"], "area_name": r["area_name"], "points": []})
        entry["points"].append({k: r[k] for k in ("period", "demand", "supply", "shortfall")})
    top = max((p[k] for s in series.values() for p in s["points"] for k in ("demand", "supply")), default=0)
    return {"need": need, "periods": periods, "y_max": nice_max(top),
            "gebieden": sorted(series.values(), key=lambda s: s["area_name"])}


def area_ratios(rows: Iterable[Mapping[str, Any]], level: str, need: str | None
                ) -> dict[str, dict[str, float]]:
    """Return per period {area code: supply / demand} at `level`, for one need or summed over all needs."""
    sums: dict[tuple[str, str], list[float]] = {}
    for r in rows:
        if r["level"] == level and (need is None or r["need"] == need):
            s = sums.setdefault((r["period"], r["area"]), [0.0, 0.0])
            s[0], s[1] = s[0] + r["supply"], s[1] + r["demand"]
    out: dict[str, dict[str, float]] = {}
    for (period, code), (supply, demand) in sums.items():
        if demand:
            out.setdefault(period, {})[code] = supply / demand
    return out
