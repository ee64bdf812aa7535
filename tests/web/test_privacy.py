"""Viewers see no real name, e-mail or phone anywhere (pages, API, network, exports, report);
tokens and passwords never reach the logs."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from graph import audit
from graph.driver import Graph
from graph.model import Dataset
from graph.users import ROLES, create_token
from tests.web.conftest import AS_OF, EVIL_PERSON
from tests.web.routes_table import SAMPLES, rules, url_for, with_params
from tests.web.test_login import log_in
from web.auth.rules import PUBLIC

ClientAs = Callable[[str | None], TestClient]


def personal_strings(data: Dataset) -> set[str]:
    """Every person's name, e-mail and phone, raw and as HTML or JSON would carry them."""
    values = {v for p in data.people for v in (p.name, p.email, p.phone) if v}
    return values | {str(escape(v)) for v in values} | {json.dumps(v)[1:-1] for v in values}


def viewer_urls(app: object, data: Dataset) -> list[str]:
    """Every GET route a viewer may call, with sample parameters (people mode for the network)."""
    samples = {**SAMPLES, "org_id": data.organisations[0].id, "person_id": data.people[0].id}
    found = []
    for (method, path), needed in sorted(rules(app).items()):
        if method == "GET" and needed not in (None, PUBLIC) and ROLES.index(str(needed)) == 0:
            found.append(url_for(path, samples))
    return found


def test_a_viewer_sees_no_personal_data_on_any_route(client_as: ClientAs, demo_data: Dataset) -> None:
    viewer, forbidden = client_as("viewer"), personal_strings(demo_data)
    params = {"as_of": AS_OF.isoformat(), "people": "true", "kind": "taalcafe", "need": "taal"}
    urls = viewer_urls(viewer.app, demo_data)
    assert {"/api/fragility", "/network", "/report.html", "/api/supply-demand.csv"} <= set(urls)
    leaks = {}
    for url in urls:
        path, query = with_params(url, params)
        response = viewer.get(path, params=query)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        found = [s for s in forbidden if s in response.text]
        if found:
            leaks[url] = found[:3]
    assert leaks == {}
    network = viewer.get("/api/network", params=params).json()
    assert any(n.get("group") == "person" for n in network["nodes"]), "people were in the view"


def test_a_viewer_sees_pseudonyms_where_a_coordinator_sees_names(client_as: ClientAs) -> None:
    params = {"as_of": AS_OF.isoformat()}
    coordinator = client_as("coordinator").get("/api/fragility", params=params).json()
    viewer = client_as("viewer").get("/api/fragility", params=params).json()
    names, shown = coordinator["names"]["people"], viewer["names"]["people"]
    assert names and len(shown) == len(names), "the same people"
    assert not set(shown) & set(names), "a viewer sees no person's id"
    assert all(v.startswith("persoon ") and k == v for k, v in shown.items()), "only pseudonyms"
    assert not any(v.startswith("persoon ") for v in names.values())
    again = client_as("viewer").get("/api/fragility", params=params).json()["names"]["people"]
    assert again == shown, "pseudonyms are stable"


def test_a_viewer_cannot_open_a_person_or_search_by_name(client_as: ClientAs, demo_data: Dataset) -> None:
    viewer = client_as("viewer")
    assert viewer.get(f"/api/people/{demo_data.people[0].id}").status_code == 403
    assert viewer.get("/api/people", params={"q": EVIL_PERSON[-6:]}).status_code == 403


def test_tokens_and_passwords_never_reach_the_logs(client_as: ClientAs, demo_graph: Graph,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _, token = create_token(demo_graph, username="web-viewer", label="log test")
    password = "viewer password 123"
    response = client_as(None).get("/api/overview", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert log_in(client_as(None), password=password).status_code == 303
    log_in(client_as(None), password="a wrong password 42")
    assert caplog.records, "something was logged, so the check below means something"
    assert token not in caplog.text and password not in caplog.text and "a wrong password" not in caplog.text
    stored = json.dumps([e.as_json() for e in audit.events(demo_graph, limit=1000)])
    assert token not in stored and password not in stored


def test_downloads_are_in_the_audit_log(client_as: ClientAs, demo_graph: Graph) -> None:
    response = client_as("viewer").get("/api/supply-demand.csv", params={"as_of": AS_OF.isoformat()})
    assert response.status_code == 200
    event = audit.events(demo_graph, action="export", actor="web-viewer")[0]
    assert event.target == "/api/supply-demand.csv" and event.detail == "role=viewer"
