"""Vertrek melden on the web: the overdrachtslijst, the confirmation (a departure run, undoable), bad input
refused in Dutch at its field with nothing written, viewers refused, and the alert after confirming.

On the suite's graph (not the shared demo), with the small network of tests/web/departure_data.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph import audit
from graph.backup import business_hash
from graph.departures import tenures
from graph.driver import Graph
from graph.run_undo import undo_run
from graph.runs import list_runs
from graph.settings import Settings
from graph.users import add_user, create_token
from tests.web.conftest import bearer
from tests.web.departure_data import END, load
from tests.web.test_login import log_in
from web.app import create_app

PASSWORD = "a long departure password 1"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
SARA = {"person": "Sara Jansen", "organisation": "Buurthuis De Haven", "until": END.isoformat()}
FORM = {"person": "p-sara", "organisation": "o-huis", "until": END.isoformat()}


@pytest.fixture
def site(graph: Graph, settings: Settings, tmp_path: Path) -> Iterator[dict]:
    """The network, a coordinator logged in with a session, and token clients per role."""
    load(graph, tmp_path / "data")
    add_user(graph, username="dep-coord", role="coordinator", password=PASSWORD)
    tokens = {}
    for role in ("viewer", "coordinator", "admin"):
        add_user(graph, username=f"dep-{role}-t", role=role, password=PASSWORD)
        tokens[role] = create_token(graph, username=f"dep-{role}-t")[1]
    app = create_app(settings)
    with TestClient(app, follow_redirects=False) as session:
        assert log_in(session, username="dep-coord", password=PASSWORD).status_code == 303
        yield {"session": session,
               "as": lambda role: TestClient(app, headers=bearer(tokens[role]), follow_redirects=False)}


def _item(page: str, partner: str) -> str:
    """Return the HTML of the handover list's section about one partner organisation."""
    match = re.search(rf'<section class="handover-item" data-partner="{partner}">(.*?)</section>', page, re.S)
    assert match, f"no item for {partner}"
    return match.group(1)


def _until(graph: Graph) -> list:
    return [t.until for t in tenures(graph, person_id="p-sara") if t.organisation == "o-huis"]


def test_the_handover_list_names_the_link_that_hangs_on_the_person_and_the_successors(site: dict) -> None:
    page = site["as"]("coordinator").get("/departures/handover", params=SARA)
    assert page.status_code == 200
    assert "Overdrachtslijst: Sara Jansen" in page.text and "Bevestigen" in page.text
    taal = _item(page.text, "o-taal")
    assert "hangt alleen aan Sara Jansen" in taal and "Tom Bakker" in taal
    assert taal.index("Ali Demir") < taal.index("Ineke de Vries")  # staff stay longer than volunteers
    assert "Laat Sara Jansen" in taal and "Ali Demir voorstellen aan Tom Bakker" in taal
    werk = _item(page.text, "o-werk")
    assert "contactpersoon van de samenwerking" in werk
    assert werk.index("Ineke de Vries") < werk.index("Ali Demir") and "kent al Noor El Amrani" in werk


def test_the_handover_list_as_json_and_in_english(site: dict) -> None:
    http = site["as"]("coordinator")
    doc = http.get("/api/departures/handover", params=FORM).json()
    assert [i["partner"] for i in doc["links"]] == ["o-taal"]
    assert [s["id"] for s in doc["links"][0]["successors"]] == ["p-ali", "p-ineke"]
    assert [i["partner"] for i in doc["partnerships"]] == ["o-werk"] and doc["recorded"] is False
    english = http.get("/departures/handover", params={**SARA, "lang": "en"})
    assert "Handover list: Sara Jansen" in english.text
    assert "Links that hang on Sara Jansen alone" in english.text
    wrong = http.get("/departures/handover", params={**SARA, "until": "someday", "lang": "en"})
    assert wrong.status_code == 400 and "Last day: ‘someday’ is not a date" in wrong.text


def test_confirming_sets_the_last_day_as_a_departure_run_that_can_be_undone(graph: Graph, site: dict) -> None:
    session, before = site["session"], business_hash(graph)
    assert _until(graph) == [None]
    page = session.get("/departures/handover", params=SARA)
    form = {**FORM, "csrf_token": CSRF.findall(page.text)[-1]}
    done = session.post("/departures/confirm", data=form)
    assert done.status_code == 303 and done.headers["location"].startswith("/departures?")
    assert _until(graph) == [END]
    run = list_runs(graph)[0]
    assert run.kind == "departure" and run.who == "dep-coord"
    assert [(e.actor, e.target) for e in audit.events(graph, action="departure")] == [("dep-coord", "p-sara")]
    shown = session.get(done.headers["location"]).text
    assert "Het vertrek van Sara Jansen bij Buurthuis De Haven is vastgelegd" in shown
    again = session.get("/departures/handover", params=SARA).text
    assert "Dit vertrek is vastgelegd" in again and "departure-confirm" not in again
    undo_run(graph, run.id, who="cli:test")
    assert business_hash(graph) == before and _until(graph) == [None]


