"""People: the person page and search."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import JSONResponse, Response

from graph.people import search_people
from web.auth.rules import COORDINATOR, require
from web.cached_json import cached_json
from web.deps import AsOfDep, LangDep, StoreDep
from web.documents.person import person_document
from web.rendering import render

router = APIRouter(tags=["people"], dependencies=[Depends(require(COORDINATOR))])


@router.get("/api/people")
def api_people(store: StoreDep,
               q: Annotated[str, Query(min_length=1, max_length=100, description="part of the name")],
               limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict[str, Any]:
    """Return people whose name contains `q` (case-insensitive)."""
    return {"people": search_people(store.graph, q=q, limit=limit)}


@router.get("/api/people/{person_id}", response_class=JSONResponse)
def api_person(person_id: str, request: Request, store: StoreDep, as_of: AsOfDep) -> Response:
    """Return one person: affiliations over time, contacts, links they carry, impact if they leave."""
    return cached_json(request, store, ("person", person_id, as_of),
                       lambda: person_document(store, person_id, as_of))


@router.get("/people/{person_id}", include_in_schema=False)
def page_person(person_id: str, request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the person page."""
    return render(request, "person.html", lang, doc=person_document(store, person_id, as_of), as_of=as_of)
