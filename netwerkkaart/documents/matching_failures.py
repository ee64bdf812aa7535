"""Why matching fails (the commission's question 2), for the web, the CLI and the report.

`matching_failures(graph, as_of, lang=…)` returns (JSON-ready):
{"as_of", "period": the current demand period, "window": {"start", "end"} of the referrals counted,
 "bounce_days", "reasons": [{"reason", "count", "label", "sentence"}…] (city-wide, largest first),
 "entries": [{"gebied", "gebied_name", "need", "need_label", "demand", "shortfall", "total",
              "reasons": [{"reason", "count", "label", "sentence", details…}…]}…] (largest total first),
 "languages": [{"language", "language_name", "asked", "not_offered", "share_not_offered",
                "organisations_offering", "needs"}…]}
Demand and providers come from the supply/demand monitor rows (`analysis.supply_demand.monitor_rows`,
the one definition of supply) of the current period; referrals from the last `periods` periods.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from analysis.areas_index import area_index
from analysis.i18n import format_number, language_name, text
from analysis.matching import languages_not_offered
from analysis.matching_failures import REASONS, failure_reasons
from analysis.supply_demand import choose_periods, monitor_rows
from graph.driver import Graph
from graph.errors import InvalidInputError
from graph.model import SUPPORT_TYPES
from graph.supply_demand import load_supply_demand, read_demand, read_demand_periods

MATCHING_COLUMNS = ("gebied", "gebied_name", "need", "rank", "reason", "reason_label", "count", "sentence")


def sentence(reason: dict[str, Any], need: str, lang: str) -> str:
    """Return one reason as a plain sentence in `lang`, with its numbers filled in."""
    def num(value: float) -> str:
        return format_number(value, lang)

    wijken = reason.get("wijken", [])
    values = {"count": num(reason["count"]), "need": SUPPORT_TYPES.get(need, need),
              "wijken": ", ".join(wijken[:4]) + (" …" if len(wijken) > 4 else ""),
              "n_wijken": num(len(wijken)),
              "waitlist": num(reason.get("waitlist", 0)), "rejected": num(reason.get("rejected", 0)),
              "passed_on": num(reason.get("passed_on", 0)), "decided": num(reason.get("decided", 0)),
              "pct": num(100 * reason.get("acceptance", 0)),
              "city_pct": num(100 * reason.get("city_acceptance", 0)),
              "languages": ", ".join(language_name(c, lang) for c in reason.get("languages", []))}
    key = f"matching_sentence_{reason['reason']}"
    # A part that would read "0 mensen op de wachtlijst" or "0 doorverwezen" is left out instead.
    if (reason["reason"] == "no_room" and not round(reason.get("waitlist", 0))) or \
            (reason["reason"] == "bounce" and not reason.get("passed_on")):
        key += "_short"
    return text(key, lang).format(**values)


def _with_text(reason: dict[str, Any], need: str, lang: str) -> dict[str, Any]:
    return {**reason, "label": text(f"matching_reason_{reason['reason']}", lang),
            "sentence": sentence(reason, need, lang)}


def _city_totals(entries: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    totals: Counter[str] = Counter()
    for entry in entries:
        for reason in entry["reasons"]:
            totals[reason["reason"]] += reason["count"]
    ranked = sorted((r for r in REASONS if totals[r]), key=lambda r: (-totals[r], REASONS.index(r)))
    return [{"reason": r, "count": totals[r], "label": text(f"matching_reason_{r}", lang),
             "sentence": text(f"matching_city_{r}", lang).format(count=format_number(totals[r], lang))}
            for r in ranked]


def matching_failures(graph: Graph, as_of: dt.date, *, periods: int = 4, bounce_days: int = 30,
                      lang: str = "nl") -> dict[str, Any]:
    """Return why matching fails per gebied and need as of a date (shape in the module docstring)."""
    if not 1 <= periods <= 60 or not 0 <= bounce_days <= 365:
        raise InvalidInputError(text("matching_bad_window", lang))
    chosen = choose_periods(read_demand_periods(graph, until=as_of), as_of, periods)
    current = chosen[-1:]
    demand = read_demand(graph, periods=[p.name for p in current])
    start = chosen[0].start if chosen else as_of
    data = load_supply_demand(graph, until=as_of, demand=demand, referrals_from=start)
    rows = monitor_rows(data, as_of, current, bounce_days)
    window = [r for r in data.referrals if start <= r.date <= as_of]
    orgs = {o.id: o for o in data.organisations}
    entries = failure_reasons(rows, window, data.referrals, orgs, area_index(data.areas),
                              bounce_days=bounce_days)
    for entry in entries:
        entry["need_label"] = SUPPORT_TYPES.get(entry["need"], entry["need"])
        entry["reasons"] = [_with_text(r, entry["need"], lang) for r in entry["reasons"]]
    languages = [{**row, "language_name": language_name(row["language"], lang)}
                 for row in languages_not_offered(window, orgs)]
    return {"as_of": as_of.isoformat(), "period": current[0].name if current else None,
            "window": {"start": start.isoformat(), "end": as_of.isoformat()}, "bounce_days": bounce_days,
            "reasons": _city_totals(entries, lang), "entries": entries, "languages": languages}


def csv_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the document as one row per gebied, need and reason (MATCHING_COLUMNS), ranked within each."""
    return [{"gebied": e["gebied"], "gebied_name": e["gebied_name"], "need": e["need"], "rank": rank,
             "reason": r["reason"], "reason_label": r["label"], "count": r["count"],
             "sentence": r["sentence"]}
            for e in doc["entries"] for rank, r in enumerate(e["reasons"], start=1)]
