"""The fragility and introductions pages' data: the analysis documents with names added for display."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from analysis.plain_reasons import (
    introduction_reason,
    second_contact_reason,
    suggestion_reason,
    unique_second_contacts,
)
from analysis.pseudonyms import pseudonym
from graph.errors import InvalidInputError
from graph.people import people_names, search_people
from web.documents.fragile_list import FragileFilter, fragile_page, selected_organisations, touches
from web.documents.fragile_list import find_organisations as _find_organisations
from web.i18n import text
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


class WhatIfError(InvalidInputError):
    """A what-if name matches nobody, or a viewer asked by name (HTTP 400)."""


def from_pseudonyms(values: tuple[str, ...], person_ids: Iterable[str], secret: bytes) -> tuple[str, ...]:
    """Return `values` with each pseudonym ("persoon 3fa2c1") replaced by the id of the one current
    person it stands for; other values, and a pseudonym two people share, stay as they are."""
    wanted = set(values)
    found: dict[str, list[str]] = {}
    for person in person_ids:
        name = pseudonym(person, secret)
        if name in wanted:
            found.setdefault(name, []).append(person)
    return tuple(found[v][0] if len(found.get(v, ())) == 1 else v for v in values)


def resolve_people(store: AnalysisStore, values: tuple[str, ...], by_name: bool,
                   lang: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """Return the person ids meant by ids or names (case-insensitive), and a choice list per ambiguous name.

    A value that is a person's id is taken as it is; otherwise, when `by_name` (coordinators), one exact
    name, or else one name containing it, is taken; several become a choice. Nobody is a WhatIfError.
    """
    known = people_names(store.graph, ids=sorted(set(values)))
    ids: list[str] = []
    choices: list[dict[str, Any]] = []
    for value in values:
        if value in known:
            ids.append(value)
            continue
        if not by_name:
            raise WhatIfError(text("what_if_no_names", lang))
        found = search_people(store.graph, q=value, limit=50)
        exact = [r for r in found if r["name"].casefold() == value.casefold()]
        matches = exact or found
        if not matches:
            raise WhatIfError(text("what_if_nobody", lang))
        if len(matches) == 1:
            ids.append(matches[0]["id"])
        else:
            choices.append({"typed": value, "people": [{"id": r["id"], "name": r["name"]} for r in matches]})
    return tuple(dict.fromkeys(ids)), choices


def _scoped(doc: dict[str, Any], keep: set[str] | None, chosen: set[str] | None) -> dict[str, Any]:
    """Return the document narrowed to what touches the filtered organisations (every link-based list)."""
    out = dict(doc)
    for key in ("links", "uncarried_links", "alerts", "fragile_links", "introductions", "second_contacts",
                "link_suggestions"):
        out[key] = [r for r in doc.get(key, []) if touches(r, keep, chosen)]
    carriers = {p for k in out["links"] for c in k["carriers"] for p in c}
    out["people"] = [r for r in doc.get("people", []) if r["id"] in carriers]
    out["orgs_at_risk"] = [r for r in doc.get("orgs_at_risk", [])
                           if touches({"a": r["id"], "b": r["id"]}, keep, chosen)]
    return out


def fragility_page_document(store: AnalysisStore, p: FragilityParams, f: FragileFilter | None = None,
                            lang: str = "nl") -> dict[str, Any]:
    """Return the fragility JSON: the analysis document narrowed by `f` (area, organisation, kind), one
    page of its fragile links (`fragile`), the what-if and display names."""
    doc = dict(store.fragility(p.as_of, runs=p.runs, years=p.years, seed=p.seed))
    f = f or FragileFilter()
    doc["fragile"] = fragile_page(store, doc, f, lang)
    keep = selected_organisations(store, f, lang)
    chosen = _find_organisations(store.organisations(), f.organisation, lang) if f.organisation else None
    if keep is not None or chosen is not None:
        doc = _scoped(doc, keep, chosen)
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
                         "what_if": list(p.what_if), "filters": dict(f.query())}
    return doc


def introductions_document(store: AnalysisStore, as_of: dt.date, lang: str = "nl") -> dict[str, Any]:
    """Return introductions, second contacts (no reversed duplicates) and link suggestions, each with a
    one-line `plain` reason naming organisations and people, grouped per gebied (`gebieden`)."""
    doc = store.fragility(as_of)
    parts = {key: [dict(r) for r in doc.get(key, [])] for key in ("introductions", "link_suggestions")}
    parts["second_contacts"] = [dict(r) for r in unique_second_contacts(doc.get("second_contacts", []))]
    ids = _person_ids([*parts["introductions"], *parts["second_contacts"]],
                      ("person", "other_person", "depends_on"))
    orgs, people = _org_names(store), people_names(store.graph, ids=sorted(ids))
    org, person = (lambda o: orgs.get(o, o)), (lambda p: people.get(p, p))
    index, areas = store.org_index(), store.area_names()

    def gebied(o: str) -> str | None:
        code = index[o].gebied if o in index else None
        return areas.get(code, code) if code else None

    for r in parts["introductions"]:
        r["plain"] = introduction_reason(r, org, person, lang)
    for r in parts["second_contacts"]:
        r["plain"] = second_contact_reason(r, org, person, lang)
    for r in parts["link_suggestions"]:
        r["plain"] = suggestion_reason(r, org, gebied, lang)
    names = {"organisations": orgs, "people": people}
    return {"as_of": as_of.isoformat(), **parts, "names": names, "gebieden": _per_gebied(parts, gebied)}


def _per_gebied(parts: dict[str, list[dict[str, Any]]], gebied: Any) -> list[dict[str, Any]]:
    """Return [{name, introductions, second_contacts, link_suggestions}] by gebied name (unknown last)."""
    groups: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kind, rows in parts.items():
        for r in rows:
            a, b = (r["organisation"], r["partner"]) if kind == "second_contacts" else (r["a"], r["b"])
            for name in dict.fromkeys((gebied(a) or "", gebied(b) or "")):
                groups.setdefault(name, {k: [] for k in parts})[kind].append(r)
    return [{"name": name, **groups[name]} for name in sorted(groups, key=lambda n: (n == "", n))]
