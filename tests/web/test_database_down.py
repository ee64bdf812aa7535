"""The web app while Neo4j is down: 503 with a clear message, and 200 again once it is back.

The app runs on a managed Neo4j of its own (its own data directory), which this test stops.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from graph.driver import connect
from graph.runtime.server import ManagedServer
from graph.users import add_user, create_token
from tests.own_server import running_server
from tests.web.conftest import bearer
from web.app import create_app

pytestmark = [pytest.mark.slow, pytest.mark.own_server]


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ManagedServer]:
    """A managed Neo4j this test may stop and start."""
    with running_server(tmp_path_factory.mktemp("down"), NETWERKKAART_CONNECT_TIMEOUT=4) as server:
        yield server


def test_503_while_the_database_is_down_and_200_once_it_is_back(own_server: ManagedServer) -> None:
    with connect(own_server.settings) as graph:
        add_user(graph, username="anna", role="admin", password="a long password 1")
        token = create_token(graph, username="anna")[1]
    with TestClient(create_app(own_server.settings), headers=bearer(token)) as http:
        assert http.get("/api/overview").status_code == 200
        own_server.stop()
        down = http.get("/api/overview")
        assert down.status_code == 503 and "Neo4j" in down.json()["detail"]
        page = http.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 503 and "<html" in page.text
        own_server.start()
        started, status = time.monotonic(), 0
        while status != 200:  # the driver reconnects by itself; no restart of the app
            time.sleep(0.1)
            status = http.get("/api/overview").status_code
            assert status in (200, 503)
        print(f"200 again {time.monotonic() - started:.2f} s after Neo4j answered")
