"""The Verwijswijzer: contact details per result, the record form (coordinators, CSRF, located Dutch
messages, nothing written on bad input) and the referral slip.

Reading tests use the shared demo; recording tests write into the suite's own clean graph (the small
world of tests/analysis/commission_data.py), never into the shared demo.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.admin import content_hash
from graph.driver import Graph
from graph.model import Dataset
from graph.referrals import read_referrals
from graph.settings import Settings
from graph.upserts import WriteContext, upsert_dataset
from graph.users import add_user, create_token
from tests.analysis import commission_data as w
from tests.web.conftest import bearer
from tests.web.test_login import log_in
from web.app import create_app

QUESTION = {"need": "maatje", "language": "Arabisch", "area": "charlois"}
PASSWORD = "refer password 123"


def test_the_finder_is_in_the_main_navigation(client_as: object) -> None:
    page = client_as("viewer").get("/")
    nav = page.text.split("<nav", 1)[1].split("</nav>", 1)[0]
    assert '<a href="/refer">Verwijswijzer</a>' in nav


def test_each_result_has_the_organisations_contact_details(client: TestClient, demo_data: Dataset) -> None:
    doc = client.get("/api/refer", params=QUESTION).json()
    assert doc["query"]["language"] == "ar" and doc["query"]["area_name"] == "Charlois" and doc["results"]
    orgs = {o.id: o for o in demo_data.organisations}
    for r in doc["results"]:
        o = orgs[r["organisation"]]
        got = (r["address"], r["phone"], r["email"], r["website"])
        assert got == (o.address, o.phone, o.email, o.website)
        assert r["language_names"] and len(r["language_names"]) == len(o.languages)


def test_coordinators_see_contacts_and_a_record_form_viewers_the_contacts_only(client_as: object,
                                                                             demo_data: Dataset) -> None:
    first = client_as("coordinator").get("/api/refer", params=QUESTION).json()["results"][0]
    for role, can_record in (("coordinator", True), ("viewer", False)):
        page = client_as(role).get("/refer", params=QUESTION)
        assert page.status_code == 200
        text = html.unescape(page.text)
        assert f'href="mailto:{first["email"]}"' in text and 'href="tel:' in text and first["address"] in text
        assert 'list="refer-needs"' in text and '<datalist id="refer-areas">' in text
        assert ('action="/refer/record"' in text) is can_record, role
        assert "POST /api" not in text and "--record-from" not in text, "no developer text"


def test_an_unknown_value_is_explained_in_dutch_with_suggestions(client: TestClient) -> None:
    page = client.get("/refer", params={"need": "taalmatje", "area": "Charlois"})
    assert page.status_code == 400
    assert "Hulpvraag: 'taalmatje' kennen we niet. Bedoelt u: taalmaatje" in html.unescape(page.text)
    assert 'id="results"' not in page.text


def test_the_slip_in_dutch_and_english(client: TestClient, demo_data: Dataset) -> None:
    org = next(o for o in demo_data.organisations if o.address and o.phone and "maatje" in o.services)
    dutch = html.unescape(client.get("/refer/slip", params={"to": org.id, "need": "maatje"}).text)
    assert org.address in dutch and org.phone in dutch
    assert "Wat neem je mee" in dutch and "maatje/mentor" in dutch
    page = client.get("/refer/slip", params={"to": org.id, "need": "maatje", "slip_lang": "en"}).text
    english = page.split('<article class="slip"', 1)[1]  # the page around it stays in the reader's language
    assert "What to bring" in english and "buddy/mentor" in english and "Verwijsbriefje" not in english
    assert client.get("/refer/slip", params={"to": "no-such-org"}).status_code == 404


@pytest.fixture
def world(graph: Graph, settings: Settings) -> Iterator[tuple[Graph, dict[str, TestClient]]]:
    """The small world in the suite's clean graph, an app on it, and clients: a coordinator's and a
    viewer's API token, and a coordinator logged in through the form (a session, so CSRF applies)."""
    upsert_dataset(graph, w.dataset(), WriteContext("test", "t", dt.datetime.now(dt.UTC)))
    tokens = {}
    for role in ("coordinator", "viewer"):
        add_user(graph, username=f"refer-{role}", role=role, password=PASSWORD)
        tokens[role] = create_token(graph, username=f"refer-{role}", label="tests")[1]
    with TestClient(create_app(settings), follow_redirects=False) as session:
        clients = {role: TestClient(session.app, headers=bearer(token), follow_redirects=False)
                   for role, token in tokens.items()}
        assert log_in(session, username="refer-coordinator", password=PASSWORD).status_code == 303
        yield graph, {**clients, "session": session}


