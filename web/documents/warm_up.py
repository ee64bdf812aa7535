"""What the app computes ahead, so that the first visitor after a start or a data change does not wait."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from web.cached_json import encode
from web.documents.overview import overview_document
from web.network import NetworkQuery, network_document
from web.store import AnalysisStore


def warm_up_steps(store: AnalysisStore, as_of: dt.date) -> list[tuple[str, Callable[[], Any]]]:
    """Return the named steps that compute the start pages' data for `as_of`, in the order pages need them."""
    # The start page first (it needs the links and the fragility, not the centrality analysis); last
    # the overview as of the previous month end, the peildatum people compare with most.
    month_end = previous_month_end(as_of)
    return [("warm_links", lambda: store.links(as_of)),
            ("warm_fragility", lambda: store.fragility(as_of)),
            ("warm_overview", lambda: overview_document(store, as_of)),
            ("warm_layout", lambda: _default_network_views(store, as_of)),
            ("warm_analyse", lambda: store.analyse(as_of)),
            ("warm_month_end", lambda: overview_document(store, month_end))]


def previous_month_end(day: dt.date) -> dt.date:
    """Return the last day of the month before `day`'s month."""
    return day.replace(day=1) - dt.timedelta(days=1)


def _default_network_views(store: AnalysisStore, as_of: dt.date) -> None:
    query = NetworkQuery(as_of=as_of)
    for urls in (True, False):  # as coordinators see it (person pages open) and as viewers do
        # Under the key `api_network` (web/routes/network.py) caches the encoded answer with.
        store.cached(("json", "network", query, "nl", urls),
                     lambda urls=urls: encode(network_document(store, query, "nl", person_urls=urls)),
                     document=True)
