"""Verouderde gegevens: the records not confirmed for too long, and "Klopt nog" (coordinators, admins).

Confirming is a run (kind `confirm`), CSRF-checked by the guard and audited; an admin can undo it on
/admin/runs. The list and the organisation page's button post to the same route.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from analysis.areas_index import area_index
from analysis.directory import UnknownValueError
from analysis.i18n import kind_name
from graph.errors import InvalidInputError
from graph.freshness import AffConfirmation, OrgConfirmation
from graph.model import ORGANISATION_KINDS
from netwerkkaart.documents import freshness
from web.auth.guard import client_ip
from web.auth.rules import COORDINATOR, require
from web.deps import GraphDep, IdentityDep, LangDep, StoreDep
from web.documents.freshness import confirmations
from web.i18n import text
from web.rendering import render

router = APIRouter(tags=["freshness"], dependencies=[Depends(require(COORDINATOR))])
Text = Annotated[str, Query(max_length=100)]
Field = Annotated[str, Form(max_length=200)]
Page = Annotated[int, Query(ge=1, le=100_000)]


@router.get("/verouderd", include_in_schema=False)
def page_stale(request: Request, store: StoreDep, lang: LangDep, area: Text = "", kind: Text = "",
               what: Text = "", page: Page = 1, done_org: Text = "", done_person: Text = "",
               done_role: Text = "") -> Response:
    """Return the stale records, oldest first, filtered by gebied/wijk, kind and what; paged."""
    question = freshness.StaleQuestion(area=area, kind=kind, what=what, page=page)
    orgs, affs = confirmations(store)
    index = area_index(store.area_rows())
    try:
        doc, error, status = freshness.stale_document(orgs, affs, index, question, lang=lang), None, 200
    except (UnknownValueError, InvalidInputError) as exc:
        doc, error = None, str(exc)
        status = 422 if isinstance(exc, UnknownValueError) else 400
    params = {k: v for k, v in (("area", doc["area"] if doc else ""), ("kind", doc["kind"] if doc else ""),
                                ("what", what if doc else "")) if v}
    return render(request, "verouderd.html", lang, status_code=status, doc=doc, error=error, params=params,
                  query=urlencode(params), done=_done(orgs, affs, done_org, done_person, done_role, lang),
                  areas=_area_choices(index),
                  kinds=sorted(((k, kind_name(k, lang)) for k in ORGANISATION_KINDS), key=lambda p: p[1]))


def _area_choices(index: Any) -> list[tuple[str, str, str]]:
    """Return (code, name, level) of every gebied followed by its wijken, by name."""
    out = []
    for gebied in sorted(index.gebieden, key=lambda c: index.names[c]):
        out.append((gebied, index.names[gebied], "gebied"))
        out += [(w, index.names[w], "wijk") for w in sorted(index.wijken_of.get(gebied, ()),
                                                            key=lambda c: index.names[c])]
    return out


def _done(orgs: list[OrgConfirmation], affs: list[AffConfirmation], org: str, person: str, role: str,
          lang: str) -> str:
    """Return the sentence naming the record just confirmed, found in the data (never the address echoed)."""
    if not org:
        return ""
    if person:
        aff = next((a for a in affs if (a.person_id, a.organisation_id, a.role) == (person, org, role)), None)
        return text("fresh_done_affiliation", lang).format(
            person=aff.person_name, role=freshness.role_name(aff.role, lang),
            name=aff.organisation_name) if aff else ""
    found = next((o for o in orgs if o.id == org), None)
    return text("fresh_done_organisation", lang).format(name=found.name) if found else ""


@router.post("/verouderd/klopt-nog", include_in_schema=False)
def post_confirm(request: Request, graph: GraphDep, store: StoreDep, lang: LangDep, caller: IdentityDep,
                 organisation: Field = "", person: Field = "", role: Field = "", back: Field = "",
                 area: Field = "", kind: Field = "", what: Field = "") -> Response:
    """Confirm one organisation or affiliation unchanged (a run) and go back to the list or the
    organisation page; bad input is a 400 page in the user's language and writes nothing."""
    freshness.confirm(graph, organisation=organisation, person=person, role=role, who=caller.name,
                      lang=lang, ip=client_ip(request))
    store.invalidate()  # the next page shows the confirmation (the run's node changes the data stamp)
    if back == "organisation":
        return RedirectResponse(f"/organisations/{quote(organisation, safe='')}", status_code=303)
    params = {k: v for k, v in (("area", area), ("kind", kind), ("what", what), ("done_org", organisation),
                                ("done_person", person), ("done_role", role if person else "")) if v}
    return RedirectResponse(f"/verouderd?{urlencode(params)}", status_code=303)
