"""Supply against demand per area, need and period, with pressure signals (pure: rows in, rows out).

How supply is counted, so that no place is counted twice:
- an organisation's `capacity` (places) is split equally over the needs it offers;
- each need's share is spread over the wijken the organisation serves (serves_areas empty = all
  wijken of the city; a gebied = all its wijken) in proportion to that period's demand for the need
  in those wijken (equally when none of them has demand);
- a gebied's supply, demand, volunteers and waitlist are the sums over its wijken (plus any demand
  recorded on the gebied itself). Summed over the city, supply equals the total capacity.
Volunteers (affiliations with role `volunteer` current at the period's end, or at `as_of` for the
current period) and waitlists are spread the same way. `providers` counts organisations that offer
the need and serve the area at all (not spread). Ratio = supply / demand; shortfall =
max(demand − supply, 0).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.areas_index import AreaIndex, area_index
from analysis.matching import bounced, languages_not_offered, outcome_by_area, route_acceptance, worst_ratios
from graph.model import SUPPORT_TYPES
from graph.rows import DemandRow, OrgInfo, SupplyDemandData, VolunteerSpell

Key = tuple[str, str]  # (area code, need)
FIGURES = ("demand", "supply", "volunteers", "waitlist", "providers")


@dataclass(frozen=True, slots=True)
class Period:
    """A demand period (`2025-Q1` or `2025-03`) and its first and last day."""

    name: str
    start: dt.date
    end: dt.date


def recent_periods(demand: Iterable[DemandRow], as_of: dt.date, last: int = 8) -> list[Period]:
    """Return the last `last` demand periods that started on or before `as_of`, oldest first."""
    return choose_periods({(d.start, d.end, d.period) for d in demand}, as_of, last)


def choose_periods(bounds: Iterable[tuple[dt.date, dt.date, str]], as_of: dt.date, last: int = 8
                   ) -> list[Period]:
    """Return the last `last` (start, end, name) periods starting on or before `as_of`, oldest first."""
    ordered = sorted(b for b in set(bounds) if b[0] <= as_of)[-last:] if last > 0 else []
    return [Period(name, start, end) for start, end, name in ordered]


def active_volunteers(spells: Iterable[VolunteerSpell], day: dt.date) -> dict[str, int]:
    """Return per organisation the volunteer affiliations current on `day`."""
    counts: dict[str, int] = defaultdict(int)
    for s in spells:
        if (s.since is None or s.since <= day) and (s.until is None or day <= s.until):
            counts[s.organisation] += 1
    return counts


def apportion(orgs: Sequence[OrgInfo], index: AreaIndex, demand: dict[Key, float],
              volunteers: dict[str, int]) -> dict[str, dict[Key, float]]:
    """Return per figure (supply, volunteers, waitlist, providers) its value per (wijk, need)."""
    out: dict[str, dict[Key, float]] = {f: defaultdict(float) for f in FIGURES if f != "demand"}
    for org in orgs:
        needs = [n for n in org.services if n in SUPPORT_TYPES]
        wijken = index.served_wijken(org)
        if not needs or not wijken:
            continue
        amounts = {"supply": (org.capacity or 0) / len(needs), "waitlist": (org.waitlist or 0) / len(needs),
                   "volunteers": volunteers.get(org.id, 0) / len(needs)}
        for need in needs:
            weights = [demand.get((w, need), 0.0) for w in wijken]
            total = sum(weights)
            for wijk, weight in zip(wijken, weights, strict=True):
                share = weight / total if total else 1 / len(wijken)
                for figure, amount in amounts.items():
                    out[figure][(wijk, need)] += amount * share
                out["providers"][(wijk, need)] += 1
    return out


def _demand_in(rows: Iterable[DemandRow], period: Period) -> dict[Key, float]:
    demand: dict[Key, float] = defaultdict(float)
    for d in rows:
        if d.period == period.name:
            demand[(d.area, d.need)] += d.count
    return demand


def _providers_by_gebied(orgs: Sequence[OrgInfo], index: AreaIndex) -> dict[Key, int]:
    """Return per (gebied, need) how many organisations serve at least one of its wijken."""
    counts: dict[Key, int] = defaultdict(int)
    for org in orgs:
        gebieden = {index.gebied_of[w] for w in index.served_wijken(org) if w in index.gebied_of}
        for need in {n for n in org.services if n in SUPPORT_TYPES}:
            for g in gebieden:
                counts[(g, need)] += 1
    return counts


def period_figures(data: SupplyDemandData, index: AreaIndex, period: Period, day: dt.date,
                   providers_gebied: dict[Key, int]) -> dict[str, dict[Key, float]]:
    """Return every figure per (area, need) for one period, wijken and gebieden both."""
    demand = _demand_in(data.demand, period)
    wijk_demand = {k: v for k, v in demand.items() if index.level.get(k[0]) == "wijk"}
    figures = apportion(data.organisations, index, wijk_demand, active_volunteers(data.volunteers, day))
    figures["demand"] = defaultdict(float, {k: v for k, v in demand.items() if k[0] in index.level})
    for figure, values in figures.items():
        if figure == "providers":
            continue
        for (wijk, need), value in list(values.items()):
            gebied = index.gebied_of.get(wijk)
            if gebied and index.level.get(wijk) == "wijk":
                values[(gebied, need)] += value
    figures["providers"].update(providers_gebied)
    return figures


def _row(index: AreaIndex, period: Period, code: str, need: str, figures: dict[str, dict[Key, float]],
         pressure: dict[str, dict[Key, int]]) -> dict[str, Any]:
    key = (code, need)
    demand, supply = figures["demand"].get(key, 0.0), figures["supply"].get(key, 0.0)
    return {"period": period.name, "area": code, "area_name": index.names.get(code, code),
            "level": index.level.get(code), "gebied": index.gebied_of.get(code, code), "need": need,
            "demand": round(demand), "supply": round(supply, 1),
            "volunteers": round(figures["volunteers"].get(key, 0.0), 1),
            "providers": int(figures["providers"].get(key, 0)),
            "ratio": round(supply / demand, 3) if demand else None,
            "shortfall": round(max(demand - supply, 0.0), 1),
            "waitlist": round(figures["waitlist"].get(key, 0.0), 1),
            **{name: values.get(key, 0) for name, values in pressure.items()}}


def monitor_rows(data: SupplyDemandData, as_of: dt.date, periods: Sequence[Period],
                 bounce_days: int = 30) -> list[dict[str, Any]]:
    """Return one row per period, area (gebied and wijk) and need with every figure and pressure signal."""
    index = area_index(data.areas)
    providers_gebied = _providers_by_gebied(data.organisations, index)
    codes = index.gebieden + index.wijken
    rows: list[dict[str, Any]] = []
    for period in periods:
        day = min(period.end, as_of)
        figures = period_figures(data, index, period, day, providers_gebied)
        in_period = [r for r in data.referrals if period.start <= r.date <= day]
        pressure = {"referrals": outcome_by_area(in_period, index, None),
                    "no_capacity": outcome_by_area(in_period, index, "no_capacity"),
                    "bounces": outcome_by_area(bounced(in_period, data.referrals, bounce_days), index, None)}
        rows += [_row(index, period, code, need, figures, pressure)
                 for code in codes for need in SUPPORT_TYPES]
    return rows


def city_trend(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return per period the city totals (sum over gebieden), oldest first."""
    totals: dict[str, dict[str, float]] = {}
    summed = ("demand", "supply", "volunteers", "waitlist", "shortfall", "referrals", "no_capacity",
              "bounces")
    for r in rows:
        if r["level"] != "gebied":
            continue
        t = totals.setdefault(r["period"], dict.fromkeys(summed, 0.0))
        for key in summed:
            t[key] += r[key]
    return [{"period": p, **{k: round(v, 1) for k, v in t.items()},
             "ratio": round(t["supply"] / t["demand"], 3) if t["demand"] else None}
            for p, t in totals.items()]


