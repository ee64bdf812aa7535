"""Reads of organisations: their pages, the list the network view filters, and the links between them."""

from __future__ import annotations

import datetime as dt

from graph.driver import Graph
from graph.errors import NotFoundError
from graph.queries import Query
from graph.rows import DirectoryEntry, OrganisationDetail, OrgLink, OrgSummary
from graph.values import native_rows

_DETAIL = Query("organisation_detail")
_PEOPLE = Query("organisation_people")
_REFERRALS = Query("organisation_referrals")
_SUMMARIES = Query("organisation_summaries")
_LINKS = Query("organisation_links_as_of")
_EXISTS = Query("organisation_exists")
_DIRECTORY = Query("organisation_directory")


def organisation_detail(graph: Graph, *, org_id: str, as_of: dt.date) -> OrganisationDetail:
    """Return one organisation's page data; raise NotFoundError when the id is unknown."""
    rows = graph.read(_DETAIL, id=org_id)
    if not rows:
        raise NotFoundError(f"organisation {org_id!r} does not exist")
    row = rows[0]
    return OrganisationDetail(
        org=row["org"], located=row["located"], serves=sorted(row["serves"], key=lambda a: a["name"]),
        people=native_rows(graph.read(_PEOPLE, id=org_id)),
        referrals=native_rows(graph.read(_REFERRALS, id=org_id, as_of=as_of)),
    )


def organisations(graph: Graph) -> list[OrgSummary]:
    """Return every organisation with its filter fields, ordered by id."""
    return [OrgSummary(**row) for row in graph.read(_SUMMARIES)]


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


def existing_organisation_ids(graph: Graph, ids: list[str]) -> set[str]:
    """Return the ids among `ids` that are organisations."""
    return {r["id"] for r in graph.read(_EXISTS, ids=ids)}


def directory_entries(graph: Graph) -> list[DirectoryEntry]:
    """Return every organisation with its contact details and areas, ordered by name."""
    return [DirectoryEntry(**{**row, "services": tuple(row["services"]), "languages": tuple(row["languages"]),
                              "serves_areas": tuple(sorted(row["serves_areas"]))})
            for row in graph.read(_DIRECTORY)]
