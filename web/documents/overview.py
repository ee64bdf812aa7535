"""The overview dashboard's data: counts, headline resilience figures, change since last month, and the
share of organisations confirmed lately."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.people import activity
from graph.referrals import referral_totals
from graph.stats import graph_counts
from netwerkkaart.documents.freshness import confirmation_share
from web.store import AnalysisStore


def month_before(day: dt.date) -> dt.date:
    """Return the same day one month earlier (clamped to the month's last day)."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _figures(store: AnalysisStore, as_of: dt.date) -> dict[str, Any]:
    links = store.links(as_of)
    figures: dict[str, Any] = {**activity(store.graph, as_of=as_of), "links": len(links)}
    start = as_of - dt.timedelta(days=30)
    figures["referrals_30d"] = sum(referral_totals(store.graph, start=start, end=as_of).values())
    return figures


def resilience(doc: dict[str, Any] | None) -> dict[str, Any] | None:
    """Return headline resilience figures from a fragility document (None without one)."""
    if not doc:
        return None
    links = doc.get("links", [])
    weak = sum(1 for k in links if k["bus_factor"] == 1)
    sim = doc.get("simulation") or {}
    random_curve = (doc.get("curves") or {}).get("random") or {}
    return {
        "links": len(links), "bus_factor_1": weak, "bus_factor_1_share": weak / len(links) if links else 0.0,
        "uncarried_links": len(doc.get("uncarried_links", [])),
        "key_people": sum(1 for p in doc.get("people", []) if p.get("links_broken", 0) > 0),
        "expected_links_lost": sim.get("links_lost_mean"),
        "expected_connected_pairs": sim.get("connected_pairs_mean"),
        "connected_pairs_now": (random_curve.get("connected_pairs_mean") or [None])[0],
        "simulation_years": sim.get("years"),
    }


def overview_document(store: AnalysisStore, as_of: dt.date) -> dict[str, Any]:
    """Return the dashboard JSON: totals, figures now and a month ago, and resilience headlines."""
    # Cached per as_of among the analyses (not the per-entity documents): it costs seconds on the city.
    doc = store.cached(("overview", as_of), lambda: _overview_document(store, as_of))
    # How current the data is: counted from today whatever the as_of (it is about the records, not the
    # network on that date), so cached per day apart from the analysis.
    today = dt.date.today()
    return {**doc, "freshness": store.cached(("confirmation_share", today),
                                             lambda: confirmation_share(store.graph), document=True)}


def _overview_document(store: AnalysisStore, as_of: dt.date) -> dict[str, Any]:
    counts = graph_counts(store.graph)
    before = month_before(as_of)
    now, then = _figures(store, as_of), _figures(store, before)
    return {
        "as_of": as_of.isoformat(), "previous": before.isoformat(),
        "totals": {"organisations": counts.labels.get("Organisation", 0),
                   "people": counts.labels.get("Person", 0), "areas": counts.labels.get("Area", 0),
                   "contacts": counts.relationship_types.get("KNOWS", 0),
                   "partnerships": counts.relationship_types.get("PARTNERS_WITH", 0),
                   "referrals": counts.relationship_types.get("REFERRED", 0)},
        "now": now, "then": then,
        "change": {k: now[k] - then[k] for k in now},
        "resilience": resilience(store.fragility(as_of)),
    }
