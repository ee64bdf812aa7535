"""Every route that takes `as_of` answers a date outside the supported range with 400 and a clear
message (Dutch by default), never a 500 from date arithmetic deep in the analysis."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graph.model import Dataset
from tests.web.routes_table import SAMPLES, url_for, with_params
from web.deps import EARLIEST_AS_OF, LATEST_AS_OF

EXTREMES = ("9999-12-31", "0001-01-01")


def as_of_routes(app: FastAPI) -> list[str]:
    """Return the path of every GET route with an `as_of` query parameter (found, not listed by hand)."""
    found = []

    def walk(items: list[Any], prefix: str) -> None:
        for route in items:
            if hasattr(route, "original_router"):  # FastAPI's lazily included router
                walk(route.original_router.routes, prefix + (route.include_context.prefix or ""))
            elif "GET" in (getattr(route, "methods", None) or ()) and hasattr(route, "dependant") \
                    and "as_of" in {p.name for p in _all_query_params(route.dependant)}:
                found.append(prefix + route.path)

    walk(list(app.routes), "")
    return sorted(found)


def _all_query_params(dependant: Any) -> list[Any]:
    return [*dependant.query_params, *(p for d in dependant.dependencies for p in _all_query_params(d))]


@pytest.fixture(scope="module")
def samples(demo_data: Dataset) -> dict[str, str]:
    """Sample values for every path parameter of the as_of routes."""
    return {**SAMPLES, "org_id": demo_data.organisations[1].id, "person_id": demo_data.people[1].id}


def test_the_as_of_routes_include_the_reported_ones(web_app: FastAPI) -> None:
    paths = as_of_routes(web_app)
    for reported in ("/", "/api/overview", "/api/fragility", "/fragility", "/report.html"):
        assert reported in paths
    assert len(paths) > 20


@pytest.mark.parametrize("date", EXTREMES)
def test_every_as_of_route_refuses_a_date_outside_the_range(
        client: TestClient, web_app: FastAPI, samples: dict[str, str], date: str) -> None:
    failures = {}
    for path in as_of_routes(web_app):
        url, query = with_params(url_for(path, samples), {"as_of": date})
        response = client.get(url, params=query)
        if response.status_code != 400 or EARLIEST_AS_OF.isoformat() not in response.text:
            failures[path] = response.status_code
    assert failures == {}


def test_the_message_is_dutch_by_default_and_english_on_request(client: TestClient, client_as: Any) -> None:
    dutch = client.get("/api/overview", params={"as_of": "9999-12-31"}).json()["detail"]
    assert "Peildatum" in dutch and LATEST_AS_OF.isoformat() in dutch
    # Another client: `?lang=en` leaves a language cookie behind.
    english = client_as("admin").get("/api/overview", params={"as_of": "9999-12-31", "lang": "en"})
    english = english.json()["detail"]
    assert "as-of date" in english.lower() and LATEST_AS_OF.isoformat() in english
    page = client.get("/", params={"as_of": "0001-01-01"}, headers={"Accept": "text/html"})
    assert page.status_code == 400 and "<html" in page.text and "Peildatum" in page.text


def test_the_edges_of_the_range_are_accepted(client: TestClient) -> None:
    for date in (EARLIEST_AS_OF, LATEST_AS_OF):
        assert client.get("/api/overview", params={"as_of": date.isoformat()}).status_code == 200
