"""Viewers learn nobody's identity, even from hostile records: names that are JSON words or very long,
shared names, contact details in free text, and input that is tried against names.

The demo is loaded, with hostile values in some of its people and organisations, into a managed Neo4j
of this module's own (the shared demo graph keeps its expected counts).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.demo_load import load_demo
from graph.driver import Graph
from graph.model import Dataset
from graph.person_privacy import personal_data
from graph.settings import Settings
from graph.users import add_user, create_token
from tests.web.conftest import AS_OF, bearer, demo_dataset
from tests.web.routes_table import with_params
from tests.web.test_privacy import viewer_urls
from web.app import create_app

LONG_NAME = " ".join(["Ali"] * 500)  # 2,000 characters: deeper than the old trie regex could nest
ANNA = ("Anna de Vries", "anna.devries@voorbeeld.nl", "+31 6 1234 5678")
SHARED = "Sam de Boer"
DESCRIPTION = f"Vraag naar '{ANNA[1]}' of {ANNA[0].upper()}, bel 06-12345678."


def hostile_dataset() -> Dataset:
    """The demo with people named like JSON words, a very long name, a shared name and Anna's data
    in an organisation's description."""
    data = demo_dataset()
    names = {1: "null", 2: "id", 3: "nl", 6: LONG_NAME}
    colleagues = list(dict.fromkeys(a.person_id for a in data.affiliations
                                    if a.organisation_id == data.organisations[1].id))
    names |= {i: SHARED for i, p in enumerate(data.people) if p.id in colleagues[:2]}
    for i, name in names.items():
        data.people[i] = dataclasses.replace(data.people[i], name=name)
    data.people[7] = dataclasses.replace(data.people[7], name=ANNA[0], email=ANNA[1], phone=ANNA[2])
    data.organisations[1] = dataclasses.replace(data.organisations[1], description=DESCRIPTION)
    return data


@pytest.fixture(scope="module")
def hostile() -> Dataset:
    """The hostile dataset this module loads."""
    return hostile_dataset()


@pytest.fixture(scope="module")
def clients(session_graph: Graph, settings: Settings, hostile: Dataset) -> Iterator[dict[str, TestClient]]:
    """A viewer's and a coordinator's client of an app on the suite's graph holding the hostile dataset.

    The module's tests run together (also in random order), and the next test that asks for a clean
    graph clears this data again.
    """
    graph = session_graph
    load_demo(graph, hostile, seed=1, force=True)
    tokens = {}
    for role in ("viewer", "coordinator"):
        add_user(graph, username=f"h-{role}", role=role, password="a long password 1")
        tokens[role] = create_token(graph, username=f"h-{role}")[1]
    app = create_app(settings)
    with TestClient(app, headers=bearer(tokens["viewer"])) as viewer:
        coordinator = TestClient(app, headers=bearer(tokens["coordinator"]))
        yield {"viewer": viewer, "coordinator": coordinator,
               "ids": [p.id for p in personal_data(graph)]}


def test_every_viewer_route_answers_and_json_keeps_its_keys(clients: dict, hostile: Dataset) -> None:
    viewer = clients["viewer"]
    params = {"as_of": AS_OF.isoformat(), "people": "true", "kind": "taalcafe", "need": "taal"}
    broken = {}
    for url in viewer_urls(viewer.app, hostile):
        path, query = with_params(url, params)
        broken[url] = viewer.get(path, params=query).status_code
    assert {url: status for url, status in broken.items() if status != 200} == {}
    for url in ("/api/overview", f"/api/organisations/{hostile.organisations[1].id}"):
        seen, full = viewer.get(url).json(), clients["coordinator"].get(url).json()
        assert shape(seen) == shape(full), f"{url}: no key, number or null rewritten"


def shape(node: object) -> object:
    """Return a JSON document's structure: its keys, nulls, numbers and booleans, strings left out."""
    if isinstance(node, dict):
        return {k: shape(v) for k, v in node.items()}
    if isinstance(node, list):
        return [shape(v) for v in node]
    return "string" if isinstance(node, str) else node


def test_no_person_id_reaches_a_viewer(clients: dict, hostile: Dataset) -> None:
    viewer, ids = clients["viewer"], clients["ids"]
    params = {"as_of": AS_OF.isoformat(), "people": "true", "kind": "taalcafe", "need": "taal"}
    assert any(i in clients["coordinator"].get("/api/network", params=params).text for i in ids)
    leaks = {}
    for url in viewer_urls(viewer.app, hostile):
        text = viewer.get(url, params=params).text
        if found := [i for i in ids if i in text]:
            leaks[url] = found[:3]
    assert leaks == {}


def test_contact_details_in_free_text_are_hidden(clients: dict, hostile: Dataset) -> None:
    org = hostile.organisations[1].id
    shown = clients["coordinator"].get(f"/api/organisations/{org}").text
    assert ANNA[1] in shown, "the description is in the organisation's JSON"
    text = clients["viewer"].get(f"/api/organisations/{org}").text.lower()
    assert "anna" not in text and "devries" not in text and "5678" not in text


def test_people_who_share_a_name_have_their_own_pseudonyms(clients: dict, hostile: Dataset) -> None:
    url = f"/api/organisations/{hostile.organisations[1].id}"
    people = clients["coordinator"].get(url).json()["people"]
    assert len({p["person"] for p in people if p["name"] == SHARED}) == 2, "two people, one name"
    shown = clients["viewer"].get(url).json()["people"]
    aliases = {shown[i]["name"] for i, p in enumerate(people) if p["name"] == SHARED}
    assert len(aliases) == 2 and all(a.startswith("persoon ") for a in aliases)


@pytest.mark.parametrize("url", ["/api/refer?need=taal&area={}", "/api/organisations/{}",
                                 "/api/inventory/{}", "/refer?need=taal&area={}",
                                 "/api/network?as_of={}"])
def test_an_error_answers_the_same_whether_or_not_the_input_is_a_person(clients: dict, url: str) -> None:
    viewer = clients["viewer"]
    answers = []
    for tried in (ANNA[0], "Anna de Wit", ANNA[2], "+31 6 9999 0000", ANNA[1], "x@voorbeeld.nl"):
        response = viewer.get(url.format(tried), headers={"Accept": "text/html"})
        assert response.status_code in (400, 404, 422), f"{url}: {response.status_code}"
        assert tried not in response.text and json.dumps(tried)[1:-1] not in response.text
        message = error_message(response.text)
        assert "persoon " not in message and "–" not in message, f"{tried} was recognised: {message}"
        answers.append((response.status_code, response.text))
    if "area=" not in url:  # the area finder suggests areas spelled like the input: those differ
        assert answers[0] == answers[1] and answers[2] == answers[3] and answers[4] == answers[5]


def error_message(body: str) -> str:
    """Return the message of an error answer: the JSON detail, or the page's error paragraph."""
    if body.startswith("{"):
        return json.dumps(json.loads(body)["detail"], ensure_ascii=False)
    found = re.search(r'<p class="error"[^>]*>(.*?)</p>', body, re.DOTALL)
    assert found, "the page shows an error"
    return found.group(1)
