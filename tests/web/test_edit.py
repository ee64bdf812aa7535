"""Editing in the browser (issue 15 item 2): forms checked by ingest's rules, saved as `edit` runs,
refused without writing when the record changed since the form was loaded.

On the suite's graph (not the shared demo): each test ingests the small network of tests/graph/test_runs.py
(organisations o1, o2; people p1–p3; roles) and logs a coordinator in with a session, so that the
forms carry the CSRF token as in a browser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph import audit
from graph.backup import business_hash
from graph.driver import Graph
from graph.records import record_values
from graph.run_undo import undo_run
from graph.runs import list_runs
from graph.settings import Settings
from graph.users import add_user, create_token
from tests.graph.test_runs import AFFS_A, ORGS_A, PEOPLE_A, _ingest
from tests.web.conftest import bearer
from tests.web.test_login import log_in
from web.app import create_app

PASSWORD = "a long coordinator password 1"
HIDDEN = re.compile(r'<input type="hidden" name="(csrf_token|version|loaded)" value="([^"]*)"')
ORG_FIELDS = ("name", "kind", "address", "postcode", "phone", "email", "website", "area", "capacity",
              "waitlist", "nondutch_roles", "description")


def hidden(page: str) -> dict[str, str]:
    """Return the form's hidden fields (the last of each: the logout form has a csrf_token too)."""
    return {name: unescape(value) for name, value in HIDDEN.findall(page)}


def filled(page: str) -> dict[str, object]:
    """Return the organisation form as a browser would post it unchanged."""
    data: dict[str, object] = {**hidden(page)}
    for name in ORG_FIELDS:
        found = re.search(rf'name="{name}" value="([^"]*)"', page)
        chosen = re.search(rf'<select id="f-{name}" name="{name}"[^>]*>.*?<option value="([^"]*)" selected',
                           page, re.S)
        area = re.search(rf'<textarea id="f-{name}"[^>]*>([^<]*)</textarea>', page)
        value = found or chosen or area
        data[name] = unescape(value[1]) if value else ""
    for name in ("services", "languages", "serves_areas"):
        data[name] = re.findall(rf'name="{name}" value="([^"]*)" checked', page)
    return data


@pytest.fixture
def site(graph: Graph, settings: Settings, tmp_path: Path) -> Iterator[dict]:
    """The small network, two coordinators logged in with sessions, and token clients per role."""
    _ingest(graph, tmp_path / "a", organisations=ORGS_A, people=PEOPLE_A, affiliations=AFFS_A)
    for name in ("anna", "bert"):
        add_user(graph, username=name, role="coordinator", password=PASSWORD)
    tokens = {}
    for role in ("viewer", "coordinator"):
        add_user(graph, username=f"edit-{role}", role=role, password=PASSWORD)
        tokens[role] = create_token(graph, username=f"edit-{role}")[1]
    app = create_app(settings)
    with TestClient(app, follow_redirects=False) as anna, TestClient(app, follow_redirects=False) as bert:
        for http, name in ((anna, "anna"), (bert, "bert")):
            assert log_in(http, username=name, password=PASSWORD).status_code == 303
        yield {"anna": anna, "bert": bert,
               "as": lambda role: TestClient(app, headers=bearer(tokens[role]), follow_redirects=False)}


def _save(http: TestClient, url: str, **changes: object) -> tuple[object, dict[str, object]]:
    """Open the form at `url`, change the given fields and post it; return (response, what was posted)."""
    page = http.get(url)
    assert page.status_code == 200, page.text
    data = {**filled(page.text), **changes}
    return http.post(url, data=data), data


def test_a_valid_edit_changes_exactly_those_fields(graph: Graph, site: dict) -> None:
    before, other = record_values(graph, "organisations", "o1"), record_values(graph, "organisations", "o2")
    response, _ = _save(site["anna"], "/edit/organisations/o1", phone="010-7654321", capacity="20",
                        services=["taal", "maatje"])
    assert response.status_code == 303 and response.headers["location"] == "/organisations/o1?saved=1"
    after = record_values(graph, "organisations", "o1")
    assert {k for k in after if after[k] != before[k]} == {"phone", "capacity", "services"}
    assert (after["phone"], after["capacity"], after["services"]) == ("010-7654321", 20, ["taal", "maatje"])
    assert record_values(graph, "organisations", "o2") == other
    run = list_runs(graph)[0]
    assert (run.kind, run.who, run.counts["organisations"]["updated"]) == ("edit", "anna", 1)
    assert [(e.actor, e.target, e.detail) for e in audit.events(graph, action="edit")] == [
        ("anna", "organisations:o1", run.id)]


def test_saving_an_unchanged_form_writes_nothing(graph: Graph, site: dict) -> None:
    before, runs = business_hash(graph), len(list_runs(graph))
    response, _ = _save(site["anna"], "/edit/organisations/o1")
    assert response.headers["location"] == "/organisations/o1?saved=0"
    assert business_hash(graph) == before and len(list_runs(graph)) == runs


