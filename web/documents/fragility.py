"""The fragility and introductions pages' data: the analysis documents with names added for display."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from graph.people import people_names
from web.store import AnalysisStore

TOP = 50


@dataclass(frozen=True, slots=True)
class FragilityParams:
    """Simulation parameters chosen in the fragility form, and the what-if departures."""

    as_of: dt.date
    runs: int = 50
    years: float = 1.0
    seed: int = 1
    what_if: tuple[str, ...] = ()


def _org_names(store: AnalysisStore) -> dict[str, str]:
    return {o.id: o.name for o in store.organisations()}


def _person_ids(rows: list[dict[str, Any]], keys: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for row in rows:
        for key in keys:
            value = row.get(key)
            if isinstance(value, str):
                found.add(value)
            elif isinstance(value, list):
                found.update(v for v in value if isinstance(v, str))
    return found


def fragility_page_document(store: AnalysisStore, p: FragilityParams) -> dict[str, Any]:
    """Return the fragility JSON (the analysis document, plus what-if and display names)."""
    doc = dict(store.fragility(p.as_of, runs=p.runs, years=p.years, seed=p.seed))
    report = store.what_if(p.as_of, p.what_if)
    if report is not None:
        doc["what_if"] = report
    weak = [k for k in doc["links"] if k["bus_factor"] == 1]
    key_people = [r for r in doc["people"] if r["links_broken"] or r["pairs_disconnected"]][:TOP]
    ids = {r["id"] for r in key_people} | {p for k in weak[:TOP] for c in k["carriers"] for p in c}
    ids |= _person_ids(doc.get("alerts", [])[:TOP], ("people",)) | set(p.what_if)
    doc["names"] = {"organisations": _org_names(store),
                    "people": people_names(store.graph, ids=sorted(ids))}
    doc["parameters"] = {"as_of": p.as_of.isoformat(), "runs": p.runs, "years": p.years, "seed": p.seed,
                         "what_if": list(p.what_if)}
    return doc


def introductions_document(store: AnalysisStore, as_of: dt.date) -> dict[str, Any]:
    """Return introductions, second contacts and link suggestions with display names."""
    doc = store.fragility(as_of)
    parts = {key: doc.get(key, []) for key in ("introductions", "second_contacts", "link_suggestions")}
    ids = _person_ids([*parts["introductions"], *parts["second_contacts"]], ("person", "other_person"))
    names = {"organisations": _org_names(store), "people": people_names(store.graph, ids=sorted(ids))}
    return {"as_of": as_of.isoformat(), **parts, "names": names}
