"""Reads of people and their affiliations: pages, names, search, activity and existence checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from graph.driver import Graph
from graph.errors import InvalidInputError, NotFoundError
from graph.queries import Query
from graph.rows import PersonDetail
from graph.values import native_rows

_DETAIL = Query("person_detail")
_AFFILIATIONS = Query("person_affiliations")
_CONTACTS = Query("person_contacts")
_NAMES = Query("person_names")
_SEARCH = Query("person_search")
_EXISTS = Query("person_exists")
_AFFILIATION_COUNTS = Query("affiliation_counts")
_CURRENT_AFFILIATIONS = Query("affiliation_current")


def person_detail(graph: Graph, *, person_id: str, as_of: dt.date) -> PersonDetail:
    """Return one person's page data; raise NotFoundError when the id is unknown."""
    rows = graph.read(_DETAIL, id=person_id)
    if not rows:
        raise NotFoundError(f"person {person_id!r} does not exist")
    return PersonDetail(
        person=rows[0]["person"],
        affiliations=native_rows(graph.read(_AFFILIATIONS, id=person_id)),
        contacts=native_rows(graph.read(_CONTACTS, id=person_id, as_of=as_of)),
    )


def people_names(graph: Graph, *, ids: list[str]) -> dict[str, str]:
    """Return {person id: name} for the ids that exist."""
    return {row["id"]: row["name"] for row in graph.read(_NAMES, ids=ids)} if ids else {}


def search_people(graph: Graph, *, q: str, limit: int = 20) -> list[dict[str, str]]:
    """Return up to `limit` people whose name contains `q`, by name."""
    return graph.read(_SEARCH, q=q, limit=limit)


def check_people_exist(graph: Graph, ids: Iterable[str]) -> None:
    """Return nothing; raise InvalidInputError naming every id that is not a Person."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    found = {r["id"] for r in graph.read(_EXISTS, ids=wanted)}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise InvalidInputError.say("err_people_unknown", ids=", ".join(missing))


def activity(graph: Graph, *, as_of: dt.date) -> dict[str, int]:
    """Return current affiliations, active people and active organisations on `as_of`."""
    return graph.read(_AFFILIATION_COUNTS, as_of=as_of)[0]


def current_affiliations(graph: Graph, *, as_of: dt.date) -> list[dict[str, str]]:
    """Return current affiliations {person, name, organisation, role} on `as_of`."""
    return graph.read(_CURRENT_AFFILIATIONS, as_of=as_of)
