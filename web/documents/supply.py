"""The supply/demand document as the web shows it: one cached copy per day for every page that needs it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from netwerkkaart.documents import commission, supply_trends
from web.store import AnalysisStore


def supply_document(store: AnalysisStore, as_of: dt.date, periods: int = 8, level: str = "gebied"
                    ) -> dict[str, Any]:
    """Return the supply/demand monitor document (cached per day, periods and level).

    The area pages, the map, the supply/demand page, its API and downloads all read this one document,
    so a figure cannot differ between them.
    """
    return store.cached(("commission_sd", as_of, periods, level),
                        lambda: commission.supply_demand(store.graph, as_of, periods=periods, level=level))


def map_scale(store: AnalysisStore, level: str, need: str | None) -> float:
    """Return the top of the supply/demand map's colour scale: one value for every as-of date.

    It is computed over every demand period in the database (not those up to the chosen date), so
    the colours mean the same on every map and only the data changes them.
    """
    last = store.cached(("latest_demand_period",), lambda: supply_trends.latest_period_start(store.graph))
    if last is None:
        return 1.0
    everything = supply_document(store, last, supply_trends.HISTORY_PERIODS)
    return store.cached(("map_scale", level, need),
                        lambda: supply_trends.ratio_scale(everything, level, need))