FORM = {"to_org": "O2", "from_org": "wijkteam", "need": "taalles", "area": "Tarwewijk", "language": "Arabic",
        "date": "", "q_need": "taal", "q_language": "", "q_area": "tarwewijk"}


def test_a_referral_recorded_through_the_form_counts_at_once(world: tuple[Graph, dict[str, TestClient]]
                                                             ) -> None:
    graph, clients = world
    http = clients["session"]
    before = http.get("/api/organisations/O2").json()["referrals_in"]  # now cached by the app
    assert not any(r["organisation"] == "X" for r in before)
    untouched = content_hash(graph)
    assert http.post("/refer/record", data=FORM).status_code == 403, "a session's form needs its token"
    assert content_hash(graph) == untouched
    csrf = http.get("/api/me").json()["csrf_token"]
    page = http.post("/refer/record", data={**FORM, "csrf_token": csrf})
    assert page.status_code == 200 and "Verwijzing vastgelegd: Wijkteam → Maatjes Charlois" in page.text
    today = dt.date.today()
    stored = [(r.source, r.target, r.need, r.area, r.language, r.status)
              for r in read_referrals(graph, start=today, until=today)]
    assert stored == [("X", "O2", "taal", w.W1, "ar", "sent")]
    after = http.get("/api/organisations/O2").json()["referrals_in"]
    assert [(r["organisation"], r["status"], r["count"]) for r in after if r["organisation"] == "X"] == [
        ("X", "sent", 1)]


def test_a_viewer_cannot_record(world: tuple[Graph, dict[str, TestClient]]) -> None:
    graph, clients = world
    before = content_hash(graph)
    assert clients["viewer"].post("/refer/record", data=FORM).status_code == 403
    assert "Verwijzing vastleggen" not in clients["viewer"].get("/refer", params={"need": "taal"}).text
    assert content_hash(graph) == before


TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()
BAD_FORMS = [
    ({"from_org": "Nergens BV"}, ["Van organisatie: 'Nergens BV' is geen bekende organisatie"]),
    ({"from_org": "wijktem"}, ["Bedoelt u: wijkteam"]),
    ({"from_org": ""}, ["Van organisatie: vul in van welke organisatie u verwijst."]),
    ({"from_org": "Maatjes Charlois"}, ["niet naar zichzelf verwijzen"]),
    ({"to_org": "ghost"}, ["Naar organisatie: 'ghost' is geen bekende organisatie"]),
    ({"need": "fietsen"}, ["Hulpvraag: 'fietsen' kennen we niet."]),
    ({"area": "Atlantis"}, ["Wijk of gebied: 'Atlantis' is geen wijk of gebied van Rotterdam."]),
    ({"area": "3083 AB"}, ["lijkt een postcode"]),
    ({"language": "klingon"}, ["Taal: 'klingon' kennen we niet."]),
    ({"date": "31-02-2025"}, ["Datum: '31-02-2025' is geen datum"]),
    ({"date": TOMORROW}, [f"Datum: {TOMORROW} ligt in de toekomst"]),
    ({"need": "fietsen", "area": "Atlantis", "from_org": ""},
     ["Hulpvraag: 'fietsen'", "Wijk of gebied: 'Atlantis'", "Van organisatie: vul in"]),
]


@pytest.mark.parametrize(("change", "messages"), BAD_FORMS)
def test_bad_input_is_located_in_dutch_and_nothing_is_written(
        world: tuple[Graph, dict[str, TestClient]], change: dict[str, str], messages: list[str]) -> None:
    graph, clients = world
    before = content_hash(graph)
    page = clients["coordinator"].post("/refer/record", data={**FORM, **change})
    assert page.status_code == 400
    problems = html.unescape(page.text.split('id="record-problems"', 1)[1].split("</div>", 1)[0])
    for message in messages:
        assert message in problems
    assert content_hash(graph) == before
