"""Fragility and introductions: key people, bus-factor-1 links, curves, simulation, what-if."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from web.auth.rules import VIEWER, require
from web.deps import AsOfDep, LangDep, StoreDep
from web.documents.fragility import FragilityParams, fragility_page_document, introductions_document
from web.rendering import render

router = APIRouter(tags=["fragility"], dependencies=[Depends(require(VIEWER))])


def fragility_params(
    as_of: AsOfDep,
    runs: Annotated[int, Query(ge=1, le=1000, description="simulation runs")] = 50,
    years: Annotated[float, Query(gt=0, le=50, description="simulation horizon in years")] = 1.0,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 1,
    what_if: Annotated[list[str] | None, Query(max_length=50, description="person ids who leave")] = None,
) -> FragilityParams:
    """Return the validated fragility parameters; `what_if` values may also be comma-separated."""
    people = tuple(p.strip() for value in (what_if or []) for p in value.split(",") if p.strip())
    return FragilityParams(as_of=as_of, runs=runs, years=years, seed=seed, what_if=people)


ParamsDep = Annotated[FragilityParams, Depends(fragility_params)]


@router.get("/api/fragility")
def api_fragility(store: StoreDep, p: ParamsDep) -> dict[str, Any]:
    """Return links with bus factors, key people, curves, simulation, introductions and the what-if."""
    return fragility_page_document(store, p)


@router.get("/fragility", include_in_schema=False)
def page_fragility(request: Request, store: StoreDep, lang: LangDep, p: ParamsDep) -> Response:
    """Return the fragility page (the network part loads /api/network with the what-if)."""
    doc = fragility_page_document(store, p)
    api = "/api/network?" + urlencode([("as_of", p.as_of.isoformat())] + [("what_if", x) for x in p.what_if])
    return render(request, "fragility.html", lang, doc=doc, p=p, as_of=p.as_of, api_url=api)


@router.get("/api/introductions")
def api_introductions(store: StoreDep, as_of: AsOfDep) -> dict[str, Any]:
    """Return who should meet whom (introductions, second contacts) and links to build, with reasons."""
    return introductions_document(store, as_of)


@router.get("/introductions", include_in_schema=False)
def page_introductions(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the introductions page."""
    return render(request, "introductions.html", lang, doc=introductions_document(store, as_of), as_of=as_of)
