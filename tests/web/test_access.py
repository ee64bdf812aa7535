"""Access control: every route × anonymous/viewer/coordinator/admin, generated from the app's routes.

Each router declares its rule (`APIRouter(dependencies=[Depends(require(VIEWER))])`, web/auth/rules.py);
a route added without one fails `test_every_route_has_a_rule` and is refused for everyone by the guard.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from graph.model import Dataset
from graph.settings import Settings
from graph.users import ROLES
from tests.web.conftest import AS_OF
from tests.web.routes_table import SAMPLES, mounts, rules, url_for, with_params
from web.app import create_app
from web.auth.rules import ADMIN, COORDINATOR, PUBLIC, PUBLIC_MOUNTS, VIEWER

ClientAs = Callable[[str | None], TestClient]


def test_every_route_has_a_rule(client: TestClient) -> None:
    missing = [route for route, rule in rules(client.app).items() if rule is None]
    assert missing == [], f"routes whose router declares no access rule (require): {missing}"
    assert set(mounts(client.app)) <= set(PUBLIC_MOUNTS)


def test_only_the_login_is_public_people_are_for_coordinators_and_the_log_for_admins(
        client: TestClient) -> None:
    by_rule: dict[str | None, set[tuple[str, str]]] = defaultdict(set)
    for route, rule in rules(client.app).items():
        by_rule[rule].add(route)
    assert by_rule[PUBLIC] == {("GET", "/login"), ("POST", "/login"), ("GET", "/vendor/plotly.min.js")}
    assert by_rule[COORDINATOR] == {("GET", "/api/people"), ("GET", "/api/people/{person_id}"),
                                    ("GET", "/people/{person_id}"), ("POST", "/api/refer/record"),
                                    ("POST", "/refer/record"),
                                    # Task `freshness`: the verouderd list and "Klopt nog".
                                    ("GET", "/verouderd"), ("POST", "/verouderd/klopt-nog"),
                                    # Task `departure`: vertrek melden, the handover list and the alerts.
                                    ("GET", "/departures"), ("GET", "/api/departures"),
                                    ("GET", "/departures/new"), ("GET", "/departures/handover"),
                                    ("GET", "/api/departures/handover"), ("POST", "/departures/confirm"),
                                    # Task `edit`: the edit forms (personal data, writes).
                                    *{(m, path) for m in ("GET", "POST") for path in (
                                        "/edit/organisations/new", "/edit/organisations/{org_id}",
                                        "/edit/people/new", "/edit/people/{person_id}",
                                        "/edit/people/{person_id}/affiliation",
                                        "/edit/people/{person_id}/contact", "/edit/partnerships/new",
                                        "/edit/partnerships/{partnership_id}")},
                                    ("GET", "/edit")}
    assert by_rule[ADMIN] == {("GET", "/audit"), ("GET", "/api/audit"),
                              # Task `runs`: the change sets and undoing one.
                              ("GET", "/api/runs"), ("GET", "/admin/runs"), ("GET", "/admin/runs/{run_id}"),
                              ("POST", "/admin/runs/{run_id}/undo")}
    assert set(by_rule) == {PUBLIC, VIEWER, COORDINATOR, ADMIN}


def expected(method: str, path: str, needed: str | None, role: str | None) -> set[int] | None:
    """Return the statuses allowed for `role` on a route needing `needed` (None: any but 401/403/5xx)."""
    if (method, path) == ("POST", "/login"):
        return {403}  # a login post without the form's CSRF token is refused, whoever sends it
    if needed == PUBLIC:
        return None
    if role is None:
        return {401} if path.startswith("/api/") or path == "/openapi.json" else {303}
    return {403} if ROLES.index(role) < ROLES.index(str(needed)) else None


def test_every_route_answers_every_role_as_its_rule_says(client_as: ClientAs, demo_data: Dataset) -> None:
    samples = {**SAMPLES, "org_id": demo_data.organisations[1].id, "person_id": demo_data.people[1].id}
    wrong: list[str] = []
    for role in (None, *ROLES):
        http = client_as(role)
        for (method, path), needed in sorted(rules(http.app).items()):
            url = url_for(path, samples)
            page = not path.startswith("/api/")
            response = http.request(method, url, params={"as_of": AS_OF.isoformat()},
                                    headers={"Accept": "text/html"} if page else {},
                                    json={} if method == "POST" else None)
            allowed = expected(method, path, needed, role)
            ok = (response.status_code in allowed if allowed is not None
                  else response.status_code not in (401, 403) and response.status_code < 500)
            if not ok:
                wrong.append(f"{role or 'anonymous'} {method} {path}: {response.status_code}")
            if allowed == {303}:
                assert response.headers["location"].startswith("/login?next=")
    assert wrong == []


def test_static_assets_are_public(client_as: ClientAs) -> None:
    anonymous = client_as(None)
    assert anonymous.get("/static/app.css").status_code == 200
    assert anonymous.get("/vendor/plotly.min.js").status_code == 200


def test_a_route_without_a_rule_is_refused_to_everyone(settings: Settings) -> None:
    app = create_app(settings)
    app.add_api_route("/api/forgotten", lambda: {"secret": "data"})
    assert rules(app)[("GET", "/api/forgotten")] is None
    response = TestClient(app).get("/api/forgotten")  # refused before anyone is even looked up
    assert response.status_code == 403 and "secret" not in response.text


@pytest.mark.parametrize("header", ["Bearer nk_not-a-real-token", "Bearer ", "Basic YWRtaW46YWRtaW4="])
def test_a_bad_token_is_anonymous(client_as: ClientAs, header: str) -> None:
    response = client_as(None).get("/api/overview", headers={"Authorization": header})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"



HOSTILE_INPUT = "Zz9 echo-proef <b>"


def test_viewers_see_no_person_id_and_no_echo_of_their_input(client_as: ClientAs, demo_data: Dataset) -> None:
    viewer, ids = client_as("viewer"), [p.id for p in demo_data.people]
    samples = {**SAMPLES, "org_id": demo_data.organisations[1].id, "person_id": demo_data.people[1].id}
    params = {"as_of": AS_OF.isoformat(), "people": "true", "need": "taal"}
    leaks, echoes = [], []
    for (method, path), needed in sorted(rules(viewer.app).items()):
        if method != "GET" or needed in (None, PUBLIC) or ROLES.index(str(needed)) > 0:
            continue
        url, query = with_params(url_for(path, samples), params)
        text = viewer.get(url, params=query).text
        leaks += [f"{path}: {i}" for i in ids if i in text][:1]
        broken = viewer.get(url_for(path, dict.fromkeys(samples, HOSTILE_INPUT)),
                            params=dict.fromkeys(("as_of", "need", "area", "kind", "q"), HOSTILE_INPUT))
        if broken.status_code >= 400 and "echo-proef" in broken.text:
            echoes.append(f"{path}: {broken.status_code}")
    assert leaks == [] and echoes == []
