"""Editing in the browser (coordinators and admins): organisations, people, their roles and contacts,
partnerships. Each GET shows a form at the record's current version; each POST (CSRF-checked by the
guard for sessions) saves it through ingest's checks as a run of kind `edit`, or shows the form again:
400 with the problems at their fields, 409 with what another session changed meanwhile.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from graph.people import person_detail
from graph.records import organisation_partnerships, record_values
from netwerkkaart.documents.edit_fields import role_name
from netwerkkaart.documents.edits import EditForm, Key, Outcome, open_form, submit_form
from web.auth.rules import COORDINATOR, require
from web.deps import IdentityDep, LangDep, StoreDep
from web.i18n import text
from web.rendering import render

router = APIRouter(tags=["edit"], dependencies=[Depends(require(COORDINATOR))])
MULTI = ("services", "languages", "serves_areas")
Id = Annotated[str, Query(max_length=200)]


async def _posted(request: Request) -> dict[str, Any]:
    """Return the posted fields, lists for the check boxes and multiple selects."""
    form = await request.form()
    return {k: form.getlist(k) if k in MULTI else form.get(k) for k in form}


def _page(request: Request, lang: str, form: EditForm, *, action: str, back: str, name: str = "",
          status: int = 200, **extra: Any) -> Response:
    """Return the form page for `form` (its title from the entity and whether the record is new)."""
    title = text(f"edit_title_{form.entity}{'' if form.key else '_new'}", lang)
    saved = request.query_params.get("saved")
    message = text("edit_saved" if saved == "1" else "edit_unchanged", lang) if saved in ("0", "1") else ""
    return render(request, "edit_form.html", lang, status_code=status, form=form, action=action, back=back,
                  title=f"{title}: {name}" if name else title, message=message, **extra)


async def _save(request: Request, store: StoreDep, caller: IdentityDep, lang: str, entity: str,
                key: Key | None, owner: str = "") -> Outcome:
    """Submit the posted form in a worker thread (the save talks to Neo4j)."""
    posted = await _posted(request)
    ip = request.client.host if request.client else ""
    outcome = await run_in_threadpool(submit_form, store.graph, entity, key, posted, owner=owner, lang=lang,
                                      who=caller.name, ip=ip)
    if outcome.saved is not None:
        store.invalidate()
    return outcome


def _done(url: str, outcome: Outcome) -> Response:
    """Go to `url` after a save, saying whether anything changed."""
    saved = "1" if outcome.saved and outcome.saved.run_id else "0"
    return RedirectResponse(f"{url}{'&' if '?' in url else '?'}saved={saved}", status_code=303)


@router.get("/edit", include_in_schema=False)
def page_hub(request: Request, lang: LangDep) -> Response:
    """Return the page that starts adding an organisation, a person or a partnership."""
    return render(request, "edit_hub.html", lang)


@router.get("/edit/organisations/new", include_in_schema=False)
def page_new_organisation(request: Request, store: StoreDep, lang: LangDep) -> Response:
    """Return an empty organisation form."""
    form = open_form(store.graph, "organisations", None, lang)
    return _page(request, lang, form, action="/edit/organisations/new", back="/organisations")


@router.post("/edit/organisations/new", include_in_schema=False)
async def post_new_organisation(request: Request, store: StoreDep, caller: IdentityDep,
                                lang: LangDep) -> Response:
    """Add the organisation and show its page; or the form with what is wrong (nothing written)."""
    outcome = await _save(request, store, caller, lang, "organisations", None)
    if outcome.form is not None:
        return _page(request, lang, outcome.form, action="/edit/organisations/new", back="/organisations",
                     status=outcome.status)
    return _done(f"/organisations/{quote(outcome.key[0], safe='')}", outcome)


def _org_page(request: Request, store: StoreDep, lang: str, org_id: str, form: EditForm,
              status: int = 200) -> Response:
    url = f"/organisations/{quote(org_id, safe='')}"
    return _page(request, lang, form, action=f"/edit{url}", back=url, status=status,
                 name=store.org_index()[org_id].name if org_id in store.org_index() else org_id,
                 partnerships=organisation_partnerships(store.graph, org_id=org_id), org_id=org_id)


@router.get("/edit/organisations/{org_id}", include_in_schema=False)
def page_edit_organisation(org_id: str, request: Request, store: StoreDep, lang: LangDep) -> Response:
    """Return the organisation's form at its current version, with its partnerships (404: unknown)."""
    form = open_form(store.graph, "organisations", (org_id,), lang)
    return _org_page(request, store, lang, org_id, form)


