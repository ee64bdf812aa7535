"""The organisation directory: `/api/organisations` (filters, paging, 422), its CSV, the page, the header
search (viewers never get people) and where a login lands."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from graph.areas import areas
from graph.driver import Graph
from graph.model import Dataset
from graph.stats import graph_counts
from tests.web.conftest import EVIL_ORG, EVIL_PERSON, FORMULA_BUDDY
from tests.web.test_login import log_in

ClientAs = Callable[[str | None], TestClient]
ALL = {"per_page": 5000}


def ids(client: TestClient, **params: object) -> set[str]:
    response = client.get("/api/organisations", params={**ALL, **params})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["total"] == len(doc["items"])
    return {item["id"] for item in doc["items"]}


def test_the_api_pages_through_every_organisation_with_its_contact_details(
        client: TestClient, demo_data: Dataset) -> None:
    first = client.get("/api/organisations").json()
    assert first["total"] == len(demo_data.organisations) and len(first["items"]) == first["per_page"] == 20
    seen: list[str] = []
    for page in range(1, first["pages"] + 1):
        seen += [i["id"] for i in client.get("/api/organisations", params={"page": page}).json()["items"]]
    assert sorted(seen) == sorted(o.id for o in demo_data.organisations)
    assert client.get("/api/organisations", params={"page": first["pages"] + 1}).json()["items"] == []
    org = next(o for o in demo_data.organisations if o.phone and o.email and o.website and o.address)
    items = client.get("/api/organisations", params={**ALL}).json()["items"]
    item = next(i for i in items if i["id"] == org.id)
    assert (item["name"], item["kind"], item["phone"], item["email"], item["website"], item["address"]) == (
        org.name, org.kind, org.phone, org.email, org.website, org.address)
    assert (item["languages"], item["services"]) == (list(org.languages), list(org.services))
    assert (item["capacity"], item["waitlist"], item["serves_areas"]) == (
        org.capacity, org.waitlist, sorted(org.serves_areas))
    assert item["links"]["phone"].startswith("tel:") and item["links"]["email"] == f"mailto:{org.email}"


def test_filters_by_need_language_kind_and_room(client: TestClient, demo_data: Dataset) -> None:
    orgs = demo_data.organisations
    assert ids(client, need="taal") == {o.id for o in orgs if "taal" in o.services}
    assert ids(client, need="Maatje/mentor") == {o.id for o in orgs if "maatje" in o.services}
    assert ids(client, language="Arabisch") == {o.id for o in orgs if "ar" in o.languages} != set()
    assert ids(client, kind="Welzijnsorganisatie") == {o.id for o in orgs if o.kind == "welzijn"}
    assert ids(client, room="true") == {o.id for o in orgs if o.capacity and not o.waitlist} != set()
    both = ids(client, need="taal", language="ar")
    assert both == {o.id for o in orgs if "taal" in o.services and "ar" in o.languages}


def test_an_area_filter_holds_who_is_there_or_serves_it(client: TestClient, demo_data: Dataset,
                                                        demo_graph: Graph) -> None:
    rows = areas(demo_graph)
    charlois = next(a.code for a in rows if a.name == "Charlois" and a.level == "gebied")
    covered = {charlois} | {a.code for a in rows if a.parent == charlois}
    expected = {o.id for o in demo_data.organisations
                if o.area in covered or covered & set(o.serves_areas)}
    assert ids(client, area="Charlois") == expected != set()
    assert ids(client, area=charlois.lower()) == expected


def test_search_words_find_an_organisation_by_part_of_its_name(client: TestClient,
                                                               demo_data: Dataset) -> None:
    org = demo_data.organisations[7]
    part = org.name.split()[-1][:5]
    assert org.id in ids(client, q=part)
    assert client.get("/api/organisations", params={"q": part}).json()["total"] < len(demo_data.organisations)


@pytest.mark.parametrize(("params", "field"), [
    ({"need": "vliegles"}, "Hulpvraag"), ({"kind": "ruimtevaart"}, "Soort"),
    ({"area": "Nergenshuizen"}, "Gebied of wijk"), ({"language": "Klingons"}, "Taal"),
    ({"page": 0}, "Pagina")])
def test_bad_parameters_are_a_422_in_dutch_and_change_nothing(client: TestClient, demo_graph: Graph,
                                                              params: dict, field: str) -> None:
    before = graph_counts(demo_graph)
    for url in ("/api/organisations", *(() if "page" in params else ("/api/organisations.csv",))):
        response = client.get(url, params=params)  # (the download has no pages)
        assert response.status_code == 422, (url, response.text)
        detail = response.json()["detail"]
        assert field in detail and str(next(iter(params.values()))) not in detail.replace("'0'", "")
    page = client.get("/organisations", params=params, headers={"Accept": "text/html"})
    assert page.status_code == 422 and field in page.text
    assert graph_counts(demo_graph) == before


def test_the_csv_is_the_current_result_for_dutch_excel(client: TestClient, demo_data: Dataset) -> None:
    response = client.get("/api/organisations.csv", params={"kind": "maatjesproject"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))
    assert {r["id"] for r in rows} == {o.id for o in demo_data.organisations if o.kind == "maatjesproject"}
    assert {"naam", "soort", "adres", "telefoon", "e-mail", "website", "talen", "wachtlijst"} <= set(rows[0])
    assert "'" + FORMULA_BUDDY in {r["naam"] for r in rows}  # a formula stays text in Excel
    english = client.get("/api/organisations.csv", params={"kind": "maatjesproject", "lang": "en"}).text
    assert english.splitlines()[0].lstrip("\ufeff").startswith("id;name;kind;address")


def test_the_page_lists_entries_with_links_and_works_in_english(client: TestClient) -> None:
    page = client.get("/organisations", params={"q": "Taalcafé & Co"})
    assert page.status_code == 200
    assert "&lt;script&gt;" in page.text and EVIL_ORG not in page.text  # escaped
    assert 'href="tel:' in page.text and 'href="mailto:' in page.text and 'id="dir-wijken"' in page.text
    everything = client.get("/organisations", params={"page": 2}).text
    assert "Pagina 2 van" in everything and 'rel="prev"' in everything
    assert "Organisations found" in client.get("/organisations", params={"lang": "en"}).text


def test_the_header_search_never_gives_viewers_people(client_as: ClientAs, demo_data: Dataset) -> None:
    person = demo_data.people[3]
    part = person.name[2:]  # part of the name, long enough to be among the first suggestions
    coordinator = client_as("coordinator").get("/api/search", params={"q": part}).json()
    assert person.id in {p["id"] for p in coordinator["people"]}
    viewer = client_as("viewer")
    answer = viewer.get("/api/search", params={"q": part})
    assert "people" not in answer.json() and person.name not in answer.text and person.id not in answer.text
    page = viewer.get("/search", params={"q": "onerror"})
    assert page.status_code == 200 and 'id="search-people"' not in page.text and "Fatima" not in page.text
    shown = client_as("coordinator").get("/search", params={"q": "onerror"}).text
    assert 'id="search-people"' in shown and EVIL_PERSON not in shown  # listed, and escaped


def test_the_header_search_finds_organisations_and_areas(client_as: ClientAs, demo_data: Dataset) -> None:
    org = demo_data.organisations[7]
    answer = client_as("viewer").get("/api/search", params={"q": org.name[1:]}).json()
    assert org.id in {o["id"] for o in answer["organisations"]}
    areas_ = client_as("viewer").get("/api/search", params={"q": "charl"}).json()["areas"]
    assert areas_[0]["name"] == "Charlois" and areas_[0]["url"].startswith("/areas/")
    page = client_as("viewer").get("/search", params={"q": "charl"}).text
    assert 'id="search-areas"' in page and "Charlois" in page


def test_coordinators_land_on_the_directory_and_viewers_on_the_overview(client_as: ClientAs) -> None:
    coordinator = log_in(client_as(None), "web-coordinator", "coordinator password 123")
    assert coordinator.headers["location"] == "/organisations"
    assert log_in(client_as(None)).headers["location"] == "/"
    asked = log_in(client_as(None), "web-coordinator", "coordinator password 123", next_url="/fragility")
    assert asked.headers["location"] == "/fragility"
