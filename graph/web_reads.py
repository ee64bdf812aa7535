"""Reads the web app needs (organisation, person and area pages, the network's node list)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph.driver import Graph
from graph.errors import NotFoundError
from graph.queries import Query

_ORG = Query("web_organisation")
_ORG_PEOPLE = Query("web_organisation_people")
_ORG_REFERRALS = Query("web_organisation_referrals")
_ORGS = Query("web_organisations")
_PERSON = Query("web_person")
_PERSON_AFFS = Query("web_person_affiliations")
_PERSON_CONTACTS = Query("web_person_contacts")
_PEOPLE_NAMES = Query("web_people_names")
_PEOPLE_SEARCH = Query("web_people_search")
_AREAS = Query("area_rows")
_DEMAND = Query("web_demand_as_of")
_AFF_COUNT = Query("web_affiliation_count")
_REFERRAL_TOTALS = Query("web_referral_totals")
_LINKS = Query("org_links_as_of")
_CURRENT_AFFS = Query("web_current_affiliations")


def native(value: Any) -> Any:
    """Return `value` with Neo4j temporal types turned into Python ones (dates stay dates)."""
    return value.to_native() if hasattr(value, "to_native") else value


def _rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: native(v) for k, v in row.items()} for row in rows]


@dataclass(frozen=True, slots=True)
class OrgSummary:
    """An organisation as the network view and lists need it."""

    id: str
    name: str
    kind: str
    services: list[str]
    languages: list[str]
    area: str | None
    gebied: str | None
    capacity: int | None
    waitlist: int | None
    serves_areas: list[str]


@dataclass(frozen=True, slots=True)
class OrgLink:
    """Two linked organisations (a < b) and the carriers of the link on a date."""

    a: str
    b: str
    carriers: list[list[str]]


@dataclass(slots=True)
class OrganisationDetail:
    """One organisation: its properties, areas, affiliations and referral totals."""

    org: dict[str, Any]
    located: dict[str, Any] | None
    serves: list[dict[str, Any]]
    people: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class PersonDetail:
    """One person: properties, affiliations over time and current contacts."""

    person: dict[str, Any]
    affiliations: list[dict[str, Any]]
    contacts: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class AreaRow:
    """A gebied or wijk with its parent gebied code."""

    code: str
    name: str
    level: str
    parent: str | None = None


def organisation_detail(graph: Graph, *, org_id: str, as_of: dt.date) -> OrganisationDetail:
    """Return one organisation's page data; raise NotFoundError when the id is unknown."""
    rows = graph.read(_ORG, id=org_id)
    if not rows:
        raise NotFoundError(f"organisation {org_id!r} does not exist")
    row = rows[0]
    return OrganisationDetail(
        org=row["org"], located=row["located"], serves=sorted(row["serves"], key=lambda a: a["name"]),
        people=_rows(graph.read(_ORG_PEOPLE, id=org_id)),
        referrals=_rows(graph.read(_ORG_REFERRALS, id=org_id, as_of=as_of)),
    )


def person_detail(graph: Graph, *, person_id: str, as_of: dt.date) -> PersonDetail:
    """Return one person's page data; raise NotFoundError when the id is unknown."""
    rows = graph.read(_PERSON, id=person_id)
    if not rows:
        raise NotFoundError(f"person {person_id!r} does not exist")
    return PersonDetail(
        person=rows[0]["person"],
        affiliations=_rows(graph.read(_PERSON_AFFS, id=person_id)),
        contacts=_rows(graph.read(_PERSON_CONTACTS, id=person_id, as_of=as_of)),
    )


def organisations(graph: Graph) -> list[OrgSummary]:
    """Return every organisation with its filter fields, ordered by id."""
    return [OrgSummary(**row) for row in graph.read(_ORGS)]


def org_links(graph: Graph, *, as_of: dt.date) -> list[OrgLink]:
    """Return every carried organisation link on `as_of`, once per unordered pair (a < b)."""
    merged: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for row in graph.read(_LINKS, as_of=as_of, organisation_ids=None):
        a, b = row["a"], row["b"]
        key, flip = ((a, b), False) if a < b else ((b, a), True)
        bucket = merged.setdefault(key, set())
        for carrier in row["carriers"]:
            bucket.add(tuple(reversed(carrier)) if flip and len(carrier) == 2 else tuple(carrier))
    return [OrgLink(a=a, b=b, carriers=sorted(list(c) for c in carriers))
            for (a, b), carriers in sorted(merged.items())]


def people_names(graph: Graph, *, ids: list[str]) -> dict[str, str]:
    """Return {person id: name} for the ids that exist."""
    return {row["id"]: row["name"] for row in graph.read(_PEOPLE_NAMES, ids=ids)} if ids else {}


def search_people(graph: Graph, *, q: str, limit: int = 20) -> list[dict[str, str]]:
    """Return up to `limit` people whose name contains `q`, by name."""
    return graph.read(_PEOPLE_SEARCH, q=q, limit=limit)


def areas(graph: Graph) -> list[AreaRow]:
    """Return every gebied and wijk."""
    return [AreaRow(**row) for row in graph.read(_AREAS)]


def demand_as_of(graph: Graph, *, as_of: dt.date) -> list[dict[str, Any]]:
    """Return demand rows {area, need, period, count} for the period(s) containing `as_of`."""
    return graph.read(_DEMAND, as_of=as_of)


def activity(graph: Graph, *, as_of: dt.date) -> dict[str, int]:
    """Return current affiliations, active people and active organisations on `as_of`."""
    return graph.read(_AFF_COUNT, as_of=as_of)[0]


def referral_totals(graph: Graph, *, start: dt.date, end: dt.date) -> dict[str, int]:
    """Return {status: number of referrals} dated between start and end."""
    return {row["status"] or "onbekend": row["count"]
            for row in graph.read(_REFERRAL_TOTALS, start=start, end=end)}


def current_affiliations(graph: Graph, *, as_of: dt.date) -> list[dict[str, str]]:
    """Return current affiliations {person, name, organisation, role} on `as_of`."""
    return graph.read(_CURRENT_AFFS, as_of=as_of)