@router.post("/edit/organisations/{org_id}", include_in_schema=False)
async def post_edit_organisation(org_id: str, request: Request, store: StoreDep, caller: IdentityDep,
                                 lang: LangDep) -> Response:
    """Save the organisation (409 with the changes when another session saved it meanwhile)."""
    outcome = await _save(request, store, caller, lang, "organisations", (org_id,))
    if outcome.form is not None:
        return _org_page(request, store, lang, org_id, outcome.form, outcome.status)
    return _done(f"/organisations/{quote(org_id, safe='')}", outcome)


@router.get("/edit/people/new", include_in_schema=False)
def page_new_person(request: Request, store: StoreDep, lang: LangDep) -> Response:
    """Return an empty person form."""
    form = open_form(store.graph, "people", None, lang)
    return _page(request, lang, form, action="/edit/people/new", back="/edit")


@router.post("/edit/people/new", include_in_schema=False)
async def post_new_person(request: Request, store: StoreDep, caller: IdentityDep, lang: LangDep) -> Response:
    """Add the person and show their edit page (to add roles); or the form with what is wrong."""
    outcome = await _save(request, store, caller, lang, "people", None)
    if outcome.form is not None:
        return _page(request, lang, outcome.form, action="/edit/people/new", back="/edit",
                     status=outcome.status)
    return _done(f"/edit/people/{quote(outcome.key[0], safe='')}", outcome)


def _person_page(request: Request, store: StoreDep, lang: str, person_id: str, form: EditForm,
                 status: int = 200) -> Response:
    detail = person_detail(store.graph, person_id=person_id, as_of=dt.date.today())
    url = f"/people/{quote(person_id, safe='')}"
    roles = [{**a, "role_name": role_name(a["role"], lang), "edit": f"/edit{url}/affiliation?"
              + urlencode({"organisation": a["organisation"], "role": a["role"]})}
             for a in detail.affiliations]
    return _page(request, lang, form, action=f"/edit{url}", back=url, status=status,
                 name=detail.person.get("name") or person_id, roles=roles, person_id=person_id)


@router.get("/edit/people/{person_id}", include_in_schema=False)
def page_edit_person(person_id: str, request: Request, store: StoreDep, lang: LangDep) -> Response:
    """Return the person's form with their roles, each editable (404: unknown person)."""
    form = open_form(store.graph, "people", (person_id,), lang)
    return _person_page(request, store, lang, person_id, form)


@router.post("/edit/people/{person_id}", include_in_schema=False)
async def post_edit_person(person_id: str, request: Request, store: StoreDep, caller: IdentityDep,
                           lang: LangDep) -> Response:
    """Save the person (409 with the changes when another session saved them meanwhile)."""
    outcome = await _save(request, store, caller, lang, "people", (person_id,))
    if outcome.form is not None:
        return _person_page(request, store, lang, person_id, outcome.form, outcome.status)
    return _done(f"/edit/people/{quote(person_id, safe='')}", outcome)


def _owner_page(request: Request, store: StoreDep, lang: str, person_id: str, form: EditForm, what: str,
                status: int = 200) -> Response:
    """Return a role or contact form of one person (404 for an unknown person)."""
    name = person_detail(store.graph, person_id=person_id, as_of=dt.date.today()).person.get("name")
    query = (f"?{urlencode({'organisation': form.key[1], 'role': form.key[2]})}"
             if form.key and what == "affiliation" else "")
    url = f"/edit/people/{quote(person_id, safe='')}"
    return _page(request, lang, form, action=f"{url}/{what}{query}", back=url, name=name or person_id,
                 status=status)


def _affiliation_key(person_id: str, organisation: str, role: str) -> Key | None:
    return (person_id, organisation, role) if organisation and role else None


@router.get("/edit/people/{person_id}/affiliation", include_in_schema=False)
def page_affiliation(person_id: str, request: Request, store: StoreDep, lang: LangDep,
                     organisation: Id = "", role: Id = "") -> Response:
    """Return the form on one role of the person (`organisation` and `role` given) or a new one."""
    person_detail(store.graph, person_id=person_id, as_of=dt.date.today())  # 404 for an unknown person
    form = open_form(store.graph, "affiliations", _affiliation_key(person_id, organisation, role), lang)
    return _owner_page(request, store, lang, person_id, form, "affiliation")


