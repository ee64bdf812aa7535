"""The overview dashboard: counts, headline resilience figures, change since last month."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.responses import JSONResponse, Response

from netwerkkaart.documents.freshness import share_sentence
from web.auth.rules import VIEWER, require
from web.cached_json import cached_json
from web.deps import AsOfDep, LangDep, StoreDep
from web.documents.overview import overview_document
from web.rendering import render

router = APIRouter(tags=["overview"], dependencies=[Depends(require(VIEWER))])


@router.get("/api/overview", response_class=JSONResponse)
def api_overview(request: Request, store: StoreDep, as_of: AsOfDep) -> Response:
    """Return totals, figures now and a month earlier, and headline resilience figures."""
    return cached_json(request, store, ("overview", as_of), lambda: overview_document(store, as_of))


@router.get("/", include_in_schema=False)
def page_overview(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the overview dashboard page."""
    doc = overview_document(store, as_of)
    return render(request, "overview.html", lang, doc=doc, as_of=as_of,
                  freshness=share_sentence(doc["freshness"], lang))