def test_an_alert_appears_after_confirming_a_last_day_within_90_days(graph: Graph, site: dict) -> None:
    session = site["session"]
    assert "Sara Jansen" not in session.get("/departures").text
    assert site["as"]("coordinator").get("/api/departures").json()["alerts"] == []
    token = CSRF.findall(session.get("/departures/handover", params=SARA).text)[-1]
    assert session.post("/departures/confirm", data={**FORM, "csrf_token": token}).status_code == 303
    alerts = site["as"]("coordinator").get("/api/departures").json()
    assert [(a["a"], a["b"]) for a in alerts["alerts"]] == [("o-huis", "o-taal")]
    page = session.get("/departures").text
    assert "Sara Jansen vertrekt bij Buurthuis De Haven" in page and "Taalcafé Oost" in page
    assert f"/departures/handover?person=p-sara&amp;organisation=o-huis&amp;until={END.isoformat()}" in page


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"person": "Niemand Bekend"}, "person", "Persoon: niemand gevonden met de naam ‘Niemand Bekend’"),
    ({"organisation": "o-taal"}, "organisation", "Organisatie: Sara Jansen is op"),
    ({"until": "31-02-2026"}, "until", "Laatste dag: ‘31-02-2026’ is geen datum"),
    ({"until": ""}, "until", "Laatste dag: vul een datum in"),
])
def test_bad_input_is_refused_in_dutch_at_its_field_and_nothing_is_written(
        graph: Graph, site: dict, fields: dict, field: str, message: str) -> None:
    session, before, runs = site["session"], business_hash(graph), len(list_runs(graph))
    token = CSRF.findall(session.get("/departures/new").text)[-1]
    refused = session.post("/departures/confirm", data={**FORM, **fields, "csrf_token": token})
    assert refused.status_code == 400
    assert f'id="departure-{field}-error">{message}' in refused.text
    preview = site["as"]("coordinator").get("/departures/handover", params={**FORM, **fields})
    assert preview.status_code == 400 and message in preview.text
    api = site["as"]("coordinator").get("/api/departures/handover", params={**FORM, **fields})
    assert api.status_code == 400 and message in api.text
    assert business_hash(graph) == before and len(list_runs(graph)) == runs


def test_a_confirmation_without_the_csrf_token_is_refused_and_writes_nothing(graph: Graph,
                                                                             site: dict) -> None:
    before = business_hash(graph)
    for data in (FORM, {**FORM, "csrf_token": "vervalst"}):
        refused = site["session"].post("/departures/confirm", data=data, headers={"Accept": "text/html"})
        assert refused.status_code == 403 and "Het formulier is verlopen of onvolledig" in refused.text
    assert business_hash(graph) == before and _until(graph) == [None]


def test_viewers_are_refused_everywhere_and_see_no_menu_entry(graph: Graph, site: dict) -> None:
    viewer, before = site["as"]("viewer"), business_hash(graph)
    for url in ("/departures", "/departures/new", "/api/departures", "/departures/handover",
                "/api/departures/handover"):
        assert viewer.get(url, params=FORM).status_code == 403, url
    assert viewer.post("/departures/confirm", data=FORM).status_code == 403
    assert 'href="/departures"' not in viewer.get("/", headers={"Accept": "text/html"}).text
    assert 'href="/departures"' in site["session"].get("/").text
    assert business_hash(graph) == before


def test_the_what_if_leads_to_the_form_started_for_that_person(site: dict) -> None:
    http = site["as"]("coordinator")
    what_if = http.get("/fragility", params={"what_if": "p-sara"}, headers={"Accept": "text/html"})
    assert what_if.status_code == 200 and 'href="/departures/new?person=p-sara"' in what_if.text
    form = http.get("/departures/new", params={"person": "p-sara"}).text
    assert 'value="Sara Jansen" readonly' in form
    assert '<option value="o-huis">Buurthuis De Haven (coördinator)</option>' in form


def test_someone_at_two_organisations_is_asked_which_one_they_leave(site: dict) -> None:
    http = site["as"]("coordinator")
    form = http.get("/departures/handover", params={"person": "Kim Verhoeven", "until": END.isoformat()})
    assert form.status_code == 200 and "departure-problems" not in form.text
    assert '<option value="o-kerk">Kerk Noord (bestuurslid)</option>' in form.text
    assert '<option value="o-werk">Werkplein Zuid (vrijwilliger)</option>' in form.text
    chosen = http.get("/departures/handover", params={"person": "p-kim", "organisation": "o-kerk",
                                                      "until": END.isoformat()})
    assert chosen.status_code == 200 and "Overdrachtslijst: Kim Verhoeven" in chosen.text
    assert http.get("/api/departures/handover", params={"person": "p-kim", "until": END.isoformat()}
                    ).status_code == 400
