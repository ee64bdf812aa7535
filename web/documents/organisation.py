"""The organisation page's data: properties, people, links with carriers, referrals, centrality."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.organisations import organisation_detail
from graph.people import people_names
from web.store import AnalysisStore


def is_current(row: dict[str, Any], as_of: dt.date) -> bool:
    """Return True when a since/until row is current on `as_of` (until is the last day)."""
    return (row.get("since") is None or row["since"] <= as_of) and (
        row.get("until") is None or as_of <= row["until"])


def _links(store: AnalysisStore, org_id: str, as_of: dt.date) -> list[dict[str, Any]]:
    bus = store.bus_factors(as_of)
    names = {o.id: o.name for o in store.organisations()}
    mine = [k for k in store.links(as_of) if org_id in (k.a, k.b)]
    people = people_names(store.graph, ids=sorted({p for k in mine for c in k.carriers for p in c}))
    rows = []
    for link in mine:
        other = link.b if link.a == org_id else link.a
        carriers = [[{"id": p, "name": people.get(p, p)} for p in c] for c in link.carriers]
        rows.append({"organisation": other, "name": names.get(other, other), "carriers": carriers,
                     "bus_factor": bus.get((link.a, link.b))})
    return sorted(rows, key=lambda r: (r["bus_factor"] or 99, r["name"]))


def organisation_document(store: AnalysisStore, org_id: str, as_of: dt.date) -> dict[str, Any]:
    """Return one organisation's page JSON; raise NotFoundError for an unknown id."""
    # Cached per (id, as_of): the page and its JSON are read far more often than the data changes.
    return store.cached(("organisation_document", org_id, as_of),
                        lambda: _organisation_document(store, org_id, as_of), document=True)


def _organisation_document(store: AnalysisStore, org_id: str, as_of: dt.date) -> dict[str, Any]:
    detail = organisation_detail(store.graph, org_id=org_id, as_of=as_of)
    analysis = store.analyse(as_of) or {}
    centrality = next((row for row in analysis.get("organisations", []) if row["id"] == org_id), None)
    referrals = [{**r} for r in detail.referrals]
    people = [{**p, "current": is_current(p, as_of)} for p in detail.people]
    return {
        "as_of": as_of.isoformat(), "organisation": detail.org, "located_in": detail.located,
        "serves": detail.serves, "citywide": not detail.serves,
        "people": people, "links": _links(store, org_id, as_of),
        "referrals_in": [r for r in referrals if r["direction"] == "in"],
        "referrals_out": [r for r in referrals if r["direction"] == "out"],
        "centrality": centrality,
    }
