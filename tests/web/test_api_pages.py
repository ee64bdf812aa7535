"""API tests for the overview, organisation, person and area routes (JSON and HTML), on the demo data."""

from __future__ import annotations

import re
from collections import Counter

from fastapi.testclient import TestClient

from graph.model import Dataset
from tests.web.conftest import AS_OF, EVIL_ORG, EVIL_PERSON

P = {"as_of": AS_OF.isoformat()}


def _current(since, until) -> bool:
    return (since is None or since <= AS_OF) and (until is None or until >= AS_OF)


def test_read_overview(client: TestClient, demo_data: Dataset, fragility: dict) -> None:
    doc = client.get("/api/overview", params=P).json()
    assert doc["totals"]["organisations"] == len(demo_data.organisations)
    assert doc["totals"]["people"] == len(demo_data.people)
    current = [a for a in demo_data.affiliations if _current(a.since, a.until)]
    assert doc["now"]["affiliations"] == len(current)
    assert doc["now"]["people"] == len({a.person_id for a in current})
    assert doc["change"]["affiliations"] == doc["now"]["affiliations"] - doc["then"]["affiliations"]
    assert doc["previous"] == "2025-05-01"
    weak = sum(1 for k in fragility["links"] if k["bus_factor"] == 1)
    assert doc["resilience"]["links"] == len(fragility["links"])
    assert doc["resilience"]["bus_factor_1"] == weak


