"""The person page's data: affiliations over time, contacts, impact if they leave."""

from __future__ import annotations

import datetime as dt
from typing import Any

from graph.people import person_detail
from web.documents.organisation import is_current
from web.store import AnalysisStore


def person_document(store: AnalysisStore, person_id: str, as_of: dt.date) -> dict[str, Any]:
    """Return one person's page JSON; raise NotFoundError for an unknown id."""
    # Cached per (id, as_of): the page and its JSON are read far more often than the data changes.
    return store.cached(("person_document", person_id, as_of),
                        lambda: _person_document(store, person_id, as_of), document=True)


def _person_document(store: AnalysisStore, person_id: str, as_of: dt.date) -> dict[str, Any]:
    detail = person_detail(store.graph, person_id=person_id, as_of=as_of)
    report = store.what_if(as_of, (person_id,))
    impact = None if report is None else {
        "links_broken": len(report["links_broken"]), "links_weakened": len(report["links_weakened"]),
        "orgs_isolated": len(report["orgs_isolated"]), "pairs_disconnected": report["pairs_disconnected"]}
    names = {o.id: o.name for o in store.organisations()}
    bus = store.bus_factors(as_of)
    carried = [{"a": k.a, "b": k.b, "a_name": names.get(k.a, k.a), "b_name": names.get(k.b, k.b),
                "bus_factor": bus.get((k.a, k.b))}
               for k in store.links(as_of) if any(person_id in carrier for carrier in k.carriers)]
    return {
        "as_of": as_of.isoformat(), "person": detail.person,
        "affiliations": [{**a, "current": is_current(a, as_of)} for a in detail.affiliations],
        "contacts": detail.contacts, "impact": impact, "links_carried": carried,
    }
