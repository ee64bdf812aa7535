"""The Verwijswijzer: find an organisation for a newcomer, record the referral, print a slip for them.

`GET /refer` (the finder, its fields with suggestions), `POST /refer/record` (the record form, for
coordinators), `GET /refer/slip` (the slip for the newcomer), and the same as JSON under `/api/refer`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from graph.errors import NetwerkkaartError, NotFoundError
from graph.referrals import record_referral, referral_contacts
from netwerkkaart.documents import commission
from netwerkkaart.documents.refer import FormProblems, finder_options, record_from_form
from web.auth.rules import COORDINATOR, VIEWER, require
from web.deps import GraphDep, IdentityDep, LangDep, StoreDep
from web.i18n import format_date, text
from web.rendering import people_links, render
from web.store import AnalysisStore

router = APIRouter(tags=["refer"], dependencies=[Depends(require(VIEWER))])
Field60 = Annotated[str, Form(max_length=60)]
Field100 = Annotated[str, Form(max_length=100)]
_PHONE = re.compile(r"[^\d+]")


def _refer(store: AnalysisStore, *, need: str, language: str | None, area: str | None, volunteer: bool,
           lang: str, limit: int = 20) -> dict[str, Any]:
    """Return the finder's ranking, cached per question and day (it reads every organisation)."""
    key = ("refer", need, language, area, volunteer, limit, lang, dt.date.today())
    return store.cached(key, lambda: commission.refer(store.graph, need=need, language=language, area=area,
                                                      volunteer=volunteer, limit=limit, lang=lang),
                        document=True)


@router.get("/api/refer")
def api_refer(store: StoreDep, need: Annotated[str, Query(max_length=60)] = "",
              language: Annotated[str | None, Query(max_length=40)] = None,
              area: Annotated[str | None, Query(max_length=80)] = None, volunteer: bool = False,
              limit: Annotated[int, Query(ge=1, le=100)] = 20, lang: LangDep = "nl") -> dict[str, Any]:
    """Return organisations ranked by fit for need, language and area, with reasons and contact details
    (`address`, `postcode`, `phone`, `email`, `website`); 400 with suggestions for unknown input."""
    if not need and not volunteer:
        raise FormProblems([text("refer_give_need", lang)])
    return _refer(store, need=need, language=language or None, area=area or None, volunteer=volunteer,
                  limit=limit, lang=lang)


class ReferralIn(BaseModel):
    """A referral to record from a finder result (status `sent`)."""

    from_organisation: str = Field(min_length=1, max_length=100)
    to_organisation: str = Field(min_length=1, max_length=100)
    need: str = Field(min_length=1, max_length=60)
    area: str | None = Field(default=None, max_length=40)
    language: str | None = Field(default=None, max_length=10)


@router.post("/api/refer/record", status_code=201, dependencies=[Depends(require(COORDINATOR))])
def api_record(store: StoreDep, caller: IdentityDep, body: ReferralIn) -> dict[str, Any]:
    """Record a referral (status sent); unknown organisations, need or area: 400, nothing written."""
    ref_id = record_referral(store.graph, body.from_organisation, body.to_organisation, body.need, body.area,
                             body.language, who=caller.name)
    store.invalidate()
    return {"id": ref_id, "status": "sent"}


def _links(result: dict[str, Any]) -> dict[str, Any]:
    """Return a result with safe hrefs for its phone (tel:), e-mail (mailto:) and website (http/https)."""
    site = (result.get("website") or "").strip()
    if site and not re.match(r"^https?://", site, re.IGNORECASE):
        site = f"https://{site}" if re.match(r"^[\w.-]+\.[a-z]{2,}(/\S*)?$", site, re.IGNORECASE) else ""
    phone = _PHONE.sub("", result.get("phone") or "")
    email = (result.get("email") or "").strip()
    return {**result, "website_href": site or None, "tel_href": f"tel:{phone}" if phone else None,
            "mailto_href": f"mailto:{email}" if "@" in email and ":" not in email else None}


