"""Areas: the area page, the area list and the choropleth map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import JSONResponse, Response

from graph.reference import CREDIT
from netwerkkaart.figures.choropleth import choropleth_svg
from web.auth.rules import VIEWER, require
from web.cached_json import cached_json
from web.deps import AsOfDep, LangDep, StoreDep
from web.documents.area import area_document
from web.documents.areamap import FIGURES, map_values
from web.i18n import format_number, text
from web.rendering import render

router = APIRouter(tags=["areas"], dependencies=[Depends(require(VIEWER))])

Layer = Annotated[str, Query(pattern="^(gebieden|wijken)$")]
Figure = Annotated[str, Query(pattern="^(" + "|".join(FIGURES) + ")$")]


@router.get("/api/areas")
def api_areas(store: StoreDep) -> dict[str, Any]:
    """Return every gebied and wijk with its parent gebied."""
    return {"areas": [{"code": a.code, "name": a.name, "level": a.level, "parent": a.parent}
                      for a in store.area_rows()]}


@router.get("/api/areas/{code}", response_class=JSONResponse)
def api_area(code: str, request: Request, store: StoreDep, as_of: AsOfDep) -> Response:
    """Return one area: organisations, demand against supply per need, links inside and across."""
    return cached_json(request, store, ("area", code, as_of), lambda: area_document(store, code, as_of))


@router.get("/api/map")
def api_map(store: StoreDep, as_of: AsOfDep, layer: Layer = "gebieden",
            figure: Figure = "organisations") -> dict[str, Any]:
    """Return one figure per gebied or wijk (what the choropleth colours), with the boundary credit."""
    return {**map_values(store, layer, figure, as_of), "credit": CREDIT}


def map_svg(store: Any, layer: str, figure: str, as_of: Any, lang: str) -> Any:
    """Return the choropleth SVG for one figure (shared by the map and area pages; drawn once each)."""
    def draw() -> Any:
        values = map_values(store, layer, figure, as_of)["values"]
        return choropleth_svg(layer, values, store.area_names(), label=text("figure_" + figure, lang),
                              fmt=lambda v: format_number(v, lang), credit=CREDIT)

    return store.cached(("map_svg", layer, figure, as_of, lang), draw, document=True)


@router.get("/map", include_in_schema=False)
def page_map(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep,
             layer: Layer = "gebieden", figure: Figure = "organisations") -> Response:
    """Return the map page: a choropleth of the chosen figure, and the same figures as a table."""
    return render(request, "map.html", lang, svg=map_svg(store, layer, figure, as_of, lang), as_of=as_of,
                  layer=layer, figure=figure, figures=FIGURES, rows=map_rows(store, layer, figure, as_of))


def map_rows(store: Any, layer: str, figure: str, as_of: Any) -> list[tuple[str, str, int]]:
    """Return (area code, area name, value) per area of the map, highest value first, then by name."""
    names = store.area_names()
    values = map_values(store, layer, figure, as_of)["values"]
    return sorted(((code, names.get(code, code), value) for code, value in values.items()),
                  key=lambda row: (-row[2], row[1]))


@router.get("/areas/{code}", include_in_schema=False)
def page_area(code: str, request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the area page."""
    doc = area_document(store, code, as_of)
    layer = "gebieden" if doc["area"]["level"] == "gebied" else "wijken"
    return render(request, "area.html", lang, doc=doc, as_of=as_of,
                  svg=map_svg(store, layer, "organisations", as_of, lang))
