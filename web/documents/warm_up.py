"""What the app computes ahead, so that the first visitor after a start or a data change does not wait."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from web.documents.overview import overview_document
from web.store import AnalysisStore


def warm_up_steps(store: AnalysisStore, as_of: dt.date) -> list[tuple[str, Callable[[], Any]]]:
    """Return the named steps that compute the start pages' data for `as_of`, in the order pages need them."""
    return [("warm_links", lambda: store.links(as_of)),
            ("warm_layout", lambda: store.layout(as_of)),
            ("warm_analyse", lambda: store.analyse(as_of)),
            ("warm_fragility", lambda: store.fragility(as_of)),
            ("warm_overview", lambda: overview_document(store, as_of))]