@pytest.mark.parametrize(("field", "value", "message"), [
    ("capacity", "twaalf", '"twaalf" is geen getal'),
    ("capacity", "-3", '"-3" is negatief: een aantal is 0 of meer'),
    ("area", "Nergensland", '"Nergensland" is geen bekende wijk of gebied'),
    ("name", "", "Vul dit veld in."),
    ("kind", "bakkerij", '"bakkerij" is geen bekende soort; kies uit: taalcafé, maatjesproject'),
    ("languages_other", "Elfentaal", '"Elfentaal" is geen bekende taal: schrijf de naam (Arabisch)'),
    ("description", "x" * 5001, "Te lang: 5.001 tekens, hooguit 5.000"),
])
def test_invalid_input_is_shown_at_its_field_in_dutch_and_writes_nothing(
        graph: Graph, site: dict, field: str, value: str, message: str) -> None:
    before = business_hash(graph)
    response, _ = _save(site["anna"], "/edit/organisations/o1", **{field: value}, phone="010-0000000")
    assert response.status_code == 400
    shown = field if field != "languages_other" else "languages"
    error = re.search(rf'<p class="error" id="f-{shown}-error">([^<]*)</p>', response.text)
    assert error and message in unescape(error[1])
    assert 'value="010-0000000"' in response.text  # the form keeps what was typed
    assert business_hash(graph) == before


def test_a_role_whose_end_is_before_its_start_is_refused_by_the_ingest_rule(graph: Graph, site: dict) -> None:
    before = business_hash(graph)
    page = site["anna"].get("/edit/people/p1/affiliation?organisation=o1&role=volunteer")
    assert page.status_code == 200 and "Taalcafé Spangen" in page.text
    response = site["anna"].post("/edit/people/p1/affiliation?organisation=o1&role=volunteer",
                                 data={**hidden(page.text), "since": "2024-03-01", "until": "01-01-2024"})
    assert response.status_code == 400
    assert "De einddatum 2024-01-01 ligt vóór de begindatum 2024-03-01" in unescape(response.text)
    assert business_hash(graph) == before


def test_english_messages_with_lang_en(graph: Graph, site: dict) -> None:
    response, _ = _save(site["anna"], "/edit/organisations/o1?lang=en", capacity="twelve")
    shown = unescape(response.text)
    assert response.status_code == 400 and '"twelve" is not a number' in shown


def test_a_save_without_the_csrf_token_is_refused(graph: Graph, site: dict) -> None:
    before = business_hash(graph)
    page = site["anna"].get("/edit/organisations/o1").text
    data = {**filled(page), "phone": "010-9999999"}
    del data["csrf_token"]
    assert site["anna"].post("/edit/organisations/o1", data=data).status_code == 403
    forged = {**data, "csrf_token": "forged"}
    assert site["anna"].post("/edit/organisations/o1", data=forged).status_code == 403
    assert business_hash(graph) == before


EDIT_URLS = ("/edit", "/edit/organisations/new", "/edit/organisations/o1", "/edit/people/new",
             "/edit/people/p1", "/edit/people/p1/affiliation", "/edit/people/p1/contact",
             "/edit/partnerships/new", "/edit/partnerships/pw-1")


def test_viewers_get_403_on_every_form_and_write_nothing(graph: Graph, site: dict) -> None:
    before, viewer = business_hash(graph), site["as"]("viewer")
    for url in EDIT_URLS:
        assert viewer.get(url).status_code == 403, url
        if url != "/edit":
            assert viewer.post(url, data={"name": "Overgenomen", "kind": "welzijn"}).status_code == 403, url
    assert business_hash(graph) == before
    assert 'href="/edit' not in viewer.get("/organisations/o1").text  # no buttons for viewers


def test_a_stale_version_is_refused_with_the_changes_and_nothing_written(graph: Graph, site: dict) -> None:
    anna, bert = site["anna"], site["bert"]
    stale = anna.get("/edit/organisations/o1").text  # Anna opens the form ...
    saved, _ = _save(bert, "/edit/organisations/o1", phone="010-1111111", capacity="30")  # ... Bert saves
    assert saved.status_code == 303
    after_bert = business_hash(graph)
    refused = anna.post("/edit/organisations/o1", data={**filled(stale), "phone": "010-2222222"})
    assert refused.status_code == 409
    assert business_hash(graph) == after_bert
    rows = dict(re.findall(r'<tr data-field="(\w+)"><th scope="row">[^<]*</th>(.*?)</tr>', refused.text,
                           re.S))
    assert set(rows) == {"phone", "capacity"}
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td[^>]*>.*?</td>", rows["phone"])]
    assert cells == ["–", "010-1111111", "010-2222222"]  # o1 had no phone when Anna opened it
    assert 'value="010-2222222"' in refused.text  # Anna's input is kept for her to decide
    # The form now carries Bert's version: saving again is a deliberate choice, and it is saved.
    again = anna.post("/edit/organisations/o1", data={**filled(refused.text), "phone": "010-2222222"})
    assert again.status_code == 303
    assert record_values(graph, "organisations", "o1")["phone"] == "010-2222222"