def monitor_document(data: SupplyDemandData, as_of: dt.date, *, periods: int = 8, bounce_days: int = 30,
                     level: str = "gebied") -> dict[str, Any]:
    """Return the supply/demand document: rows per period/area/need, city trend, where matching fails."""
    chosen = recent_periods(data.demand, as_of, periods)
    rows = monitor_rows(data, as_of, chosen, bounce_days)
    current = chosen[-1].name if chosen else None
    orgs = {o.id: o for o in data.organisations}
    window = [r for r in data.referrals if (not chosen or chosen[0].start <= r.date) and r.date <= as_of]
    return {"as_of": as_of.isoformat(), "periods": [p.name for p in chosen], "current_period": current,
            "bounce_days": bounce_days, "rows": rows, "trend": city_trend(rows),
            "matching": {"worst": worst_ratios(rows, current, level) if current else [],
                         "languages": languages_not_offered(window, orgs),
                         "routes": route_acceptance(window, orgs)}}


CSV_COLUMNS = ("period", "area", "area_name", "level", "gebied", "need", "demand", "supply", "ratio",
               "shortfall", "volunteers", "providers", "waitlist", "referrals", "no_capacity", "bounces")


def area_figures(doc: dict[str, Any], code: str) -> list[dict[str, Any]]:
    """Return the monitor document's current-period rows for one area, one per need (the area page's table).

    The area page reads these rows rather than counting capacity itself, so that it shows the same
    supply, ratio and shortfall as the supply/demand page, API, downloads, report and CLI.
    """
    current = doc.get("current_period")
    rows = {r["need"]: r for r in doc["rows"] if r["period"] == current and r["area"] == code}
    out = []
    for need, label in SUPPORT_TYPES.items():
        row = rows.get(need, {})
        out.append({"need": need, "label": label, "demand": row.get("demand", 0),
                    "supply": row.get("supply", 0.0), "ratio": row.get("ratio"),
                    "shortfall": row.get("shortfall", 0.0), "providers": row.get("providers", 0),
                    "periods": [current] if current else []})
    return out