def _page(request: Request, store: StoreDep, lang: str, query: dict[str, Any], *, status: int = 200,
          **extra: Any) -> Response:
    """Return the finder page: the form, the results of `query` (or its error), and what `extra` adds."""
    doc, error = None, None
    if query["need"] or query["volunteer"]:
        try:
            doc = _refer(store, need=query["need"], language=query["language"] or None,
                         area=query["area"] or None, volunteer=query["volunteer"], lang=lang)
            doc = {**doc, "results": [_links(r) for r in doc["results"]]}
        except NetwerkkaartError as exc:
            error, status = str(exc), 400
    options = store.cached(("refer_options", lang), lambda: finder_options(store.graph, lang), document=True)
    return render(request, "refer.html", lang, status_code=status, doc=doc, error=error, form=query,
                  options=options, can_record=people_links(request), today=dt.date.today().isoformat(),
                  **extra)


@router.get("/refer", include_in_schema=False)
def page_refer(request: Request, store: StoreDep, lang: LangDep,
               need: Annotated[str, Query(max_length=60)] = "",
               language: Annotated[str, Query(max_length=40)] = "",
               area: Annotated[str, Query(max_length=80)] = "", volunteer: bool = False) -> Response:
    """Return the finder form and, when asked, the ranked organisations (the error with suggestions)."""
    query = {"need": need, "language": language, "area": area, "volunteer": volunteer}
    return _page(request, store, lang, query)


@router.post("/refer/record", include_in_schema=False, dependencies=[Depends(require(COORDINATOR))])
def page_record(request: Request, store: StoreDep, caller: IdentityDep, lang: LangDep,
                to_org: Field100 = "", from_org: Field100 = "", need: Field60 = "", language: Field60 = "",
                area: Field60 = "", date: Annotated[str, Form(max_length=20)] = "", q_need: Field60 = "",
                q_language: Field60 = "", q_area: Field60 = "", q_volunteer: Field60 = "") -> Response:
    """Record the referral of a result's form (status sent) and show it; wrong fields: 400, no write."""
    query = {"need": q_need, "language": q_language, "area": q_area, "volunteer": q_volunteer == "true"}
    fields = {"to_org": to_org, "from_org": from_org, "need": need, "language": language, "area": area,
              "date": date}
    try:
        recorded = record_from_form(store.graph, fields, lang=lang, who=caller.name)
    except FormProblems as exc:
        return _page(request, store, lang, query, status=400, problems=exc.problems, open_for=to_org,
                     entered=fields)
    store.invalidate()
    return _page(request, store, lang, query, recorded=recorded)


@router.get("/refer/slip", include_in_schema=False)
def page_slip(request: Request, store: StoreDep, graph: GraphDep, lang: LangDep,
              to: Annotated[str, Query(max_length=100)], need: Annotated[str, Query(max_length=60)] = "",
              source: Annotated[str, Query(alias="from", max_length=100)] = "",
              day: Annotated[dt.date | None, Query(alias="date")] = None,
              slip_lang: Annotated[str, Query(pattern="^(nl|en)$")] = "nl") -> Response:
    """Return the printable referral slip for the newcomer (Dutch or English: `slip_lang`)."""
    names = store.org_index()
    if to not in names:
        raise NotFoundError(text("refer_error_to", lang).format(value="…"))
    contact = referral_contacts(graph, ids=[to]).get(to)
    source_name = names[source].name if source in names else None
    need_text = text(f"refer_need_{need}", slip_lang) if need else None
    return render(request, "refer_slip.html", lang, org=names[to], contact=contact,
                  links=_links(asdict(contact) if contact else {}), need=need_text, source=source_name,
                  day_text=format_date(day, slip_lang) if day else "", slip_lang=slip_lang,
                  st=lambda key: text(key, slip_lang),
                  query={"to": to, "need": need, "from": source, "date": day.isoformat() if day else ""})
