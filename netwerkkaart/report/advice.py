"""Recommendations in plain Dutch, each derived from a figure in the report (rules, not opinions)."""

from __future__ import annotations

from collections.abc import Iterator

from analysis.i18n import text
from netwerkkaart.report.charts import nl
from netwerkkaart.report.sections import Inputs, language_name, need_name

# The summary page holds at most this many; the most structural come first.
MAX_RECOMMENDATIONS = 5


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{nl(100 * value)} %"


def _fragility(inp: Inputs) -> Iterator[str]:
    worst = inp.bus_by_gebied[0] if inp.bus_by_gebied else None
    if worst and worst["links_bus_factor_1"]:
        meetings = next((len(c["introductions"]) + len(c["second_contacts"]) for c in inp.connecting
                         if c["gebied"] == worst["gebied"]), 0)
        yield text("report_advice_gebied", "nl").format(
            gebied=worst["name"], single=nl(worst["links_bus_factor_1"]), links=nl(worst["links"]),
            meetings=nl(meetings))
    sim = inp.fragility["simulation"]
    if sim.get("links_total"):
        yield text("report_advice_turnover", "nl").format(
            years=nl(sim["years"], 0 if sim["years"] == int(sim["years"]) else 1),
            lost=nl(sim["links_lost_mean"]), total=nl(sim["links_total"]))


def _supply(inp: Inputs) -> Iterator[str]:
    worst = inp.supply["matching"]["worst"]
    if worst:
        r = worst[0]
        yield text("report_advice_supply", "nl").format(
            need=need_name(r["need"]).capitalize(), area=r["area_name"], ratio=_pct(r["ratio"]),
            shortfall=nl(r["shortfall"]), period=r["period"])
    missing = [r for r in inp.supply["matching"]["languages"] if r["not_offered"]]
    if missing:
        r = max(missing, key=lambda r: r["not_offered"])
        yield text("report_advice_language", "nl").format(
            language=language_name(r["language"]), asked=nl(r["asked"]), missed=nl(r["not_offered"]))


def _paper_and_buddies(inp: Inputs) -> Iterator[str]:
    uncarried = len(inp.fragility["uncarried_links"])
    if uncarried:
        yield text("report_advice_paper", "nl").format(n=nl(uncarried))
    rows = inp.buddies["initiatives"]
    lonely = sum(1 for r in rows if r["links"] == 0)
    if lonely:
        waiting = sum(r["waitlist"] or 0 for r in rows)
        yield text("report_advice_buddies", "nl").format(lonely=nl(lonely), total=nl(len(rows)),
                                                          waiting=nl(waiting))


def recommendations(inp: Inputs) -> list[str]:
    """Return three to five recommendations with their numbers, most structural first."""
    return [*_fragility(inp), *_supply(inp), *_paper_and_buddies(inp)][:MAX_RECOMMENDATIONS]
