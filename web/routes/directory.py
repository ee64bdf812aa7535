"""The organisation directory (`/organisations`, its JSON API and CSV) and the header search (`/search`).

Organisation contact details are public, so viewers see the directory as coordinators do; the header
search lists people only for coordinators and admins (viewers never get the `people` key).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from analysis.directory import UnknownValueError
from analysis.i18n import kind_name, language_name, need_name
from graph.model import ORGANISATION_KINDS, SUPPORT_TYPES
from graph.reference import CREDIT
from ingest.csv_out import download_text
from netwerkkaart.figures.choropleth import choropleth_svg
from netwerkkaart.figures.palette import SEQUENTIAL
from web.auth.rules import VIEWER, require
from web.deps import LangDep, StoreDep
from web.documents import directory
from web.i18n import column_headers, format_number, text
from web.rendering import people_links, render
from web.store import AnalysisStore

router = APIRouter(tags=["organisations"], dependencies=[Depends(require(VIEWER))])
Text = Annotated[str, Query(max_length=100)]
Page = Annotated[int, Query(ge=1, le=100_000)]


def _question(q: str, need: str, language: str, area: str, kind: str, room: bool) -> directory.Question:
    return directory.Question(q=q, need=need, language=language, area=area, kind=kind, room=room)


@router.get("/api/organisations")
def api_organisations(store: StoreDep, lang: LangDep, q: Annotated[str, Query(
        max_length=100, description="words in the name, services, languages or areas")] = "",
                      need: Text = "", language: Text = "", area: Text = "", kind: Text = "",
                      room: bool = False, page: Page = 1,
                      per_page: Annotated[int, Query(ge=1, le=5000)] = directory.PER_PAGE) -> dict[str, Any]:
    """Return the organisations matching the search and filters, one page: {"total", "items", …}.

    need, kind and language by code or (Dutch/English) name, area by gebied/wijk name or code;
    `room=true` keeps those with capacity and no waiting list. Unknown values answer 422.
    """
    wanted = directory.resolve(store, _question(q, need, language, area, kind, room), lang)
    return directory.document(store, wanted, page, per_page)


@router.get("/api/organisations.csv")
def api_organisations_csv(store: StoreDep, lang: LangDep, q: Text = "", need: Text = "", language: Text = "",
                          area: Text = "", kind: Text = "", room: bool = False) -> Response:
    """Return every organisation matching the search and filters as CSV for Dutch Excel (`;`, BOM)."""
    wanted = directory.resolve(store, _question(q, need, language, area, kind, room), lang)
    columns = directory.CSV_COLUMNS
    body = download_text(column_headers(columns, lang), columns, directory.csv_rows(store, wanted))
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="organisaties.csv"'})


@router.get("/organisations", include_in_schema=False)
def page_directory(request: Request, store: StoreDep, lang: LangDep, q: Text = "", need: Text = "",
                   language: Text = "", area: Text = "", kind: Text = "", room: bool = False,
                   page: Page = 1) -> Response:
    """Return the directory page (works without script: the form is a GET form)."""
    question = _question(q, need, language, area, kind, room)
    try:
        wanted = directory.resolve(store, question, lang)
        doc, error, status = directory.document(store, wanted, page), None, 200
        # The selects show the code a typed name (`?need=Maatje/mentor`) resolved to.
        question = _question(q, wanted.need or "", language, area, wanted.kind or "", room)
    except UnknownValueError as exc:
        doc, error, status = {"total": 0, "page": 1, "pages": 1, "items": [], "wijken": []}, str(exc), 422
    params = {k: v for k, v in (("q", q), ("need", need), ("language", language), ("area", area),
                                ("kind", kind), ("room", "true" if room else "")) if v}
    counts = {r["code"]: r["count"] for r in doc["wijken"] if r["code"]}
    return render(request, "directory.html", lang, status_code=status, question=question, doc=doc,
                  error=error, choices=_choices(store, lang), params=params,
                  query=urlencode(params), ramp=list(SEQUENTIAL),
                  map_svg=choropleth_svg("wijken", counts, store.area_names(),
                                         label=text("dir_map_label", lang),
                                         fmt=lambda v: format_number(v, lang), credit=CREDIT),
                  **_names(store, lang))


def _names(store: AnalysisStore, lang: str) -> dict[str, Any]:
    """Return the display names of kinds, needs and languages by code (for the template and the script)."""
    codes = {c for e in directory.all_entries(store) for c in e.languages}
    return {"kind_names": {k: kind_name(k, lang) for k in ORGANISATION_KINDS},
            "need_names": {n: need_name(n, lang) for n in SUPPORT_TYPES},
            "language_names": {c: language_name(c, lang) for c in sorted(codes)}}


def _choices(store: AnalysisStore, lang: str) -> dict[str, Any]:
    """Return the filters' options: needs and kinds (code, name) and the names the datalists offer."""
    languages = sorted({c for e in directory.all_entries(store) for c in e.languages},
                       key=lambda c: language_name(c, lang))
    areas = sorted(store.area_rows(), key=lambda a: (a.name, a.level))
    return {"needs": [(c, need_name(c, lang)) for c in SUPPORT_TYPES],
            "kinds": sorted(((k, kind_name(k, lang)) for k in ORGANISATION_KINDS), key=lambda p: p[1]),
            "languages": [language_name(c, lang) for c in languages],
            "areas": list(dict.fromkeys(a.name for a in areas))}


@router.get("/api/search")
def api_search(request: Request, store: StoreDep, q: Text = "") -> dict[str, Any]:
    """Return the header search's suggestions: organisations and areas whose name holds `q`, and
    (coordinators and admins only) people."""
    return directory.quick_search(store, q, people=people_links(request))


@router.get("/search", include_in_schema=False)
def page_search(request: Request, store: StoreDep, lang: LangDep, q: Text = "") -> Response:
    """Return the header search's results page, grouped: organisations, areas, people (coordinators)."""
    found = directory.quick_search(store, q, people=people_links(request), limit=50)
    return render(request, "search.html", lang, found=found, q=q,
                  more_url="/organisations?" + urlencode({"q": q}))