@router.post("/edit/people/{person_id}/affiliation", include_in_schema=False)
async def post_affiliation(person_id: str, request: Request, store: StoreDep, caller: IdentityDep,
                           lang: LangDep, organisation: Id = "", role: Id = "") -> Response:
    """Save the role (since, until); a new one that exists already is refused with its values (409)."""
    person_detail(store.graph, person_id=person_id, as_of=dt.date.today())
    outcome = await _save(request, store, caller, lang, "affiliations",
                          _affiliation_key(person_id, organisation, role), owner=person_id)
    if outcome.form is not None:
        return _owner_page(request, store, lang, person_id, outcome.form, "affiliation", outcome.status)
    return _done(f"/edit/people/{quote(person_id, safe='')}", outcome)


@router.get("/edit/people/{person_id}/contact", include_in_schema=False)
def page_contact(person_id: str, request: Request, store: StoreDep, lang: LangDep) -> Response:
    """Return the form that adds a contact (KNOWS) between the person and someone else."""
    person_detail(store.graph, person_id=person_id, as_of=dt.date.today())
    form = open_form(store.graph, "contacts", None, lang)
    return _owner_page(request, store, lang, person_id, form, "contact")


@router.post("/edit/people/{person_id}/contact", include_in_schema=False)
async def post_contact(person_id: str, request: Request, store: StoreDep, caller: IdentityDep,
                       lang: LangDep) -> Response:
    """Add the contact; when the two already know each other, 409 with what is stored."""
    person_detail(store.graph, person_id=person_id, as_of=dt.date.today())
    outcome = await _save(request, store, caller, lang, "contacts", None, owner=person_id)
    if outcome.form is not None:
        return _owner_page(request, store, lang, person_id, outcome.form, "contact", outcome.status)
    return _done(f"/edit/people/{quote(person_id, safe='')}", outcome)


@router.get("/edit/partnerships/new", include_in_schema=False)
def page_new_partnership(request: Request, store: StoreDep, lang: LangDep, organisation: Id = "") -> Response:
    """Return an empty partnership form (with `organisation` chosen when given)."""
    form = open_form(store.graph, "partnerships", None, lang, defaults={"organisation_id": organisation})
    return _page(request, lang, form, action="/edit/partnerships/new", back="/edit")


@router.post("/edit/partnerships/new", include_in_schema=False)
async def post_new_partnership(request: Request, store: StoreDep, caller: IdentityDep,
                               lang: LangDep) -> Response:
    """Add the partnership (and its contact persons' ties) and go to the first organisation's edit page."""
    outcome = await _save(request, store, caller, lang, "partnerships", None)
    if outcome.form is not None:
        return _page(request, lang, outcome.form, action="/edit/partnerships/new", back="/edit",
                     status=outcome.status)
    return _done(_partnership_home(store, outcome.key[0]), outcome)


def _partnership_page(request: Request, store: StoreDep, lang: str, partnership_id: str, form: EditForm,
                      status: int = 200) -> Response:
    """Return a stored partnership's form, named by its two organisations, back to the first's page."""
    ends = [f.value for f in form.fields if f.name in ("organisation_id", "partner_id")]
    names = store.org_index()
    shown = " – ".join(names[e].name if e in names else e for e in ends if e)
    return _page(request, lang, form, action=f"/edit/partnerships/{quote(partnership_id, safe='')}",
                 back=f"/edit/organisations/{quote(ends[0], safe='')}" if ends and ends[0] else "/edit",
                 name=shown, status=status)


@router.get("/edit/partnerships/{partnership_id}", include_in_schema=False)
def page_edit_partnership(partnership_id: str, request: Request, store: StoreDep, lang: LangDep) -> Response:
    """Return the partnership's form at its current version (404: unknown)."""
    form = open_form(store.graph, "partnerships", (partnership_id,), lang)
    return _partnership_page(request, store, lang, partnership_id, form)


@router.post("/edit/partnerships/{partnership_id}", include_in_schema=False)
async def post_edit_partnership(partnership_id: str, request: Request, store: StoreDep, caller: IdentityDep,
                                lang: LangDep) -> Response:
    """Save the partnership (kind, dates, contact persons); 409 when it changed meanwhile."""
    outcome = await _save(request, store, caller, lang, "partnerships", (partnership_id,))
    if outcome.form is not None:
        return _partnership_page(request, store, lang, partnership_id, outcome.form, outcome.status)
    return _done(_partnership_home(store, partnership_id), outcome)


def _partnership_home(store: StoreDep, partnership_id: str) -> str:
    """Return the edit page of the partnership's first organisation (where its partnerships are listed)."""
    stored = record_values(store.graph, "partnerships", partnership_id) or {}
    return f"/edit/organisations/{quote(stored.get('organisation_id') or '', safe='')}"
