"""The supply/demand document as the web shows it: one cached copy per day for every page that needs it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from netwerkkaart.documents import commission
from web.store import AnalysisStore


def supply_document(store: AnalysisStore, as_of: dt.date, periods: int = 8, level: str = "gebied"
                    ) -> dict[str, Any]:
    """Return the supply/demand monitor document (cached per day, periods and level).

    The area pages, the map, the supply/demand page, its API and downloads all read this one document,
    so a figure cannot differ between them.
    """
    return store.cached(("commission_sd", as_of, periods, level),
                        lambda: commission.supply_demand(store.graph, as_of, periods=periods, level=level))