def test_overview_bad_date_is_422(client: TestClient) -> None:
    response = client.get("/api/overview", params={"as_of": "2025-02-31"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/json")


def test_search_organisations(client: TestClient, demo_data: Dataset) -> None:
    doc = client.get("/api/organisations", params={"q": "taal", "per_page": 5000}).json()
    expected = {o.id for o in demo_data.organisations if "taal" in o.name.casefold()}
    assert expected <= {o["id"] for o in doc["items"]}  # the name, or a service or kind named taal
    kind = client.get("/api/organisations", params={"kind": "welzijn", "per_page": 5000}).json()
    assert kind["total"] == sum(1 for o in demo_data.organisations if o.kind == "welzijn")
    assert client.get("/api/organisations", params={"per_page": 0}).status_code == 422


def test_read_organisation(client: TestClient, demo_data: Dataset, fragility: dict) -> None:
    org = demo_data.organisations[5]
    doc = client.get(f"/api/organisations/{org.id}", params=P).json()
    assert doc["organisation"]["name"] == org.name
    assert doc["organisation"]["services"] == list(org.services)
    affs = [a for a in demo_data.affiliations if a.organisation_id == org.id]
    assert sorted((p["person"], p["role"]) for p in doc["people"]) == sorted(
        (a.person_id, a.role) for a in affs)
    assert sum(p["current"] for p in doc["people"]) == sum(_current(a.since, a.until) for a in affs)
    mine = {(k["a"], k["b"]): k["bus_factor"] for k in fragility["links"] if org.id in (k["a"], k["b"])}
    assert len(doc["links"]) == len(mine)
    for link in doc["links"]:
        pair = tuple(sorted((org.id, link["organisation"])))
        assert link["bus_factor"] == mine[pair]
    sent = sum(r.count for r in demo_data.referrals if r.from_organisation_id == org.id and r.date <= AS_OF)
    assert sum(r["count"] for r in doc["referrals_out"]) == sent
    assert doc["centrality"]["id"] == org.id


def test_read_organisation_not_found(client: TestClient) -> None:
    response = client.get("/api/organisations/no-such-org")
    assert response.status_code == 404
    # Says what is wrong without writing back what was typed (issue 17, finding 1).
    assert "Er is geen pagina of gegeven" in response.json()["detail"]
    assert "no-such-org" not in response.text
    assert client.get("/organisations/no-such-org").status_code == 404


def test_read_person(client: TestClient, demo_data: Dataset) -> None:
    person = demo_data.people[7]
    doc = client.get(f"/api/people/{person.id}", params=P).json()
    assert doc["person"]["name"] == person.name
    affs = [a for a in demo_data.affiliations if a.person_id == person.id]
    assert sorted(a["organisation"] for a in doc["affiliations"]) == sorted(a.organisation_id for a in affs)
    contacts = {c.other_person_id if c.person_id == person.id else c.person_id
                for c in demo_data.contacts if person.id in (c.person_id, c.other_person_id)
                and (c.since is None or c.since <= AS_OF)}
    assert {c["person"] for c in doc["contacts"]} == contacts
    assert set(doc["impact"]) >= {"links_broken", "orgs_isolated", "pairs_disconnected"}


def test_person_impact_matches_fragility(client: TestClient, fragility: dict) -> None:
    top = fragility["people"][0]
    doc = client.get(f"/api/people/{top['id']}", params=P).json()
    assert doc["impact"]["links_broken"] == top["links_broken"]
    assert doc["impact"]["pairs_disconnected"] == top["pairs_disconnected"]


def test_read_person_not_found_and_search(client: TestClient, demo_data: Dataset) -> None:
    assert client.get("/api/people/nobody").status_code == 404
    assert client.get("/people/nobody").status_code == 404
    name = demo_data.people[3].name
    hits = client.get("/api/people", params={"q": name}).json()["people"]
    assert demo_data.people[3].id in {h["id"] for h in hits}
    assert client.get("/api/people", params={"q": ""}).status_code == 422


def test_read_areas_and_area(client: TestClient, demo_data: Dataset) -> None:
    levels = Counter(a["level"] for a in client.get("/api/areas").json()["areas"])
    assert levels["gebied"] == 14 and levels["wijk"] >= 70
    wijk = Counter(o.area for o in demo_data.organisations).most_common(1)[0][0]
    doc = client.get(f"/api/areas/{wijk}", params=P).json()
    expected = {o.id for o in demo_data.organisations if o.area == wijk}
    assert {o["id"] for o in doc["organisations"]} == expected
    period = doc["demand_supply"][0]["periods"]
    assert period == ["2025-Q2"]
    taal = next(r for r in doc["demand_supply"] if r["need"] == "taal")
    assert taal["demand"] == sum(d.count for d in demo_data.demand
                                 if d.area == wijk and d.need == "taal" and d.period == "2025-Q2")
    assert taal["shortfall"] == max(taal["demand"] - taal["supply"], 0)


def test_read_area_not_found(client: TestClient) -> None:
    assert client.get("/api/areas/WK000000").status_code == 404
    assert client.get("/areas/WK000000").status_code == 404


def test_map_values(client: TestClient, demo_data: Dataset) -> None:
    doc = client.get("/api/map", params={"layer": "gebieden", "figure": "organisations"}).json()
    assert len(doc["values"]) == 14
    assert sum(doc["values"].values()) == len(demo_data.organisations)
    assert doc["credit"] == "Bron: CBS/Kadaster"
    wijken = client.get("/api/map", params={"layer": "wijken", "figure": "demand", **P}).json()
    assert sum(wijken["values"].values()) == sum(d.count for d in demo_data.demand if d.period == "2025-Q2")
    assert client.get("/api/map", params={"layer": "provincies"}).status_code == 422
    assert client.get("/api/map", params={"figure": "happiness"}).status_code == 422


def test_the_map_page_has_the_same_figures_as_a_table(client: TestClient, demo_data: Dataset) -> None:
    page = client.get("/map", params={"layer": "gebieden", "figure": "organisations"}).text
    table = page[page.index('id="map-table"'):]
    counts = [int(n.replace(".", "")) for n in re.findall(r'<td class="n">([0-9.]+)</td>', table)]
    assert len(counts) == 14 and sum(counts) == len(demo_data.organisations)
    assert counts == sorted(counts, reverse=True)  # highest first
    assert 'href="/areas/WK059901">Centrum</a>' in table


def test_pages_render_and_escape(client: TestClient, demo_data: Dataset) -> None:
    evil_org, evil_person = demo_data.organisations[0], demo_data.people[0]
    for url, needle in [("/", "Overzicht"), (f"/organisations/{evil_org.id}", "&lt;script&gt;"),
                        (f"/people/{evil_person.id}", "&lt;img src=x"), ("/areas/WK059901", "Centrum"),
                        ("/map", "<svg"), ("/network", "network-form"), ("/fragility", "curves-data"),
                        ("/introductions", "introductions")]:
        response = client.get(url, params=P)
        assert response.status_code == 200, url
        assert needle in response.text, url
        assert EVIL_ORG not in response.text and EVIL_PERSON not in response.text, url
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", response.text), url


def test_language_switch_and_formats(client: TestClient) -> None:
    english = client.get("/", params={**P, "lang": "en"})
    assert "Overview" in english.text and english.cookies.get("lang") == "en"
    assert "Overview" in client.get("/", params=P).text  # the cookie keeps English
    dutch = client.get("/", params={**P, "lang": "nl"})
    assert "Overzicht" in dutch.text and "1 juni 2025" in dutch.text
    assert client.get("/", params={"lang": "fr"}).status_code == 422


def test_docs_are_local(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/overview", "/api/network", "/api/fragility", "/api/organisations/{org_id}"} <= set(paths)
    assert client.get("/vendor/plotly.min.js").status_code == 200
