"""Web tests: the demo data loaded once per session, and a TestClient whose lifespan opens the driver.

The demo lives in a managed Neo4j of its own (started only when a test asks for it), so no test that
starts from a clean `graph` can wipe it, whatever the order. The demo gets one organisation and one
person whose names carry markup, so every page shows whether user data is escaped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from graph.demo_load import load_demo
from graph.driver import Graph, open_graph
from graph.model import Dataset
from graph.runtime.server import ManagedServer
from graph.settings import Settings
from graph.users import ROLES, add_user, create_token
from ingest.synthetic.generator import generate
from tests.own_server import own_settings
from web.app import create_app

AS_OF = dt.date(2025, 6, 1)
EVIL_ORG = '<script>alert("org")</script> Taalcafé & Co'
EVIL_PERSON = "<img src=x onerror=alert(1)> Fatima"


def demo_dataset() -> Dataset:
    """Return the demo dataset (seed 1) with markup in the first organisation's and person's names."""
    data = generate("demo", 1)
    data.organisations[0] = dataclasses.replace(data.organisations[0], name=EVIL_ORG)
    data.people[0] = dataclasses.replace(data.people[0], name=EVIL_PERSON)
    return data


@pytest.fixture(scope="session")
def demo_data() -> Dataset:
    """The dataset the web tests load."""
    return demo_dataset()


@pytest.fixture(scope="session")
def demo_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of the demo's own managed Neo4j (a data directory and port of its own)."""
    return own_settings(tmp_path_factory.mktemp("demo-neo4j"))


@pytest.fixture(scope="session")
def demo_server(demo_settings: Settings) -> Iterator[ManagedServer]:
    """The demo's running Neo4j; stopped at the end of the session."""
    managed = ManagedServer(demo_settings)
    managed.start()
    yield managed
    managed.stop()


@pytest.fixture(scope="session")
def demo_graph(demo_server: ManagedServer, demo_settings: Settings, demo_data: Dataset) -> Iterator[Graph]:
    """A graph holding the demo dataset; loaded once for all web tests (they only read, or add users)."""
    graph = open_graph(demo_settings)
    load_demo(graph, demo_data, seed=1, force=True)
    yield graph
    graph.driver.close()


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


def bearer(token: str) -> dict[str, str]:
    """Return the header that sends `token`."""
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def fragility(client: TestClient) -> dict:
    """The fragility document on AS_OF (computed once)."""
    response = client.get("/api/fragility", params={"as_of": AS_OF.isoformat()})
    assert response.status_code == 200, response.text
    return response.json()
