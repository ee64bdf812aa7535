"""Vertrek melden (coordinators and admins): the form, the overdrachtslijst as its preview, the confirmation
that sets the affiliation's last day (CSRF-checked by the guard, a run of kind `departure`), and the
alerts: links whose carriers all leave within 90 days, each with its handover list.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from graph.people import people_names
from netwerkkaart.documents.departure import (
    ALERT_DAYS,
    Departure,
    DepartureProblems,
    alerts_by_leaver,
    alerts_document,
    confirm,
    handover_document,
    prefill,
    read_form,
)
from web.auth.guard import client_ip
from web.auth.rules import COORDINATOR, require
from web.deps import AsOfDep, IdentityDep, LangDep, StoreDep
from web.i18n import text
from web.rendering import render
from web.store import AnalysisStore

router = APIRouter(tags=["departures"], dependencies=[Depends(require(COORDINATOR))])
Typed = Annotated[str, Query(max_length=200)]
Posted = Annotated[str, Form(max_length=200)]


def _alerts(store: AnalysisStore, as_of: dt.date, lang: str) -> list[dict[str, Any]]:
    """Return the alerts on `as_of` with names (cached until the data changes)."""
    def compute() -> list[dict[str, Any]]:
        orgs = {o.id: o.name for o in store.organisations()}
        return alerts_document(store.graph, store.network(as_of), as_of, orgs, lang)

    return store.cached(("departure_alerts", as_of, lang), compute, document=True)


@router.get("/api/departures")
def api_departures(store: StoreDep, as_of: AsOfDep, lang: LangDep) -> dict[str, Any]:
    """Return the links whose carriers all leave within 90 days of `as_of` (`alerts`, each with
    `leaving`: person, organisation, until), and the same grouped per departure (`departures`)."""
    alerts = _alerts(store, as_of, lang)
    return {"as_of": as_of.isoformat(), "days": ALERT_DAYS, "alerts": alerts,
            "departures": alerts_by_leaver(alerts)}


@router.get("/departures", include_in_schema=False)
def page_departures(request: Request, store: StoreDep, lang: LangDep, as_of: AsOfDep, person: Typed = "",
                    organisation: Typed = "", until: Typed = "", run: Typed = "") -> Response:
    """Return the alerts list, and after a confirmation the sentence saying what was recorded."""
    recorded = None
    names = people_names(store.graph, ids=[person]) if person else {}
    orgs = {o.id: o.name for o in store.organisations()}
    if person in names and organisation in orgs and until:
        # Only names read back from the database are shown, never what was typed in the address.
        recorded = {"name": names[person], "organisation": orgs[organisation], "until": until[:10],
                    "new": bool(run)}
    return render(request, "departures.html", lang, departures=alerts_by_leaver(_alerts(store, as_of, lang)),
                  as_of=as_of, days=ALERT_DAYS, recorded=recorded)


def _form(request: Request, lang: str, d: Departure | None, entered: dict[str, str], status: int = 200
          ) -> Response:
    return render(request, "departure_form.html", lang, status_code=status, d=d or Departure(),
                  entered=entered, problems=dict((d.problems if d else [])[::-1]))


@router.get("/departures/new", include_in_schema=False)
def page_new(request: Request, store: StoreDep, lang: LangDep, person: Typed = "",
             until: Typed = "") -> Response:
    """Return the form: a person (by name, suggested as one types), one of their organisations, the last day.

    `person` (an id, as the what-if links it, or a name) starts the form with them and their organisations."""
    d = prefill(store.graph, person=person, lang=lang) if person.strip() else None
    return _form(request, lang, d, {"person": person, "organisation": "", "until": until})


def _read(store: AnalysisStore, person: str, organisation: str, until: str, lang: str) -> Departure:
    return read_form(store.graph, person=person, organisation=organisation, until=until, lang=lang)


def _document(store: AnalysisStore, d: Departure, lang: str) -> dict[str, Any]:
    key = ("handover", d.person, d.organisation, d.end, lang)
    return store.cached(key, lambda: handover_document(store.graph, d, lang), document=True)


@router.get("/api/departures/handover")
def api_handover(store: StoreDep, lang: LangDep, person: Typed = "", organisation: Typed = "",
                 until: Typed = "") -> dict[str, Any]:
    """Return the overdrachtslijst of `person` (id or name) leaving `organisation` (id or name) after
    `until`: links that hang on them, partnerships, contacts, successors and introductions; 400 with the
    problem of each field otherwise."""
    d = _read(store, person, organisation, until, lang)
    if d.problems or d.organisation is None:
        raise DepartureProblems(d.problems or [("organisation", text("departure_error_org_missing", lang))])
    return _document(store, d, lang)


@router.get("/departures/handover", include_in_schema=False)
def page_handover(request: Request, store: StoreDep, lang: LangDep, person: Typed = "",
                  organisation: Typed = "", until: Typed = "") -> Response:
    """Return the printable overdrachtslijst with the confirm button; the form again, with each problem
    at its field (400), when something is wrong, or to choose an organisation."""
    entered = {"person": person, "organisation": organisation, "until": until}
    if not any(entered.values()):  # nothing asked yet: the empty form, no problems to show
        return _form(request, lang, None, entered)
    d = _read(store, person, organisation, until, lang)
    if d.problems or d.organisation is None:
        return _form(request, lang, d, entered, status=400 if d.problems else 200)
    back = "/departures/new?" + urlencode({"person": d.person or "", "until": until})
    return render(request, "handover.html", lang, doc=_document(store, d, lang), back=back)


@router.post("/departures/confirm", include_in_schema=False)
def post_confirm(request: Request, store: StoreDep, caller: IdentityDep, lang: LangDep, person: Posted = "",
                 organisation: Posted = "", until: Posted = "") -> Response:
    """Set the last day of the person's affiliation and go to the alerts; wrong fields: the form (400),
    nothing written."""
    entered = {"person": person, "organisation": organisation, "until": until}
    try:
        d, run = confirm(store.graph, person=person, organisation=organisation, until=until, who=caller.name,
                         lang=lang, ip=client_ip(request))
    except DepartureProblems:
        return _form(request, lang, _read(store, person, organisation, until, lang), entered, status=400)
    store.invalidate()
    query = {"person": d.person or "", "organisation": d.organisation or "",
             "until": d.end.isoformat() if d.end else "", "run": run or ""}
    return RedirectResponse("/departures?" + urlencode(query) + "#recorded", status_code=303)