def test_an_edit_is_undone_by_its_run(graph: Graph, site: dict) -> None:
    before = business_hash(graph)
    _save(site["anna"], "/edit/organisations/o1", name="Taalcafé Spangen-West", area="Middelland",
          serves_areas=[], waitlist="4")
    assert business_hash(graph) != before
    run = list_runs(graph)[0]
    assert run.kind == "edit"
    undo_run(graph, run.id, who="anna")
    assert business_hash(graph) == before


def test_a_new_organisation_gets_an_id_from_its_name_and_a_new_person_none(graph: Graph, site: dict) -> None:
    anna = site["anna"]
    page = anna.get("/edit/organisations/new").text
    made = anna.post("/edit/organisations/new", data={**hidden(page), "name": "Buurthuis De Esch",
                                                      "kind": "welzijn", "services": ["taal"]})
    assert made.status_code == 303
    assert made.headers["location"] == "/organisations/org-buurthuis-de-esch?saved=1"
    again = anna.post("/edit/organisations/new", data={**hidden(page), "name": "Buurthuis De Esch",
                                                       "kind": "welzijn"})
    assert again.headers["location"].startswith("/organisations/org-buurthuis-de-esch-2")
    person = anna.post("/edit/people/new", data={**hidden(anna.get("/edit/people/new").text),
                                                 "name": "Fatima Ouali", "languages": ["ar", "nl"]})
    new_id = person.headers["location"].split("/")[3].split("?")[0]
    assert "fatima" not in new_id.lower()
    assert record_values(graph, "people", new_id)["languages"] == ["ar", "nl"]


def test_roles_contacts_and_partnerships_are_added_and_a_second_add_is_refused(graph: Graph,
                                                                              site: dict) -> None:
    anna, bert = site["anna"], site["bert"]
    role = anna.get("/edit/people/p3/affiliation").text
    data = {**hidden(role), "organisation_id": "o2", "role": "volunteer", "since": "01-02-2025"}
    bert_role = bert.get("/edit/people/p3/affiliation").text
    assert anna.post("/edit/people/p3/affiliation", data=data).status_code == 303
    assert record_values(graph, "affiliations", ("p3", "o2", "volunteer"))["since"] == "2025-02-01"
    # Bert adds the same role meanwhile: it exists now, so he sees what Anna saved instead.
    refused = bert.post("/edit/people/p3/affiliation", data={**hidden(bert_role), "organisation_id": "o2",
                                                             "role": "volunteer", "since": "2025-03-01"})
    assert refused.status_code == 409 and "1 februari 2025" in refused.text
    contact = anna.get("/edit/people/p1/contact").text
    assert "Omar (p2)" in contact
    empty = anna.post("/edit/people/p1/contact", data={**hidden(contact), "other_person_id": ""})
    assert empty.status_code == 400 and "Vul dit veld in." in empty.text
    added = anna.post("/edit/people/p1/contact", data={**hidden(contact), "other_person_id": "Omar (p2)",
                                                       "context": "project", "strength": "2"})
    assert added.status_code == 303
    assert record_values(graph, "contacts", ("p1", "p2"))["context"] == "project"
    pw = anna.get("/edit/partnerships/new?organisation=o1").text
    made = anna.post("/edit/partnerships/new", data={
        **hidden(pw), "organisation_id": "o1", "partner_id": "o2", "kind": "convenant",
        "contact_person_ids": "Anne (p1); Lisa"})
    assert made.status_code == 303 and made.headers["location"].startswith("/edit/organisations/o1")
    # Anne and Lisa now know each other through the partnership; Anne and Omar keep their own tie.
    assert record_values(graph, "contacts", ("p1", "p3"))["context"] == "partnership"
    assert record_values(graph, "contacts", ("p1", "p2"))["context"] == "project"


def test_a_partnership_with_an_unknown_contact_person_is_refused(graph: Graph, site: dict) -> None:
    before, anna = business_hash(graph), site["anna"]
    page = anna.get("/edit/partnerships/new").text
    response = anna.post("/edit/partnerships/new", data={**hidden(page), "organisation_id": "o1",
                                                          "partner_id": "o1", "contact_person_ids": "Nobody"})
    assert response.status_code == 400
    text = unescape(response.text)
    assert "Een organisatie kan niet met zichzelf samenwerken" in text
    assert "‘Nobody’ is geen bekende persoon" in text
    assert business_hash(graph) == before



def test_a_role_changed_meanwhile_is_refused_with_its_new_end_date(graph: Graph, site: dict) -> None:
    url = "/edit/people/p1/affiliation?organisation=o1&role=volunteer"
    anna_form = hidden(site["anna"].get(url).text)
    bert_form = hidden(site["bert"].get(url).text)
    assert site["bert"].post(url, data={**bert_form, "since": "2024-03-01",
                                        "until": "2025-06-30"}).status_code == 303
    after_bert = business_hash(graph)
    refused = site["anna"].post(url, data={**anna_form, "since": "2024-04-01"})
    assert refused.status_code == 409 and business_hash(graph) == after_bert
    row = re.search(r'<tr data-field="until">(.*?)</tr>', refused.text, re.S)
    assert row and "30 juni 2025" in row[1]
    assert 'data-field="since"' not in refused.text  # Bert left the start as it was
