"""Fragility and introductions: key people, bus-factor-1 links, curves, simulation, what-if."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from ingest.csv_out import download_text, download_xlsx
from web.auth.guard import Identity
from web.auth.rules import VIEWER, require
from web.deps import AsOfDep, IdentityDep, LangDep, StoreDep
from web.documents.fragile_list import COLUMNS, FragileFilter, download_records
from web.documents.fragility import (
    FragilityParams,
    WhatIfError,
    fragility_page_document,
    from_pseudonyms,
    introductions_document,
    resolve_people,
)
from web.i18n import column_headers, text
from web.rendering import render
from web.store import AnalysisStore

router = APIRouter(tags=["fragility"], dependencies=[Depends(require(VIEWER))])
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Name = Annotated[str | None, Query(max_length=200)]


def fragility_params(
    as_of: AsOfDep,
    runs: Annotated[int, Query(ge=1, le=1000, description="simulation runs")] = 50,
    years: Annotated[float, Query(gt=0, le=50, description="simulation horizon in years")] = 1.0,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 1,
    what_if: Annotated[list[str] | None, Query(max_length=50, description="people who leave: ids, or "
                                                                          "names (coordinators)")] = None,
) -> FragilityParams:
    """Return the validated fragility parameters; `what_if` values may also be comma-separated."""
    people = tuple(p.strip() for value in (what_if or []) for p in value.split(",") if p.strip())
    return FragilityParams(as_of=as_of, runs=runs, years=years, seed=seed, what_if=people)


def fragile_filter(
    area: Annotated[Name, Query(description="gebied or wijk: name or CBS code")] = None,
    gebied: Annotated[Name, Query(description="gebied: name or CBS code")] = None,
    wijk: Annotated[Name, Query(description="wijk: name or CBS code")] = None,
    organisation: Annotated[Name, Query(description="organisation: name or id")] = None,
    kind: Annotated[Name, Query(description="kind of organisation: code or name")] = None,
    sort: Annotated[str, Query(pattern="^(risk|name)$")] = "risk",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> FragileFilter:
    """Return the fragile-links filter (empty values mean no filter)."""
    def clean(value: str | None) -> str | None:
        return value.strip() or None if value else None

    return FragileFilter(area=clean(area), gebied=clean(gebied), wijk=clean(wijk),
                         organisation=clean(organisation), kind=clean(kind), sort=sort, page=page)


ParamsDep = Annotated[FragilityParams, Depends(fragility_params)]
FilterDep = Annotated[FragileFilter, Depends(fragile_filter)]


class AmbiguousNameError(WhatIfError):
    """A what-if name fits several people (HTTP 422; the page shows a choice list instead)."""

    http_status = 422


def _resolved(request: Request, store: AnalysisStore, p: FragilityParams, caller: Identity,
              lang: str) -> tuple[FragilityParams, list[dict[str, Any]]]:
    values = p.what_if
    if caller.role == VIEWER and values:
        # A viewer's links name people by pseudonym (the redaction rewrote the ids in them).
        people = store.snapshot(p.as_of).person_names
        values = from_pseudonyms(values, people, request.app.state.privacy.secret)
    ids, choices = resolve_people(store, values, caller.role != VIEWER, lang)
    return dataclasses.replace(p, what_if=ids), choices


@router.get("/api/fragility")
def api_fragility(request: Request, store: StoreDep, p: ParamsDep, f: FilterDep, caller: IdentityDep,
                  lang: LangDep) -> dict[str, Any]:
    """Return links with bus factors, key people, curves, simulation, introductions and the what-if;
    with `area`, `gebied`, `wijk`, `organisation` or `kind` only what touches those organisations, and
    `fragile`: one page of the fragile links in the chosen order."""
    p, choices = _resolved(request, store, p, caller, lang)
    if choices:
        listed = "; ".join(f"{c['name']} ({c['id']})" for choice in choices for c in choice["people"])
        raise AmbiguousNameError(f"{text('what_if_choose', lang)} {listed}")
    return fragility_page_document(store, p, f, lang)


@router.get("/fragility", include_in_schema=False)
def page_fragility(request: Request, store: StoreDep, lang: LangDep, p: ParamsDep, f: FilterDep,
                   caller: IdentityDep) -> Response:
    """Return the fragility page (the network part loads /api/network with the what-if)."""
    p, choices = _resolved(request, store, p, caller, lang)
    _add_where(store, p, choices)
    doc = fragility_page_document(store, p, f, lang)
    api = "/api/network?" + urlencode([("as_of", p.as_of.isoformat())] + [("what_if", x) for x in p.what_if])
    base = [("as_of", p.as_of.isoformat())] + ([("years", str(p.years))] if p.years != 1.0 else [])
    return render(request, "fragility.html", lang, doc=doc, p=p, f=f, as_of=p.as_of, api_url=api,
                  choices=choices, query=urlencode(base + f.query()), base_query=urlencode(base),
                  people_by_name=caller.role != VIEWER, **_choices(store, lang))


def _choices(store: AnalysisStore, lang: str) -> dict[str, Any]:
    """Return what the filter form offers by name: gebieden, wijken, kinds and organisations."""
    rows, orgs = store.area_rows(), store.organisations()
    kinds = sorted({(o.kind, text(f"kind_{o.kind}", lang)) for o in orgs}, key=lambda k: k[1])
    return {"gebieden": sorted(a.name for a in rows if a.level == "gebied"),
            "wijken": sorted(a.name for a in rows if a.level == "wijk"),
            "kinds": kinds, "organisation_names": sorted({o.name for o in orgs})}


def _add_where(store: AnalysisStore, p: FragilityParams, choices: list[dict[str, Any]]) -> None:
    """Add to each person in a choice list the organisations they are at (people may share a name)."""
    if not choices:
        return
    orgs = {o.id: o.name for o in store.organisations()}
    at: dict[str, set[str]] = {}
    for row in store.affiliations(p.as_of):
        at.setdefault(row["person"], set()).add(orgs.get(row["organisation"], row["organisation"]))
    for choice in choices:
        for person in choice["people"]:
            person["where"] = sorted(at.get(person["id"], set()))


def _download_name(p: FragilityParams) -> str:
    return f"kwetsbare-verbindingen-{p.as_of.isoformat()}"


@router.get("/api/fragility.csv")
def api_fragility_csv(store: StoreDep, p: ParamsDep, f: FilterDep, lang: LangDep) -> Response:
    """Return the filtered fragile links as CSV for Dutch Excel (`;`, decimal comma, BOM)."""
    doc = store.fragility(p.as_of, runs=p.runs, years=p.years, seed=p.seed)
    body = download_text(column_headers(COLUMNS, lang), COLUMNS, download_records(store, doc, f, lang))
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{_download_name(p)}.csv"'})


@router.get("/api/fragility.xlsx")
def api_fragility_xlsx(request: Request, store: StoreDep, p: ParamsDep, f: FilterDep, lang: LangDep,
                       caller: IdentityDep) -> Response:
    """Return the filtered fragile links as an xlsx workbook (risk as a number)."""
    doc = store.fragility(p.as_of, runs=p.runs, years=p.years, seed=p.seed)
    # The viewer redaction middleware cannot read inside the zipped workbook: redact the cells here.
    redact = request.app.state.privacy.redactor().redact if caller.role == VIEWER else None
    body = download_xlsx(column_headers(COLUMNS, lang), COLUMNS, download_records(store, doc, f, lang),
                         sheet="kwetsbaar", redact=redact)
    return Response(body, media_type=XLSX_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{_download_name(p)}.xlsx"'})


@router.get("/api/introductions")
def api_introductions(store: StoreDep, as_of: AsOfDep, lang: LangDep) -> dict[str, Any]:
    """Return who should meet whom (introductions, second contacts) and links to build, with reasons
    (`plain`: one line with names) and grouped per gebied."""
    return introductions_document(store, as_of, lang)


@router.get("/introductions", include_in_schema=False)
def page_introductions(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep) -> Response:
    """Return the introductions page, grouped per gebied."""
    return render(request, "introductions.html", lang, doc=introductions_document(store, as_of, lang),
                  as_of=as_of)
