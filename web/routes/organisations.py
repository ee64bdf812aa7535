"""Organisations: the organisation page (the directory and its search are in directory.py)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import JSONResponse, Response

from netwerkkaart.documents import freshness
from web.auth.rules import VIEWER, require
from web.cached_json import cached_json
from web.deps import AsOfDep, LangDep, StoreDep
from web.documents.freshness import confirmations
from web.documents.organisation import organisation_document
from web.rendering import people_links, render, render_fragment

router = APIRouter(tags=["organisations"], dependencies=[Depends(require(VIEWER))])


@router.get("/api/organisations/{org_id}", response_class=JSONResponse)
def api_organisation(org_id: str, request: Request, store: StoreDep, as_of: AsOfDep) -> Response:
    """Return one organisation: services, areas, people, links with carriers, referrals, centrality."""
    return cached_json(request, store, ("organisation", org_id, as_of),
                       lambda: organisation_document(store, org_id, as_of))


@router.get("/organisations/{org_id}", include_in_schema=False)
def page_organisation(org_id: str, request: Request, store: StoreDep, lang: LangDep,
                      as_of: AsOfDep) -> Response:
    """Return the organisation page (its body rendered once per organisation, date and language)."""
    doc = organisation_document(store, org_id, as_of)
    links = people_links(request)  # viewers get names without links to person pages they cannot open
    # Task `freshness`: when its details were last confirmed (the button is for coordinators and admins).
    fresh = freshness.organisation_freshness(confirmations(store)[0], org_id, lang=lang)
    body = store.cached(("organisation_body", org_id, as_of, lang, links), lambda: render_fragment(
        "_organisation_body.html", lang, doc=doc, as_of=as_of, people_links=links, fresh=fresh),
        document=True)
    return render(request, "organisation.html", lang, title=doc["organisation"]["name"], body=body,
                  as_of=as_of, fresh_org_id=org_id if fresh else "")
