"""The web app while Neo4j is down: 503 with a clear message, and 200 again once it is back —
for viewers too, whose answers are redacted with the people read from Neo4j.

The app runs on a managed Neo4j of its own (its own data directory), which this test stops.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.connection import connect
from graph.runtime.server import ManagedServer
from graph.users import add_user, create_token
from tests.own_server import running_server, with_shared_password
from tests.web.conftest import bearer
from web.app import create_app

pytestmark = [pytest.mark.slow(seconds=90), pytest.mark.own_server]


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory, password_template: Path) -> Iterator[ManagedServer]:
    """A managed Neo4j this test may stop and start."""
    with running_server(with_shared_password(tmp_path_factory.mktemp("down"), password_template),
                        NETWERKKAART_CONNECT_TIMEOUT=4) as server:
        yield server


def test_503_while_the_database_is_down_and_200_once_it_is_back(own_server: ManagedServer) -> None:
    with connect(own_server.settings) as graph:
        add_user(graph, username="anna", role="admin", password="a long password 1")
        token = create_token(graph, username="anna")[1]
        address = graph.uri.split("://")[-1]  # host:port, for the server's log only
    with TestClient(create_app(own_server.settings), headers=bearer(token)) as http:
        assert http.get("/api/overview").status_code == 200
        own_server.stop()
        down = http.get("/api/overview")
        assert down.status_code == 503 and "Neo4j" in down.json()["detail"]
        page = http.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 503 and "<html" in page.text
        port = address.rsplit(":", 1)[-1]
        assert port not in down.text and port not in page.text, "the database's address is not shown"
        own_server.start()
        started, status = time.monotonic(), 0
        while status != 200:  # the driver reconnects by itself; no restart of the app
            time.sleep(0.1)
            status = http.get("/api/overview").status_code
            assert status in (200, 503)
        print(f"200 again {time.monotonic() - started:.2f} s after Neo4j answered")


def test_viewers_and_coordinators_get_503_never_500_while_neo4j_is_killed(own_server: ManagedServer) -> None:
    with connect(own_server.settings) as graph:
        tokens = {}
        for role in ("viewer", "coordinator"):
            add_user(graph, username=f"down-{role}", role=role, password="a long password 1")
            tokens[role] = create_token(graph, username=f"down-{role}")[1]
    app = create_app(own_server.settings)
    seen: dict[str, Counter[object]] = {"viewer": Counter(), "coordinator": Counter()}
    with TestClient(app, headers=bearer(tokens["coordinator"]), raise_server_exceptions=False) as first:
        clients = {"coordinator": first,
                   "viewer": TestClient(app, headers=bearer(tokens["viewer"]), raise_server_exceptions=False)}
        stop = threading.Event()

        def ask(role: str) -> None:
            while not stop.is_set():
                for url, accept in (("/api/overview", "application/json"), ("/", "text/html")):
                    try:
                        status: object = clients[role].get(url, headers={"Accept": accept}).status_code
                    except Exception as exc:  # a reset or "response already started" reaches here
                        status = type(exc).__name__
                    seen[role][status] += 1

        workers = [threading.Thread(target=ask, args=(role,)) for role in seen]
        for worker in workers:
            worker.start()
        time.sleep(1.0)
        own_server.kill()
        time.sleep(4.0)
        stop.set()
        for worker in workers:
            worker.join()
        assert all(set(counts) <= {200, 503} for counts in seen.values()), seen
        assert all(counts[503] for counts in seen.values()), f"both were asked while it was down: {seen}"
        own_server.start()
        for http in clients.values():
            deadline = time.monotonic() + 60
            while http.get("/api/overview").status_code != 200:
                assert time.monotonic() < deadline, "no recovery after the restart"
                time.sleep(0.2)
