"""The readable network's API: the focus view (`focus=`, `steps=`), the gebied drill-down (`gebied=`),
the gebieden start view at city scale, tooltips in words, and the bad parameters of each."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from graph.model import Dataset
from tests.web.conftest import AS_OF
from web import network
from web.network import NetworkQuery, network_document
from web.network_views import LABEL_ALL_UP_TO

P = {"as_of": AS_OF.isoformat()}


def _neighbours(links: list[dict], ids: set[str]) -> set[str]:
    return {k["b"] for k in links if k["a"] in ids} | {k["a"] for k in links if k["b"] in ids}


@pytest.fixture(scope="module")
def hub(fragility: dict) -> str:
    """The organisation with the most links: its focus view is never trivially small."""
    degree: dict[str, int] = {}
    for k in fragility["links"]:
        for end in (k["a"], k["b"]):
            degree[end] = degree.get(end, 0) + 1
    return max(sorted(degree), key=lambda o: degree[o])


def test_focus_one_step_is_the_organisation_and_its_direct_neighbours(client: TestClient, fragility: dict,
                                                                      hub: str) -> None:
    doc = client.get("/api/network", params={**P, "focus": hub}).json()
    near = _neighbours(fragility["links"], {hub})
    assert {n["id"] for n in doc["nodes"]} == near | {hub}
    assert doc["focus"] == {"id": hub, "name": doc["focus"]["name"], "steps": 1} and doc["focus"]["name"]
    centre = next(n for n in doc["nodes"] if n["id"] == hub)
    assert (centre["x"], centre["y"], centre["distance"], centre["labelled"]) == (0.0, 0.0, 0, True)
    assert {n["distance"] for n in doc["nodes"] if n["id"] != hub} == {1}
    assert all(n["labelled"] for n in doc["nodes"])  # the direct neighbours are named
    assert not doc["aggregated"] and doc["isolated"] == []
    assert doc["focus"]["name"] in doc["notes"][0]


def test_focus_two_steps_adds_the_neighbours_of_neighbours(client: TestClient, fragility: dict,
                                                           hub: str) -> None:
    doc = client.get("/api/network", params={**P, "focus": hub, "steps": 2}).json()
    one = _neighbours(fragility["links"], {hub}) | {hub}
    two = _neighbours(fragility["links"], one) | one
    assert {n["id"] for n in doc["nodes"]} == two
    assert {n["id"] for n in doc["nodes"] if n["distance"] == 2} == two - one
    inside = {(k["a"], k["b"]) for k in fragility["links"] if k["a"] in two and k["b"] in two}
    assert {(e["from"], e["to"]) for e in doc["edges"]} == inside
    # Further out is further from the centre.
    radius = {n["distance"]: (n["x"] ** 2 + n["y"] ** 2) ** 0.5 for n in doc["nodes"]}
    assert radius[0] < radius[1] < radius[2]


def test_focus_keeps_the_other_filters(client: TestClient, demo_data: Dataset, hub: str) -> None:
    doc = client.get("/api/network", params={**P, "focus": hub, "steps": 2, "kind": "taalcafe"}).json()
    taalcafes = {o.id for o in demo_data.organisations if o.kind == "taalcafe"}
    assert {n["id"] for n in doc["nodes"]} - {hub} <= taalcafes
    assert hub in {n["id"] for n in doc["nodes"]}


def test_gebied_drill_down_shows_that_gebieds_organisations(client: TestClient) -> None:
    gebied = "WK059901"
    doc = client.get("/api/network", params={**P, "gebied": gebied}).json()
    area = client.get("/api/network", params={**P, "area": gebied}).json()
    whole = client.get("/api/network", params=P).json()

    def shown(view: dict) -> set[str]:
        return {n["id"] for n in view["nodes"]} | {row["id"] for row in view["isolated"]}

    assert shown(doc) == shown(area) and doc["nodes"]
    assert {n["gebied"] for n in doc["nodes"]} == {gebied}
    # Drawn here: those with a link inside the gebied (a link to elsewhere alone lists it as isolated).
    assert {n["id"] for n in doc["nodes"]} <= {n["id"] for n in whole["nodes"] if n["gebied"] == gebied}
    if len(doc["nodes"]) <= LABEL_ALL_UP_TO:
        assert all(n["labelled"] for n in doc["nodes"])


def test_city_scale_starts_from_the_gebieden(client: TestClient,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    # Asked before the threshold is lowered: the app caches each view's answer, and a gebieden view
    # cached under the whole network's query would be what every later test got.
    whole = client.get("/api/network", params=P).json()
    # The demo has 300 organisations; the start view is tried with a threshold below that.
    monkeypatch.setattr(network, "AGGREGATE_ABOVE", 100)
    store = client.app.state.store
    doc = network_document(store, NetworkQuery(as_of=AS_OF), "nl")
    gebied = {n["id"]: n["gebied"] for n in whole["nodes"]}
    assert doc["aggregated"] and {n["group"] for n in doc["nodes"]} == {"gebied"}
    total = sum(n["organisations"] for n in doc["nodes"])
    assert total == doc["totals"]["matching"] == len(store.organisations())
    assert all(n["url"] == f"/network?gebied={n['id']}" for n in doc["nodes"])
    people: dict[tuple[str, str], set[str]] = {}
    for k in store.links(AS_OF):  # the carriers as the drawing's links have them, read from Neo4j
        a, b = sorted((gebied[k.a], gebied[k.b]))
        if a != b:
            people.setdefault((a, b), set()).update(p for c in k.carriers for p in c)
    expected = {pair: len(who) for pair, who in people.items()}
    assert {(e["from"], e["to"]): e["people"] for e in doc["edges"]} == expected
    assert "Klik op een gebied" in doc["notes"][0]


def test_tooltips_name_kinds_and_areas_in_words(client: TestClient) -> None:
    doc = client.get("/api/network", params={**P, "kind": "taalcafe", "lang": "nl"}).json()
    assert doc["nodes"] and all("Soort: Taalcafé" in n["title"] for n in doc["nodes"])
    assert not any(code in n["title"] for n in doc["nodes"] for code in ("BU0", "WK0", "taalcafe"))
    english = client.get("/api/network", params={**P, "kind": "taalcafe", "lang": "en"}).json()
    assert all("Kind: Language café" in n["title"] for n in english["nodes"])
    assert {row["label"] for row in doc["legend"]} == {"Taalcafé"}


def test_viewers_see_no_person_names_in_a_focus_view(client_as, demo_data: Dataset, hub: str) -> None:
    response = client_as("viewer").get("/api/network", params={**P, "focus": hub, "people": "true"})
    assert response.status_code == 200 and '"group":"person"' in response.text.replace(" ", "")
    assert not any(p.name in response.text for p in demo_data.people if len(p.name) > 6)


def test_bad_focus_steps_and_gebied_say_what_is_wrong_in_the_users_language(client: TestClient,
                                                                           demo_data: Dataset) -> None:
    wijk = next(a.code for a in demo_data.areas if a.code.startswith("BU"))
    for params, status in [({"focus": "org-nobody"}, 400), ({"steps": 3}, 422), ({"steps": 0}, 422),
                           ({"gebied": "WK000000"}, 400), ({"gebied": wijk}, 400)]:
        response = client.get("/api/network", params={**P, **params})
        assert response.status_code == status, params
    focus = client.get("/api/network", params={**P, "focus": "org-nobody"}).json()["detail"]
    assert "Onbekende organisatie" in focus and "org-nobody" not in focus
    english = client.get("/api/network", params={**P, "focus": "org-nobody", "lang": "en"}).json()["detail"]
    assert "Unknown organisation" in english
    gebied = client.get("/network", params={**P, "gebied": "WK000000", "lang": "nl"})
    assert gebied.status_code == 400 and "Onbekend gebied" in gebied.text


def test_the_organisation_page_links_to_its_focus_view(client: TestClient, hub: str) -> None:
    page = client.get(f"/organisations/{hub}", params=P)
    assert f'href="/network?focus={hub}&amp;as_of={AS_OF.isoformat()}"' in page.text
    assert "Bekijk in het netwerk" in page.text
    focus = client.get("/network", params={**P, "focus": hub, "steps": 2})
    assert focus.status_code == 200 and 'id="focus-steps"' in focus.text


def test_with_people_shown_an_organisations_own_people_tie_it_into_the_drawing(client: TestClient,
                                                                               demo_data: Dataset) -> None:
    plain = client.get("/api/network", params={**P, "kind": "taalcafe"}).json()
    people = client.get("/api/network", params={**P, "kind": "taalcafe", "people": "true"}).json()
    current = {a.organisation_id for a in demo_data.affiliations
               if (a.since is None or a.since <= AS_OF) and (a.until is None or a.until >= AS_OF)}
    assert plain["isolated"] and {r["id"] for r in plain["isolated"]} & current
    assert {r["id"] for r in people["isolated"]} == {r["id"] for r in plain["isolated"]} - current
