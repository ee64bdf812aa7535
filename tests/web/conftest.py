"""Web tests: users and tokens on the demo graph (tests/conftest.py), and a TestClient whose lifespan
opens the driver. The demo's names carry markup (tests/demo.py), so every page shows whether user data
is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graph.driver import Graph
from graph.settings import Settings
from graph.users import ROLES, add_user, create_token
from tests.demo import AS_OF, EVIL_ORG, EVIL_PERSON, FORMULA_BUDDY, demo_dataset
from web.app import create_app
from web.auth.throttle import LoginThrottle

# The web tests import these from here.
__all__ = ["AS_OF", "EVIL_ORG", "EVIL_PERSON", "FORMULA_BUDDY", "demo_dataset"]


@pytest.fixture(scope="session")
def role_tokens(demo_graph: Graph) -> dict[str, str]:
    """An API token for a user of each role (web-viewer, web-coordinator, web-admin)."""
    tokens = {}
    for role in ROLES:
        add_user(demo_graph, username=f"web-{role}", role=role, password=f"{role} password 123")
        tokens[role] = create_token(demo_graph, username=f"web-{role}", label="tests")[1]
    return tokens


@pytest.fixture(scope="session")
def web_app(demo_graph: Graph, demo_settings: Settings) -> FastAPI:
    """The app the web tests talk to, on the demo's database."""
    return create_app(demo_settings)


@pytest.fixture(scope="session")
def client(web_app: FastAPI, role_tokens: dict[str, str]) -> Iterator[TestClient]:
    """A TestClient acting as an admin (inside `with`, so the lifespan opens and closes the driver)."""
    with TestClient(web_app, headers=bearer(role_tokens["admin"])) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def client_as(client: TestClient, web_app: FastAPI,
              role_tokens: dict[str, str]) -> Callable[[str | None], TestClient]:
    """Return a TestClient for a role (None = anonymous) on the running app of `client`."""
    return lambda role: TestClient(web_app, headers=bearer(role_tokens[role]) if role else {},
                                   follow_redirects=False)


@pytest.fixture(autouse=True)
def _no_cookies_or_failed_logins_from_other_tests(request: pytest.FixtureRequest) -> None:
    """Start each test with the shared `client` free of cookies (language, session) and of failed
    logins counted by the throttle that an earlier test left.

    Tests run in random order, and one that fails halfway never reaches its own clean-up; a test that
    fails a login on purpose would otherwise make the next login of that user wait.
    """
    if "client" in request.fixturenames:
        client = request.getfixturevalue("client")
        client.cookies.clear()
        client.app.state.auth.throttle = LoginThrottle()


def bearer(token: str) -> dict[str, str]:
    """Return the header that sends `token`."""
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def fragility(client: TestClient) -> dict:
    """The fragility document on AS_OF (computed once)."""
    response = client.get("/api/fragility", params={"as_of": AS_OF.isoformat()})
    assert response.status_code == 200, response.text
    return response.json()
