"""The web's cached copy of every record's last confirmation (the verouderd list, the organisation page)."""

from __future__ import annotations

import datetime as dt

from graph.freshness import (
    AffConfirmation,
    OrgConfirmation,
    affiliation_confirmations,
    organisation_confirmations,
)
from web.store import AnalysisStore


def confirmations(store: AnalysisStore) -> tuple[list[OrgConfirmation], list[AffConfirmation]]:
    """Return every organisation's and current affiliation's last confirmation (cached until a write)."""
    today = dt.date.today()
    return store.cached(("confirmations", today), lambda: (
        organisation_confirmations(store.graph), affiliation_confirmations(store.graph, today=today)),
        document=True)
