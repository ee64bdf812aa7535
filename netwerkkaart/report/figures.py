"""The resilience report's figures: headline network figures and their trend, per-gebied fragility.

Pure functions over the analysis' carrier network and the `fragility` document; no personal data
leaves here except through `label` (a pseudonym function).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from analysis.busfactor import bus_factor
from analysis.network import CarrierNetwork

# Compare the report date with these many months before it (the summary compares with the first).
TREND_MONTHS = (12, 6)


def months_before(day: dt.date, months: int) -> dt.date:
    """Return the same day `months` months earlier (clamped to the month's last day)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for d in range(day.day, 0, -1):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: day 1 always exists


def connected_fraction(n_orgs: int, links: Iterable[tuple[int, int]]) -> float:
    """Return the fraction of organisation pairs joined by some path of carried links."""
    parent = list(range(n_orgs))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[find(a)] = find(b)
    sizes: dict[int, int] = defaultdict(int)
    for x in range(n_orgs):
        sizes[find(x)] += 1
    total = n_orgs * (n_orgs - 1) // 2
    return sum(s * (s - 1) // 2 for s in sizes.values()) / total if total else 0.0


def network_figures(net: CarrierNetwork, day: dt.date) -> dict[str, Any]:
    """Return the headline figures of one date: active organisations and people, links, bus factor 1."""
    single = sum(1 for link in net.links.values() if bus_factor(link) == 1)
    active = {o for orgs in net.person_orgs for o in orgs}
    isolated = len(active - {o for key in net.links for o in key})
    return {"date": day.isoformat(), "active_organisations": len(active), "people": len(net.people),
            "links": len(net.links), "links_bus_factor_1": single,
            "share_bus_factor_1": round(single / len(net.links), 3) if net.links else None,
            "isolated_organisations": isolated,
            "connected_pairs": round(connected_fraction(len(net.orgs), net.links), 4)}


def bus_factor_by_gebied(links: Iterable[Mapping[str, Any]], gebied: Mapping[str, str],
                         names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Return per gebied its carried links and those with bus factor 1 (counted in each end's gebied)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for link in links:
        for g in {gebied.get(link["a"], "onbekend"), gebied.get(link["b"], "onbekend")}:
            counts[g][0] += 1
            counts[g][1] += 1 if link["bus_factor"] == 1 else 0
    rows = [{"gebied": g, "name": names.get(g, g), "links": c[0], "links_bus_factor_1": c[1],
             "share": round(c[1] / c[0], 3) if c[0] else None} for g, c in counts.items()]
    return sorted(rows, key=lambda r: (-r["links_bus_factor_1"], r["name"]))


def key_people(people: Iterable[Mapping[str, Any]], label: Callable[[str], str], top: int = 10
               ) -> list[dict[str, Any]]:
    """Return the most damaging departures under a pseudonym: pairs cut, links broken, orgs isolated."""
    return [{"who": label(p["id"]), "pairs_disconnected": p["pairs_disconnected"],
             "links_broken": p["links_broken"], "orgs_isolated": p["orgs_isolated"]}
            for p in list(people)[:top] if p["pairs_disconnected"] or p["links_broken"]]


# The summary's key figures: (figure key in `network_figures`, shown as a share).
KEY_FIGURES = (("active_organisations", False), ("people", False), ("links", False),
               ("links_bus_factor_1", False), ("isolated_organisations", False), ("connected_pairs", True))
SUPPLY_FIGURES = ("demand", "supply", "shortfall")


def year_earlier_period(period: str) -> str:
    """Return the same period a year earlier ('2025-Q2' -> '2024-Q2'); other names unchanged."""
    head, sep, tail = period.partition("-")
    return f"{int(head) - 1}{sep}{tail}" if head.isdigit() else period


def key_figures(now: Mapping[str, Any], year_ago: Mapping[str, Any], supply_trend: list[Mapping[str, Any]]
                ) -> list[dict[str, Any]]:
    """Return the summary rows: figure key, value now, a year earlier (None if unknown), share or count."""
    rows = [{"key": key, "now": now[key], "before": year_ago.get(key), "share": share}
            for key, share in KEY_FIGURES]
    if supply_trend:
        last = supply_trend[-1]
        before = next((t for t in supply_trend if t["period"] == year_earlier_period(last["period"])), {})
        rows += [{"key": key, "now": last[key], "before": before.get(key), "share": False,
                  "period": last["period"]} for key in SUPPLY_FIGURES]
    for row in rows:
        row["change"] = None if row["before"] is None or row["now"] is None else row["now"] - row["before"]
    return rows
