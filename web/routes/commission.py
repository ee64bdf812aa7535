"""The commission's questions in the web app: supply/demand, inventories, connecting, report (the finder:
web/routes/refer.py)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Mapping, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.responses import Response

from analysis.inventories import BUDDY_COLUMNS, NONDUTCH_COLUMNS
from analysis.supply_demand import CSV_COLUMNS
from analysis.supply_trends import area_ratios
from graph.errors import InvalidInputError
from graph.model import SUPPORT_TYPES
from graph.people import people_names
from graph.reference import CREDIT
from ingest.csv_out import download_text, download_xlsx
from netwerkkaart.documents import commission
from netwerkkaart.documents.matching_failures import language_name
from netwerkkaart.figures.charts import COLOURS, Series, line_chart
from netwerkkaart.figures.choropleth import choropleth_svg
from netwerkkaart.report.build import build_report
from web.auth.guard import Identity
from web.auth.rules import VIEWER, require
from web.cached_json import cached_json
from web.deps import AsOfDep, IdentityDep, LangDep, StoreDep
from web.documents.supply import map_scale, supply_document
from web.i18n import column_headers, format_number, known, text
from web.rendering import render
from web.store import AnalysisStore

router = APIRouter(tags=["commission"], dependencies=[Depends(require(VIEWER))])
Level = Annotated[str, Query(pattern="^(gebied|wijk)$")]
Periods = Annotated[int, Query(ge=1, le=60)]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Which = Annotated[str, Query(pattern="^(nondutch|buddies)$")]


def _ct(lang: str) -> Any:
    """Return the templates' `ct`: a commission text by key (anything else shown as it is)."""
    return lambda key: text(f"commission_{key}", lang) if known(f"commission_{key}") else key


