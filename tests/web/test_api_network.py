"""API tests for the network JSON, fragility, introductions and their bad parameters."""

from __future__ import annotations

from fastapi.testclient import TestClient

from graph.model import Dataset
from netwerkkaart.figures.network_page import VIS_DIR
from tests.web.conftest import AS_OF

P = {"as_of": AS_OF.isoformat()}


def test_network_all_organisations(client: TestClient, demo_data: Dataset, fragility: dict) -> None:
    doc = client.get("/api/network", params=P).json()
    # Organisations without a link are listed beside the drawing, not drawn.
    assert doc["counts"]["nodes"] == len(doc["nodes"])
    assert len(doc["nodes"]) + len(doc["isolated"]) == len(demo_data.organisations)
    linked = {end for k in fragility["links"] for end in (k["a"], k["b"])}
    assert {n["id"] for n in doc["nodes"]} == linked
    assert {row["id"] for row in doc["isolated"]} == {o.id for o in demo_data.organisations} - linked
    assert {(e["from"], e["to"]) for e in doc["edges"]} == {(k["a"], k["b"]) for k in fragility["links"]}
    weak = {(k["a"], k["b"]) for k in fragility["links"] if k["bus_factor"] == 1}
    assert {(e["from"], e["to"]) for e in doc["edges"] if e["bus_factor"] == 1} == weak
    assert all(e["color"] == "#d9480f" for e in doc["edges"] if e["bus_factor"] == 1)
    # Not by colour alone: exactly the links that hang on one person are dashed.
    one_person = {e["id"] for e in doc["edges"] if e["bus_factor"] == 1}
    assert {e["id"] for e in doc["edges"] if e["dashes"]} == one_person
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in doc["nodes"])
    assert not doc["aggregated"]


def test_network_filters(client: TestClient, demo_data: Dataset) -> None:
    kind = client.get("/api/network", params={**P, "kind": "taalcafe"}).json()
    expected = {o.id for o in demo_data.organisations if o.kind == "taalcafe"}
    assert {n["id"] for n in kind["nodes"]} | {r["id"] for r in kind["isolated"]} == expected
    assert all(e["from"] in expected and e["to"] in expected for e in kind["edges"])
    lang = client.get("/api/network", params={**P, "language": "ar", "service": "taal"}).json()
    assert {n["id"] for n in lang["nodes"]} | {r["id"] for r in lang["isolated"]} == {
        o.id for o in demo_data.organisations if "ar" in o.languages and "taal" in o.services}
    gebied = "WK059901"
    area = client.get("/api/network", params={**P, "area": gebied}).json()
    assert 0 < area["counts"]["nodes"] < len(demo_data.organisations)


def test_network_colour_size_and_people(client: TestClient, demo_data: Dataset) -> None:
    community = client.get("/api/network", params={**P, "colour": "community", "size": "pagerank"}).json()
    assert len({n["color"] for n in community["nodes"]}) > 1
    assert len({n["size"] for n in community["nodes"]}) > 1
    people = client.get("/api/network", params={**P, "kind": "taalcafe", "people": "true"}).json()
    assert any(n["group"] == "person" for n in people["nodes"])
    taalcafes = {n["id"] for n in people["nodes"] if n["group"] == "organisation"}
    current = {a.person_id for a in demo_data.affiliations if a.organisation_id in taalcafes
               and (a.since is None or a.since <= AS_OF) and (a.until is None or a.until >= AS_OF)}
    assert {n["id"] for n in people["nodes"] if n["group"] == "person"} == {f"person:{p}" for p in current}


def test_network_rows_keep_their_keys(client: TestClient) -> None:
    # The rows come out of a pyvis Network now; the page script and API users rely on these keys.
    doc = client.get("/api/network", params={**P, "kind": "taalcafe", "people": "true"}).json()
    org_node = {"id", "label", "title", "x", "y", "color", "size", "shape", "kind", "gebied", "url", "group",
                "labelled", "distance"}
    person_node = {"id", "label", "title", "x", "y", "size", "shape", "color", "url", "group"}
    link = {"id", "from", "to", "carriers", "bus_factor", "broken", "width", "color", "dashes", "title"}
    affiliation = {"id", "from", "to", "width", "color", "title", "role"}
    assert {n["group"]: set(n) for n in doc["nodes"]} == {"organisation": org_node, "person": person_node}
    assert {frozenset(e) for e in doc["edges"] if "role" in e} == {frozenset(affiliation)}
    plain = client.get("/api/network", params=P).json()
    assert plain["edges"] and {frozenset(e) for e in plain["edges"]} == {frozenset(link)}
    assert set(doc) >= {"as_of", "aggregated", "notes", "analysis_available", "totals", "nodes", "edges",
                        "legend", "counts", "isolated", "focus"}


