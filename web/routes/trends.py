"""Supply and demand over time per area (chart, table, small multiples) and why matching fails."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from analysis.supply_trends import TREND_COLUMNS
from graph.model import SUPPORT_TYPES
from netwerkkaart.documents import supply_trends
from netwerkkaart.documents.matching_failures import MATCHING_COLUMNS, csv_rows, matching_failures
from netwerkkaart.figures.charts import COLOURS, Series, line_chart
from netwerkkaart.figures.multiples import Panel, small_multiple
from web.auth.rules import VIEWER, require
from web.deps import AsOfDep, LangDep, StoreDep
from web.documents.supply import supply_document
from web.i18n import format_number, text
from web.rendering import render
from web.routes.commission import _csv
from web.store import AnalysisStore

router = APIRouter(tags=["commission"], dependencies=[Depends(require(VIEWER))])
Need = Annotated[str, Query(pattern="^(" + "|".join(SUPPORT_TYPES) + ")$")]
Area = Annotated[str, Query(min_length=1, max_length=80)]
Periods = Annotated[int, Query(ge=1, le=60)]
BounceDays = Annotated[int, Query(ge=0, le=365)]
PAGE_ENTRIES = 20


def history(store: AnalysisStore, as_of: dt.date) -> dict[str, Any]:
    """Return the supply/demand document over every period up to `as_of` (cached per day)."""
    return supply_document(store, as_of, supply_trends.HISTORY_PERIODS)


def _trend(store: AnalysisStore, as_of: dt.date, area: str, need: str, lang: str) -> dict[str, Any]:
    return supply_trends.area_trend(history(store, as_of), area, need, lang)


@router.get("/api/supply-demand/trend")
def api_trend(store: StoreDep, as_of: AsOfDep, area: Area, need: Need = "taal", lang: LangDep = "nl"
              ) -> dict[str, Any]:
    """Return one gebied's or wijk's demand, supply, ratio and shortfall per period, with the change
    against the same period a year earlier (400 for an unknown area, 422 for an unknown need)."""
    return _trend(store, as_of, area, need, lang)


@router.get("/api/supply-demand/trend.csv")
def api_trend_csv(store: StoreDep, as_of: AsOfDep, area: Area, need: Need = "taal", lang: LangDep = "nl"
                  ) -> Response:
    """Return the trend of one area and need as CSV for Dutch Excel (headers in the interface language)."""
    doc = _trend(store, as_of, area, need, lang)
    return _csv(TREND_COLUMNS, doc["points"], f"trend-{doc['area']}-{need}-{as_of}", lang)


@router.get("/api/supply-demand/gebieden")
def api_multiples(store: StoreDep, as_of: AsOfDep, need: Need = "taal", lang: LangDep = "nl"
                  ) -> dict[str, Any]:
    """Return every gebied's demand, supply and shortfall per period for one need, with one y-scale."""
    return supply_trends.small_multiples(history(store, as_of), need, lang)


def _trend_chart(doc: dict[str, Any], lang: str) -> Any:
    points = doc["points"]
    return line_chart(list(range(len(points))), [
        Series(text("commission_series_demand", lang), [p["demand"] for p in points], COLOURS[1]),
        Series(text("commission_series_supply", lang), [p["supply"] for p in points]),
        Series(text("commission_series_shortfall", lang), [p["shortfall"] for p in points], COLOURS[2],
               dash=True)],
        x_labels=[p["period"] for p in points], title=f"{doc['area_name']} · {doc['need_label']}",
        fmt=lambda v: format_number(v, lang), height=300)


def _panels(doc: dict[str, Any], as_of: dt.date, lang: str) -> list[Any]:
    names = (text("commission_series_demand", lang), text("commission_series_supply", lang))
    out = []
    for g in doc["gebieden"]:
        href = f"/supply-demand/trend?area={g['area']}&need={doc['need']}&as_of={as_of.isoformat()}"
        lines = [(names[0], COLOURS[1], [p["demand"] for p in g["points"]]),
                 (names[1], COLOURS[0], [p["supply"] for p in g["points"]])]
        out.append(small_multiple(Panel(g["area_name"], href, lines), doc["y_max"], doc["periods"],
                                  lambda v: format_number(v, lang)))
    return out


@router.get("/supply-demand/trend", include_in_schema=False)
def page_trend(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep,
               area: Annotated[str, Query(max_length=80)] = "", need: Need = "taal") -> Response:
    """Return the trend page: one area's chart and table when chosen, and every gebied side by side."""
    doc = history(store, as_of)
    trend = supply_trends.area_trend(doc, area, need, lang) if area else None
    multiples = supply_trends.small_multiples(doc, need, lang)
    areas = sorted({(r["level"] != "gebied", r["area_name"], r["area"]) for r in doc["rows"]
                    if r["period"] == doc["current_period"]})
    chart = _trend_chart(trend, lang) if trend else None
    return render(request, "trend.html", lang, trend=trend, chart=chart,
                  multiples=multiples, panels=_panels(multiples, as_of, lang), areas=areas, need=need,
                  needs=SUPPORT_TYPES, as_of=as_of, area=trend["area"] if trend else "")


def _matching(store: AnalysisStore, as_of: dt.date, periods: int, bounce_days: int, lang: str
              ) -> dict[str, Any]:
    return store.cached(("matching_failures", as_of, periods, bounce_days, lang),
                        lambda: matching_failures(store.graph, as_of, periods=periods,
                                                  bounce_days=bounce_days, lang=lang))


@router.get("/api/matching")
def api_matching(store: StoreDep, as_of: AsOfDep, periods: Periods = 4, bounce_days: BounceDays = 30,
                 lang: LangDep = "nl") -> dict[str, Any]:
    """Return why matching fails per gebied and need: reasons ranked with counts and a sentence each."""
    return _matching(store, as_of, periods, bounce_days, lang)


@router.get("/api/matching.csv")
def api_matching_csv(store: StoreDep, as_of: AsOfDep, periods: Periods = 4, bounce_days: BounceDays = 30,
                     lang: LangDep = "nl") -> Response:
    """Return why matching fails as CSV for Dutch Excel: one row per gebied, need and reason."""
    rows = csv_rows(_matching(store, as_of, periods, bounce_days, lang))
    return _csv(MATCHING_COLUMNS, rows, f"matchen-{as_of}", lang)


@router.get("/matching", include_in_schema=False)
def page_matching(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep,
                  gebied: Annotated[str, Query(max_length=20)] = "",
                  need: Annotated[str, Query(max_length=40)] = "") -> Response:
    """Return the page on why matching fails: city-wide reasons, per gebied and need, languages."""
    doc = _matching(store, as_of, 4, 30, lang)
    entries = [e for e in doc["entries"]
               if (not gebied or e["gebied"] == gebied) and (not need or e["need"] == need)]
    gebieden = sorted({(e["gebied_name"], e["gebied"]) for e in doc["entries"]})
    # The whole city is 14 gebieden × 12 needs: the page shows the largest, a filter or the CSV the rest.
    limit = len(entries) if gebied or need else PAGE_ENTRIES
    return render(request, "matching.html", lang, doc=doc, entries=entries, gebied=gebied, need=need,
                  gebieden=gebieden, needs=SUPPORT_TYPES, as_of=as_of, limit=limit)
