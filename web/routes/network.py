"""The network view: organisations (optionally people) as a vis-network graph, and its JSON."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import JSONResponse, Response

from graph.errors import InvalidInputError
from graph.model import ORGANISATION_KINDS, SUPPORT_TYPES
from web.auth.rules import VIEWER, require
from web.cached_json import cached_json
from web.deps import AsOfDep, LangDep, StoreDep
from web.i18n import text
from web.network import COLOURS, SIZES, NetworkQuery, network_document
from web.rendering import people_links, render
from web.store import AnalysisStore

router = APIRouter(tags=["network"], dependencies=[Depends(require(VIEWER))])


def _choice(values: Any) -> str:
    # Empty is allowed: the filter form sends "" for "all".
    return "^(" + "|".join(values) + ")?$"


def network_query(
    store: StoreDep, as_of: AsOfDep, lang: LangDep,
    area: Annotated[str | None, Query(max_length=20, description="gebied or wijk code")] = None,
    kind: Annotated[str | None, Query(pattern=_choice(ORGANISATION_KINDS))] = None,
    service: Annotated[str | None, Query(pattern=_choice(SUPPORT_TYPES))] = None,
    language: Annotated[str | None, Query(pattern="^([a-z]{2,3})?$", description="ISO 639-1 code")] = None,
    colour: Annotated[str, Query(pattern=_choice(COLOURS))] = "kind",
    size: Annotated[str, Query(pattern=_choice(SIZES))] = "degree",
    people: bool = False,
    what_if: Annotated[list[str] | None, Query(max_length=50, description="person ids who leave")] = None,
    gebied: Annotated[str | None, Query(max_length=20, description="gebied code: its organisations")] = None,
    focus: Annotated[str | None, Query(max_length=100, description="organisation id: it and its neighbours")
                     ] = None,
    steps: Annotated[int, Query(ge=1, le=2, description="focus view: neighbours within 1 or 2 links")] = 1,
) -> NetworkQuery:
    """Return the validated network query; an unknown area, gebied or focus organisation is a 400."""
    if area and area not in store.area_names():
        raise InvalidInputError.say("err_area_code_unknown", area=area)
    _check_view(store, lang, gebied, focus)
    return NetworkQuery(as_of=as_of, area=area or None, kind=kind or None, service=service or None,
                        language=language or None, colour=colour or "kind", size=size or "degree",
                        people=people, what_if=tuple(p for p in (what_if or []) if p),
                        gebied=gebied or None, focus=focus or None, steps=steps)


def _check_view(store: AnalysisStore, lang: str, gebied: str | None, focus: str | None) -> None:
    # The message does not repeat what was typed (an organisation id could be anything).
    if gebied and gebied not in {a.code for a in store.area_rows() if a.level == "gebied"}:
        raise InvalidInputError(text("network_gebied_unknown", lang))
    if focus and focus not in store.org_index():
        raise InvalidInputError(text("network_focus_unknown", lang))


QueryDep = Annotated[NetworkQuery, Depends(network_query)]


@router.get("/api/network", response_class=JSONResponse)
def api_network(request: Request, store: StoreDep, lang: LangDep, q: QueryDep) -> Response:
    """Return vis-network nodes (with positions) and edges for the filters, colour and size chosen."""
    # The city network is ~2 MB of JSON (~0.3 MB gzipped): encoded once per query, not once per request.
    urls = people_links(request)  # viewers' person nodes open nothing: person pages are not theirs
    return cached_json(request, store, ("network", q, lang, urls),
                       lambda: network_document(store, q, lang, person_urls=urls))


def form_options(store: AnalysisStore) -> dict[str, Any]:
    """Return the choices of the network filter form (areas, kinds, services, languages)."""
    languages = sorted({lang for o in store.organisations() for lang in o.languages})
    return {"areas": store.area_rows(), "kinds": ORGANISATION_KINDS, "services": SUPPORT_TYPES,
            "languages": languages, "colours": COLOURS, "sizes": SIZES}


@router.get("/network", include_in_schema=False)
def page_network(request: Request, store: StoreDep, lang: LangDep, q: QueryDep) -> Response:
    """Return the network page; its script loads /api/network with the same query."""
    api = "/api/network?" + str(request.query_params)
    focus = store.org_index()[q.focus].name if q.focus else None
    return render(request, "network.html", lang, q=q, api_url=api, options=form_options(store),
                  as_of=q.as_of, focus_name=focus, gebied_name=store.area_names().get(q.gebied or ""))