def test_vis_network_is_served_to_anyone_from_the_pyvis_package(client_as) -> None:
    anonymous = client_as(None)
    for name, media in (("vis-network.min.js", "javascript"), ("vis-network.css", "text/css")):
        response = anonymous.get(f"/vendor/vis-network/{name}")
        assert response.status_code == 200 and media in response.headers["content-type"]
        assert response.content == (VIS_DIR / name).read_bytes()
    assert anonymous.get("/static/vendor/vis-network-9.1.2/vis-network.min.js").status_code == 404


def test_network_what_if_marks_broken_links(client: TestClient, fragility: dict) -> None:
    person = next(p for p in fragility["people"] if p["links_broken"] > 0)
    doc = client.get("/api/network", params={**P, "what_if": person["id"]}).json()
    broken = [e for e in doc["edges"] if e["broken"]]
    assert len(broken) == person["links_broken"] == doc["counts"]["broken"]
    assert doc["what_if"]["people"] == [person["id"]]


def test_network_bad_parameters(client: TestClient) -> None:
    for params, status in [({"kind": "kroeg"}, 422), ({"colour": "rainbow"}, 422), ({"size": "height"}, 422),
                           ({"area": "WK000000"}, 400), ({"what_if": "nobody-here"}, 400),
                           ({"as_of": "yesterday"}, 422), ({"people": "maybe"}, 422)]:
        response = client.get("/api/network", params=params)
        assert response.status_code == status, params
        assert "detail" in response.json()


def test_fragility_document(client: TestClient, fragility: dict) -> None:
    assert fragility["as_of"] == AS_OF.isoformat()
    assert all(k["a"] < k["b"] for k in fragility["links"])
    assert fragility["simulation"]["runs"] == 50
    assert fragility["curves"]["random"]["connected_pairs_mean"][0] >= fragility["curves"]["random"][
        "connected_pairs_mean"][-1]
    top = fragility["people"][0]["id"]
    assert top in fragility["names"]["people"]


def test_fragility_what_if_and_parameters(client: TestClient, fragility: dict) -> None:
    person = next(p for p in fragility["people"] if p["links_broken"] > 0)
    doc = client.get("/api/fragility", params={**P, "what_if": person["id"], "runs": 5, "years": 2}).json()
    assert len(doc["what_if"]["links_broken"]) == person["links_broken"]
    assert doc["simulation"]["runs"] == 5 and doc["parameters"]["years"] == 2.0
    for params in ({"runs": 0}, {"years": 0}, {"years": 51}, {"seed": -1}):
        assert client.get("/api/fragility", params=params).status_code == 422, params
    unknown = client.get("/api/fragility", params={"what_if": "ghost"})
    # Names are taken too now (coordinators), so an unknown value is "nobody found", not echoed back.
    assert unknown.status_code == 400 and "Niemand gevonden" in unknown.json()["detail"]


def test_fragility_page_what_if(client: TestClient, fragility: dict) -> None:
    person = next(p for p in fragility["people"] if p["links_broken"] > 0)
    page = client.get("/fragility", params={**P, "what_if": person["id"]})
    assert page.status_code == 200 and 'id="what-if-broken"' in page.text
    assert f"what_if={person['id']}" in page.text
    assert client.get("/fragility", params={"what_if": "ghost"}).status_code == 400


def test_introductions(client: TestClient, fragility: dict) -> None:
    doc = client.get("/api/introductions", params=P).json()
    assert [{k: v for k, v in r.items() if k != "plain"} for r in doc["introductions"]] == \
        fragility["introductions"]
    for row in doc["introductions"]:
        assert row["person"] in doc["names"]["people"]
    assert client.get("/api/introductions", params={"as_of": "2025-13-01"}).status_code == 422


def test_cached_json_is_gzipped_for_clients_that_take_gzip(client: TestClient) -> None:
    zipped = client.get("/api/network", params=P, headers={"Accept-Encoding": "gzip"})
    plain = client.get("/api/network", params=P, headers={"Accept-Encoding": "identity"})
    assert zipped.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
    assert zipped.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"
    assert int(zipped.headers["content-length"]) * 4 < int(plain.headers["content-length"])
    assert zipped.json() == plain.json()  # httpx undoes the gzip; the document is the same


def test_viewers_get_redacted_text_even_where_the_cache_holds_gzip(client: TestClient, client_as,
                                                                   demo_data: Dataset) -> None:
    viewer = client_as("viewer")
    person = demo_data.people[1]
    org = next(a.organisation_id for a in demo_data.affiliations if a.person_id == person.id)
    assert person.name in client.get(f"/api/organisations/{org}", params=P).text  # admins see names
    for encoding in ("gzip", "identity"):
        response = viewer.get(f"/api/organisations/{org}", params=P, headers={"Accept-Encoding": encoding})
        assert response.status_code == 200 and "content-encoding" not in response.headers
        assert person.name not in response.text and person.id not in response.text
        assert "persoon " in response.text, "the person is there, by pseudonym"
