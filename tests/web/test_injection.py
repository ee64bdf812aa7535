"""Cypher-injection and XSS strings in every input of every route: no 500, nothing executed,
shown only escaped (the stored kind is covered by tests/ingest/test_injection_stored.py)."""

from __future__ import annotations

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from graph.driver import Graph
from graph.stats import graph_counts
from tests.web.routes_table import routes

PAYLOADS = ("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
            "x' }) MATCH (n) DETACH DELETE n //", "1 OR 1=1; MATCH (n) DETACH DELETE n")


def api_routes(app: object) -> dict[tuple[str, str], APIRoute]:
    """Return the app's APIRoutes by (method, path), included routers unfolded."""
    found: dict[tuple[str, str], APIRoute] = {}

    def walk(items: list[object]) -> None:
        for route in items:
            if hasattr(route, "original_router"):
                walk(route.original_router.routes)
            elif isinstance(route, APIRoute):
                found.update({(m, route.path): route for m in route.methods})

    walk(list(app.routes))
    return found


def params_of(dependant: Dependant) -> tuple[list[str], list[str]]:
    """Return the (query, path) parameter names of a route, its dependencies' included."""
    query, path = [p.name for p in dependant.query_params], [p.name for p in dependant.path_params]
    for sub in dependant.dependencies:
        q, p = params_of(sub)
        query += q
        path += p
    return sorted(set(query)), sorted(set(path))


def test_hostile_strings_in_every_parameter_are_harmless(client: TestClient, demo_graph: Graph) -> None:
    before = graph_counts(demo_graph)
    table = api_routes(client.app)
    problems = []
    for method, path in routes(client.app):
        route = table.get((method, path))
        if method != "GET" or route is None:
            continue
        query, in_path = params_of(route.dependant)
        for payload in PAYLOADS:
            url = path
            for name in in_path:
                url = url.replace("{" + name + "}", payload.replace("/", "%2F"))
            params = dict.fromkeys(query, payload)
            response = client.get(url, params=params, headers={"Accept": "text/html"})
            if response.status_code >= 500:
                problems.append(f"{path} {query}: {response.status_code}")
            elif "text/html" in response.headers.get("content-type", "") and (
                    "<script>alert(" in response.text or "<img src=x onerror" in response.text):
                problems.append(f"{path}: unescaped payload in the page")
    assert problems == []
    # Downloads (the upload template among them) are audited by design: an AuditEvent is the one
    # node a GET may add. Anything else added, changed in number or removed is a failure.
    after = graph_counts(demo_graph)
    changed = {label: (before.labels.get(label), after.labels.get(label))
               for label in before.labels.keys() | after.labels.keys()
               if before.labels.get(label) != after.labels.get(label) and label != "AuditEvent"}
    assert not changed, f"nothing was written or deleted: {changed}"
    assert after.relationships == before.relationships


def test_a_hostile_referral_is_refused_or_stored_literally(client: TestClient) -> None:
    body = {"from_organisation": PAYLOADS[2], "to_organisation": PAYLOADS[0], "need": PAYLOADS[3]}
    response = client.post("/api/refer/record", json=body)
    assert response.status_code in (400, 404, 422) and "<script>" not in response.headers.get(
        "content-type", "")