def _csv(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], name: str, lang: str) -> Response:
    """Return a CSV download for Dutch Excel (`;`, decimal comma, BOM); headers in `lang`."""
    return Response(download_text(column_headers(columns, lang), columns, rows),
                    media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def _xlsx(columns: Sequence[str], rows: Iterable[Mapping[str, Any]], name: str, lang: str,
          request: Request, caller: Identity) -> Response:
    """Return the same table as an xlsx download; headers in `lang`, viewers' cells redacted."""
    # The viewer redaction middleware cannot read inside the zipped workbook: redact the cells here.
    redact = request.app.state.privacy.redactor().redact if caller.role == VIEWER else None
    body = download_xlsx(column_headers(columns, lang), columns, rows, sheet=name.split("-")[0],
                         redact=redact)
    return Response(body, media_type=XLSX_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'})


def _supply(store: AnalysisStore, as_of: dt.date, periods: int = 8, level: str = "gebied") -> dict[str, Any]:
    return supply_document(store, as_of, periods, level)


@router.get("/api/supply-demand")
def api_supply_demand(store: StoreDep, as_of: AsOfDep, periods: Periods = 8,
                      level: Level = "gebied") -> dict[str, Any]:
    """Return demand, supply, ratio, shortfall, pressure per period/area/need, and where matching fails."""
    return _supply(store, as_of, periods, level)


@router.get("/api/supply-demand.csv")
def api_supply_demand_csv(store: StoreDep, as_of: AsOfDep, lang: LangDep, periods: Periods = 8) -> Response:
    """Return the supply/demand rows as CSV for Dutch Excel (headers in the interface language)."""
    return _csv(CSV_COLUMNS, _supply(store, as_of, periods)["rows"], f"vraag-aanbod-{as_of}", lang)


@router.get("/api/supply-demand.xlsx")
def api_supply_demand_xlsx(request: Request, store: StoreDep, caller: IdentityDep, as_of: AsOfDep,
                           lang: LangDep, periods: Periods = 8) -> Response:
    """Return the supply/demand rows as an xlsx workbook (headers in the interface language)."""
    rows = _supply(store, as_of, periods)["rows"]
    return _xlsx(CSV_COLUMNS, rows, f"vraag-aanbod-{as_of}", lang, request, caller)


def _map_values(doc: dict[str, Any], layer: str, need: str | None) -> dict[str, float]:
    """Return supply / demand per area of the layer in the document's current period."""
    level = "gebied" if layer == "gebieden" else "wijk"
    return area_ratios(doc["rows"], level, need).get(doc["current_period"], {})


def _map_and_trend(store: AnalysisStore, doc: dict[str, Any], layer: str, need: str | None, lang: str
                   ) -> tuple[Any, Any, float]:
    values = _map_values(doc, layer, need)
    # One colour scale for every date, and dark where supply per demand is low: darker = more shortage.
    top = map_scale(store, "gebied" if layer == "gebieden" else "wijk", need)
    svg = choropleth_svg(layer, values, store.area_names(), label=_ct(lang)("ratio"),
                         fmt=lambda v: format_number(v, lang, 2), credit=CREDIT, top=top, reverse=True,
                         note=text("map_dark_is_shortage", lang))
    trend = doc["trend"]
    chart = line_chart(list(range(len(trend))), [
        Series(text("commission_series_demand", lang), [t["demand"] for t in trend], COLOURS[1]),
        Series(text("commission_series_supply", lang), [t["supply"] for t in trend]),
        Series(text("commission_series_shortfall", lang), [t["shortfall"] for t in trend], COLOURS[2])],
        x_labels=[t["period"] for t in trend], title=_ct(lang)("supply_demand"),
        fmt=lambda v: format_number(v, lang))
    return svg, chart, top


@router.get("/supply-demand", include_in_schema=False)
def page_supply_demand(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep,
                       layer: Annotated[str, Query(pattern="^(gebieden|wijken)$")] = "gebieden",
                       need: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    """Return the supply/demand page: choropleth of the ratio, city trend, where matching fails."""
    need = need if need in SUPPORT_TYPES else None
    doc = _supply(store, as_of)
    svg, chart, top = _map_and_trend(store, doc, layer, need, lang)
    names = store.area_names()
    values = _map_values(doc, layer, need)
    # The map as a table (lowest supply per demand first), for readers who cannot use the colours.
    table = sorted(((names.get(code, code), code, v) for code, v in values.items()), key=lambda r: r[2])
    languages = [{**r, "language_name": language_name(r["language"], lang)}
                 for r in doc["matching"]["languages"]]
    return render(request, "commission_supply.html", lang, doc=doc, svg=svg, chart=chart, as_of=as_of,
                  layer=layer, need=need, needs=SUPPORT_TYPES, ct=_ct(lang), map_table=table, map_top=top,
                  languages=languages)


def _inventory(store: AnalysisStore, which: str, as_of: dt.date
               ) -> tuple[list[dict[str, Any]], Sequence[str]]:
    if which == "nondutch":
        doc = store.cached(("commission_nondutch",), lambda: commission.nondutch(store.graph))
        return doc["rows"], NONDUTCH_COLUMNS
    links = _link_counts(store, as_of)
    doc = store.cached(("commission_buddies", as_of), lambda: commission.buddies(store.graph, as_of, links))
    return doc["initiatives"], BUDDY_COLUMNS


def _link_counts(store: AnalysisStore, as_of: dt.date) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {}
    for (a, b), factor in store.bus_factors(as_of).items():
        for org in (a, b):
            c = counts.setdefault(org, [0, 0])
            c[0], c[1] = c[0] + 1, c[1] + (factor == 1)
    return {org: (c[0], c[1]) for org, c in counts.items()}


@router.get("/api/inventory/{which}.csv")
def api_inventory_csv(which: str, store: StoreDep, as_of: AsOfDep, lang: LangDep) -> Response:
    """Return an inventory as CSV for Dutch Excel (headers in the interface language)."""
    if which not in ("nondutch", "buddies"):
        raise InvalidInputError.say("err_inventory_unknown", value=which)
    rows, columns = _inventory(store, which, as_of)
    return _csv(columns, rows, f"{which}-{as_of}", lang)


@router.get("/api/inventory/{which}.xlsx")
def api_inventory_xlsx(which: str, request: Request, store: StoreDep, caller: IdentityDep, as_of: AsOfDep,
                       lang: LangDep) -> Response:
    """Return an inventory as an xlsx workbook (headers in the interface language)."""
    if which not in ("nondutch", "buddies"):
        raise InvalidInputError.say("err_inventory_unknown", value=which)
    rows, columns = _inventory(store, which, as_of)
    return _xlsx(columns, rows, f"{which}-{as_of}", lang, request, caller)


@router.get("/api/inventory/{which}")
def api_inventory(which: str, store: StoreDep, as_of: AsOfDep) -> dict[str, Any]:
    """Return an inventory: `nondutch` (roles for non-Dutch speakers per gebied and need) or `buddies`."""
    if which not in ("nondutch", "buddies"):
        raise InvalidInputError.say("err_inventory_unknown", value=which)
    rows, _ = _inventory(store, which, as_of)
    return {"as_of": as_of.isoformat(), "inventory": which, "rows": rows}


@router.get("/inventory/{which}", include_in_schema=False)
def page_inventory(which: str, request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return an inventory page with its CSV download."""
    if which not in ("nondutch", "buddies"):
        raise InvalidInputError.say("err_inventory_unknown", value=which)
    rows, _ = _inventory(store, which, as_of)
    return render(request, "commission_inventory.html", lang, rows=rows, which=which, as_of=as_of,
                  ct=_ct(lang))


def _connecting(store: AnalysisStore, as_of: dt.date, lang: str = "nl") -> list[dict[str, Any]]:
    return store.cached(("connecting", as_of, lang), lambda: _connecting_groups(store, as_of, lang),
                        document=True)


def _connecting_groups(store: AnalysisStore, as_of: dt.date, lang: str) -> list[dict[str, Any]]:
    frag = store.fragility(as_of)
    ids = sorted({r[k] for key in ("introductions", "second_contacts") for r in frag.get(key, [])
                  for k in ("person", "other_person")} |
                 {p for r in frag.get("second_contacts", []) for p in r.get("depends_on", [])})
    names = people_names(store.graph, ids=ids)
    return commission.connecting(store.graph, frag, lambda p: names.get(p, p), lang)


@router.get("/api/connecting", response_class=JSONResponse)
def api_connecting(request: Request, store: StoreDep, as_of: AsOfDep) -> Response:
    """Return introductions, second contacts and link suggestions grouped per gebied (names: coordinators)."""
    return cached_json(request, store, ("connecting", as_of), lambda: {
        "as_of": as_of.isoformat(), "gebieden": _connecting(store, as_of)})


@router.get("/connecting", include_in_schema=False)
def page_connecting(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the printable connecting list per gebied."""
    return render(request, "commission_connecting.html", lang, groups=_connecting(store, as_of, lang),
                  as_of=as_of, ct=_ct(lang))


@router.get("/report.html", include_in_schema=False)
def download_report(store: StoreDep, as_of: AsOfDep, caller: IdentityDep, lang: LangDep,
                    internal: Annotated[bool, Query()] = False) -> Response:
    """Return the council report as a download; `internal=1` (coordinators) adds people as pseudonyms.

    Built once per data stamp, peildatum and day (the report shows the day it was made), then cached.
    """
    if internal and caller.role == VIEWER:
        raise HTTPException(status_code=403, detail=text("report_internal_forbidden", lang))
    html = store.cached(("report", as_of, internal, dt.date.today()), lambda: build_report(
        store.graph, as_of, secret=secrets.token_bytes(32), internal=internal))
    name = f"veerkracht-{as_of}{'-intern' if internal else ''}.html"
    return HTMLResponse(html, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/commission", include_in_schema=False)
def page_commission(request: Request, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the overview of the commission's questions and where each is answered."""
    return render(request, "commission_index.html", lang, as_of=as_of, ct=_ct(lang))
