"""Every answer carries the security headers; personal data is never cached; HEAD works like GET."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient

from graph.model import Dataset
from tests.web.conftest import AS_OF
from tests.web.routes_table import SAMPLES, routes, url_for

ClientAs = Callable[[str | None], TestClient]
SOME_PATHS = ("/", "/api/overview", "/login", "/docs", "/static/app.css", "/vendor/plotly.min.js",
              "/no-such-page", "/api/me")


def test_every_answer_forbids_framing_sniffing_and_foreign_sources(client: TestClient) -> None:
    for path in SOME_PATHS:
        headers = client.get(path, params={"as_of": AS_OF.isoformat()}).headers
        csp = headers.get("content-security-policy", "")
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
        assert headers.get("x-frame-options") == "DENY", path
        assert headers.get("x-content-type-options") == "nosniff", path


def test_the_docs_inline_script_runs_by_the_requests_nonce(client: TestClient) -> None:
    response = client.get("/docs")
    nonce = re.search(r"'nonce-([^']+)'", response.headers["content-security-policy"]).group(1)
    assert f'<script nonce="{nonce}">' in response.text and "<script>" not in response.text
    assert nonce not in client.get("/docs").headers["content-security-policy"], "a fresh nonce each time"


def test_answers_with_personal_data_are_never_stored(client_as: ClientAs, demo_data: Dataset) -> None:
    coordinator = client_as("coordinator")
    person = demo_data.people[1].id
    for path in (f"/api/people/{person}", f"/people/{person}", "/", "/api/me", "/api/people?q=a"):
        assert coordinator.get(path).headers.get("cache-control") == "no-store", path
    assert "no-store" not in coordinator.get("/static/app.css").headers.get("cache-control", "")


def test_head_answers_wherever_get_does(client: TestClient, web_app: FastAPI, demo_data: Dataset) -> None:
    samples = {**SAMPLES, "org_id": demo_data.organisations[1].id, "person_id": demo_data.people[1].id}
    refused = {}
    for method, path in routes(web_app):
        if method != "GET":
            continue
        url = url_for(path, samples)
        head = client.head(url, params={"as_of": AS_OF.isoformat()})
        if head.status_code == 405 or head.content:
            refused[path] = head.status_code
    assert refused == {}
    for path in ("/", "/api/overview", "/login", "/static/app.css"):
        head, get = client.head(path), client.get(path)
        assert head.status_code == get.status_code == 200, path
        assert head.headers["content-type"] == get.headers["content-type"], path


def test_head_needs_the_same_role_as_get(client_as: ClientAs, demo_data: Dataset) -> None:
    person = demo_data.people[1].id
    assert client_as("viewer").head(f"/api/people/{person}").status_code == 403
    assert client_as(None).head("/api/overview").status_code == 401
